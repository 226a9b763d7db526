import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { CredentialDelivery, CredentialDeliveryKind, CrossClusterApiKey, RemoteClusterConnection, RemoteClusterConnectionProps } from '../src';
import { kubernetesSecretSchema } from './support/kubernetes-conformance';
import { KEY, warnings } from './support/remote-cluster';
import { committedSchema, expectConformsToSchema } from './support/schema-conformance';
import { registerDocumentCheck, StackJson, synthStack } from './support/synth';
import { EcProvider } from '../src/generated/ec/provider';
import { EccxProvider } from '../src/generated/eccx/provider';

// Credential delivery at synth. The kubernetes and ec providers cannot be
// installed here: their blocks are checked against schemas instead (ec: schema/ec.json, the real
// provider schema; kubernetes: one built from @cdktf/provider-kubernetes's own bindings).
registerDocumentCheck((json) => expectConformsToSchema(json, committedSchema('ec'), { provider: 'ec' }));
registerDocumentCheck((json) => expectConformsToSchema(json, kubernetesSecretSchema(), { provider: 'kubernetes' }));

// In the key's stack the credential is the key's `encoded` attribute itself, which the provider
// schema marks sensitive (test/cross-stack-secrets.test.ts covers other stacks, where it is wrapped
// in sensitive()).
const ENCODED = /^\$\{elasticstack_elasticsearch_security_api_key\.Key_[0-9A-F]+\.encoded\}$/;

function synthDelivery(props: Partial<RemoteClusterConnectionProps>) {
  let conn!: RemoteClusterConnection;
  const result = synthStack((stack) => {
    new KubernetesProvider(stack, 'kubernetes', {});
    new EcProvider(stack, 'ec', {});
    const key = new CrossClusterApiKey(stack, 'Key', KEY);
    conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote_a', key, seeds: ['remote.example.com:9443'], ...props });
  });
  return { ...result, conn };
}

function only(json: StackJson, type: string): Record<string, any> {
  const blocks = Object.values(json.resource?.[type] ?? {}) as Array<Record<string, any>>;
  expect(blocks).toHaveLength(1);
  return blocks[0];
}

describe('ECK: a Kubernetes Secret for spec.secureSettings', () => {
  test('kubernetes_secret_v1 holds cluster.remote.<alias>.credentials = the sensitive credential; the name is exposed', () => {
    const { json, errors, conn } = synthDelivery({ credentialDelivery: CredentialDelivery.eck({ namespace: 'elastic', labels: { app: 'es' } }) });
    expect(errors).toEqual([]);
    const secret = only(json, 'kubernetes_secret_v1');
    expect(secret.metadata).toEqual({ name: 'remote-a-remote-credentials', namespace: 'elastic', labels: { app: 'es' } });
    expect(secret.type).toBe('Opaque');
    expect(Object.keys(secret.data)).toEqual(['cluster.remote.remote_a.credentials']);
    expect(secret.data['cluster.remote.remote_a.credentials']).toMatch(ENCODED);
    expect(conn.secureSettingsSecretName).toBe('remote-a-remote-credentials');
    expect(conn.deliveryResource?.terraformResourceType).toBe('kubernetes_secret_v1');
  });

  test('a given secret name is used as it is', () => {
    const { json, conn } = synthDelivery({ credentialDelivery: CredentialDelivery.eck({ secretName: 'ccs-keys' }) });
    expect(only(json, 'kubernetes_secret_v1').metadata.name).toBe('ccs-keys');
    expect(conn.secureSettingsSecretName).toBe('ccs-keys');
  });

  test('the schema built from the bindings catches an attribute the provider does not have', () => {
    const doc = { resource: { kubernetes_secret_v1: { s: { metadata: { name: 'x' }, string_data_x: {} } } } };
    expect(() => expectConformsToSchema(doc, kubernetesSecretSchema(), { provider: 'kubernetes' })).toThrow(/string_data_x/);
    expect(() => expectConformsToSchema({ resource: { kubernetes_secret_v1: { s: { data: {} } } } }, kubernetesSecretSchema(), { provider: 'kubernetes' }))
      .toThrow(/metadata/);
  });
});

