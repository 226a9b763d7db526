import { roleNameOf } from './models';
import type { ProviderData } from '../../connection';
import { deleteRole as deleteRoleCall } from '../../elasticsearch';
import type { CallContext, DeleteRequest, State } from '../../framework';

/** Delete: `DELETE /_security/role/{name}`; a role already gone counts as deleted. */
export async function deleteRole({ priorState }: DeleteRequest<State>, ctx: CallContext<ProviderData>): Promise<void> {
  const name = roleNameOf(priorState);
  await deleteRoleCall(ctx, name);
  ctx.log.debug('role deleted', { role: name });
}
