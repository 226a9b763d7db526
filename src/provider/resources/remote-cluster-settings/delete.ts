import { removalBody } from './converters';
import { aliasOf } from './models';
import type { ProviderData } from '../../connection';
import { persistentSettings, putPersistentSettings } from '../../elasticsearch';
import type { CallContext, DeleteRequest, State } from '../../framework';

/**
 * Delete: every persistent `cluster.remote.<alias>.*` key, the managed ones and any other found
 * (for example `transport.ping_schedule`), set to null in one request, as Elasticsearch's remote
 * cluster docs say to remove an alias (a partial removal would be refused: "Cannot configure
 * setting [...skip_unavailable] if remote cluster is not enabled").
 */
export async function deleteSettings({ priorState }: DeleteRequest<State>, ctx: CallContext<ProviderData>): Promise<void> {
  const alias = aliasOf(priorState);
  const body = removalBody(alias, await persistentSettings(ctx));
  await putPersistentSettings(ctx, body, `remove the remote cluster settings of alias ${alias}`);
  ctx.log.debug('remote cluster settings removed', { alias, keys: Object.keys(body).length });
}
