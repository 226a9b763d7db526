// What the e2e tests that deploy a connection across two doubles share: the doubles, the command
// that stands in for `elasticsearch-keystore add`, and the two eccx providers of the app.
import { TerraformStack, TerraformVariable } from 'cdktf';
import { EccxProvider } from '../../src/generated/eccx/provider';
import { ElasticsearchDouble } from '../support/es-double';

/** Stands in for ssh + `elasticsearch-keystore add` on every node: reads the credential from its environment only. */
export const DELIVER = 'node -e "const e=process.env;fetch(e.KEYSTORE_URL,{method:\'PUT\',headers:{authorization:\'Basic \'+Buffer.from(e.KEYSTORE_AUTH).toString(\'base64\'),'
  + '\'content-type\':\'text/plain\'},body:e.REMOTE_CLUSTER_CREDENTIAL}).then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"';

/** A remote double with its remote-cluster port and a local double with two nodes, each with an `elastic` user. */
export async function startTwoClusters(
  passwords: { readonly remote: string; readonly local: string },
): Promise<{ remote: ElasticsearchDouble; local: ElasticsearchDouble }> {
  const remote = await ElasticsearchDouble.start({ clusterName: 'remote', remoteClusterServer: true, users: [{ username: 'elastic', password: passwords.remote }] });
  const local = await ElasticsearchDouble.start({ clusterName: 'local', nodes: 2, connectTimeoutMs: 1000, users: [{ username: 'elastic', password: passwords.local }] });
  return { remote, local };
}

/**
 * The app's two eccx providers at `endpoints`, their passwords in the sensitive variables
 * `remote_password` and `local_password` (also returned: the delivery command needs the local one).
 */
export function twoClusterProviders(stack: TerraformStack, endpoints: { readonly remote: string; readonly local: string }) {
  const remotePassword = new TerraformVariable(stack, 'remote_password', { type: 'string', sensitive: true }).stringValue;
  const localPassword = new TerraformVariable(stack, 'local_password', { type: 'string', sensitive: true }).stringValue;
  return {
    remote: new EccxProvider(stack, 'remote', { alias: 'remote', endpoints: [endpoints.remote], username: 'elastic', password: remotePassword }),
    local: new EccxProvider(stack, 'local', { alias: 'local', endpoints: [endpoints.local], username: 'elastic', password: localPassword }),
    localPassword,
  };
}
