/**
 * `GET /_security/api_key` (fact sheet §3.1) and `DELETE /_security/api_key` (§4).
 */
import { accessFromDescriptor } from './access';
import { nameMatches } from './api-key-rules';
import { authorize, can } from './auth';
import { illegalArgument, notFound, validationFailed } from './errors';
import { walkFields } from './parsing';
import { boolParam, objectBody } from './request-body';
import { DoubleContext, Reply, Req, RouteFn, StoredApiKey, ok } from './types';
import { atLeast } from './version';

export function registerKeyQueryRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('GET', '/_security/api_key', (r) => getKeys(ctx, r));
  route('DELETE', '/_security/api_key', (r) => invalidateKeys(ctx, r));
}

function keyToJson(ctx: DoubleContext, key: StoredApiKey, withLimitedBy: boolean, withProfileUid: boolean): Record<string, unknown> {
  const v = ctx.version();
  const out: Record<string, unknown> = { id: key.id, name: key.name, type: key.type, creation: key.creation };
  if (key.expiration !== undefined) out.expiration = key.expiration;
  out.invalidated = key.invalidated;
  if (key.invalidation !== undefined && atLeast(v, 8, 12)) out.invalidation = key.invalidation;
  out.username = key.username;
  out.realm = key.realm;
  if (atLeast(v, 8, 14)) out.realm_type = key.realmType;
  out.metadata = key.metadata;
  out.role_descriptors = key.roleDescriptors;
  if (withLimitedBy && key.type === 'rest' && key.limitedBy) out.limited_by = [key.limitedBy];
  if (key.type === 'cross_cluster') out.access = accessFromDescriptor(key.roleDescriptors.cross_cluster);
  if (key.certificateIdentity !== undefined) out.certificate_identity = key.certificateIdentity;
  if (withProfileUid && atLeast(v, 8, 14)) out.profile_uid = null;
  return out;
}

function getKeys(ctx: DoubleContext, r: Req): Reply {
  const q = r.query;
  const v = ctx.version();
  const known = ['id', 'name', 'owner', 'realm_name', 'username', 'with_limited_by', 'pretty', 'error_trace', 'filter_path', 'human',
    ...(atLeast(v, 8, 10) ? ['active_only'] : []), ...(atLeast(v, 8, 14) ? ['with_profile_uid'] : [])];
  const unknown = Object.keys(q).filter((k) => !known.includes(k));
  if (unknown.length) {
    throw illegalArgument(`request [${r.path}] contains unrecognized parameter${unknown.length > 1 ? 's' : ''}: [${unknown.join('], [')}]`);
  }
  const owner = boolParam(q.owner);
  if (owner && (q.username || q.realm_name)) {
    throw validationFailed(['username or realm name must not be specified when retrieving owned API keys']);
  }
  const p = r.principal;
  const manageAll = can(p, 'manage_api_key');
  if (!manageAll && !(owner && can(p, 'manage_own_api_key'))) {
    authorize(p, 'manage_api_key', 'cluster:admin/xpack/security/api_key/get', 'manage_api_key,manage_security,all');
  }
  const activeOnly = boolParam(q.active_only);
  const now = ctx.now();
  const keys = [...ctx.state.apiKeys.values()].filter((k) => {
    if (q.id && k.id !== q.id) return false;
    if (q.name && !nameMatches(q.name, k.name)) return false;
    if (q.username && k.username !== q.username) return false;
    if (q.realm_name && k.realm !== q.realm_name) return false;
    if (owner) {
      if (p.apiKey) return k.id === p.apiKey.id;
      if (k.username !== p.user.username || k.realm !== p.user.realm) return false;
    }
    if (activeOnly && (k.invalidated || (k.expiration !== undefined && k.expiration <= now))) return false;
    return true;
  });
  if (keys.length === 0 && (q.id || q.name)) {
    // [derived] Elasticsearch answers 404 when a lookup by id or name finds nothing.
    throw notFound('api key not found');
  }
  return ok({ api_keys: keys.map((k) => keyToJson(ctx, k, boolParam(q.with_limited_by), boolParam(q.with_profile_uid))) });
}

function invalidateKeys(ctx: DoubleContext, r: Req): Reply {
  const parsed = objectBody(r);
  const { obj, ctx: pctx } = parsed!;
  const decls = {
    id: { kind: 'string' as const },
    ids: { kind: 'objectArray' as const },
    name: { kind: 'string' as const },
    owner: { kind: 'boolean' as const },
    realm_name: { kind: 'string' as const },
    username: { kind: 'string' as const },
  };
  walkFields(pctx, 'invalidate_api_key_request', obj, decls, (name, value) => {
    if (name === 'ids' && !(Array.isArray(value) && value.every((x) => typeof x === 'string'))) {
      throw illegalArgument('[ids] must be an array of strings');
    }
  });
  const ids = obj.ids as string[] | undefined ?? (typeof obj.id === 'string' ? [obj.id] : undefined);
  const name = obj.name as string | undefined;
  const owner = obj.owner === true || obj.owner === 'true';
  const username = obj.username as string | undefined;
  const realmName = obj.realm_name as string | undefined;
  const errors: string[] = [];
  if (ids && ids.length === 0) errors.push('Field [ids] cannot be an empty array');
  if (ids && name) errors.push('only one of [api key id(s), api key name] can be specified');
  if ((ids || name) && (username || realmName)) {
    errors.push('username or realm name must not be specified when the api key id(s) or api key name are specified');
  }
  if (owner && (username || realmName)) {
    errors.push('neither username nor realm-name may be specified when invalidating owned API keys');
  }
  if (errors.length) throw validationFailed(errors);
  if (!ids && !name && !owner && !username && !realmName) {
    throw illegalArgument('One of [api key id, api key name, username, realm name] must be specified');
  }
  const p = r.principal;
  const manageSecurity = can(p, 'manage_security');
  const manageAll = can(p, 'manage_api_key');
  if (!manageAll && !can(p, 'manage_own_api_key')) {
    authorize(p, 'manage_own_api_key', 'cluster:admin/xpack/security/api_key/invalidate', 'manage_own_api_key,manage_api_key,manage_security,all');
  }
  const ownOnly = owner || !manageAll;
  const matched = [...ctx.state.apiKeys.values()].filter((k) => {
    if (ids && !ids.includes(k.id)) return false;
    if (name && !nameMatches(name, k.name)) return false;
    if (username && k.username !== username) return false;
    if (realmName && k.realm !== realmName) return false;
    if (ownOnly) {
      if (p.apiKey && owner) return k.id === p.apiKey.id;
      if (k.username !== p.user.username || k.realm !== p.user.realm) return false;
    }
    return true;
  });
  const invalidated: string[] = [];
  const previously: string[] = [];
  const errorDetails: Record<string, unknown>[] = [];
  const now = ctx.now();
  for (const k of matched) {
    if (k.type === 'cross_cluster' && !manageSecurity) {
      errorDetails.push({ type: 'illegal_argument_exception', reason: `Cannot invalidate cross-cluster API key [${k.id}]` });
      continue;
    }
    if (k.invalidated) {
      previously.push(k.id);
    } else {
      k.invalidated = true;
      k.invalidation = now;
      invalidated.push(k.id);
    }
  }
  const out: Record<string, unknown> = {
    invalidated_api_keys: invalidated,
    previously_invalidated_api_keys: previously,
    error_count: errorDetails.length,
  };
  if (errorDetails.length) out.error_details = errorDetails;
  return ok(out);
}

