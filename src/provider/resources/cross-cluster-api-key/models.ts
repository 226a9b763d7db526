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
