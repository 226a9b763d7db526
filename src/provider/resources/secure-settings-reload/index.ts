import { reload } from './reload';
import { TYPE_NAME, schema } from './schema';
import type { ProviderData } from '../../connection';
import type { Resource, State } from '../../framework';

/**
 * `eccx_secure_settings_reload`: `POST _nodes/reload_secure_settings` on the local cluster, so a
 * credential written to the keystore (`cluster.remote.<alias>.credentials`) takes effect; from
 * 8.13 the cluster then rebuilds its connection to the remote (fact sheet §6.2, PR 102798).
 *
 * - create: reload
 * - update (a change of `triggers`, `node_ids` or the password): reload
 * - read: nothing to read back; the state stays
 * - delete: nothing on the cluster (the keystore keeps its entries)
 */
export const secureSettingsReload: Resource<ProviderData, State> = {
  typeName: TYPE_NAME,
  schema,
  create: ({ plannedState }, ctx) => reload(plannedState, ctx),
  read: ({ state }) => state,
  update: ({ plannedState }, ctx) => reload(plannedState, ctx),
  delete: () => undefined,
};

export { TYPE_NAME } from './schema';
