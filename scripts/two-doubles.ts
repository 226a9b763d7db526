/**
 * `npm run double -- --two`: a remote double with the remote cluster server port (as
 * Elasticsearch's 9443) and a local double with 2 nodes, side by side, with the variables that
 * point `npm run example` (or any app) at them as if they were real clusters.
 */
import { DOUBLE_DELIVERY_COMMAND } from './example-clusters';
import { DoubleUser, ElasticsearchDouble } from '../test/support/es-double';

/** The remote cluster server port is the HTTP port plus this, when the HTTP port is given (19200 -> 19443). */
const REMOTE_CLUSTER_PORT_OFFSET = 243;

/** A value for a POSIX shell, in single quotes. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, '\'\\\'\'')}'`;
}

/** Starts both doubles; `port` 0 takes free ports for all three. */
export async function startTwoDoubles(
  o: { port: number; host: string; version: string; users: DoubleUser[] },
): Promise<{ lines: string[]; close(): Promise<void> }> {
  const remote = await ElasticsearchDouble.start({
    clusterName: 'remote',
    port: o.port,
    host: o.host,
    version: o.version,
    users: o.users,
    remoteClusterServer: true,
    remoteClusterPort: o.port === 0 ? 0 : o.port + REMOTE_CLUSTER_PORT_OFFSET,
  });
  let local: ElasticsearchDouble;
  try {
    local = await ElasticsearchDouble.start({ clusterName: 'local', nodes: 2, port: o.port === 0 ? 0 : o.port + 1, host: o.host, version: o.version, users: o.users });
  } catch (e) {
    await remote.close();
    throw e;
  }
  const { username, password } = o.users[0];
  const lines = [
    `remote: Elasticsearch test double ${remote.version} on ${remote.url}, remote cluster server on ${remote.remoteClusterAddress}`,
    `local:  Elasticsearch test double ${local.version} on ${local.url}, 2 nodes`,
    `user of both: ${username} / ${password}`,
    '',
    'For `npm run example` (or your own app) as if they were real clusters:',
    `  export ELASTICSEARCH_ENDPOINTS=${remote.url} ELASTICSEARCH_USERNAME=${username} ELASTICSEARCH_PASSWORD=${password}`,
    `  export LOCAL_ELASTICSEARCH_ENDPOINTS=${local.url} LOCAL_ELASTICSEARCH_USERNAME=${username} LOCAL_ELASTICSEARCH_PASSWORD=${password}`,
    `  export CCX_REMOTE_ADDRESS=${remote.remoteClusterAddress}`,
    '  # the delivery to the local double\'s simulated keystore (leave it out for the manual way):',
    `  export CCX_DELIVERY_COMMAND=${shellQuote(DOUBLE_DELIVERY_COMMAND)}`,
  ];
  return { lines, close: async () => { await local.close(); await remote.close(); } };
}
