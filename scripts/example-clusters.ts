/**
 * The two clusters of the main job (scripts/example.ts): two in-process Elasticsearch doubles (a
 * remote with the remote-cluster server port, a local with 2 nodes), or two real clusters named by
 * environment variables:
 *
 *   ELASTICSEARCH_ENDPOINTS / _USERNAME / _PASSWORD              the remote (where the key lives)
 *   LOCAL_ELASTICSEARCH_ENDPOINTS / _USERNAME / _PASSWORD        the local (settings, roles, keystore)
 *   CCX_REMOTE_ADDRESS        host:port of the remote's remote cluster server (9443), as the local reaches it
 *   CCX_REMOTE_SERVER_NAME    optional TLS server name
 *   CCX_DELIVERY_COMMAND      optional: writes $REMOTE_CLUSTER_CREDENTIAL into every local node's
 *                             keystore as $REMOTE_CLUSTER_SETTING; without it the delivery is manual
 */
import { ElasticsearchDouble } from '../test/support/es-double';

/** How to reach one cluster over HTTP. */
export interface ClusterAccess {
  /** Comma-separated endpoints; the first is used by this script. */
  readonly endpoints: string;
  readonly username: string;
  readonly password: string;
}

/** The clusters of one run. */
export interface ExampleClusters {
  readonly isDouble: boolean;
  readonly remote: ClusterAccess;
  readonly local: ClusterAccess;
  /** Where the local cluster reaches the remote cluster server (proxy_address). */
  readonly remoteAddress: string;
  readonly serverName?: string;
  /** The delivery command; undefined means manual delivery. */
  readonly deliveryCommand?: string;
  /** The local user who searches the remote: with the doubles, one holding only the granted role. */
  readonly searchUser: { readonly username: string; readonly password: string };
  close(): Promise<void>;
}

/** The role the example grants for cross-cluster search (examples/remote-cluster/main.ts). */
export const SEARCH_ROLE = 'remote-a-logs-reader';

/**
 * The doubles' delivery command, standing in for ssh + `elasticsearch-keystore add --stdin` on
 * every node: it writes the credential to the local double's simulated keystore of all nodes. The
 * credential comes from the environment ($REMOTE_CLUSTER_CREDENTIAL), as do the local cluster's
 * endpoint and user (LOCAL_ELASTICSEARCH_*, which Terraform's local-exec inherits); nothing
 * secret is in the command's text.
 */
export const DOUBLE_DELIVERY_COMMAND = 'node -e "const e=process.env;'
  + 'fetch(e.LOCAL_ELASTICSEARCH_ENDPOINTS.split(\',\')[0]+\'/_double/keystore/_all/\'+e.REMOTE_CLUSTER_SETTING,{method:\'PUT\','
  + 'headers:{authorization:\'Basic \'+Buffer.from(e.LOCAL_ELASTICSEARCH_USERNAME+\':\'+e.LOCAL_ELASTICSEARCH_PASSWORD).toString(\'base64\'),'
  + '\'content-type\':\'text/plain\'},body:e.REMOTE_CLUSTER_CREDENTIAL}).then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"';

function fromEnv(env: NodeJS.ProcessEnv, prefix: string): ClusterAccess | undefined {
  const [endpoints, username, password] = ['ENDPOINTS', 'USERNAME', 'PASSWORD'].map((n) => env[`${prefix}ELASTICSEARCH_${n}`]);
  return endpoints && username && password ? { endpoints, username, password } : undefined;
}

/** Real clusters when the environment names both, the doubles when it names neither; an error otherwise. */
export async function exampleClusters(env: NodeJS.ProcessEnv): Promise<ExampleClusters> {
  const remote = fromEnv(env, '');
  const local = fromEnv(env, 'LOCAL_');
  if (remote && local) {
    if (!env.CCX_REMOTE_ADDRESS) {
      throw new Error('CCX_REMOTE_ADDRESS is not set: give the host:port (usually 9443) at which the local cluster reaches the remote cluster server');
    }
    return {
      isDouble: false,
      remote,
      local,
      remoteAddress: env.CCX_REMOTE_ADDRESS,
      serverName: env.CCX_REMOTE_SERVER_NAME || undefined,
      deliveryCommand: env.CCX_DELIVERY_COMMAND || undefined,
      searchUser: { username: local.username, password: local.password },
      close: async () => undefined,
    };
  }
  if (remote || local) {
    throw new Error(`${remote ? 'ELASTICSEARCH_*' : 'LOCAL_ELASTICSEARCH_*'} is set but ${remote ? 'LOCAL_ELASTICSEARCH_*' : 'ELASTICSEARCH_*'} is not: `
      + 'set ENDPOINTS, USERNAME and PASSWORD of both clusters for real clusters, or neither for the test doubles');
  }
  const admin = { username: 'elastic', password: 'changeme' };
  const reader = { username: 'logs-reader', password: 'reader-pw' };
  const remoteDouble = await ElasticsearchDouble.start({ clusterName: 'remote', remoteClusterServer: true, users: [admin] });
  const localDouble = await ElasticsearchDouble.start({
    clusterName: 'local',
    nodes: 2,
    users: [admin, { ...reader, roles: [SEARCH_ROLE] }],
  });
  return {
    isDouble: true,
    remote: { endpoints: remoteDouble.url, ...admin },
    local: { endpoints: localDouble.url, ...admin },
    remoteAddress: remoteDouble.remoteClusterAddress!,
    deliveryCommand: DOUBLE_DELIVERY_COMMAND,
    searchUser: reader,
    close: async () => {
      await localDouble.close();
      await remoteDouble.close();
    },
  };
}

/** The Terraform variables and environment of the example app for these clusters (see examples/remote-cluster/main.ts). */
export function exampleAppEnv(c: ExampleClusters): Record<string, string | undefined> {
  return {
    CCX_PROVIDER_TYPE: 'eccx',
    CCX_REMOTE_ADDRESS: c.remoteAddress,
    CCX_REMOTE_SERVER_NAME: c.serverName,
    CCX_DELIVERY_COMMAND: c.deliveryCommand,
    TF_VAR_remote_endpoint: c.remote.endpoints,
    TF_VAR_remote_username: c.remote.username,
    TF_VAR_remote_password: c.remote.password,
    TF_VAR_local_endpoint: c.local.endpoints,
    TF_VAR_local_username: c.local.username,
    TF_VAR_local_password: c.local.password,
    // read by the delivery command through local-exec's inherited environment
    LOCAL_ELASTICSEARCH_ENDPOINTS: c.local.endpoints,
    LOCAL_ELASTICSEARCH_USERNAME: c.local.username,
    LOCAL_ELASTICSEARCH_PASSWORD: c.local.password,
    // the providers are configured explicitly; no fallback to a cluster of the environment
    ELASTICSEARCH_ENDPOINTS: undefined,
    ELASTICSEARCH_USERNAME: undefined,
    ELASTICSEARCH_PASSWORD: undefined,
    ELASTICSEARCH_API_KEY: undefined,
  };
}
