import { numberFromDecimalText } from './number';
import { hasOwn, setOwn } from './own';
import { CtyType, elementType, typeFromJson, typeKind, typeToString } from './types';
import { TypedValue, Value, ValueError, describe, isPlainObject } from './value';

/** A JSON number kept as its text, so that no precision is lost before the type is known. */
class JsonNumber {
  public constructor(public readonly text: string) {}
}

type Json = null | boolean | string | JsonNumber | Json[] | { [k: string]: Json };

/**
 * Parses JSON keeping numbers as text (JSON.parse would round 64-bit integers and long decimals).
 * Plain recursive descent over the standard grammar.
 */
export function parseJsonLossless(text: string): unknown {
  let i = 0;
  const err = (msg: string): never => { throw new SyntaxError(`invalid JSON at offset ${i}: ${msg}`); };
  const ws = (): void => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const value = (): Json => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: { [k: string]: Json } = Object.create(null);
      ws();
      if (text[i] === '}') { i++; return obj; }
      for (;;) {
        ws();
        if (text[i] !== '"') err('expected a string key');
        const k = str();
        ws();
        if (text[i] !== ':') err('expected ":"');
        i++;
        obj[k] = value();
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return obj; }
        err('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: Json[] = [];
      ws();
      if (text[i] === ']') { i++; return arr; }
      for (;;) {
        arr.push(value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return arr; }
        err('expected "," or "]"');
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) { i += 4; return true; }
    if (text.startsWith('false', i)) { i += 5; return false; }
    if (text.startsWith('null', i)) { i += 4; return null; }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 1024));
    if (!m) return err('unexpected character');
    i += m[0].length;
    return new JsonNumber(m[0]);
  };
  const str = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) err('unterminated string');
      if (c === '\\') { i += 2; continue; }
      i++;
      if (c === '"') break;
    }
    return JSON.parse(text.slice(start, i)) as string;
  };
  const result = value();
  ws();
  if (i !== text.length) err('trailing characters');
  return result;
}

export interface JsonDecodeOptions {
  /** Drop object attributes the type does not have (attributes removed from a schema). Default true. */
  readonly ignoreUndefinedAttributes?: boolean;
}

/**
 * Decodes a value from cty's JSON encoding (what the state file holds, and what
 * UpgradeResourceState receives), against a type. Missing object attributes become null.
 */
export function decodeJson(bytes: Uint8Array | string | null | undefined, type: CtyType, opts: JsonDecodeOptions = {}): Value {
  if (bytes === null || bytes === undefined || bytes.length === 0) return null;
  const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
  let raw: unknown;
  try {
    raw = parseJsonLossless(text);
  } catch (e) {
    throw new ValueError([], (e as Error).message);
  }
  return fromJson(raw, type, [], opts.ignoreUndefinedAttributes ?? true);
}

function fromJson(raw: unknown, type: CtyType, path: Array<string | number>, ignoreExtra: boolean): Value {
  if (raw === null || raw === undefined) return null;
  const fail = (): never => {
    throw new ValueError(path, `${typeToString(type)} required, got ${raw instanceof JsonNumber ? 'number' : describe(raw)}`);
  };
  const isObj = (v: unknown): v is Record<string, unknown> => isPlainObject(v) && !(v instanceof JsonNumber);
  switch (typeKind(type)) {
    case 'string':
      // cty's JSON decoder also accepts numbers and bools for strings
      if (typeof raw === 'string') return raw;
      if (raw instanceof JsonNumber) return raw.text;
      if (typeof raw === 'boolean') return String(raw);
      return fail();
    case 'number':
      if (raw instanceof JsonNumber || typeof raw === 'string') {
        try {
          return numberFromDecimalText(raw instanceof JsonNumber ? raw.text : raw);
        } catch (err) {
          throw err instanceof ValueError ? err.at(path) : err;
        }
      }
      return fail();
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      return fail();
    case 'dynamic': {
      if (!isObj(raw) || !hasOwn(raw, 'type')) return fail();
      let t: CtyType;
      try { t = typeFromJson(toPlainJson(raw.type)); } catch { return fail(); }
      return new TypedValue(t, fromJson(hasOwn(raw, 'value') ? raw.value : null, t, path, ignoreExtra));
    }
    case 'list': case 'set': {
      if (!Array.isArray(raw)) return fail();
      const et = elementType(type);
      return raw.map((e, i) => fromJson(e, et, [...path, i], ignoreExtra));
    }
    case 'tuple': {
      const ets = (type as { tuple: readonly CtyType[] }).tuple;
      if (!Array.isArray(raw) || raw.length !== ets.length) return fail();
      return raw.map((e, i) => fromJson(e, ets[i], [...path, i], ignoreExtra));
    }
    case 'map': {
      if (!isObj(raw)) return fail();
      const et = elementType(type);
      const out: Record<string, Value> = {};
      for (const k of Object.keys(raw).sort()) setOwn(out, k, fromJson(raw[k], et, [...path, k], ignoreExtra));
      return out;
    }
    case 'object': {
      if (!isObj(raw)) return fail();
      const attrs = (type as { object: Record<string, CtyType> }).object;
      if (!ignoreExtra) {
        for (const k of Object.keys(raw)) if (!hasOwn(attrs, k)) throw new ValueError(path, `unsupported attribute "${k}"`);
      }
      const out: Record<string, Value> = {};
      for (const k of Object.keys(attrs).sort()) {
        setOwn(out, k, fromJson(hasOwn(raw, k) ? raw[k] : null, attrs[k], [...path, k], ignoreExtra));
      }
      return out;
    }
  }
}

function toPlainJson(v: unknown): unknown {
  if (v instanceof JsonNumber) return Number(v.text);
  if (Array.isArray(v)) return v.map(toPlainJson);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) setOwn(out, k, toPlainJson(x));
    return out;
  }
  return v;
}
