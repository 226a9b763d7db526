/**
 * What the local user's roles grant on indices: `indices` for local ones, `remote_indices` for a
 * remote alias (fact sheet §6.3). Roles come from `PUT /_security/role` and the user's `roles`.
 */
import { wildcardMatch } from './access';
import { forbidden } from './errors';
import { SEARCH_ACTION } from './index-permissions';
import { DoubleContext, Principal } from './types';

/**
 * The entries of `field` (`indices` or `remote_indices`) in the user's roles. The built-in
 * `superuser` role grants `all` on every index, local and remote [derived from ReservedRolesStore].
 */
export function roleEntries(ctx: DoubleContext, p: Principal, field: 'indices' | 'remote_indices'): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const role of p.user.roles) {
    if (role === 'superuser') out.push({ names: ['*'], privileges: ['all'], clusters: ['*'] });
    const stored = ctx.state.roles.get(role)?.body[field];
    if (Array.isArray(stored)) out.push(...stored);
  }
  return out;
}

/**
 * The user's `remote_indices` entries whose `clusters` match `alias`; none is the local cluster's 403
 * (RemoteClusterSecurityRestIT; troubleshooting page, "Local user has no remote_indices privileges").
 */
export function remoteIndicesFor(ctx: DoubleContext, p: Principal, alias: string, action = SEARCH_ACTION): Record<string, unknown>[] {
  const entries = roleEntries(ctx, p, 'remote_indices').filter((e) => Array.isArray(e.clusters)
    && (e.clusters as string[]).some((c) => wildcardMatch(c, alias)));
  if (entries.length === 0) {
    throw forbidden(`action [${action}] towards remote cluster [${alias}] is unauthorized for user [${p.user.username}] `
      + `with effective roles [${p.user.roles.join(',')}] because no remote indices privileges apply for the target cluster`);
  }
  return entries;
}
