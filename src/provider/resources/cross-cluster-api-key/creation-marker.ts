import { randomBytes } from 'node:crypto';
import { ServerKey } from './models';
import type { ProviderData } from '../../connection';
import { esCall } from '../../elasticsearch';
import type { CallContext } from '../../framework';
import { DiagnosticError, isPlainObject } from '../../values';

/**
 * The creation marker: how a key whose create answer was lost is found again.
 *
 * Every key eccx creates carries a random token in its Elasticsearch metadata, under the member
 * `eccx_create_token` (no leading `_`: Elasticsearch reserves those). The token is also kept in
 * the Terraform state as the computed `create_token`. It never appears in the `metadata`
 * attribute: the provider adds it to every request body and strips it from what it reads back,
 * so it shows in no diff, and a configuration may not use the member itself.
 *
 * When the create call fails in a way that leaves its outcome unknown (a 5xx, no answer within
 * `request_timeout`, a dropped connection, an answer that cannot be read), the key may exist
 * while its secret is lost. The create then returns a state that holds only the name and the
 * token, with the error: Terraform records it as tainted. The next plan reads it (a key found by
 * name and token gets its id), and the next apply replaces it: the new key is created and the
 * half-made one is invalidated, found by name and token (`GET /_security/api_key?name=`).
 * A key without its secret cannot be adopted: its credential could never reach a keystore.
 */
export const MARKER_MEMBER = 'eccx_create_token';

/** A new random token: 128 bits, base64url (22 characters). */
export function newCreateToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The metadata to send: the user's members plus the marker (when the state has a token). */
export function withMarker(userMetadata: Record<string, unknown>, token: string | null): Record<string, unknown> {
  return token === null ? userMetadata : { ...userMetadata, [MARKER_MEMBER]: token };
}

/** Splits Elasticsearch's metadata into the user's members and the marker's token. */
export function splitMarker(metadata: unknown): { user: Record<string, unknown>; token: string | null } {
  if (!isPlainObject(metadata)) return { user: {}, token: null };
  const { [MARKER_MEMBER]: token, ...user } = metadata;
  return { user, token: typeof token === 'string' ? token : null };
}

/**
 * Whether a failed create may still have made the key: anything but Elasticsearch's definite
 * refusal (a 4xx answer), which happens before anything is stored.
 */
export function outcomeUnknown(err: unknown): boolean {
  return !(err instanceof DiagnosticError && err.diagnostics.some((d) => d.summary.startsWith('Elasticsearch refused to ')));
}

/** The valid (not invalidated, not expired) keys with this name that carry this token. */
export async function findMarkedKeys(ctx: CallContext<ProviderData>, name: string, token: string): Promise<ServerKey[]> {
  const res = await esCall<{ api_keys?: unknown } | null>(ctx, `look up API keys named ${name}`, {
    method: 'GET', path: '/_security/api_key', querystring: { name, active_only: true },
  }, null);
  if (res === null) return [];
  if (!isPlainObject(res) || !Array.isArray(res.api_keys)) {
    throw new DiagnosticError('Malformed Elasticsearch response', `The answer to GET /_security/api_key?name=${name} has no api_keys list.`);
  }
  return (res.api_keys as unknown[]).filter((k): k is ServerKey => isPlainObject(k)
    && k.name === name && k.invalidated !== true && splitMarker(k.metadata).token === token);
}
