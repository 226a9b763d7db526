import { setOwn } from './own';

/**
 * The cty type system as Terraform sees it on the wire. A type is a plain value:
 * `'string' | 'number' | 'bool' | 'dynamic'`, or a structural type object.
 * Its JSON form (used in schemas and in dynamic values) is cty's:
 * `"string"`, `["list","string"]`, `["object",{"a":"number"}]`, `["tuple",["bool"]]`, `"dynamic"`.
 */
export type PrimitiveType = 'string' | 'number' | 'bool';

export type CtyType =
  | PrimitiveType
  | 'dynamic'
  | { readonly list: CtyType }
  | { readonly set: CtyType }
  | { readonly map: CtyType }
  | { readonly object: { readonly [name: string]: CtyType }; readonly optional?: readonly string[] }
  | { readonly tuple: readonly CtyType[] };

/** Helpers to spell types the way cty does: `T.list(T.string)`. */
export const T = {
  string: 'string' as CtyType,
  number: 'number' as CtyType,
  bool: 'bool' as CtyType,
  dynamic: 'dynamic' as CtyType,
  list: (element: CtyType): CtyType => ({ list: element }),
  set: (element: CtyType): CtyType => ({ set: element }),
  map: (element: CtyType): CtyType => ({ map: element }),
  object: (attributes: { [name: string]: CtyType }, optional?: string[]): CtyType =>
    (optional && optional.length > 0 ? { object: attributes, optional } : { object: attributes }),
  tuple: (elements: CtyType[]): CtyType => ({ tuple: elements }),
};

export type TypeKind = 'string' | 'number' | 'bool' | 'dynamic' | 'list' | 'set' | 'map' | 'object' | 'tuple';

export function typeKind(t: CtyType): TypeKind {
  if (typeof t === 'string') return t;
  if ('list' in t) return 'list';
  if ('set' in t) return 'set';
  if ('map' in t) return 'map';
  if ('object' in t) return 'object';
  if ('tuple' in t) return 'tuple';
  throw new TypeError(`not a cty type: ${JSON.stringify(t)}`);
}

/** Element type of a list, set or map type. */
export function elementType(t: CtyType): CtyType {
  if (typeof t !== 'string') {
    if ('list' in t) return t.list;
    if ('set' in t) return t.set;
    if ('map' in t) return t.map;
  }
  throw new TypeError(`${typeToString(t)} is not a collection type`);
}

/** The JSON-compatible form of a type, as in cty's `Type.MarshalJSON`. */
export type TypeJson = string | [string, unknown] | [string, unknown, unknown];

export function typeToJson(t: CtyType): TypeJson {
  switch (typeKind(t)) {
    case 'string': case 'number': case 'bool': case 'dynamic':
      return t as string;
    case 'list': case 'set': case 'map':
      return [typeKind(t), typeToJson(elementType(t))];
    case 'object': {
      const o = t as { object: Record<string, CtyType>; optional?: readonly string[] };
      const attrs: Record<string, TypeJson> = {};
      for (const name of Object.keys(o.object).sort()) attrs[name] = typeToJson(o.object[name]);
      return o.optional && o.optional.length > 0
        ? ['object', attrs, [...o.optional].sort()]
        : ['object', attrs];
    }
    case 'tuple':
      return ['tuple', (t as { tuple: CtyType[] }).tuple.map(typeToJson)];
  }
}

/** Parses cty's JSON type form. Throws on anything that is not a type. */
export function typeFromJson(j: unknown): CtyType {
  if (j === 'string' || j === 'number' || j === 'bool' || j === 'dynamic') return j;
  if (Array.isArray(j) && typeof j[0] === 'string') {
    switch (j[0]) {
      case 'list': return { list: typeFromJson(j[1]) };
      case 'set': return { set: typeFromJson(j[1]) };
      case 'map': return { map: typeFromJson(j[1]) };
      case 'tuple':
        if (Array.isArray(j[1])) return { tuple: j[1].map(typeFromJson) };
        break;
      case 'object':
        if (j[1] && typeof j[1] === 'object' && !Array.isArray(j[1])) {
          const attrs: Record<string, CtyType> = {};
          for (const [k, v] of Object.entries(j[1] as Record<string, unknown>)) setOwn(attrs, k, typeFromJson(v));
          const optional = Array.isArray(j[2]) ? (j[2] as unknown[]).map(String) : undefined;
          return optional && optional.length > 0 ? { object: attrs, optional } : { object: attrs };
        }
        break;
    }
  }
  throw new TypeError(`invalid cty type JSON: ${JSON.stringify(j)}`);
}

/** The type's JSON form as bytes, which is how schemas carry attribute types. */
export function typeToJsonBytes(t: CtyType): Uint8Array {
  return Buffer.from(JSON.stringify(typeToJson(t)), 'utf8');
}

/** Human-readable type, as Terraform prints it (`list of string`). */
export function typeToString(t: CtyType): string {
  switch (typeKind(t)) {
    case 'list': case 'set': case 'map':
      return `${typeKind(t)} of ${typeToString(elementType(t))}`;
    case 'object': return 'object';
    case 'tuple': return 'tuple';
    default: return t as string;
  }
}

export function typesEqual(a: CtyType, b: CtyType): boolean {
  return JSON.stringify(typeToJson(a)) === JSON.stringify(typeToJson(b));
}
