/**
 * Roles: `GET|PUT|POST|DELETE /_security/role[/{name}]`, with `remote_indices` (8.10+) and
 * `remote_cluster` (8.15+) (fact sheet §6.3; provider.md §5.6).
 */
import { RoleDescriptorJson, indicesToJson, parseIndicesEntry } from './access';
import { authorize } from './auth';
import { parseException, validationFailed } from './errors';
import { isPlainObject } from './json';
import { objectBody } from './request-body';
import { DoubleContext, DoubleUser, Reply, Req, RouteFn, StoredRole, ok } from './types';
import { atLeast } from './version';

export function registerRoleRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('GET', '/_security/role', (r) => getRoles(ctx, r));
  route('GET', '/_security/role/{name}', (r) => getRoles(ctx, r));
  route('PUT', '/_security/role/{name}', (r) => putRole(ctx, r));
  route('POST', '/_security/role/{name}', (r) => putRole(ctx, r));
  route('DELETE', '/_security/role/{name}', (r) => deleteRole(ctx, r));
}

/** The descriptors a REST key is limited by: the owner's roles as stored, or a stand-in from its privileges. */
export function ownerDescriptors(ctx: DoubleContext, user: Required<DoubleUser>): Record<string, RoleDescriptorJson> {
  const out: Record<string, RoleDescriptorJson> = {};
  for (const role of user.roles) {
    const stored = ctx.state.roles.get(role);
    out[role] = stored
      ? roleToJson(stored) as RoleDescriptorJson
      : {
        cluster: user.clusterPrivileges,
        indices: [],
        applications: [],
        run_as: [],
        metadata: {},
        transient_metadata: { enabled: true },
      };
  }
  return out;
}

export function parseRoleBody(ctx: DoubleContext, name: string, body: Record<string, unknown>, allowDescription: boolean): Record<string, unknown> {
  const v = ctx.version();
  const out: Record<string, unknown> = {
    cluster: [], indices: [], applications: [], run_as: [], metadata: {}, transient_metadata: { enabled: true },
  };
  const allowed = ['cluster', 'indices', 'applications', 'run_as', 'metadata', 'transient_metadata', 'global',
    ...(atLeast(v, 8, 10) ? ['remote_indices'] : []), ...(atLeast(v, 8, 15) ? ['remote_cluster'] : []),
    ...(allowDescription && atLeast(v, 8, 15) ? ['description'] : []), ...(atLeast(v, 8, 9) ? ['restriction'] : [])];
  const errors: string[] = [];
  for (const [k, val] of Object.entries(body)) {
    if (!allowed.includes(k)) throw parseException(`failed to parse role [${name}]. unexpected field [${k}]`);
    switch (k) {
      case 'cluster':
      case 'run_as':
        if (!Array.isArray(val) || !val.every((x) => typeof x === 'string')) {
          throw parseException(`failed to parse role [${name}]. expected field [${k}] value to be an array of strings`);
        }
        out[k] = val;
        break;
      case 'indices':
        if (!Array.isArray(val)) throw parseException(`failed to parse indices privileges for role [${name}]. expected field [indices] value to be an array, but found [${typeof val}] instead`);
        out.indices = val.map((e) => indicesToJson(parseIndicesEntry(name, e, 'indices')));
        break;
      case 'remote_indices':
        if (!Array.isArray(val)) throw parseException(`failed to parse remote indices privileges for role [${name}]. expected field [remote_indices] value to be an array`);
        out.remote_indices = val.map((e) => {
          const entry = parseIndicesEntry(name, e, 'remote_indices', undefined, ['clusters']);
          if (!('clusters' in entry)) {
            throw parseException(`failed to parse remote indices privileges for role [${name}]. missing required [clusters] field`);
          }
          const clusters = entry.clusters;
          if (!Array.isArray(clusters) || !clusters.every((c) => typeof c === 'string')) {
            throw parseException(`failed to parse remote indices privileges for role [${name}]. expected field [clusters] value to be an array of strings`);
          }
          if (clusters.some((c: string) => c === '')) errors.push('remote index cluster alias cannot be an empty string');
          return { ...indicesToJson(entry), clusters };
        });
        break;
      case 'remote_cluster':
        if (!Array.isArray(val)) throw parseException(`failed to parse remote_cluster for role [${name}]. expected field [remote_cluster] value to be an array`);
        out.remote_cluster = val.map((e: unknown) => {
          if (!isPlainObject(e) || !Array.isArray(e.clusters) || !Array.isArray(e.privileges)) {
            throw parseException(`failed to parse remote_cluster for role [${name}]. [clusters] and [privileges] are required`);
          }
          const permitted = atLeast(v, 8, 17) ? ['monitor_enrich', 'monitor_stats'] : ['monitor_enrich'];
          for (const priv of e.privileges as string[]) {
            if (!permitted.includes(priv)) {
              errors.push(`Invalid remote_cluster permissions found. Please remove the following: [${priv}] Only [${permitted.join(', ')}] are allowed`);
            }
          }
          return { privileges: e.privileges, clusters: e.clusters };
        });
        break;
      case 'metadata':
        if (!isPlainObject(val)) throw parseException(`failed to parse role [${name}]. expected field [metadata] value to be an object`);
        if (Object.keys(val).some((mk) => mk.startsWith('_'))) errors.push('role metadata keys may not start with [_]');
        out.metadata = val;
        break;
      default:
        out[k] = val;
    }
  }
  if (errors.length) throw validationFailed(errors);
  return out;
}

export function roleToJson(role: StoredRole): Record<string, unknown> {
  const b = role.body;
  const out: Record<string, unknown> = {
    cluster: b.cluster,
    indices: b.indices,
    applications: b.applications,
    run_as: b.run_as,
    metadata: b.metadata,
    transient_metadata: b.transient_metadata,
  };
  if (b.description !== undefined) out.description = b.description;
  if (Array.isArray(b.remote_indices) && b.remote_indices.length) out.remote_indices = b.remote_indices;
  if (Array.isArray(b.remote_cluster) && b.remote_cluster.length) out.remote_cluster = b.remote_cluster;
  return out;
}

function putRole(ctx: DoubleContext, r: Req): Reply {
  const { obj } = objectBody(r)!;
  const name = r.params.name;
  const body = parseRoleBody(ctx, name, obj, true);
  authorize(r.principal, 'manage_security', 'cluster:admin/xpack/security/role/put', 'manage_security,all');
  const created = !ctx.state.roles.has(name);
  ctx.state.roles.set(name, { name, body });
  return ok({ role: { created } });
}

function getRoles(ctx: DoubleContext, r: Req): Reply {
  authorize(r.principal, 'read_security', 'cluster:admin/xpack/security/role/get', 'read_security,manage_security,all');
  const names = r.params.name ? r.params.name.split(',') : [...ctx.state.roles.keys()];
  const out: Record<string, unknown> = {};
  for (const n of names) {
    const role = ctx.state.roles.get(n);
    if (role) out[n] = roleToJson(role);
  }
  // Elasticsearch answers an unknown role with `{}` and 404.
  return ok(out, r.params.name && Object.keys(out).length === 0 ? 404 : 200);
}

function deleteRole(ctx: DoubleContext, r: Req): Reply {
  authorize(r.principal, 'manage_security', 'cluster:admin/xpack/security/role/delete', 'manage_security,all');
  const found = ctx.state.roles.delete(r.params.name);
  return ok({ found }, found ? 200 : 404);
}

