/**
 * `GET|POST /{target}/_search` where `target` may name remote indices as `<alias>:<index>`
 * (fact sheet §6.3). The local double checks the user's `remote_indices` for each alias, connects
 * to the remote (remote-connections.ts) and asks it to search as that user; the remote applies its
 * key's `access.search`, so what comes back is the intersection of both. A remote that cannot be
 * reached or answers an error is skipped when the alias has `skip_unavailable`, else the search fails
 * with the remote's error. Local indices in the same target are searched here.
 */
import { Hit, collectHits, noSuchIndex, resolveIndices, searchBody } from './documents';
import { EsError, forbidden } from './errors';
import { SEARCH_ACTION, SEARCH_GRANTED_BY_TEXT, searchGrants, toGrants } from './index-permissions';
import { AliasConfig } from './remote-aliases';
import { WireError } from './remote-cluster-wire';
import { connect, loadedCredential, sendToRemote } from './remote-connections';
import { splitTarget } from './search-targets';
import { DoubleContext, Principal, Reply, Req, RouteFn, ok } from './types';
import { remoteIndicesFor, roleEntries } from './user-privileges';

export function registerSearchRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('GET', '/{target}/_search', (r) => search(ctx, r));
  route('POST', '/{target}/_search', (r) => search(ctx, r));
}

interface ClusterResult {
  readonly alias: string;
  readonly indices: string;
  readonly hits: Hit[];
  readonly total: number;
  readonly shards: number;
  readonly failure?: WireError;
}

const toEsError = (e: WireError) => new EsError(e.type, e.reason, { status: e.status, extra: e.extra ?? {} });

async function searchRemote(
  ctx: DoubleContext, p: Principal, config: AliasConfig, indices: string, query: unknown, size: number,
): Promise<ClusterResult> {
  const entries = remoteIndicesFor(ctx, p, config.alias);
  const empty = { alias: config.alias, indices, hits: [], total: 0, shards: 0 };
  const handshake = await connect(ctx, config);
  if (!handshake.connected) return { ...empty, failure: handshake.error };
  const reply = await sendToRemote(ctx, config, {
    action: 'search',
    credentials: loadedCredential(ctx, config.alias),
    subject: { username: p.user.username, roles: p.user.roles, remoteIndices: toGrants(entries) },
    index: indices,
    query,
    size,
  });
  if (!reply.connected) return { ...empty, failure: reply.error };
  const remote = reply.remote!;
  return { alias: config.alias, indices, hits: remote.hits ?? [], total: remote.total ?? 0, shards: remote.indices ?? 0 };
}

function searchLocal(ctx: DoubleContext, p: Principal, expression: string, query: unknown): ClusterResult {
  const grants = toGrants(roleEntries(ctx, p, 'indices'));
  const allowed = (index: string) => searchGrants(grants, index).length > 0;
  const { concrete, expanded } = resolveIndices(ctx, expression, allowed);
  const denied = concrete.filter((i) => !allowed(i));
  if (denied.length) {
    throw forbidden(`action [${SEARCH_ACTION}] is unauthorized for user [${p.user.username}] with effective roles [${p.user.roles.join(',')}] `
      + `on indices [${denied.join(',')}], this action is granted by the index privileges [${SEARCH_GRANTED_BY_TEXT}]`);
  }
  const missing = concrete.find((i) => !ctx.state.indices.has(i));
  if (missing) throw noSuchIndex(missing);
  const indices = [...concrete, ...expanded.filter((i) => !concrete.includes(i))];
  const hits = collectHits(ctx, indices, query, [(i) => searchGrants(grants, i)]);
  return { alias: '(local)', indices: expression, hits, total: hits.length, shards: indices.length };
}

async function search(ctx: DoubleContext, r: Req): Promise<Reply> {
  const started = Date.now();
  const { query, size } = searchBody(r);
  const { local, remote } = splitTarget(ctx, r.params.target);
  const results: ClusterResult[] = [];
  if (local.length) results.push(searchLocal(ctx, r.principal, local.join(','), query));
  for (const [config, parts] of remote) {
    const result = await searchRemote(ctx, r.principal, config, parts.join(','), query, size);
    if (result.failure && !config.skipUnavailable) throw toEsError(result.failure);
    results.push(result);
  }
  const took = Date.now() - started;
  const answered = results.filter((c) => !c.failure);
  const hits = answered.flatMap((c) => c.hits.map((h) => ({
    _index: c.alias === '(local)' ? h.index : `${c.alias}:${h.index}`, _id: h.id, _score: 1.0, _source: h.source,
  })));
  const shards = answered.reduce((n, c) => n + c.shards, 0);
  const body: Record<string, unknown> = {
    took,
    timed_out: false,
    _shards: { total: shards, successful: shards, skipped: 0, failed: 0 },
  };
  if (remote.size) body._clusters = clustersSection(results, took);
  const total = answered.reduce((n, c) => n + c.total, 0);
  body.hits = { total: { value: total, relation: 'eq' }, max_score: hits.length ? 1.0 : null, hits: hits.slice(0, size) };
  return ok(body);
}

/** `_clusters` of a cross-cluster search response (8.10+ shape with `details`) [derived]. */
function clustersSection(results: ClusterResult[], took: number): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const c of results) {
    details[c.alias] = c.failure
      ? { status: 'skipped', indices: c.indices, timed_out: false, failures: [{ shard: -1, index: null, reason: { type: c.failure.type, reason: c.failure.reason } }] }
      : { status: 'successful', indices: c.indices, took, timed_out: false, _shards: { total: c.shards, successful: c.shards, skipped: 0, failed: 0 } };
  }
  const skipped = results.filter((c) => c.failure).length;
  return { total: results.length, successful: results.length - skipped, skipped, running: 0, partial: 0, failed: 0, details };
}
