// A user's test of the remote-cluster example: a snapshot of the whole stack, and assertions on the
// key and the connection that say what must never change by accident.
import { TerraformStack, Testing } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest'; // types of the matchers that Testing.setupJest() adds (as in cdktf's project template)
import { testing } from 'cdktf-elastic-cross-cluster';
import { defineRemoteClusterExample } from './main';

Testing.setupJest();

function synthesize(): string {
  const stack = new TerraformStack(Testing.app(), 'remote-cluster');
  defineRemoteClusterExample(stack);
  return Testing.synth(stack, true); // true: run the constructs' validations, as cdktf synth does
}

describe('remote-cluster stack', () => {
  const synthesized = synthesize();

  test('matches the snapshot', () => {
    expect(synthesized).toMatchSnapshot();
  });

  test('the key is a cross-cluster key with search on logs-* and replication on archive-*', () => {
    expect(synthesized).toHaveResourceWithProperties({ tfResourceType: 'elasticstack_elasticsearch_security_api_key' }, {
      type: 'cross_cluster',
      name: 'local-to-remote-a',
      expiration: '90d',
      provider: 'elasticstack.remote',
      access: {
        search: [{ names: ['logs-*'], allow_restricted_indices: false }],
        replication: [{ names: ['archive-*'] }],
      },
    });
  });

  test('the key is replaced before the old one is invalidated', () => {
    expect(synthesized).toHaveResourceWithProperties({ tfResourceType: 'elasticstack_elasticsearch_security_api_key' }, {
      lifecycle: { create_before_destroy: true },
    });
  });

  test('the encoded key is a sensitive output, and no other output leaks a secret', () => {
    const doc = JSON.parse(synthesized);
    expect(doc.output.encoded).toMatchObject({ sensitive: true, value: expect.stringMatching(/\.encoded\}$/) });
    expect(testing.SecretOutputs.findUnmarked(synthesized)).toEqual([]);
  });

  test('the local cluster reaches the remote in proxy mode on port 9443', () => {
    expect(synthesized).toHaveResourceWithProperties({ tfResourceType: 'elasticstack_elasticsearch_cluster_settings' }, {
      provider: 'elasticstack.local',
      persistent: {
        setting: expect.arrayContaining([
          { name: 'cluster.remote.remote-a.mode', value: 'proxy' },
          { name: 'cluster.remote.remote-a.proxy_address', value: 'remote-a.example.com:9443' },
        ]),
      },
    });
  });
});
