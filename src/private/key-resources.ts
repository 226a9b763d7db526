import { Construct } from 'constructs';
import {
  CrossClusterApiKey as EccxCrossClusterApiKey,
  CrossClusterApiKeyAccess,
  CrossClusterApiKeyConfig,
} from '../generated/eccx/cross-cluster-api-key';
import {
  ElasticsearchSecurityApiKey,
  ElasticsearchSecurityApiKeyAccess,
  ElasticsearchSecurityApiKeyConfig,
} from '../generated/elasticstack/elasticsearch-security-api-key';

/*
 * The key's L1 resources. A key's access is complete only at synth (entries are child constructs
 * that may be added after the key), so these subclasses of the generated classes ask the key for it
 * when they are synthesized (JSON and HCL), put it with the generated `putAccess`, and let the
 * generated `*ToTerraform` mappers write it. `access` stays a plain value, not a lazy token, so that
 * escape-hatch overrides such as `key.resource.addOverride('access.search.0.names', [...])` merge
 * into it (cdktf refuses overrides below a token).
 */

/** `elasticstack_elasticsearch_security_api_key` whose `access` comes from `accessAtSynth`. */
export class ElasticstackKeyResource extends ElasticsearchSecurityApiKey {
  constructor(
    scope: Construct,
    id: string,
    config: ElasticsearchSecurityApiKeyConfig,
    private readonly accessAtSynth: () => ElasticsearchSecurityApiKeyAccess,
  ) {
    super(scope, id, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    this.putAccess(this.accessAtSynth());
    return super.synthesizeAttributes();
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    this.putAccess(this.accessAtSynth());
    return super.synthesizeHclAttributes();
  }
}

/**
 * `eccx_cross_cluster_api_key` whose `access` comes from `accessAtSynth`; as
 * {@link ElasticstackKeyResource}, but `access` is required by the generated config, so the
 * constructor starts it empty.
 */
export class EccxKeyResource extends EccxCrossClusterApiKey {
  constructor(
    scope: Construct,
    id: string,
    config: Omit<CrossClusterApiKeyConfig, 'access'>,
    private readonly accessAtSynth: () => CrossClusterApiKeyAccess,
  ) {
    super(scope, id, { ...config, access: {} });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    this.putAccess(this.accessAtSynth());
    return super.synthesizeAttributes();
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    this.putAccess(this.accessAtSynth());
    return super.synthesizeHclAttributes();
  }
}
