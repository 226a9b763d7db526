// CDK Terrain (cdktn) is cdktf's maintained fork. cdktn apps install cdktn-elastic-cross-cluster
// (test/user/cdktn-package.test.ts); the cdktf package also runs in a cdktn project where "cdktf" is
// made to resolve to cdktn (npm/pnpm overrides, as cdktn's upgrade guide suggests for cdktf
// libraries). These tests load the sources exactly that way and synthesize inside cdktn 0.24 apps.
jest.mock('cdktf', () => jest.requireActual('cdktn'));

import * as cdktn from 'cdktn';
import { CrossClusterApiKey, KeyProviderType, RemoteClusterConnection } from '../src';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

function cdktnStack() {
  const app = cdktn.Testing.app();
  const stack = new cdktn.TerraformStack(app, 'terrain');
  new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  return stack;
}

function keyBlock(json: any): any {
  const blocks = Object.values(json.resource.elasticstack_elasticsearch_security_api_key);
  expect(blocks).toHaveLength(1);
  return blocks[0];
}

describe('inside a cdktn 0.24 app, with cdktf resolving to cdktn', () => {
  test('the library really runs on cdktn', () => {
    expect(jest.requireMock('cdktf')).toBe(cdktn);
    const key = new CrossClusterApiKey(cdktnStack(), 'Key', { name: 'ccx', search: [{ names: ['logs-*'] }] });
    expect(key.resource).toBeInstanceOf(cdktn.TerraformResource);
  });

  test('synthesizes the key, its access and its sensitive output', () => {
    const stack = cdktnStack();
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['logs-*'] }], encodedOutputName: 'encoded' });
    key.addReplication('Archive', { names: ['archive-*'] });
    new RemoteClusterConnection(stack, 'Remote', { alias: 'remote-a', key, proxyAddress: 'remote-a.example.com:9443' });
    const json = JSON.parse(cdktn.Testing.synth(stack, true));
    expect(keyBlock(json)).toMatchObject({
      name: 'ccx',
      type: 'cross_cluster',
      access: { search: [{ names: ['logs-*'], allow_restricted_indices: false }], replication: [{ names: ['archive-*'] }] },
    });
    expect(json.output.encoded.sensitive).toBe(true);
    expect(Object.keys(json.resource.elasticstack_elasticsearch_cluster_settings)).toHaveLength(1);
  });

  test('the rules fail cdktn synth with the construct path', () => {
    const stack = cdktnStack();
    new CrossClusterApiKey(stack, 'Key', { name: '_bad', search: [{ names: ['a'], query: { match_all: {} } }], replication: [{ names: ['b'] }] });
    expect(() => cdktn.Testing.synth(stack, true)).toThrow(
      /\[terrain\/Key\] name: "_bad" begins with an underscore[\s\S]*\[terrain\/Key\] access: search entries may not use document or field level security/,
    );
  });

  test('cdktn tokens are deploy-time values: skipped by the rules, passed through', () => {
    const stack = cdktnStack();
    const v = new cdktn.TerraformVariable(stack, 'exp', { type: 'string' });
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', expiration: v.stringValue, search: [{ names: ['a'] }], providerType: KeyProviderType.ELASTICSTACK });
    expect(keyBlock(JSON.parse(cdktn.Testing.synth(stack, true))).expiration).toBe('${var.exp}');
  });
});
