import { Fn, Token } from 'cdktf';
import { canonicalJson, sortKeysDeep } from '../rules';
import { knownAtSynth } from './synth-values';

/**
 * The text for a provider attribute that takes JSON (`metadata`, `query`, `field_security`):
 * the canonical JSON of `value` (`src/rules/canonical-json.ts`: compact, keys sorted at every
 * depth), so the same object always gives the same string.
 *
 * - When `value` holds deploy-time values (cdktf tokens), the result is Terraform's
 *   `jsonencode(...)` of it instead, with keys sorted, which Terraform evaluates at plan time.
 * - A string is taken to hold JSON already: re-encoded canonically when it parses, kept as it is
 *   otherwise (the rules report it) and when it is a token.
 *
 * @param known `knownAtSynth(value)`, when the caller has it already; it differs from `value`
 * exactly when `value` holds deploy-time values
 */
export function jsonAttribute(value: unknown, known: unknown = knownAtSynth(value)): string {
  if (typeof value === 'string') {
    if (Token.isUnresolved(value)) return value;
    try {
      return canonicalJson(JSON.parse(value));
    } catch {
      return value;
    }
  }
  if (Object.is(known, value)) return canonicalJson(value);
  return Fn.jsonencode(sortKeysDeep(value, (v) => Token.isUnresolved(v)));
}

/** True for `undefined`, `null` and objects without keys (such metadata is left out). */
export function isEmptyObject(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return typeof value === 'object' && !Array.isArray(value) && !Token.isUnresolved(value) && Object.keys(value).length === 0;
}
