import { ExtData, ExtensionCodec, decode, encode } from '@msgpack/msgpack';
import { ExactNumber, isNumberValue, numberFromWire, numberToWire } from './number';
import { hasOwn, setOwn } from './own';
import { CtyType, elementType, typeFromJson, typeKind, typeToJson, typeToString } from './types';
import { Unknown } from './unknown';
import { TypedValue, Value, ValueError, describe, isPlainObject } from './value';

/**
 * The msgpack encoding of `DynamicValue`, following cty's conventions (go-cty `cty/msgpack`):
 * null is nil (`c0`); unknown is an extension value (`d4 00 00`, or extension 12 carrying
 * refinements, kept unchanged); objects are maps holding every attribute in sorted order; maps are
 * sorted by key; numbers use the smallest integer form, float64 for exact fractions, or a decimal
 * string; a `dynamic` value is a 2-array `[type JSON as bytes, value]`.
 *
 * Throws a `ValueError` naming the attribute path for bytes that are not such a value: malformed
 * msgpack, a value of the wrong type, an attribute the type does not have, a number out of range
 * (see `parseDecimal`), or an extension other than Terraform's unknown values (types 0 and 12).
 */
export function decodeMsgpack(bytes: Uint8Array | null | undefined, type: CtyType): Value {
  if (!bytes || bytes.length === 0) return null;
  let raw: unknown;
  try {
    raw = decode(bytes, { useBigInt64: true, extensionCodec: EXTENSIONS_AS_DATA });
  } catch (err) {
    throw new ValueError([], `malformed msgpack value: ${(err as Error).message}`);
  }
  return fromWire(raw, type, []);
}

export function encodeMsgpack(value: Value | undefined, type: CtyType): Uint8Array {
  const wire = toWire(value === undefined ? null : value, type, []);
  return encode(wire, { useBigInt64: true, sortKeys: true });
}

type Steps = Array<string | number>;

/**
 * Every msgpack extension decodes to `ExtData`, the timestamp extension (-1) included, which the
 * library would otherwise turn into a `Date`: `unknownFromWire` decides what is acceptable.
 */
const EXTENSIONS_AS_DATA = new ExtensionCodec();
EXTENSIONS_AS_DATA.register({ type: -1, encode: () => null, decode: (data) => new ExtData(-1, data) });

/** Terraform's extension types: 0 is a plain unknown value, 12 an unknown value with refinements. */
const UNKNOWN_EXTENSION = 0;
const REFINED_UNKNOWN_EXTENSION = 12;

/** An unknown value from an extension, which must be one Terraform sends (see `Unknown`). */
function unknownFromWire(ext: ExtData, path: Steps): Unknown {
  const payload = ext.data instanceof Uint8Array ? Uint8Array.from(ext.data) : new Uint8Array(0);
  if (ext.type === UNKNOWN_EXTENSION) return new Unknown(ext.type, payload);
  if (ext.type === REFINED_UNKNOWN_EXTENSION) {
    let refinements: unknown;
    try { refinements = decode(payload, { useBigInt64: true, extensionCodec: EXTENSIONS_AS_DATA }); } catch { refinements = undefined; }
    if (!isPlainObject(refinements)) {
      throw new ValueError(path, 'malformed unknown value: the refinements of msgpack extension 12 must be a msgpack map');
    }
    return new Unknown(ext.type, payload);
  }
  throw new ValueError(path, `msgpack extension type ${ext.type} is not a Terraform value `
    + `(Terraform sends unknown values as extension ${UNKNOWN_EXTENSION}, or ${REFINED_UNKNOWN_EXTENSION} with refinements)`);
}

function fromWire(raw: unknown, type: CtyType, path: Steps): Value {
  if (raw instanceof ExtData) return unknownFromWire(raw, path);
  if (raw === null || raw === undefined) return null;
  const kind = typeKind(type);
  const fail = (): never => { throw new ValueError(path, `${typeToString(type)} required, got ${describe(raw)}`); };
  switch (kind) {
    case 'string':
      return typeof raw === 'string' ? raw : fail();
    case 'bool':
      return typeof raw === 'boolean' ? raw : fail();
    case 'number':
      if (typeof raw !== 'number' && typeof raw !== 'bigint' && typeof raw !== 'string') return fail();
      try { return numberFromWire(raw); } catch (err) { throw err instanceof ValueError ? err.at(path) : err; }
    case 'dynamic': {
      if (!Array.isArray(raw) || raw.length !== 2) return fail();
      const typeBytes = raw[0];
      const typeText = typeof typeBytes === 'string' ? typeBytes
        : typeBytes instanceof Uint8Array ? Buffer.from(typeBytes).toString('utf8') : fail();
      let t: CtyType;
      try { t = typeFromJson(JSON.parse(typeText as string)); } catch { return fail(); }
      return new TypedValue(t, fromWire(raw[1], t, path));
    }
    case 'list': case 'set': {
      if (!Array.isArray(raw)) return fail();
      const et = elementType(type);
      return raw.map((e, i) => fromWire(e, et, [...path, i]));
    }
    case 'tuple': {
      const ets = (type as { tuple: readonly CtyType[] }).tuple;
      if (!Array.isArray(raw) || raw.length !== ets.length) return fail();
      return raw.map((e, i) => fromWire(e, ets[i], [...path, i]));
    }
    case 'map': {
      if (!isPlainObject(raw)) return fail();
      const et = elementType(type);
      const out: Record<string, Value> = {};
      for (const [k, v] of Object.entries(raw)) setOwn(out, k, fromWire(v, et, [...path, k]));
      return out;
    }
    case 'object': {
      if (!isPlainObject(raw)) return fail();
      const attrs = (type as { object: Record<string, CtyType> }).object;
      const out: Record<string, Value> = {};
      for (const k of Object.keys(raw)) {
        if (!hasOwn(attrs, k)) throw new ValueError(path, `unsupported attribute "${k}"`);
      }
      for (const k of Object.keys(attrs).sort()) setOwn(out, k, fromWire(hasOwn(raw, k) ? raw[k] : null, attrs[k], [...path, k]));
      return out;
    }
  }
}

