// Example: the cross-cluster API key from Elasticsearch's "Create cross-cluster API key" API page,
// as a cdktf app. The remote cluster's provider is configured from the environment
// (ELASTICSEARCH_ENDPOINTS, ELASTICSEARCH_USERNAME, ELASTICSEARCH_PASSWORD), as the elasticstack
// provider reads them itself.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKey } from '../../src';
import { ElasticstackProvider } from '../../src/generated/elasticstack/provider';

export class CrossClusterSearchStack extends TerraformStack {
  public readonly key: CrossClusterApiKey;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    const remote = new ElasticstackProvider(this, 'remote', {});

    this.key = new CrossClusterApiKey(this, 'Key', {
      provider: remote,
      name: 'my-cross-cluster-api-key',
      expiration: '1d',
      search: [{ names: ['logs*'] }],
      replication: [{ names: ['archive*'] }],
      metadata: {
        description: 'phase one',
        environment: { level: 1, trusted: true, tags: ['dev', 'staging'] },
      },
      encodedOutputName: 'encoded',
    });

    new TerraformOutput(this, 'key_id', { value: this.key.keyId });
  }
}

const app = new App();
new CrossClusterSearchStack(app, 'cross-cluster-search');
app.synth();
