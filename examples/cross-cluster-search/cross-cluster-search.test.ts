// A user's test of the cross-cluster-search example, run for both providers that can create the
// key, on the stack main.ts declares.
import { TerraformStack, Testing } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest'; // types of the matchers that Testing.setupJest() adds (as in cdktf's project template)
import { KeyProviderType, testing } from 'cdktf-elastic-cross-cluster';
import { defineCrossClusterSearch } from './main';

Testing.setupJest();

function synthesize(providerType: KeyProviderType): string {
  const stack = new TerraformStack(Testing.app(), 'cross-cluster-search');
  defineCrossClusterSearch(stack, providerType);
  return Testing.synth(stack, true);
}

describe.each([
  { providerType: KeyProviderType.ELASTICSTACK, resourceType: 'elasticstack_elasticsearch_security_api_key', keyType: 'cross_cluster' },
  { providerType: KeyProviderType.ECCX, resourceType: 'eccx_cross_cluster_api_key', keyType: undefined },
])('cross-cluster-search stack with the $providerType provider', ({ providerType, resourceType, keyType }) => {
  const synthesized = synthesize(providerType);

  test('matches the snapshot', () => {
    expect(synthesized).toMatchSnapshot();
  });

  test('the key has the access of the Elasticsearch API example', () => {
    expect(synthesized).toHaveResourceWithProperties({ tfResourceType: resourceType }, {
      name: 'my-cross-cluster-api-key',
      expiration: '1d',
      access: {
        search: [{ names: ['logs*'], allow_restricted_indices: false }],
        replication: [expect.objectContaining({ names: ['archive*'] })],
      },
      metadata: JSON.stringify({ description: 'phase one', environment: { level: 1, tags: ['dev', 'staging'], trusted: true } }),
      lifecycle: { create_before_destroy: true },
    });
  });

  test('the key is a cross-cluster key', () => {
    const [key] = Object.values(JSON.parse(synthesized).resource[resourceType]) as any[];
    // elasticstack creates REST keys unless told otherwise; eccx's resource makes only cross-cluster keys
    expect(key.type).toBe(keyType);
  });

  test('the encoded key is a sensitive output; the key id is not a secret', () => {
    const doc = JSON.parse(synthesized);
    expect(doc.output.encoded.sensitive).toBe(true);
    expect(doc.output.key_id.sensitive).toBeUndefined();
    expect(testing.SecretOutputs.findUnmarked(synthesized)).toEqual([]);
  });
});
