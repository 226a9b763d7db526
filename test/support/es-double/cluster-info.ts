/** `GET /` (cluster and version info) and `GET /_security/_authenticate`. */
import { DoubleContext, Reply, Req, RouteFn, ok } from './types';

export function registerInfoRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('GET', '/', () => info(ctx));
  route('HEAD', '/', () => ok({}));
  route('GET', '/_security/_authenticate', (r) => whoami(r));
}

/** The version fields `_resolve/cluster` reports for a cluster (a subset of `GET /`'s `version`). */
export function shortVersion(ctx: DoubleContext): Record<string, string> {
  const v = ctx.version();
  return {
    number: v.text,
    build_flavor: ctx.buildFlavor,
    minimum_wire_compatibility_version: v.major >= 9 ? '8.19.0' : '7.17.0',
    minimum_index_compatibility_version: v.major >= 9 ? '8.0.0' : '7.0.0',
  };
}

function info(ctx: DoubleContext): Reply {
  const { number, build_flavor: flavor, ...compat } = shortVersion(ctx);
  return ok({
    name: ctx.state.nodes[0].name,
    cluster_name: ctx.clusterName,
    cluster_uuid: ctx.clusterUuid,
    version: {
      number,
      build_flavor: flavor,
      build_type: 'docker',
      build_hash: '0000000000000000000000000000000000000000',
      build_date: '2025-01-01T00:00:00.000000000Z',
      build_snapshot: false,
      lucene_version: ctx.version().major >= 9 ? '10.2.2' : '9.12.2',
      ...compat,
    },
    tagline: 'You Know, for Search',
  });
}

function whoami(r: Req): Reply {
  const u = r.principal.user;
  const out: Record<string, unknown> = {
    username: u.username,
    roles: u.roles,
    full_name: null,
    email: null,
    metadata: {},
    enabled: true,
    authentication_realm: { name: r.principal.apiKey ? '_es_api_key' : u.realm, type: r.principal.apiKey ? '_es_api_key' : u.realmType },
    lookup_realm: { name: r.principal.apiKey ? '_es_api_key' : u.realm, type: r.principal.apiKey ? '_es_api_key' : u.realmType },
    authentication_type: r.principal.apiKey ? 'api_key' : 'realm',
  };
  if (r.principal.apiKey) out.api_key = { id: r.principal.apiKey.id, name: r.principal.apiKey.name };
  return ok(out);
}
