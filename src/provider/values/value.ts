import { ExactNumber, NumberValue, isNumberValue, numbersEqual } from './number';
import { hasOwn } from './own';
import { CtyType, elementType, typeKind, typeToString } from './types';
import { Unknown } from './unknown';

export { ValueError } from './value-error';

/**
 * A Terraform value as plain JavaScript, read against a cty type:
 * - null: `null`; unknown: an `Unknown`
 * - string: `string`; bool: `boolean`; number: `number | bigint | ExactNumber`
 * - list, set and tuple: arrays; map and object: plain objects
 * - a value of type `dynamic`: a `TypedValue` carrying its concrete type
 */
export type Value =
  | null
  | Unknown
  | string
  | boolean
  | NumberValue
  | TypedValue
  | readonly Value[]
  | Obj;

/** An object value: a state, a configuration, or a nested object, its attributes by name. */
export type Obj = { readonly [key: string]: Value };

/** A value together with its type, for attributes of type `dynamic`. */
export class TypedValue {
  public constructor(public readonly type: CtyType, public readonly value: Value) {
    Object.freeze(this);
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Unknown) return 'unknown value';
  if (v instanceof ExactNumber) return 'number';
  if (v instanceof TypedValue) return 'dynamic value';
  if (v instanceof Uint8Array) return 'bytes';
  return typeof v;
}

/** True when the value or anything inside it is unknown. */
export function containsUnknown(v: Value): boolean {
  if (v instanceof Unknown) return true;
  if (v instanceof TypedValue) return containsUnknown(v.value);
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isPlainObject(v)) return Object.values(v).some((x) => containsUnknown(x as Value));
  return false;
}

/** Equality by value against a type: sets ignore order, numbers compare by value, unknowns by refinement. */
export function valuesEqual(a: Value | undefined, b: Value | undefined, type: CtyType): boolean {
  const x = a === undefined ? null : a;
  const y = b === undefined ? null : b;
  if (x === null || y === null) return x === y;
  if (x instanceof Unknown || y instanceof Unknown) return x instanceof Unknown && x.equals(y);
  switch (typeKind(type)) {
    case 'string': case 'bool':
      return x === y;
    case 'number':
      return isNumberValue(x) && isNumberValue(y) && numbersEqual(x, y);
    case 'dynamic':
      if (x instanceof TypedValue && y instanceof TypedValue) {
        return JSON.stringify(x.type) === JSON.stringify(y.type) && valuesEqual(x.value, y.value, x.type);
      }
      return false;
    case 'list': {
      const xs = x as readonly Value[]; const ys = y as readonly Value[];
      const et = elementType(type);
      return xs.length === ys.length && xs.every((e, i) => valuesEqual(e, ys[i], et));
    }
    case 'tuple': {
      const ets = (type as { tuple: readonly CtyType[] }).tuple;
      const xs = x as readonly Value[]; const ys = y as readonly Value[];
      return xs.length === ys.length && xs.every((e, i) => valuesEqual(e, ys[i], ets[i]));
    }
    case 'set': {
      const xs = x as readonly Value[]; const ys = y as readonly Value[];
      const et = elementType(type);
      const unmatched = [...ys];
      for (const e of xs) {
        const i = unmatched.findIndex((u) => valuesEqual(e, u, et));
        if (i < 0) return false;
        unmatched.splice(i, 1);
      }
      return unmatched.length === 0;
    }
    case 'map': {
      const xo = x as Record<string, Value>; const yo = y as Record<string, Value>;
      const keys = Object.keys(xo);
      const et = elementType(type);
      return keys.length === Object.keys(yo).length && keys.every((k) => hasOwn(yo, k) && valuesEqual(xo[k], yo[k], et));
    }
    case 'object': {
      const attrs = (type as { object: Record<string, CtyType> }).object;
      const xo = x as Record<string, Value>; const yo = y as Record<string, Value>;
      return Object.keys(attrs).every((k) => valuesEqual(xo[k], yo[k], attrs[k]));
    }
  }
}

/** A null value for every attribute of an object type (a convenient starting point for a state). */
export function nullObject(type: CtyType): Record<string, Value> {
  if (typeKind(type) !== 'object') throw new TypeError(`${typeToString(type)} is not an object type`);
  const out: Record<string, Value> = {};
  for (const k of Object.keys((type as { object: Record<string, CtyType> }).object)) out[k] = null;
  return out;
}
