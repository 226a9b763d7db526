import { checkConnection } from './check';
import { TYPE_NAME, schema } from './schema';
import { validate } from './validate';
import type { ProviderData } from '../../connection';
import type { Resource, State } from '../../framework';

/**
 * `eccx_remote_cluster_check`: proves that the local cluster is connected to a remote with the
 * API-key model (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-remote-info,
 * the remote-clusters troubleshooting page, "Checking whether a remote cluster has connected").
 *
 * - create, and update when `triggers`, `alias` or `timeout_seconds` change: poll (see `check.ts`)
 * - read: nothing to read back (a check is a moment); the state stays
 * - delete: nothing on the cluster
 */
export const remoteClusterCheck: Resource<ProviderData, State> = {
  typeName: TYPE_NAME,
  schema,
  validateConfig({ config }, ctx) {
    ctx.diagnostics.add(...validate(config));
  },
  create: ({ plannedState }, ctx) => checkConnection(plannedState, ctx),
  read: ({ state }) => state,
  update: ({ plannedState }, ctx) => checkConnection(plannedState, ctx),
  delete: () => undefined,
};

export { TYPE_NAME } from './schema';
