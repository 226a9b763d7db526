// Example: connect a local cluster to a remote cluster with the API key security model.
//
// - the remote (fulfilling) cluster gets a cross-cluster API key;
// - the local (querying) cluster gets the remote alias in its cluster settings (proxy mode, port
//   9443) and two roles with remote_indices privileges: one for cross-cluster search, one for
//   cross-cluster replication;
// - the encoded key must then go into the local cluster's keystore as
//   cluster.remote.remote-a.credentials (outputs `keystore_setting` and `encoded`), which
//   Terraform cannot do for a self-managed cluster. See the README.
//
// Each cluster has its own elasticstack provider, configured from Terraform variables.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKey, RemoteClusterConnection, RemoteClusterMode, elasticstack } from 'cdktf-elastic-cross-cluster';

/** Declares the example's resources in `stack`. */
export function defineRemoteClusterExample(stack: TerraformStack): { key: CrossClusterApiKey; connection: RemoteClusterConnection } {
  const cluster = (name: 'remote' | 'local') => {
    const endpoint = new TerraformVariable(stack, `${name}_endpoint`, {
      type: 'string',
      description: `HTTPS endpoint of the ${name} cluster, e.g. https://${name}.example.com:9200`,
    });
    const password = new TerraformVariable(stack, `${name}_password`, {
      type: 'string',
      sensitive: true,
      description: `Password of the "elastic" user of the ${name} cluster`,
    });
    return new elasticstack.provider.ElasticstackProvider(stack, name, {
      alias: name,
      elasticsearch: [{ endpoints: [endpoint.stringValue], username: 'elastic', password: password.stringValue }],
    });
  };
  const remote = cluster('remote');
  const local = cluster('local');

  // On the remote cluster: the key that is the ceiling of what the local cluster may read.
  const key = new CrossClusterApiKey(stack, 'Key', {
    provider: remote,
    name: 'local-to-remote-a',
    expiration: '90d',
    search: [{ names: ['logs-*'] }],
    replication: [{ names: ['archive-*'] }],
    encodedOutputName: 'encoded',
  });

  // On the local cluster: the connection (cluster settings) and the roles.
  const connection = new RemoteClusterConnection(stack, 'RemoteA', {
    provider: local,
    alias: 'remote-a',
    key,
    mode: RemoteClusterMode.PROXY,
    proxyAddress: 'remote-a.example.com:9443',
    serverName: 'remote-a.example.com',
    skipUnavailable: true,
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
  return { key, connection };
}

export class RemoteClusterStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    defineRemoteClusterExample(this);
  }
}

if (require.main === module) {
  const app = new App();
  new RemoteClusterStack(app, 'remote-cluster');
  app.synth();
}
