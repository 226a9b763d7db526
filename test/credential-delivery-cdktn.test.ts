// Credential delivery inside a CDK Terrain (cdktn 0.24) app, with "cdktf" resolving to cdktn as in
// cdktn-compat.test.ts: the terraform_data delivery and the synth-time check that the command does
// not hold the credential use cdktn's classes and token resolution.
jest.mock('cdktf', () => jest.requireActual('cdktn'));

import * as cdktn from 'cdktn';
import { CredentialDelivery, CrossClusterApiKey, RemoteClusterConnection } from '../src';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

function connect(command: (key: CrossClusterApiKey) => string): cdktn.TerraformStack {
  const stack = new cdktn.TerraformStack(cdktn.Testing.app(), 'terrain');
  new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['logs-*'] }] });
  new RemoteClusterConnection(stack, 'Remote', {
    alias: 'remote-a', key, proxyAddress: 'remote-a.example.com:9443', credentialDelivery: CredentialDelivery.command({ command: command(key) }),
  });
  return stack;
}

test('a command delivery synthesizes a terraform_data with the credential in its environment', () => {
  const json = JSON.parse(cdktn.Testing.synth(connect(() => 'deliver "$REMOTE_CLUSTER_CREDENTIAL"'), true));
  const [data] = Object.values(json.resource.terraform_data) as any[];
  expect(data.provisioner[0]['local-exec'].environment.REMOTE_CLUSTER_CREDENTIAL).toMatch(/^\$\{elasticstack_elasticsearch_security_api_key\.Key_[0-9A-F]+\.encoded\}$/);
});

test('a command holding the key\'s encoded value fails cdktn synth with the construct path', () => {
  expect(() => cdktn.Testing.synth(connect((key) => `add ${key.encoded}`), true)).toThrow(/\[terrain\/Remote\] credentialDelivery\.command: contains the credential/);
});
