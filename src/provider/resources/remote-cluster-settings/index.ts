import { createSettings } from './create';
import { deleteSettings } from './delete';
import { planSettings } from './plan';
import { importSettings, readSettings } from './read';
import { TYPE_NAME, schema } from './schema';
import { updateSettings } from './update';
import { validate } from './validate';
import type { ProviderData } from '../../connection';
import type { Resource, State } from '../../framework';

/**
 * `eccx_remote_cluster_settings`: the persistent settings of one remote cluster alias on the local
 * cluster (https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/remote-clusters,
 * https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-cluster-put-settings).
 *
 * - create and update: one `PUT /_cluster/settings` naming every managed key (`mode`, `seeds`,
 *   `node_connections`, `proxy_address`, `proxy_socket_connections`, `server_name`,
 *   `skip_unavailable`, and from `signing` the `signing.*` settings of Elasticsearch 9.3's strong
 *   identity verification), null where the configuration leaves it out
 * - read: `GET /_cluster/settings?flat_settings=true`, persistent keys of the alias; values
 *   changed outside Terraform show as drift; no mode, seeds or proxy address means gone
 * - delete: every persistent key of the alias set to null, one request
 * - import by alias
 */
export const remoteClusterSettings: Resource<ProviderData, State> = {
  typeName: TYPE_NAME,
  schema,
  validateConfig({ config }, ctx) {
    ctx.diagnostics.add(...validate(config));
  },
  plan: planSettings,
  create: createSettings,
  read: readSettings,
  update: updateSettings,
  delete: deleteSettings,
  importState: importSettings,
};

export { TYPE_NAME } from './schema';
