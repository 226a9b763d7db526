import { str } from './models';
import type { Diagnostic, Obj, Value } from '../../values';
import { attrPath, isNumberValue } from '../../values';

/**
 * The expiry warning: a key that expires within the provider's `expiry_warning_window` (default
 * 14 days) gets a warning in every plan, and so in every apply, which plans again. After expiry
 * Elasticsearch refuses the key (401) and the next refresh drops it from state, so the plan
 * creates a new one: the warning is what lets users act before consumers break.
 */

/** ISO 8601 UTC, e.g. `2026-12-20T10:00:00.000Z`. */
const iso = (ms: number): string => new Date(ms).toISOString();

/** The warning for `state`'s key, or undefined when it never expires or expires after the window. */
export function expiryWarning(state: Obj, nowMs: number, windowMs: number): Diagnostic | undefined {
  const expiry: Value | undefined = state.expiration_timestamp;
  if (windowMs <= 0 || expiry === null || expiry === undefined || !isNumberValue(expiry)) return undefined;
  const at = Number(String(expiry));
  if (at - nowMs > windowMs) return undefined;
  const hours = Math.max(0, Math.floor((at - nowMs) / 3_600_000));
  const rotation = state.rotation_timestamp;
  const rotatesAt = rotation !== null && rotation !== undefined && isNumberValue(rotation) ? Number(String(rotation)) : undefined;
  const fix = rotatesAt !== undefined && rotatesAt < at
    ? `Its rotation is due at ${iso(rotatesAt)}: make sure a terraform apply runs between then and the expiry.`
    : typeof state.rotation_period === 'string'
      ? 'Its rotation_period is not due before then: shorten rotation_period so the key is replaced before it expires, or lengthen expiration.'
      : 'Set rotation_period on the key so that a plan replaces it before it expires (with create_before_destroy), '
      + 'or lengthen expiration (Elasticsearch 8.13+ updates it in place).';
  return {
    severity: 'warning',
    summary: 'Cross-cluster API key expires soon',
    detail: `Key "${str(state.name) ?? '?'}" (id ${str(state.key_id) ?? str(state.id) ?? '?'}) expires at ${iso(at)} `
      + `(in about ${hours} h, within the provider's expiry_warning_window). After that Elasticsearch refuses it and `
      + `remote cluster connections using it fail until a new key reaches the local keystore. ${fix}`,
    path: attrPath('expiration'),
  };
}
