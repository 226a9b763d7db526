import { Fn, Tokenization } from 'cdktf';
import { isUnresolved } from '../rules/tokens';
import './cdktf-tokens';

/**
 * Returns a copy of `value` with object keys sorted at every depth (arrays keep their order).
 * Tokens are left as they are.
 */
export function sortKeysDeep(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || isUnresolved(value)) return value;
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value as Record<string, unknown>).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeysDeep(v);
  }
  return out;
}

/** The result of {@link encodeCanonical}. */
export interface CanonicalJson {
  /** The canonical JSON text, or a `jsonencode(...)` token when deploy-time values are inside. */
  readonly text: string;
  /**
   * True when the value was found to be plain JSON data without deploy-time values (what the rules'
   * `jsonProblem` accepts), so that validation need not walk it again. False says nothing.
   */
  readonly plainJson: boolean;
}

/**
 * Encodes a JSON object for a provider attribute that takes a JSON string (`metadata`, `query`,
 * `field_security`): compact JSON with keys sorted at every depth, so the same object always
 * yields the same string. When the object holds deploy-time values (tokens), the result is a
 * Terraform `jsonencode(...)` expression instead, which Terraform evaluates at plan time (it also
 * sorts keys). A string is taken to hold JSON already and is re-encoded canonically when it parses.
 */
export function canonicalJson(value: unknown): string {
  return encodeCanonical(value).text;
}

/** {@link canonicalJson}, also telling whether the value was plain JSON data. */
export function encodeCanonical(value: unknown): CanonicalJson {
  if (typeof value === 'string') {
    if (isUnresolved(value)) return { text: value, plainJson: false };
    try {
      return { text: JSON.stringify(sortKeysDeep(JSON.parse(value))), plainJson: false };
    } catch {
      return { text: value, plainJson: false };
    }
  }
  if (value !== null && typeof value === 'object') {
    // Fast path: plain JSON data is put in canonical key order (the value itself when it already
    // is) and serialized natively. A token anywhere shows up as "TfToken" in the text (strings,
    // keys, list and map tokens) or is refused by canonicalOrder (numbers, IResolvable objects);
    // then, and for anything unusual, the exact path below decides.
    const ordered = canonicalOrder(value);
    if (ordered !== EXACT_PATH) {
      const text = JSON.stringify(ordered);
      if (!text.includes('TfToken')) return { text, plainJson: true };
    }
  }
  const literal = stringifySorted(value);
  return { text: literal !== undefined ? literal : Fn.jsonencode(sortKeysDeep(value)), plainJson: false };
}

const EXACT_PATH = Symbol('exact path');
const ARRAY_INDEX = /^(0|[1-9]\d{0,9})$/;

/**
 * `value` with object keys in sorted order at every depth: `value` itself when they already are
 * (no copy), otherwise a sorted copy. {@link EXACT_PATH} for anything but plain JSON data (so that
 * success also proves the value is what the rules' `jsonProblem` accepts): possible number tokens,
 * non-finite numbers, `IResolvable` and other non-plain objects, `toJSON`, functions, symbols,
 * bigints, `undefined` in lists, keys containing "TfToken", and keys that look like array indices (JavaScript enumerates those
 * first, whatever the order of insertion, so a sorted copy would not keep them sorted).
 */
function canonicalOrder(value: unknown): unknown {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) && Math.abs(value) < 1e250 ? value : EXACT_PATH;
    case 'object': {
      if (value === null) return value;
      if (Array.isArray(value)) {
        if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return EXACT_PATH;
        let copy: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          if (value[i] === undefined) return EXACT_PATH;
          const item = canonicalOrder(value[i]);
          if (item === EXACT_PATH) return EXACT_PATH;
          if (item !== value[i]) (copy ??= value.slice())[i] = item;
        }
        return copy ?? value;
      }
      const proto = Object.getPrototypeOf(value);
      if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function' || Tokenization.isResolvable(value)) {
        return EXACT_PATH;
      }
      const keys = Object.keys(value);
      let sorted = true;
      for (let i = 0; i < keys.length; i++) {
        // A token key whose value is undefined would vanish from the text, so keys are looked at here.
        const first = keys[i].charCodeAt(0);
        if ((first >= 0x30 && first <= 0x39 && ARRAY_INDEX.test(keys[i])) || keys[i].includes('TfToken')) return EXACT_PATH;
        if (i > 0 && !(keys[i - 1] < keys[i])) sorted = false;
      }
      const source = value as Record<string, unknown>;
      const order = sorted ? keys : keys.sort();
      const values = new Array<unknown>(order.length);
      let changed = !sorted;
      for (let i = 0; i < order.length; i++) {
        const v = canonicalOrder(source[order[i]]);
        if (v === EXACT_PATH) return EXACT_PATH;
        if (v !== source[order[i]]) changed = true;
        values[i] = v;
      }
      if (!changed) return value;
      // No prototype: an own "__proto__" key (as JSON.parse makes it) stays a key.
      const copy: Record<string, unknown> = Object.create(null);
      for (let i = 0; i < order.length; i++) copy[order[i]] = values[i];
      return copy;
    }
    case 'string':
    case 'boolean':
    case 'undefined': // as an object member: dropped by JSON.stringify and skipped by jsonProblem
      return value;
    default:
      return EXACT_PATH; // functions, symbols, bigints
  }
}

const TOKEN = Symbol('token');

/**
 * `JSON.stringify` with keys sorted at every depth, in one pass; undefined when a deploy-time value
 * (or key) is inside, so the caller can fall back to `jsonencode`. The exact path behind
 * {@link canonicalJson}'s fast path (exported for its tests).
 */
export function stringifySorted(value: unknown): string | undefined {
  const out = write(value);
  return out === TOKEN ? undefined : out;
}

function write(value: unknown): string | undefined | typeof TOKEN {
  if (isUnresolved(value)) return TOKEN;
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'object': {
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (const item of value) {
          const w = write(item);
          if (w === TOKEN) return TOKEN;
          items.push(w ?? 'null');
        }
        return `[${items.join(',')}]`;
      }
      const members: string[] = [];
      for (const key of Object.keys(value as object).sort()) {
        if (isUnresolved(key)) return TOKEN;
        const w = write((value as Record<string, unknown>)[key]);
        if (w === TOKEN) return TOKEN;
        if (w !== undefined) members.push(`${JSON.stringify(key)}:${w}`);
      }
      return `{${members.join(',')}}`;
    }
    default:
      return undefined; // functions, symbols, undefined: left out, as JSON.stringify does
  }
}

/** True for `undefined`, `null` and objects without keys. */
export function isEmptyObject(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'object' && !isUnresolved(value) && !Array.isArray(value) && Object.keys(value).length === 0);
}
