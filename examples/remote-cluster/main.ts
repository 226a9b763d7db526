// Example: connect a local cluster to a remote cluster with the API key security model.
//
// - the remote (fulfilling) cluster gets a cross-cluster API key;
// - the local (querying) cluster gets the remote alias in its cluster settings (proxy mode) and two
//   roles with remote_indices privileges: one for cross-cluster search, one for cross-cluster
//   replication;
// - the encoded key goes into the local cluster's keystore as cluster.remote.remote-a.credentials.
//
// CCX_PROVIDER_TYPE selects the provider: `elasticstack` (the default, the official
// elastic/elasticstack provider) or `eccx` (this package's own provider, which `npm run example`
// deploys across two Elasticsearch test doubles). With eccx, and a delivery command in
// CCX_DELIVERY_COMMAND, the local side is the whole chain: keystore delivery (the command reads the
// credential from $REMOTE_CLUSTER_CREDENTIAL), secure-settings reload, alias settings, and a check
// of GET _remote/info. Without a command the delivery is manual: write the `encoded` output into
// the keystore of every local node yourself (the `keystore_setting` output names the entry).
// CCX_REMOTE_ADDRESS (host:port of the remote cluster server, 9443 on Elasticsearch) replaces the
// example's proxy address, and CCX_REMOTE_SERVER_NAME its TLS server name.
//
// Each cluster has its own provider, configured from Terraform variables (TF_VAR_remote_endpoint,
// TF_VAR_remote_password, TF_VAR_local_endpoint, TF_VAR_local_password; with eccx also
// TF_VAR_remote_username and TF_VAR_local_username, default "elastic").
import { App, Fn, TerraformOutput, TerraformProvider, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  CredentialDelivery,
  CrossClusterApiKey,
  KeyProviderType,
  RemoteClusterConnection,
  RemoteClusterMode,
  eccx,
  elasticstack,
} from 'cdktf-elastic-cross-cluster';

/** What {@link defineRemoteClusterExample} builds; the defaults give the elasticstack stack of the golden file. */
export interface RemoteClusterExampleOptions {
  /** The provider of both sides. @default KeyProviderType.ELASTICSTACK */
  readonly providerType?: KeyProviderType;
  /** The remote cluster server's `host:port` (proxy mode). @default 'remote-a.example.com:9443' */
  readonly proxyAddress?: string;
  /** TLS server name. @default 'remote-a.example.com' with the default address, none otherwise */
  readonly serverName?: string;
  /**
   * A command that writes `$REMOTE_CLUSTER_CREDENTIAL` into the keystore of every local node as
   * `$REMOTE_CLUSTER_SETTING` (CredentialDelivery.command).
   * @default - manual delivery
   */
  readonly deliveryCommand?: string;
  /** Seconds the eccx connection check waits for the alias to connect. @default - eccx's default (60) */
  readonly checkTimeoutSeconds?: number;
}

const DEFAULT_ADDRESS = 'remote-a.example.com:9443';

/** One provider per cluster, configured from Terraform variables. */
function clusterProvider(stack: TerraformStack, name: 'remote' | 'local', providerType: KeyProviderType): TerraformProvider {
  const endpoint = new TerraformVariable(stack, `${name}_endpoint`, {
    type: 'string',
    description: `HTTPS endpoint of the ${name} cluster, e.g. https://${name}.example.com:9200`,
  });
  const password = new TerraformVariable(stack, `${name}_password`, {
    type: 'string',
    sensitive: true,
    description: `Password of the "elastic" user of the ${name} cluster`,
  });
  if (providerType === KeyProviderType.ECCX) {
    const username = new TerraformVariable(stack, `${name}_username`, {
      type: 'string',
      default: 'elastic',
      description: `User of the ${name} cluster (manage_security on the remote; manage and manage_security on the local)`,
    });
    return new eccx.provider.EccxProvider(stack, name, {
      alias: name,
      endpoints: Fn.split(',', endpoint.stringValue),
      username: username.stringValue,
      password: password.stringValue,
    });
  }
  // the elasticstack provider reads its settings only from an `elasticsearch` block
  return new elasticstack.provider.ElasticstackProvider(stack, name, {
    alias: name,
    elasticsearch: [{ endpoints: [endpoint.stringValue], username: 'elastic', password: password.stringValue }],
  });
}

/** Declares the example's resources in `stack`. */
export function defineRemoteClusterExample(
  stack: TerraformStack,
  options: RemoteClusterExampleOptions = {},
): { key: CrossClusterApiKey; connection: RemoteClusterConnection } {
  const providerType = options.providerType ?? KeyProviderType.ELASTICSTACK;
  const remote = clusterProvider(stack, 'remote', providerType);
  const local = clusterProvider(stack, 'local', providerType);
  const proxyAddress = options.proxyAddress ?? DEFAULT_ADDRESS;

  // On the remote cluster: the key that is the ceiling of what the local cluster may read.
  const key = new CrossClusterApiKey(stack, 'Key', {
    provider: remote,
    name: 'local-to-remote-a',
    expiration: '90d',
    search: [{ names: ['logs-*'] }],
    replication: [{ names: ['archive-*'] }],
    encodedOutputName: 'encoded',
  });

  // On the local cluster: the connection (keystore delivery, cluster settings, check) and the roles.
  const connection = new RemoteClusterConnection(stack, 'RemoteA', {
    provider: local,
    alias: 'remote-a',
    key,
    mode: RemoteClusterMode.PROXY,
    proxyAddress,
    serverName: options.serverName ?? (proxyAddress === DEFAULT_ADDRESS ? 'remote-a.example.com' : undefined),
    skipUnavailable: true,
    credentialDelivery: options.deliveryCommand ? CredentialDelivery.command({ command: options.deliveryCommand }) : undefined,
    checkTimeoutSeconds: options.checkTimeoutSeconds,
  });
  connection.grantSearch('LogsReader', { roleName: 'remote-a-logs-reader', names: ['logs-*'] });
  connection.grantReplication('ArchiveFollower', {
    roleName: 'remote-a-archive-follower',
    names: ['archive-*'],
    followerIndices: ['archive-*'],
  });

  new TerraformOutput(stack, 'keystore_setting', {
    value: connection.credentialSettingName,
    description: 'Keystore setting of the local cluster that must hold the `encoded` output',
  });
  if (providerType === KeyProviderType.ECCX) new TerraformOutput(stack, 'key_id', { value: key.keyId });
  return { key, connection };
}

/** The example's options from the environment (see the top of this file). */
export function optionsFromEnvironment(env: NodeJS.ProcessEnv): RemoteClusterExampleOptions {
  return {
    providerType: env.CCX_PROVIDER_TYPE === 'eccx' ? KeyProviderType.ECCX : KeyProviderType.ELASTICSTACK,
    proxyAddress: env.CCX_REMOTE_ADDRESS || undefined,
    serverName: env.CCX_REMOTE_SERVER_NAME || undefined,
    deliveryCommand: env.CCX_DELIVERY_COMMAND || undefined,
    checkTimeoutSeconds: env.CCX_CHECK_TIMEOUT_SECONDS ? Number(env.CCX_CHECK_TIMEOUT_SECONDS) : undefined,
  };
}

export class RemoteClusterStack extends TerraformStack {
  constructor(scope: Construct, id: string, options: RemoteClusterExampleOptions = {}) {
    super(scope, id);
    defineRemoteClusterExample(this, options);
  }
}

if (require.main === module) {
  const app = new App();
  new RemoteClusterStack(app, 'remote-cluster', optionsFromEnvironment(process.env));
  app.synth();
}
