import { roleBody } from './converters';
import type { ProviderData } from '../../connection';
import { putRole } from '../../elasticsearch';
import type { CallContext, State, UpdateRequest } from '../../framework';

/** Update in place: `PUT /_security/role/{name}` replaces the whole descriptor (every list is sent). */
export async function updateRole({ plannedState }: UpdateRequest<State>, ctx: CallContext<ProviderData>): Promise<State> {
  const name = String(plannedState.name);
  await putRole(ctx, name, roleBody(plannedState));
  ctx.log.debug('role updated', { role: name });
  return { ...plannedState, id: name };
}
