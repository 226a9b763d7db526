// The README's usage stack, built in TypeScript: the reference that the Python and Go apps in this
// folder (python-app/usage_app.py, go-app/main.go) rebuild construct for construct. Keep the three in
// step: the language tests compare their synthesized JSON with this one.
import { App, TerraformStack } from 'cdktf';
import { CrossClusterApiKey, ReplicationAccess, RemoteClusterConnection, SearchAccess, elasticstack } from '../../src';

/** Name of the stack every usage app synthesizes. */
export const USAGE_STACK_NAME = 'cross-cluster-search';

/** An expiration that is not an Elasticsearch time value: the "bad input" every language must reject alike. */
export const BAD_EXPIRATION = '1y';

/**
 * Builds the usage stack in `app`: a key with search and replication (inline, as a child and with
 * addReplication), a second key with a `SearchAccess` carrying a query and field security, and a
 * `RemoteClusterConnection` on a local cluster with a search role.
 * `expiration` replaces the first key's '1d' (pass BAD_EXPIRATION for the failing variant).
 */
export function defineUsageStack(app: App, expiration = '1d'): TerraformStack {
  const stack = new TerraformStack(app, USAGE_STACK_NAME);

  // Endpoints and credentials come from ELASTICSEARCH_* at deploy time; the block must be present.
  const remote = new elasticstack.provider.ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{}] });
  const local = new elasticstack.provider.ElasticstackProvider(stack, 'local', { alias: 'local', elasticsearch: [{}] });

  const key = new CrossClusterApiKey(stack, 'Key', {
    provider: remote,
    name: 'my-cross-cluster-api-key',
    expiration,
    search: [{ names: ['logs*'] }],
    replication: [{ names: ['archive*'] }],
    metadata: { description: 'phase one', environment: { level: 1, trusted: true, tags: ['dev', 'staging'] } },
    encodedOutputName: 'encoded',
  });
  new ReplicationAccess(key, 'Audit', { names: ['audit-*'] });
  key.addReplication('Old', { names: ['old-*'] });

  const filtered = new CrossClusterApiKey(stack, 'Filtered', { provider: remote, name: 'team-a-search' });
  new SearchAccess(filtered, 'Metrics', {
    names: ['metrics-*'],
    query: { term: { team: 'a' } },
    fieldSecurity: { grant: ['@timestamp', 'message'] },
    allowRestrictedIndices: false,
  });

  const connection = new RemoteClusterConnection(stack, 'RemoteA', {
    provider: local,
    alias: 'remote-a',
    key,
    proxyAddress: 'remote-a.example.com:9443',
    serverName: 'remote-a.example.com',
    skipUnavailable: true,
  });
  connection.grantSearch('LogsReader', { roleName: 'remote-a-logs-reader', names: ['logs*'] });
  return stack;
}
