import { settingsBody } from './converters';
import type { ProviderData } from '../../connection';
import { putPersistentSettings } from '../../elasticsearch';
import type { CallContext, CreateRequest, State } from '../../framework';

/** Create: one `PUT /_cluster/settings` with every managed key of the alias (null where not configured). */
export async function createSettings({ plannedState }: CreateRequest<State>, ctx: CallContext<ProviderData>): Promise<State> {
  await putPersistentSettings(ctx, settingsBody(plannedState), `set the remote cluster settings of alias ${String(plannedState.alias)}`);
  ctx.log.debug('remote cluster settings written', { alias: String(plannedState.alias) });
  return { ...plannedState };
}
