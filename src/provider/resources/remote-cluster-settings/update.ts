import { settingsBody } from './converters';
import type { ProviderData } from '../../connection';
import { putPersistentSettings } from '../../elasticsearch';
import type { CallContext, State, UpdateRequest } from '../../framework';

/**
 * Update in place: the same single request as create. Keys the new configuration leaves out go
 * to null in it, so a sniff -> proxy switch drops `seeds` and `node_connections` while it sets
 * `mode` and `proxy_address`; Elasticsearch validates the request whole, so nothing is half-applied.
 */
export async function updateSettings({ plannedState }: UpdateRequest<State>, ctx: CallContext<ProviderData>): Promise<State> {
  await putPersistentSettings(ctx, settingsBody(plannedState), `update the remote cluster settings of alias ${String(plannedState.alias)}`);
  ctx.log.debug('remote cluster settings updated', { alias: String(plannedState.alias) });
  return { ...plannedState };
}
