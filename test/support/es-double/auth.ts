/**
 * Authentication of REST requests (basic and `ApiKey` headers) and cluster-privilege checks,
 * as Elasticsearch's security REST filter does them (fact sheet §2.7).
 */
import type * as http from 'node:http';
import { checkApiKey, decodeCredential } from './api-key-credentials';
import { forbidden, unauthenticated } from './errors';
import { DoubleContext, Principal } from './types';

const IMPLIED: Record<string, string[]> = {
  all: ['*'],
  manage_security: ['manage_api_key', 'manage_own_api_key', 'manage', 'monitor', 'read_security'],
  manage: ['monitor', 'manage_own_api_key'],
  manage_api_key: ['manage_own_api_key'],
  read_security: [],
};

/** Whether `held` cluster privileges grant `wanted`, following the implication table above. */
export function grants(held: readonly string[], wanted: string): boolean {
  const seen = new Set<string>();
  const stack = [...held];
  while (stack.length) {
    const p = stack.pop()!;
    if (p === wanted || p === 'all') return true;
    if (seen.has(p)) continue;
    seen.add(p);
    stack.push(...(IMPLIED[p] ?? []));
  }
  return false;
}

const GENERIC = 'unable to authenticate with provided credentials and anonymous access is not allowed for this request';

/** Authenticate a REST request; throws Elasticsearch's 401 on failure. */
export function authenticate(ctx: DoubleContext, req: http.IncomingMessage, uri: string): Principal {
  const header = req.headers.authorization;
  if (!header) throw unauthenticated(`missing authentication credentials for REST request [${uri}]`);
  const sp = header.indexOf(' ');
  const scheme = (sp < 0 ? header : header.slice(0, sp)).toLowerCase();
  const cred = sp < 0 ? '' : header.slice(sp + 1).trim();
  if (scheme === 'basic') {
    const decoded = Buffer.from(cred, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const username = colon < 0 ? decoded : decoded.slice(0, colon);
    const password = colon < 0 ? '' : decoded.slice(colon + 1);
    const user = ctx.users.get(username);
    if (!user || user.password !== password) {
      throw unauthenticated(`unable to authenticate user [${username}] for REST request [${uri}]`);
    }
    return { user };
  }
  if (scheme === 'apikey') {
    const { id, secret } = decodeCredential(cred);
    const unsuccessful = (why: string) => unauthenticated(GENERIC, { additional_unsuccessful_credentials: `API key: ${why}` });
    // §2.7: cross-cluster keys cannot authenticate on the REST interface (the type check).
    const checked = checkApiKey(ctx, id, secret, 'rest');
    if ('failure' in checked) throw unsuccessful(checked.failure);
    const owner = ctx.users.get(checked.key.username);
    if (!owner) throw unsuccessful(`owner of API key [${id}] no longer exists`);
    return { user: owner, apiKey: checked.key };
  }
  throw unauthenticated(GENERIC);
}

/** Whether the principal holds a cluster privilege (an API key is limited by its descriptors). */
export function can(p: Principal, privilege: string): boolean {
  if (!grants(p.user.clusterPrivileges, privilege)) return false;
  if (!p.apiKey) return true;
  const descriptors = Object.values(p.apiKey.roleDescriptors);
  return descriptors.length === 0 || descriptors.some((d) => grants(d.cluster, privilege));
}

/** Throw Elasticsearch's 403 unless the principal holds `privilege`. */
export function authorize(p: Principal, privilege: string, action: string, grantedBy: string): void {
  if (can(p, privilege)) return;
  const who = p.apiKey
    ? `API key id [${p.apiKey.id}] of user [${p.user.username}]`
    : `user [${p.user.username}] with effective roles [${p.user.roles.join(',')}]`;
  throw forbidden(`action [${action}] is unauthorized for ${who}, this action is granted by the cluster privileges [${grantedBy}]`);
}
