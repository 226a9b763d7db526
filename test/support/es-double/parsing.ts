/**
 * Strict request-body parsing in the manner of Elasticsearch's ObjectParser / ConstructingObjectParser:
 * fields are visited in document order, unknown fields are rejected, value types are checked, and
 * failures inside a nested parser are wrapped in "[parser] failed to parse field [x]".
 */
import { EsError, xContentParse, illegalArgument } from './errors';
import { Location, Positions, isPlainObject, tokenName } from './json';

export type ValueKind = 'string' | 'object' | 'objectArray' | 'boolean' | 'stringOrNull' | 'any';

export interface FieldDecl {
  readonly kind: ValueKind;
  readonly required?: boolean;
}

export interface ParseContext {
  readonly positions: Positions;
}

export function memberLoc(ctx: ParseContext, obj: object, key: string): { keyLoc?: Location; valueLoc?: Location } {
  const m = ctx.positions.get(obj)?.get(key);
  return { keyLoc: m?.keyLoc, valueLoc: m?.valueLoc };
}

function accepts(kind: ValueKind, v: unknown): boolean {
  switch (kind) {
    case 'string': return typeof v === 'string';
    case 'stringOrNull': return typeof v === 'string' || v === null;
    case 'object': return isPlainObject(v);
    case 'objectArray': return isPlainObject(v) || Array.isArray(v);
    case 'boolean': return typeof v === 'boolean' || v === 'true' || v === 'false';
    case 'any': return true;
  }
}

/**
 * Walk `obj`'s members in document order against `decls`. `onField` runs for each declared field;
 * an EsError it throws is wrapped as "[parserName] failed to parse field [name]" unless `wrap` is
 * false for that throw (the caller re-throws its own x_content errors).
 * Returns the names present, in document order.
 */
export function walkFields(
  ctx: ParseContext,
  parserName: string,
  obj: Record<string, unknown>,
  decls: Record<string, FieldDecl>,
  onField: (name: string, value: unknown) => void,
): string[] {
  const order = [...(ctx.positions.get(obj)?.keys() ?? Object.keys(obj))];
  for (const name of order) {
    const { keyLoc, valueLoc } = memberLoc(ctx, obj, name);
    const decl = decls[name];
    if (!decl) throw xContentParse(keyLoc, `[${parserName}] unknown field [${name}]`);
    const value = obj[name];
    if (!accepts(decl.kind, value)) {
      throw xContentParse(valueLoc, `[${parserName}] ${name} doesn't support values of type: ${tokenName(value)}`);
    }
    try {
      onField(name, value);
    } catch (e) {
      if (e instanceof EsError) throw xContentParse(valueLoc, `[${parserName}] failed to parse field [${name}]`, e);
      throw e;
    }
  }
  const missing = Object.entries(decls).filter(([n, d]) => d.required && !order.includes(n)).map(([n]) => n);
  if (missing.length > 0) throw illegalArgument(`Required [${missing.join(', ')}]`);
  return order;
}

/**
 * ConstructingObjectParser builds its target as soon as every declared constructor argument has
 * arrived (then a failure is reported against the last field), or at the end of the object.
 */
export function runBuilder<T>(
  ctx: ParseContext,
  parserName: string,
  obj: Record<string, unknown>,
  present: readonly string[],
  declared: readonly string[],
  build: () => T,
): T {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof EsError)) throw e;
    const inner = xContentParse(undefined, `Failed to build [${parserName}] after last required field arrived`, e);
    if (declared.every((d) => present.includes(d))) {
      const last = present[present.length - 1];
      throw xContentParse(memberLoc(ctx, obj, last).valueLoc, `[${parserName}] failed to parse field [${last}]`, inner);
    }
    throw inner;
  }
}
