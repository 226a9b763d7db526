import { Fn } from 'cdktf';
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

/**
 * Encodes a JSON object for a provider attribute that takes a JSON string (`metadata`, `query`,
 * `field_security`): compact JSON with keys sorted at every depth, so the same object always
 * yields the same string. When the object holds deploy-time values (tokens), the result is a
 * Terraform `jsonencode(...)` expression instead, which Terraform evaluates at plan time (it also
 * sorts keys). A string is taken to hold JSON already and is re-encoded canonically when it parses.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') {
    if (isUnresolved(value)) return value;
    try {
      return JSON.stringify(sortKeysDeep(JSON.parse(value)));
    } catch {
      return value;
    }
  }
  const literal = stringifySorted(value);
  return literal !== undefined ? literal : Fn.jsonencode(sortKeysDeep(value));
}

const TOKEN = Symbol('token');

/**
 * `JSON.stringify` with keys sorted at every depth, in one pass; undefined when a deploy-time value
 * (or key) is inside, so the caller can fall back to `jsonencode`.
 */
function stringifySorted(value: unknown): string | undefined {
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
