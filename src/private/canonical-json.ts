import { Fn } from 'cdktf';
import { containsUnresolved, isUnresolved } from '../rules/tokens';
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
  if (containsUnresolved(value)) {
    return Fn.jsonencode(sortKeysDeep(value));
  }
  return JSON.stringify(sortKeysDeep(value));
}

/** True for `undefined`, `null` and objects without keys. */
export function isEmptyObject(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'object' && !isUnresolved(value) && !Array.isArray(value) && Object.keys(value).length === 0);
}
