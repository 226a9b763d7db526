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

/** Declares the example's resources in `stack`, with the provider of `providerType`. */
export function defineCrossClusterSearch(stack: TerraformStack, providerType: KeyProviderType = KeyProviderType.ELASTICSTACK): CrossClusterApiKey {
  // The remote (fulfilling) cluster, where the key lives. The elasticstack provider reads
  // ELASTICSEARCH_* only when it has an `elasticsearch` block, so the block is there, empty.
  const remote: TerraformProvider =
    providerType === KeyProviderType.ECCX
      ? new eccx.provider.EccxProvider(stack, 'remote', {})
      : new elasticstack.provider.ElasticstackProvider(stack, 'remote', { elasticsearch: [{}] });

  const key = new CrossClusterApiKey(stack, 'Key', {
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

  new TerraformOutput(stack, 'key_id', { value: key.keyId });
  return key;
}

export class CrossClusterSearchStack extends TerraformStack {
  public readonly key: CrossClusterApiKey;

  constructor(scope: Construct, id: string, providerType: KeyProviderType = KeyProviderType.ELASTICSTACK) {
    super(scope, id);
    this.key = defineCrossClusterSearch(this, providerType);
  }
}

if (require.main === module) {
  const app = new App();
  new CrossClusterSearchStack(app, 'cross-cluster-search', process.env.CCX_PROVIDER_TYPE === 'eccx' ? KeyProviderType.ECCX : KeyProviderType.ELASTICSTACK);
  app.synth();
}
