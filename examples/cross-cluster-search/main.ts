// Example: the cross-cluster API key from Elasticsearch's "Create cross-cluster API key" API page,
// as a cdktf app. The remote cluster's connection comes from the environment
// (ELASTICSEARCH_ENDPOINTS, ELASTICSEARCH_USERNAME, ELASTICSEARCH_PASSWORD), which both providers
// read themselves.
//
// CCX_PROVIDER_TYPE selects the provider that creates the key: `elasticstack` (the default, the
// official elastic/elasticstack provider) or `eccx` (this package's own provider, which `npm run
// example` deploys against an Elasticsearch test double).
import { App, TerraformOutput, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKey, KeyProviderType, eccx, elasticstack } from 'cdktf-elastic-cross-cluster';

export class CrossClusterSearchStack extends TerraformStack {
  public readonly key: CrossClusterApiKey;

  constructor(scope: Construct, id: string, providerType: KeyProviderType = KeyProviderType.ELASTICSTACK) {
    super(scope, id);

    // The remote (fulfilling) cluster, where the key lives. The elasticstack provider reads
    // ELASTICSEARCH_* only when it has an `elasticsearch` block, so the block is there, empty.
    const remote: TerraformProvider =
      providerType === KeyProviderType.ECCX
        ? new eccx.provider.EccxProvider(this, 'remote', {})
        : new elasticstack.provider.ElasticstackProvider(this, 'remote', { elasticsearch: [{}] });

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
new CrossClusterSearchStack(app, 'cross-cluster-search', process.env.CCX_PROVIDER_TYPE === 'eccx' ? KeyProviderType.ECCX : KeyProviderType.ELASTICSTACK);
app.synth();
