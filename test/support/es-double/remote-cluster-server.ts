/**
 * The remote side of a cross-cluster connection: what this double answers on its remote cluster
 * server port (Elasticsearch's 9443) and on its transport port (9300). The credential is checked
 * against this double's own key store, so invalidating or expiring the key here cuts every local
 * double that uses it. Messages: README, "Remote cluster server".
 */
import { checkApiKey, decodeCredential } from './api-key-credentials';
import { shortVersion } from './cluster-info';
import { collectHits, noSuchIndex, resolveIndices } from './documents';
import { EsError } from './errors';
import { IndexGrant, SEARCH_ACTION, SEARCH_GRANTED_BY_TEXT, searchGrants, toGrants } from './index-permissions';
import { WireError, WireReply, WireRequest } from './remote-cluster-wire';
import { DoubleContext, StoredApiKey } from './types';

const HANDSHAKE = 'cluster:internal/remote_cluster/handshake';

const wireError = (e: EsError): WireError => ({ type: e.type, reason: e.reason, status: e.status, extra: e.extra });
const authError = (reason: string, extra: Record<string, unknown> = {}) =>
  new EsError('security_exception', reason, { status: 401, extra });

/**
 * Authenticate the `_cross_cluster_access_credentials` value: a base64 `id:secret` of a cross-cluster
 * key that is neither invalidated nor expired.
 */
export function authenticateCrossClusterKey(ctx: DoubleContext, credentials: string, action: string): StoredApiKey {
  const { id, secret, hasColon } = decodeCredential(credentials);
  // §1.1: the secret of a cross-cluster key is exactly 22 characters.
  if (!hasColon || secret.length !== 22) throw authError('invalid cross-cluster API key value');
  const checked = checkApiKey(ctx, id, secret, 'cross_cluster');
  if ('key' in checked) return checked.key;
  // The troubleshooting page's messages: a wrong key type is reported as such, anything else as
  // "unable to authenticate user [<id>] for action [...]" with the API key reason alongside.
  if (checked.wrongType) throw authError(checked.failure);
  throw authError(`unable to authenticate user [${id}] for action [${action}]`, {
    additional_unsuccessful_credentials: `API key: ${checked.failure}`,
  });
}

function handshakeReply(ctx: DoubleContext): WireReply {
  return { clusterName: ctx.clusterName, clusterUuid: ctx.clusterUuid, nodes: ctx.state.nodes.length, version: shortVersion(ctx) };
}

/** `_resolve/cluster`'s per-cluster action [derived: the double checks it like the search action]. */
const RESOLVE_ACTION = 'indices:admin/resolve/cluster';

/**
 * The indices of the request's expression the user may search here: the key's `access.search` ∩ the
 * user's `remote_indices`. A concrete index either side denies is Elasticsearch's 403.
 */
function authorizedIndices(ctx: DoubleContext, key: StoredApiKey, request: WireRequest, action: string) {
  const subject = request.subject ?? { username: '_anonymous', roles: [], remoteIndices: [] };
  const keyGrants = toGrants(key.roleDescriptors.cross_cluster?.indices);
  const userGrants: IndexGrant[] = toGrants(subject.remoteIndices);
  const allowed = (index: string) => searchGrants(keyGrants, index).length > 0 && searchGrants(userGrants, index).length > 0;
  const { concrete, expanded } = resolveIndices(ctx, request.index ?? '*', allowed);
  const denied = concrete.filter((i) => !allowed(i));
  if (denied.length) {
    throw new EsError('security_exception', `action [${action}] towards remote cluster is unauthorized for user [${subject.username}] `
      + `with assigned roles [${subject.roles.join(',')}] authenticated by API key id [${key.id}] of user [${key.username}] `
      + `on indices [${denied.join(',')}], this action is granted by the index privileges [${SEARCH_GRANTED_BY_TEXT}]`, { status: 403 });
  }
  return { keyGrants, userGrants, concrete, indices: [...concrete, ...expanded.filter((i) => !concrete.includes(i))] };
}

/** A search on behalf of a local user, with both sides' document- and field-level security. */
function search(ctx: DoubleContext, key: StoredApiKey, request: WireRequest): WireReply {
  const { keyGrants, userGrants, concrete, indices } = authorizedIndices(ctx, key, request, SEARCH_ACTION);
  const missing = concrete.find((i) => !ctx.state.indices.has(i));
  if (missing) throw noSuchIndex(missing);
  const hits = collectHits(ctx, indices, request.query, [(i) => searchGrants(keyGrants, i), (i) => searchGrants(userGrants, i)]);
  return { hits: hits.slice(0, request.size ?? 10), total: hits.length, indices: indices.length };
}

/** Whether anything the user may search matches (missing concrete indices simply do not match). */
function resolve(ctx: DoubleContext, key: StoredApiKey, request: WireRequest): WireReply {
  const { indices } = authorizedIndices(ctx, key, request, RESOLVE_ACTION);
  return { ...handshakeReply(ctx), matchingIndices: indices.some((i) => ctx.state.indices.has(i)) };
}

/** Answer a request that arrived on the remote cluster server port. */
export function answerRemoteClusterPort(ctx: DoubleContext, request: WireRequest): WireReply {
  try {
    if (!request.credentials) {
      throw new EsError('illegal_argument_exception', 'Cross cluster requests through the dedicated remote cluster server port require '
        + 'transport header [_cross_cluster_access_credentials] but none found. Please ensure you have configured remote cluster '
        + 'credentials on the cluster originating the request.', { status: 400 });
    }
    const action = { handshake: HANDSHAKE, search: SEARCH_ACTION, resolve: RESOLVE_ACTION }[request.action];
    const key = authenticateCrossClusterKey(ctx, request.credentials, action);
    if (request.action === 'search') return search(ctx, key, request);
    return request.action === 'resolve' ? resolve(ctx, key, request) : handshakeReply(ctx);
  } catch (e) {
    if (e instanceof EsError) return { error: wireError(e) };
    throw e;
  }
}

/**
 * Answer a request that arrived on the transport port. An API-key connection finds no credentials
 * it accepts there; a certificate-model connection (no credential) is let in, since the double does
 * not simulate TLS trust, but the double does not run its searches.
 */
export function answerTransportPort(ctx: DoubleContext, request: WireRequest): WireReply {
  if (request.credentials) {
    return { error: wireError(authError(`missing authentication credentials for action [${HANDSHAKE}]`)) };
  }
  if (request.action !== 'handshake') {
    return { error: { type: 'exception', reason: 'the test double does not simulate searches over the certificate model', status: 500 } };
  }
  return handshakeReply(ctx);
}
