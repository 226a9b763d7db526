import type { Value } from '../../values';

/** A key as `GET /_security/api_key` reports it; every member checked before use. */
export interface ServerKey {
  id?: unknown;
  name?: unknown;
  type?: unknown;
  creation?: unknown;
  expiration?: unknown;
  invalidated?: unknown;
  metadata?: unknown;
  access?: unknown;
  certificate_identity?: unknown;
}

/** A string attribute, or null. */
export const str = (v: Value | undefined): string | null => (typeof v === 'string' ? v : null);

/**
 * A list attribute's elements, every one at its index, or [] when the list is null or unknown.
 * (The role's `entries` differs: it drops elements that are not objects.)
 */
export function listOf(v: Value | undefined): readonly Value[] {
  return Array.isArray(v) ? v : [];
}
