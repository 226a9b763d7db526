/**
 * `POST /_security/cross_cluster/api_key` (fact sheet §1.1, §2) and
 * `PUT /_security/cross_cluster/api_key/{id}` (§1.2, §2.7).
 */
import { ParsedAccess, buildCrossClusterRoleDescriptor, parseAccess } from './access';
import {
  checkCertificateIdentity, createdResponse, expirationEpoch, keyToUpdate, metadataErrors, nameErrors, newId, newSecret,
} from './api-key-rules';
import { authorize } from './auth';
import { illegalArgument, validationFailed } from './errors';
import { jsonEqual } from './json';
import { runBuilder, walkFields } from './parsing';
import { objectBody } from './request-body';
import { parseTimeValue } from './time-value';
import { DoubleContext, Reply, Req, RouteFn, StoredApiKey, ok } from './types';
import { atLeast } from './version';

export function registerCrossClusterKeyRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('POST', '/_security/cross_cluster/api_key', (r) => createCrossClusterKey(ctx, r), [8, 10]);
  route('PUT', '/_security/cross_cluster/api_key/{id}', (r) => updateCrossClusterKey(ctx, r), [8, 10]);
}

function createCrossClusterKey(ctx: DoubleContext, r: Req): Reply {
  const v = ctx.version();
  const { obj, ctx: pctx } = objectBody(r)!;
  const parser = 'cross_cluster_api_key_request';
  const withCertId = atLeast(v, 9, 3);
  const decls = {
    name: { kind: 'string' as const, required: true },
    access: { kind: 'object' as const, required: true },
    expiration: { kind: 'string' as const },
    metadata: { kind: 'object' as const },
    ...(withCertId ? { certificate_identity: { kind: 'string' as const } } : {}),
  };
  let access: ParsedAccess | undefined;
  const present = walkFields(pctx, parser, obj, decls, (name, value) => {
    if (name === 'access') access = parseAccess(pctx, value as Record<string, unknown>);
  });
  const built = runBuilder(pctx, parser, obj, present, Object.keys(decls), () => {
    const expiration = typeof obj.expiration === 'string' ? parseTimeValue(obj.expiration, 'expiration') : undefined;
    const roleDescriptor = buildCrossClusterRoleDescriptor(access!, v);
    const certificateIdentity = typeof obj.certificate_identity === 'string' ? checkCertificateIdentity(obj.certificate_identity) : undefined;
    return { expiration, roleDescriptor, certificateIdentity };
  });
  const name = obj.name as string;
  const metadata = obj.metadata as Record<string, unknown> | undefined;
  const errors = [...nameErrors(name), ...metadataErrors(metadata)];
  if (errors.length) throw validationFailed(errors);
  authorize(r.principal, 'manage_security', 'cluster:admin/xpack/security/cross_cluster/api_key/create', 'manage_security,all');
  if (r.principal.apiKey) {
    throw illegalArgument('authentication via API key not supported: An API key cannot be used to create a cross-cluster API key');
  }
  const u = r.principal.user;
  const created = ctx.now();
  const key: StoredApiKey = {
    id: newId(),
    name,
    type: 'cross_cluster',
    apiKey: newSecret(),
    creation: created,
    expiration: expirationEpoch(ctx, built.expiration, created),
    invalidated: false,
    username: u.username,
    realm: u.realm,
    realmType: u.realmType,
    metadata: metadata ?? {},
    roleDescriptors: { cross_cluster: built.roleDescriptor },
    certificateIdentity: built.certificateIdentity,
    version: 1,
  };
  ctx.state.apiKeys.set(key.id, key);
  return createdResponse(key);
}

function updateCrossClusterKey(ctx: DoubleContext, r: Req): Reply {
  const v = ctx.version();
  const { obj, ctx: pctx } = objectBody(r)!;
  const parser = 'update_cross_cluster_api_key_request';
  const withCertId = atLeast(v, 9, 3);
  const decls = {
    access: { kind: 'object' as const },
    metadata: { kind: 'object' as const },
    ...(atLeast(v, 8, 13) ? { expiration: { kind: 'string' as const } } : {}),
    ...(withCertId ? { certificate_identity: { kind: 'stringOrNull' as const } } : {}),
  };
  let access: ParsedAccess | undefined;
  const present = walkFields(pctx, parser, obj, decls, (name, value) => {
    if (name === 'access') access = parseAccess(pctx, value as Record<string, unknown>);
  });
  const built = runBuilder(pctx, parser, obj, present, Object.keys(decls), () => ({
    expiration: typeof obj.expiration === 'string' ? parseTimeValue(obj.expiration, 'expiration') : undefined,
    roleDescriptor: access ? buildCrossClusterRoleDescriptor(access, v) : undefined,
    certificateIdentity: typeof obj.certificate_identity === 'string' ? checkCertificateIdentity(obj.certificate_identity) : undefined,
  }));
  const metadata = obj.metadata as Record<string, unknown> | undefined;
  const certPresent = withCertId && 'certificate_identity' in obj;
  const errors = [...metadataErrors(metadata)];
  if (built.expiration && built.expiration.nanos <= 0n) errors.push('API key expiration must be in the future');
  if (!built.roleDescriptor && metadata === undefined && !certPresent) {
    errors.push('must update either [access] or [metadata] for cross-cluster API keys');
  }
  if (errors.length) throw validationFailed(errors);
  const key = keyToUpdate(ctx, r, 'cross_cluster');

  const newDescriptors = built.roleDescriptor ? { cross_cluster: built.roleDescriptor } : key.roleDescriptors;
  const newMetadata = metadata ?? key.metadata;
  const newCert = certPresent ? (obj.certificate_identity as string | null) ?? undefined : key.certificateIdentity;
  const u = r.principal.user;
  const noop = !built.expiration
    && jsonEqual(newDescriptors, key.roleDescriptors) && jsonEqual(newMetadata, key.metadata)
    && newCert === key.certificateIdentity
    && key.username === u.username && key.realm === u.realm && key.realmType === u.realmType;
  if (noop) return ok({ updated: false });
  key.roleDescriptors = newDescriptors;
  key.metadata = newMetadata;
  key.certificateIdentity = newCert;
  if (built.expiration) key.expiration = expirationEpoch(ctx, built.expiration);
  key.realm = u.realm;
  key.realmType = u.realmType;
  key.version++;
  return ok({ updated: true });
}

