import { roleBody } from './converters';
import type { ProviderData } from '../../connection';
import { putRole } from '../../elasticsearch';
import type { CallContext, CreateRequest, State } from '../../framework';

/** Create: `PUT /_security/role/{name}`. */
export async function createRole({ plannedState }: CreateRequest<State>, ctx: CallContext<ProviderData>): Promise<State> {
  const name = String(plannedState.name);
  await putRole(ctx, name, roleBody(plannedState));
  ctx.log.debug('role written', { role: name });
  return { ...plannedState, id: name };
}