function toWire(value: Value, type: CtyType, path: Steps): unknown {
  if (value === null) return null;
  if (value instanceof Unknown) return new ExtData(value.extType, value.payload);
  const kind = typeKind(type);
  const fail = (): never => { throw new ValueError(path, `${typeToString(type)} required, got ${describe(value)}`); };
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? value : fail();
    case 'bool':
      return typeof value === 'boolean' ? value : fail();
    case 'number':
      if (!isNumberValue(value)) return fail();
      try { return numberToWire(value); } catch (err) { throw new ValueError(path, (err as Error).message); }
    case 'dynamic': {
      if (!(value instanceof TypedValue)) {
        throw new ValueError(path, `a value of type dynamic must be a TypedValue, got ${describe(value)}`);
      }
      if (value.value instanceof Unknown) return new ExtData(0, new Uint8Array([0]));
      return [Buffer.from(JSON.stringify(typeToJson(value.type)), 'utf8'), toWire(value.value, value.type, path)];
    }
    case 'list': {
      if (!Array.isArray(value)) return fail();
      const et = elementType(type);
      return (value as Value[]).map((e, i) => toWire(e, et, [...path, i]));
    }
    case 'set': {
      if (!Array.isArray(value)) return fail();
      const et = elementType(type);
      return sortSetElements((value as Value[]).map((e, i) => toWire(e, et, [...path, i])), et);
    }
    case 'tuple': {
      const ets = (type as { tuple: readonly CtyType[] }).tuple;
      if (!Array.isArray(value) || value.length !== ets.length) return fail();
      return (value as Value[]).map((e, i) => toWire(e, ets[i], [...path, i]));
    }
    case 'map': {
      if (!isPlainObject(value)) return fail();
      const et = elementType(type);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value).sort()) {
        const v = (value as Record<string, Value | undefined>)[k];
        if (v === undefined) continue;
        setOwn(out, k, toWire(v, et, [...path, k]));
      }
      return out;
    }
    case 'object': {
      if (!isPlainObject(value)) return fail();
      const attrs = (type as { object: Record<string, CtyType> }).object;
      const v = value as Record<string, Value | undefined>;
      for (const k of Object.keys(v)) {
        if (!hasOwn(attrs, k) && v[k] !== undefined) throw new ValueError(path, `unsupported attribute "${k}"`);
      }
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(attrs).sort()) {
        const av = hasOwn(v, k) ? v[k] : undefined;
        setOwn(out, k, toWire(av === undefined ? null : av, attrs[k], [...path, k]));
      }
      return out;
    }
  }
}

const utf8Compare = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * cty keeps set elements of primitive type in order (strings by bytes, numbers by value, false
 * before true) and without duplicates; other element types keep the order given.
 */
function sortSetElements(elements: unknown[], et: CtyType): unknown[] {
  const known = elements.filter((e) => !(e instanceof ExtData) && e !== null);
  const rest = elements.filter((e) => e instanceof ExtData || e === null);
  let sorted: unknown[];
  switch (typeKind(et)) {
    case 'string':
      sorted = [...new Set(known as string[])].sort(utf8Compare);
      break;
    case 'bool':
      sorted = [...new Set(known as boolean[])].sort((a, b) => Number(a) - Number(b));
      break;
    case 'number': {
      const key = (n: unknown): string => String(n);
      const seen = new Map<string, unknown>();
      for (const n of known) seen.set(key(n), n);
      sorted = [...seen.values()].sort((a, b) => compareWireNumbers(a, b));
      break;
    }
    default:
      return elements;
  }
  return [...sorted, ...rest];
}

function compareWireNumbers(a: unknown, b: unknown): number {
  const x = typeof a === 'string' ? new ExactNumber(a).toNumber() : Number(a);
  const y = typeof b === 'string' ? new ExactNumber(b).toNumber() : Number(b);
  if (x !== y) return x < y ? -1 : 1;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  return 0;
}
