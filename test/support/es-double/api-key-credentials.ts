/**
 * Checking an encoded API key credential (base64 of `id:secret`) against the double's key store:
 * shared by REST authentication (`Authorization: ApiKey …`, which wants a REST key) and by the remote
 * cluster server port (the keystore credential, which must be a cross-cluster key). The reasons are
 * the `API key: …` parts Elasticsearch adds to its authentication failures (fact sheet §2.7).
 */
import { DoubleContext, StoredApiKey } from './types';

export type KeyCheck =
  | { readonly key: StoredApiKey; readonly id: string }
  | { readonly failure: string; readonly wrongType: boolean; readonly id: string };

/** Split the decoded credential; `secret` is empty when there is no colon. */
export function decodeCredential(encoded: string): { id: string; secret: string; hasColon: boolean } {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0
    ? { id: decoded, secret: '', hasColon: false }
    : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1), hasColon: true };
}

/** Find the key and check secret, type, invalidation and expiry, in Elasticsearch's order. */
export function checkApiKey(ctx: DoubleContext, id: string, secret: string, type: StoredApiKey['type']): KeyCheck {
  const key = ctx.state.apiKeys.get(id);
  const fail = (failure: string, wrongType = false): KeyCheck => ({ failure, wrongType, id });
  if (!key) return fail(`unable to find apikey with id ${id}`);
  if (key.apiKey !== secret) return fail(`invalid credentials for API key [${id}]`);
  if (key.type !== type) return fail(`authentication expected API key type of [${type}], but API key [${id}] has type [${key.type}]`, true);
  if (key.invalidated) return fail('api key has been invalidated');
  if (key.expiration !== undefined && key.expiration <= ctx.now()) return fail('api key is expired');
  return { key, id };
}