describe('Elastic Cloud Hosted: ec_deployment_elasticsearch_keystore', () => {
  test('setting_name, sensitive value, as_file false, on the given deployment', () => {
    const { json, errors } = synthDelivery({ credentialDelivery: CredentialDelivery.elasticCloud({ deploymentId: 'abc123' }) });
    expect(errors).toEqual([]);
    const entry = only(json, 'ec_deployment_elasticsearch_keystore');
    expect(entry).toMatchObject({ deployment_id: 'abc123', setting_name: 'cluster.remote.remote_a.credentials', as_file: false });
    expect(entry.value).toMatch(ENCODED);
  });

  test('schema/ec.json catches a wrong block (the check is real)', () => {
    const doc = { resource: { ec_deployment_elasticsearch_keystore: { k: { deployment_id: 'a', setting_name: 's' } } } };
    expect(() => expectConformsToSchema(doc, committedSchema('ec'), { provider: 'ec' })).toThrow(/value.*missing-required/);
  });
});

describe('self-managed: a command run by terraform_data + local-exec', () => {
  const command = 'for h in es1 es2; do printf %s "$REMOTE_CLUSTER_CREDENTIAL" | ssh $h elasticsearch-keystore add --stdin --force "$REMOTE_CLUSTER_SETTING"; done';

  test('the credential is only in the environment; triggers_replace on the key id, setting and command', () => {
    const { json, errors } = synthDelivery({ credentialDelivery: CredentialDelivery.command({ command, environment: { SSH_USER: 'ops' } }) });
    expect(errors).toEqual([]);
    const data = only(json, 'terraform_data');
    expect(data.triggers_replace).toEqual({
      key_id: expect.stringMatching(/^\$\{elasticstack_elasticsearch_security_api_key\.Key_[0-9A-F]+\.key_id\}$/),
      setting: 'cluster.remote.remote_a.credentials',
      command,
    });
    const exec = data.provisioner[0]['local-exec'];
    expect(exec.command).toBe(command);
    expect(exec.environment).toEqual({
      SSH_USER: 'ops',
      REMOTE_CLUSTER_SETTING: 'cluster.remote.remote_a.credentials',
      REMOTE_CLUSTER_ALIAS: 'remote_a',
      REMOTE_CLUSTER_CREDENTIAL: expect.stringMatching(ENCODED),
    });
    expect(JSON.stringify(data)).not.toMatch(/\.api_key\}/);
  });

  test('environmentVariable renames the credential\'s variable', () => {
    const { json } = synthDelivery({ credentialDelivery: CredentialDelivery.command({ command: 'deliver "$CRED"', environmentVariable: 'CRED' }) });
    expect(Object.keys(only(json, 'terraform_data').provisioner[0]['local-exec'].environment)).toContain('CRED');
  });

  type Leak = (key: CrossClusterApiKey, other: RemoteClusterConnection) => Partial<{ command: string; environment: Record<string, string> }>;
  test.each<[string, Leak, string]>([
    ['the key\'s encoded value', (key) => ({ command: `keystore add ${key.encoded}` }), 'command'],
    ['the key\'s apiKey', (key) => ({ command: `echo ${key.apiKey} | add` }), 'command'],
    ['another connection\'s credential (sensitive(...) around it)', (_, other) => ({ command: `x ${other.credential}` }), 'command'],
    ['the credential in the extra environment', (key) => ({ command: 'x', environment: { C: key.encoded } }), 'environment'],
  ])('%s fails synth with the construct path, the prop and the fix', (_, make, prop) => {
    const { errors } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      const other = new RemoteClusterConnection(stack, 'Other', { alias: 'o', key, seeds: ['h:9443'] });
      new RemoteClusterConnection(stack, 'Conn', {
        alias: 'a', key, seeds: ['h:9443'], credentialDelivery: CredentialDelivery.command({ command: 'x', ...make(key, other) }),
      });
    });
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^\\[test/Conn\\] credentialDelivery\\.${prop}: contains the credential.*Fix: .*"\\$REMOTE_CLUSTER_CREDENTIAL"`))]);
  });

  test('an empty command fails at once', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const key = new CrossClusterApiKey(stack, 'Key', KEY);
    expect(() => new RemoteClusterConnection(stack, 'Empty', {
      alias: 'c', key, seeds: ['h:9443'], credentialDelivery: CredentialDelivery.command({ command: ' ' }),
    })).toThrow(/^\[test\/Empty\] credentialDelivery\.command: must be a non-empty command/);
  });

  test('a bad environment variable name fails', () => {
    expect(() => synthDelivery({ credentialDelivery: CredentialDelivery.command({ command: 'x', environmentVariable: '1-CRED' }) }))
      .toThrow(/credentialDelivery\.environmentVariable: "1-CRED" is not an environment variable name/);
  });
});

describe('manual and no delivery', () => {
  test('make no delivery resource', () => {
    for (const credentialDelivery of [CredentialDelivery.manual(), undefined]) {
      const { json, errors, conn } = synthDelivery({ credentialDelivery });
      expect(errors).toEqual([]);
      expect(Object.keys(json.resource).sort()).toEqual(['elasticstack_elasticsearch_cluster_settings', 'elasticstack_elasticsearch_security_api_key']);
      expect(conn.deliveryResource).toBeUndefined();
    }
    expect(CredentialDelivery.manual().kind).toBe(CredentialDeliveryKind.MANUAL);
  });
});

describe('a delivery needs a key', () => {
  test('a connection without a key but with a delivery fails naming credentialDelivery', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => new RemoteClusterConnection(stack, 'Conn', {
      alias: 'a', seeds: ['h:9443'], credentialDelivery: CredentialDelivery.eck(),
    } as unknown as RemoteClusterConnectionProps)).toThrow(
      /^\[test\/Conn\] credentialDelivery: a eck delivery is given, but the connection has no key, so there is no credential to deliver\. Fix: pass key/,
    );
  });
});

describe('elasticstack: the settings wait for the delivery', () => {
  test('cluster settings depend on the delivery resource', () => {
    const { json } = synthDelivery({ credentialDelivery: CredentialDelivery.elasticCloud({ deploymentId: 'd' }) });
    const settings = only(json, 'elasticstack_elasticsearch_cluster_settings');
    expect(settings.depends_on).toEqual([expect.stringMatching(/^ec_deployment_elasticsearch_keystore\.Conn_CredentialDelivery_[0-9A-F]+$/)]);
  });
});

describe('eccx: the delivery is followed by reload, settings and check', () => {
  test('a command delivery on eccx', () => {
    const { json, errors } = synthStack((stack) => {
      const eccx = new EccxProvider(stack, 'eccx', {});
      const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, provider: eccx });
      new RemoteClusterConnection(stack, 'Conn', {
        alias: 'a', key, seeds: ['h:9443'], provider: eccx, credentialDelivery: CredentialDelivery.command({ command: 'deliver' }),
      });
    }, { provider: false });
    expect(errors).toEqual([]);
    expect(only(json, 'terraform_data').provisioner[0]['local-exec'].environment.REMOTE_CLUSTER_CREDENTIAL)
      .toMatch(/^\$\{eccx_cross_cluster_api_key\.Key_[0-9A-F]+\.encoded\}$/);
    expect(only(json, 'eccx_secure_settings_reload').depends_on).toEqual([expect.stringMatching(/^terraform_data\.Conn_CredentialDelivery_/)]);
  });
});

describe('elasticstack cannot reload or check', () => {
  test('a delivery on elasticstack warns what the user must still do', () => {
    const { conn } = synthDelivery({ credentialDelivery: CredentialDelivery.elasticCloud({ deploymentId: 'd' }) });
    expect(warnings(conn)).toEqual([expect.stringMatching(/^credentialDelivery: the credential is delivered, but the elasticstack provider can neither reload .* Fix: call POST _nodes\/reload_secure_settings/)]);
    expect(warnings(synthDelivery({}).conn)).toEqual([]);
  });
});
