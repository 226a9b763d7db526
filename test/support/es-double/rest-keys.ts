/**
 * REST API keys: `POST|PUT /_security/api_key` (create) and `PUT /_security/api_key/{id}` (update).
 * The double keeps them so that the cross-cluster rules (type checks, API-key callers) can be tested.
 */
import { RoleDescriptorJson } from './access';
import { createdResponse, expirationEpoch, keyToUpdate, metadataErrors, nameErrors, newId, newSecret } from './api-key-rules';
import { authorize } from './auth';
import { parseException, validationFailed } from './errors';
import { isPlainObject, jsonEqual } from './json';
import { walkFields } from './parsing';
import { objectBody } from './request-body';
import { ownerDescriptors, parseRoleBody } from './roles';
import { parseTimeValue } from './time-value';
import { DoubleContext, Reply, Req, RouteFn, StoredApiKey, ok } from './types';
import { atLeast } from './version';

export function registerRestKeyRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('POST', '/_security/api_key', (r) => createRestKey(ctx, r));
  route('PUT', '/_security/api_key', (r) => createRestKey(ctx, r));
  route('PUT', '/_security/api_key/{id}', (r) => updateRestKey(ctx, r), [8, 4]);
}

function parseRoleDescriptors(ctx: DoubleContext, value: unknown): Record<string, RoleDescriptorJson> {
  if (!isPlainObject(value)) throw parseException('failed to parse role descriptors: expected an object');
  const out: Record<string, RoleDescriptorJson> = {};
  for (const [name, body] of Object.entries(value)) {
    if (!isPlainObject(body)) throw parseException(`failed to parse role [${name}]. expected an object but found [${typeof body}] instead`);
    out[name] = parseRoleBody(ctx, name, body, false) as RoleDescriptorJson;
  }
  return out;
}

function createRestKey(ctx: DoubleContext, r: Req): Reply {
  const { obj, ctx: pctx } = objectBody(r)!;
  const decls = {
    name: { kind: 'stringOrNull' as const },
    role_descriptors: { kind: 'object' as const },
    expiration: { kind: 'string' as const },
    metadata: { kind: 'object' as const },
  };
  let descriptors: Record<string, RoleDescriptorJson> = {};
  walkFields(pctx, 'api_key_request', obj, decls, (name, value) => {
    if (name === 'role_descriptors') descriptors = parseRoleDescriptors(ctx, value);
  });
  const expiration = typeof obj.expiration === 'string' ? parseTimeValue(obj.expiration, 'expiration') : undefined;
  const name = obj.name as string | undefined;
  const metadata = obj.metadata as Record<string, unknown> | undefined;
  const errors = [...nameErrors(name), ...metadataErrors(metadata)];
  if (errors.length) throw validationFailed(errors);
  authorize(r.principal, 'manage_own_api_key', 'cluster:admin/xpack/security/api_key/create', 'manage_own_api_key,manage_api_key,manage_security,all');
  const u = r.principal.user;
  const created = ctx.now();
  const key: StoredApiKey = {
    id: newId(),
    name: name!,
    type: 'rest',
    apiKey: newSecret(),
    creation: created,
    expiration: expirationEpoch(ctx, expiration, created),
    invalidated: false,
    username: u.username,
    realm: u.realm,
    realmType: u.realmType,
    metadata: metadata ?? {},
    roleDescriptors: descriptors,
    limitedBy: r.principal.apiKey ? r.principal.apiKey.roleDescriptors : ownerDescriptors(ctx, u),
    version: 1,
  };
  ctx.state.apiKeys.set(key.id, key);
  return createdResponse(key);
}

function updateRestKey(ctx: DoubleContext, r: Req): Reply {
  const v = ctx.version();
  const parsed = objectBody(r, false);
  const obj = parsed?.obj ?? {};
  const decls = {
    role_descriptors: { kind: 'object' as const },
    metadata: { kind: 'object' as const },
    ...(atLeast(v, 8, 13) ? { expiration: { kind: 'string' as const } } : {}),
  };
  let descriptors: Record<string, RoleDescriptorJson> | undefined;
  if (parsed) {
    walkFields(parsed.ctx, 'update_api_key_request_payload', obj, decls, (name, value) => {
      if (name === 'role_descriptors') descriptors = parseRoleDescriptors(ctx, value);
    });
  }
  const expiration = typeof obj.expiration === 'string' ? parseTimeValue(obj.expiration, 'expiration') : undefined;
  const metadata = obj.metadata as Record<string, unknown> | undefined;
  const errors = [...metadataErrors(metadata)];
  if (expiration && expiration.nanos <= 0n) errors.push('API key expiration must be in the future');
  if (errors.length) throw validationFailed(errors);
  const key = keyToUpdate(ctx, r, 'rest');
  const u = r.principal.user;
  const newDescriptors = descriptors ?? key.roleDescriptors;
  const newMetadata = metadata ?? key.metadata;
  const newLimitedBy = ownerDescriptors(ctx, u);
  const noop = !expiration && jsonEqual(newDescriptors, key.roleDescriptors) && jsonEqual(newMetadata, key.metadata)
    && jsonEqual(newLimitedBy, key.limitedBy);
  if (noop) return ok({ updated: false });
  key.roleDescriptors = newDescriptors;
  key.metadata = newMetadata;
  key.limitedBy = newLimitedBy;
  if (expiration) key.expiration = expirationEpoch(ctx, expiration);
  key.version++;
  return ok({ updated: true });
}

