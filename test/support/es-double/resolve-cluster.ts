/**
 * `GET /_resolve/cluster/{name}` (8.13+) and `GET /_resolve/cluster` (8.18+, every remote): unlike
 * `_remote/info`, it actively contacts each remote and tells why one is not usable. Shapes follow the
 * "Resolve a cluster before cross-cluster search" page (docs-content); see README, "_resolve/cluster".
 */
import { shortVersion } from './cluster-info';
import { mergedSettings } from './cluster-settings';
import { resolveIndices } from './documents';
import { EsError } from './errors';
import { searchGrants, toGrants } from './index-permissions';
import { AliasConfig, enabledAliases } from './remote-aliases';
import { connect, loadedCredential, sendToRemote } from './remote-connections';
import { splitTarget } from './search-targets';
import { DoubleContext, Principal, Reply, Req, RouteFn, ok } from './types';
import { remoteIndicesFor, roleEntries } from './user-privileges';

const ACTION = 'indices:admin/resolve/cluster';

export function registerResolveClusterRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('GET', '/_resolve/cluster/{name}', (r) => resolveCluster(ctx, r), [8, 13]);
  route('GET', '/_resolve/cluster', (r) => resolveCluster(ctx, r), [8, 18]);
}

function local(ctx: DoubleContext, p: Principal, expression: string): Record<string, unknown> {
  const grants = toGrants(roleEntries(ctx, p, 'indices'));
  const { concrete, expanded } = resolveIndices(ctx, expression, (i) => searchGrants(grants, i).length > 0);
  const base = { connected: true, skip_unavailable: false };
  const missing = concrete.find((i) => !ctx.state.indices.has(i));
  if (missing) return { ...base, error: `no such index [${missing}]` };
  return { ...base, matching_indices: concrete.length + expanded.length > 0, version: shortVersion(ctx) };
}

/**
 * One remote: not connected without an `error` when nothing answered (the page's `cluster_two`);
 * not connected with the reason when the remote or the local role refused (security errors always
 * mark the remote as not connected, per the 8.17 API page).
 */
async function remote(
  ctx: DoubleContext, p: Principal, config: AliasConfig, expression: string | undefined,
): Promise<Record<string, unknown>> {
  const base = { connected: false, skip_unavailable: config.skipUnavailable };
  let remoteIndices: Record<string, unknown>[] = [];
  if (expression !== undefined) {
    try {
      remoteIndices = remoteIndicesFor(ctx, p, config.alias, ACTION);
    } catch (e) {
      if (e instanceof EsError) return { ...base, error: e.reason };
      throw e;
    }
  }
  // Like a search, it connects first (the handshake), then asks the remote.
  const handshake = await connect(ctx, config);
  const attempt = !handshake.connected || expression === undefined ? handshake : await sendToRemote(ctx, config, {
    action: 'resolve',
    credentials: loadedCredential(ctx, config.alias),
    subject: { username: p.user.username, roles: p.user.roles, remoteIndices: toGrants(remoteIndices) },
    index: expression,
  });
  if (!attempt.connected) {
    return attempt.error?.type === 'connect_transport_exception' ? base : { ...base, error: attempt.error?.reason };
  }
  const out: Record<string, unknown> = { connected: true, skip_unavailable: config.skipUnavailable };
  if (expression !== undefined) out.matching_indices = attempt.remote?.matchingIndices ?? false;
  out.version = attempt.remote?.version;
  return out;
}

async function resolveCluster(ctx: DoubleContext, r: Req): Promise<Reply> {
  const out: Record<string, unknown> = {};
  if (r.params.name === undefined) {
    const configs = enabledAliases(mergedSettings(ctx), ctx.version());
    const results = await Promise.all(configs.map((c) => remote(ctx, r.principal, c, undefined)));
    configs.forEach((c, i) => {
      out[c.alias] = results[i];
    });
    return ok(out);
  }
  const target = splitTarget(ctx, r.params.name);
  if (target.local.length) out['(local)'] = local(ctx, r.principal, target.local.join(','));
  for (const [config, parts] of target.remote) out[config.alias] = await remote(ctx, r.principal, config, parts.join(','));
  return ok(out);
}
