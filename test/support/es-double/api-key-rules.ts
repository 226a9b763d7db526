/**
 * Rules and helpers shared by the API key endpoints: name and metadata validation (fact sheet §2.1,
 * §2.5), expiry arithmetic (§2.4), the create response (§1.1) and owner checks on update (§2.7).
 */
import { randomBytes } from 'node:crypto';
import { authorize } from './auth';
import { illegalArgument, notFound } from './errors';
import { TimeValue, javaTrim, wholeSeconds } from './time-value';
import { DoubleContext, Principal, Reply, Req, StoredApiKey, ok } from './types';

/** Elasticsearch ids are 20-character base64url UUIDs. */
export function newId(): string {
  return randomBytes(15).toString('base64url');
}

/** 16 random bytes → 22 base64url characters (fact sheet §1.1: exactly 22). */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** `name` query/body matching: `*`, a trailing-`*` prefix, or an exact name. */
export function nameMatches(pattern: string, name: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return pattern === name;
}

export function nameErrors(name: string | null | undefined): string[] {
  if (name === null || name === undefined || name === '') return ['api key name is required'];
  if (name.length > 256) return ['api key name may not be more than 256 characters long'];
  if (name !== javaTrim(name)) return ['api key name may not begin or end with whitespace'];
  if (name.startsWith('_')) return ['api key name may not begin with an underscore'];
  return [];
}

export function metadataErrors(metadata: Record<string, unknown> | undefined): string[] {
  if (metadata && Object.keys(metadata).some((k) => k.startsWith('_'))) return ['API key metadata keys may not start with [_]'];
  return [];
}

export function expirationEpoch(ctx: DoubleContext, tv: TimeValue | undefined, now: number = ctx.now()): number | undefined {
  if (!tv) return undefined;
  // §2.4: now.plusSeconds(expiration.getSeconds()), whole seconds; on create, `now` is the
  // creation instant itself (one clock read), so "0s" expires exactly at creation.
  return now + wholeSeconds(tv) * 1000;
}

export function createdResponse(key: StoredApiKey): Reply {
  const out: Record<string, unknown> = { id: key.id, name: key.name };
  if (key.expiration !== undefined) out.expiration = key.expiration;
  out.api_key = key.apiKey;
  out.encoded = Buffer.from(`${key.id}:${key.apiKey}`, 'utf8').toString('base64');
  return ok(out);
}

export function checkCertificateIdentity(value: string): string {
  try {
    new RegExp(value);
  } catch {
    throw illegalArgument(`Invalid certificate_identity format: [${value}]. Must be a valid regex.`);
  }
  return value;
}

/** §2.7: only the owner's keys are visible to update; anything else is "not found". */
export function ownedKey(ctx: DoubleContext, p: Principal, id: string): StoredApiKey {
  const key = ctx.state.apiKeys.get(id);
  if (!key || key.username !== p.user.username || key.realm !== p.user.realm) {
    throw notFound('no API key owned by requesting user found');
  }
  return key;
}

export function validateForUpdate(ctx: DoubleContext, key: StoredApiKey, expected: 'rest' | 'cross_cluster'): void {
  if (key.invalidated) throw illegalArgument(`cannot update invalidated API key [${key.id}]`);
  if (key.expiration !== undefined && key.expiration <= ctx.now()) throw illegalArgument(`cannot update expired API key [${key.id}]`);
  if (key.type !== expected) {
    throw illegalArgument(`cannot update API key of type [${key.type}] while expected type is [${expected}]`);
  }
}


const UPDATE_AUTHZ = {
  cross_cluster: ['manage_security', 'cluster:admin/xpack/security/cross_cluster/api_key/update', 'manage_security,all'],
  rest: ['manage_own_api_key', 'cluster:admin/xpack/security/api_key/update', 'manage_own_api_key,manage_api_key,manage_security,all'],
};

/**
 * The key `PUT .../api_key/{id}` updates, after the checks both update endpoints make in this order:
 * the cluster privilege, no API-key caller, the caller owns the key (§2.7), and its state and type.
 */
export function keyToUpdate(ctx: DoubleContext, r: Req, type: 'rest' | 'cross_cluster'): StoredApiKey {
  const [privilege, action, grantedBy] = UPDATE_AUTHZ[type];
  authorize(r.principal, privilege, action, grantedBy);
  if (r.principal.apiKey) {
    throw illegalArgument('authentication via API key not supported: only the owner user can update an API key');
  }
  const key = ownedKey(ctx, r.principal, r.params.id);
  validateForUpdate(ctx, key, type);
  return key;
}
