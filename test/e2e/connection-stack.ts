/**
 * The stack of test/e2e/connection.test.ts, built with the generated eccx L1 classes
 * (src/generated/eccx) and cdktf's DataResource (`terraform_data`), synthesized in process: the
 * L2 RemoteClusterConnection does not compile to eccx yet. On the remote: the key. On the local:
 * the credential's delivery (a local-exec whose credential is only in an environment variable),
 * the reload, the alias settings, a role with remote_indices and remote_cluster, and the check.
 */
import { DataResource, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { crossClusterApiKey, provider as eccx, remoteClusterCheck, remoteClusterSettings, secureSettingsReload, securityRole } from '../../src/generated/eccx';

export interface ConnectionStackProps {
  readonly providerVersion: string;
  readonly remoteUrl: string;
  readonly localUrl: string;
  readonly alias: string;
  readonly seeds: string[];
  /** Changed to re-run the reload and the check (their triggers). */
  readonly round: number;
  /** Changed to deliver the credential again. */
  readonly delivery: number;
}

/** The node one-liner standing in for `elasticsearch-keystore add`: it reads the credential from ECCX_CREDENTIAL. */
const DELIVER = 'node -e "const e=process.env;fetch(e.KEYSTORE_URL,{method:\'PUT\',headers:{authorization:\'Basic \'+Buffer.from(e.KEYSTORE_AUTH).toString(\'base64\'),'
  + '\'content-type\':\'text/plain\'},body:e.ECCX_CREDENTIAL}).then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"';

/** The synthesized Terraform JSON; passwords come from the sensitive variables `remote_password` and `local_password`. */
export function connectionStackJson(p: ConnectionStackProps): string {
  const stack = new TerraformStack(Testing.app(), 'connection');
  stack.addOverride('terraform.required_providers.eccx.version', p.providerVersion);
  const remotePassword = new TerraformVariable(stack, 'remote_password', { type: 'string', sensitive: true });
  const localPassword = new TerraformVariable(stack, 'local_password', { type: 'string', sensitive: true });
  const remote = new eccx.EccxProvider(stack, 'remote', { alias: 'remote', endpoints: [p.remoteUrl], username: 'elastic', password: remotePassword.stringValue });
  const local = new eccx.EccxProvider(stack, 'local', { alias: 'local', endpoints: [p.localUrl], username: 'elastic', password: localPassword.stringValue });

  const key = new crossClusterApiKey.CrossClusterApiKey(stack, 'key', { provider: remote, name: 'to-local', access: { search: [{ names: ['logs-*'] }] } });
  const deliver = new DataResource(stack, 'deliver', {
    triggersReplace: { key: key.keyId, delivery: String(p.delivery) },
    provisioners: [{
      type: 'local-exec',
      command: DELIVER,
      environment: {
        ECCX_CREDENTIAL: key.encoded,
        KEYSTORE_URL: `${p.localUrl}/_double/keystore/_all/cluster.remote.${p.alias}.credentials`,
        KEYSTORE_AUTH: `elastic:${localPassword.stringValue}`,
      },
    }],
  });
  const triggers = { delivery: deliver.id, round: String(p.round) };
  const reload = new secureSettingsReload.SecureSettingsReload(stack, 'reload', { provider: local, triggers });
  const settings = new remoteClusterSettings.RemoteClusterSettings(stack, 'alias', { provider: local, alias: p.alias, seeds: p.seeds, skipUnavailable: true });
  const role = new securityRole.SecurityRole(stack, 'role', {
    provider: local,
    name: 'remote-search',
    remoteIndices: [{ clusters: [p.alias], names: ['logs-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'] }],
    remoteCluster: [{ clusters: [p.alias], privileges: ['monitor_enrich'] }],
  });
  new remoteClusterCheck.RemoteClusterCheck(stack, 'check', {
    provider: local,
    alias: p.alias,
    timeoutSeconds: 3,
    triggers: { ...triggers, seeds: p.seeds.join(',') },
    dependsOn: [settings, reload, role],
  });
  return Testing.synth(stack);
}
