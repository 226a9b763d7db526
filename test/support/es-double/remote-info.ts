/**
 * `GET /_remote/info` (fact sheet §6.2; Elasticsearch's ClusterRemoteInfoResponse): one entry per
 * enabled alias, `connected` from a live handshake with the remote (remote-connections.ts), and
 * `cluster_credentials: "::es_redacted::"` only when the coordinating node loaded a credential.
 */
import { authorize } from './auth';
import { mergedSettings } from './cluster-settings';
import { enabledAliases } from './remote-aliases';
import { connect, loadedCredential } from './remote-connections';
import { DoubleContext, Reply, Req, RouteFn, ok } from './types';

export function registerRemoteInfoRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('GET', '/_remote/info', (r) => remoteInfo(ctx, r));
}

async function remoteInfo(ctx: DoubleContext, r: Req): Promise<Reply> {
  authorize(r.principal, 'monitor', 'cluster:monitor/remote/info', 'monitor,manage,all');
  const merged = mergedSettings(ctx);
  const timeout = String(merged.get('cluster.remote.initial_connect_timeout') ?? '30s');
  const configs = enabledAliases(merged, ctx.version());
  const attempts = await Promise.all(configs.map((c) => connect(ctx, c)));
  const out: Record<string, unknown> = {};
  configs.forEach((c, idx) => {
    const connected = attempts[idx].connected;
    const remoteNodes = attempts[idx].remote?.nodes ?? 0;
    const info: Record<string, unknown> = c.mode === 'proxy'
      ? {
        connected,
        mode: c.mode,
        proxy_address: c.proxyAddress,
        server_name: c.serverName,
        // [derived] a connected proxy-mode alias opens all its sockets.
        num_proxy_sockets_connected: connected ? c.proxySocketConnections : 0,
        max_proxy_socket_connections: c.proxySocketConnections,
        initial_connect_timeout: timeout,
        skip_unavailable: c.skipUnavailable,
      }
      : {
        connected,
        mode: c.mode,
        seeds: c.seeds,
        // [derived] sniff mode connects to up to node_connections nodes of the remote.
        num_nodes_connected: connected ? Math.min(remoteNodes, c.nodeConnections) : 0,
        max_connections_per_cluster: c.nodeConnections,
        initial_connect_timeout: timeout,
        skip_unavailable: c.skipUnavailable,
      };
    if (loadedCredential(ctx, c.alias) !== undefined) info.cluster_credentials = '::es_redacted::';
    out[c.alias] = info;
  });
  return ok(out);
}
