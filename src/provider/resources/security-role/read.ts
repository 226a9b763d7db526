import { stateFromRole } from './converters';
import { roleNameOf } from './models';
import type { ProviderData } from '../../connection';
import { getRole } from '../../elasticsearch';
import type { CallContext, ImportRequest, ReadRequest, State } from '../../framework';
import { DiagnosticError } from '../../values';

/** Read (refresh): `GET /_security/role/{name}`; null (leave state) when the role is gone. */
export async function readRole({ state }: ReadRequest<State>, ctx: CallContext<ProviderData>): Promise<State | null> {
  const name = roleNameOf(state);
  const role = await getRole(ctx, name);
  if (role === null) {
    ctx.log.debug('role gone: removed from state', { role: name });
    return null;
  }
  return stateFromRole(name, role, state);
}

/** Import by role name. */
export async function importRole({ id }: ImportRequest, ctx: CallContext<ProviderData>): Promise<Partial<State>> {
  if (id === '') throw new DiagnosticError('Missing role name', 'Import a role by its name: terraform import <address> <role name>.');
  if (await getRole(ctx, id) === null) throw new DiagnosticError('Cannot import', `The cluster has no native role named ${id}.`);
  return { id, name: id };
}
