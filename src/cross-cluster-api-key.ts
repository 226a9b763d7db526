import { Annotations, TerraformOutput, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import {
  ElasticsearchSecurityApiKey,
  ElasticsearchSecurityApiKeyAccess,
  ElasticsearchSecurityApiKeyAccessSearch,
  ElasticsearchSecurityApiKeyConfig,
} from './generated/elasticstack/elasticsearch-security-api-key';
import { canonicalJson, isEmptyObject } from './private/canonical-json';
import { ReplicationAccess, ReplicationAccessProps } from './replication-access';
import {
  checkAccess,
  checkExpiration,
  checkMetadata,
  checkName,
  checkNameForElasticstackProvider,
  checkReplicationForElasticstackProvider,
  formatProblem,
  isUnresolved,
  Problem,
} from './rules';
import { SearchAccess, SearchAccessProps, _KEY_MARKER } from './search-access';
import './private/cdktf-tokens';

/**
 * Props of a {@link CrossClusterApiKey}.
 *
 * They follow the body of `POST /_security/cross_cluster/api_key`
 * (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key).
 */
export interface CrossClusterApiKeyProps {
  /**
   * The API key's name. 1 to 256 characters (UTF-16 code units), no leading or trailing whitespace,
   * must not start with `_`. Names need not be unique; keys are tracked by id.
   *
   * Changing it replaces the key (a new secret).
   */
  readonly name: string;
  /**
   * How long the key is valid, as an Elasticsearch time value: an integer and one of the units
   * `d`, `h`, `m` (minutes), `s`, `ms`, `micros`, `nanos`, e.g. `"30d"`. At least one second.
   * Units such as `w`, `y` or `M` are not time units and are rejected.
   *
   * With the elasticstack provider, changing it replaces the key (a new secret).
   *
   * @default - the key never expires
   */
  readonly expiration?: string;
  /**
   * Arbitrary JSON metadata (nested objects allowed). Top-level keys must not start with `_`
   * (reserved by Elasticsearch). Written as canonical JSON (sorted keys); an empty object is
   * omitted. Updated in place; Elasticsearch replaces metadata wholesale.
   *
   * @default - no metadata
   */
  readonly metadata?: { [key: string]: any };
  /**
   * Search entries (cross-cluster search), created as {@link SearchAccess} children with ids
   * `Search0`, `Search1`, ...
   *
   * @default - none; add them with `new SearchAccess(key, ...)` or `key.addSearch(...)`
   */
  readonly search?: SearchAccessProps[];
  /**
   * Replication entries (cross-cluster replication), created as {@link ReplicationAccess}
   * children with ids `Replication0`, `Replication1`, ...
   *
   * @default - none; add them with `new ReplicationAccess(key, ...)` or `key.addReplication(...)`
   */
  readonly replication?: ReplicationAccessProps[];
  /**
   * The provider of the cluster the key lives on (the *remote*, fulfilling cluster). It must not
   * authenticate with an API key: Elasticsearch refuses to create cross-cluster API keys for
   * API-key callers.
   *
   * @default - the stack's default `elasticstack` provider
   */
  readonly provider?: TerraformProvider;
  /**
   * Add a sensitive `TerraformOutput` carrying the `encoded` credential (the value for the local
   * cluster's keystore setting `cluster.remote.<alias>.credentials`).
   *
   * @default true
   */
  readonly exportEncoded?: boolean;
  /**
   * Name of the output added by `exportEncoded`.
   *
   * @default - an id derived from the construct path, as cdktf allocates it
   */
  readonly encodedOutputName?: string;
  /**
   * Create the replacement key before invalidating the old one when the key must be replaced
   * (a name change, or an expiration change with the elasticstack provider), so that consumers
   * of the old secret keep working until they are switched over.
   *
   * @default true
   */
  readonly createBeforeDestroy?: boolean;
}

/**
 * An Elasticsearch cross-cluster API key (`type = "cross_cluster"`), the credential that a local
 * cluster uses to connect to this (remote) cluster with the API key security model.
 *
 * It compiles to the elasticstack provider's `elasticstack_elasticsearch_security_api_key`
 * resource. Access is given by {@link SearchAccess} and {@link ReplicationAccess} children
 * (or the `search` / `replication` props); it is assembled and checked at synth time against
 * Elasticsearch's rules (see the README's rule table). Violations fail `app.synth()` with the
 * construct path, the prop, the value and the fix.
 *
 * See https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key.
 */
export class CrossClusterApiKey extends Construct {
  /** True when `x` is a CrossClusterApiKey (works across copies of this module). */
  public static isCrossClusterApiKey(x: any): x is CrossClusterApiKey {
    return x !== null && typeof x === 'object' && x[_KEY_MARKER] === true;
  }

  /** The L1 resource: an escape hatch for attributes this construct does not model. */
  public readonly resource: TerraformResource;

  // Attribute tokens are created on first use and then kept: each cdktf token captures a stack
  // trace when created, which made four eager tokens the largest per-key cost of synth.
  private _encoded?: string;
  private _apiKey?: string;
  private _keyId?: string;
  private _expirationTimestamp?: number;

  /**
   * The credential to put into the local cluster's keystore as `cluster.remote.<alias>.credentials`:
   * base64 of `id:api_key`. A deploy-time token; sensitive.
   */
  public get encoded(): string {
    return (this._encoded ??= this.l1.encoded);
  }
  /** The secret part of the key (22 characters). A deploy-time token; sensitive. */
  public get apiKey(): string {
    return (this._apiKey ??= this.l1.apiKey);
  }
  /** The key's id. A deploy-time token. */
  public get keyId(): string {
    return (this._keyId ??= this.l1.keyId);
  }
  /** When the key expires, in milliseconds since the epoch. A deploy-time token. */
  public get expirationTimestamp(): number {
    return (this._expirationTimestamp ??= this.l1.expirationTimestamp);
  }
  /** The sensitive output carrying `encoded`, when `exportEncoded` is true. */
  public readonly encodedOutput?: TerraformOutput;

  private readonly props: CrossClusterApiKeyProps;
  private readonly l1: ElasticsearchSecurityApiKey;

  constructor(scope: Construct, id: string, props: CrossClusterApiKeyProps) {
    super(scope, id);
    Object.defineProperty(this, _KEY_MARKER, { value: true });
    this.props = props;

    const l1 = new ElasticstackKeyResource(this, 'Resource', () => this.elasticstackAccess(), {
      name: props.name,
      type: 'cross_cluster',
      expiration: props.expiration,
      metadata: encodeMetadata(props.metadata),
      provider: props.provider,
      lifecycle: props.createBeforeDestroy === false ? undefined : { createBeforeDestroy: true },
    });
    this.resource = l1;
    this.l1 = l1;

    (props.search ?? []).forEach((s, i) => new SearchAccess(this, `Search${i}`, s));
    (props.replication ?? []).forEach((r, i) => new ReplicationAccess(this, `Replication${i}`, r));

    if (props.exportEncoded !== false) {
      this.encodedOutput = new TerraformOutput(this, 'EncodedOutput', {
        value: this.encoded,
        sensitive: true,
        description: `Encoded cross-cluster API key ${isUnresolved(props.name) ? '' : `"${props.name}" `}for cluster.remote.<alias>.credentials`,
      });
      if (props.encodedOutputName) this.encodedOutput.overrideLogicalId(props.encodedOutputName);
    }

    this.node.addValidation({ validate: () => this.validateKey().map(formatProblem) });
  }

  /** Adds a search entry; returns the new {@link SearchAccess}. */
  public addSearch(id: string, props: SearchAccessProps): SearchAccess {
    return new SearchAccess(this, id, props);
  }

  /** Adds a replication entry; returns the new {@link ReplicationAccess}. */
  public addReplication(id: string, props: ReplicationAccessProps): ReplicationAccess {
    return new ReplicationAccess(this, id, props);
  }

  /** The search entries, in declaration order. */
  public get searchAccess(): SearchAccess[] {
    return this.node.children.filter((c): c is SearchAccess => SearchAccess.isSearchAccess(c));
  }

  /** The replication entries, in declaration order. */
  public get replicationAccess(): ReplicationAccess[] {
    return this.node.children.filter((c): c is ReplicationAccess => ReplicationAccess.isReplicationAccess(c));
  }

  private validateKey(): Problem[] {
    const search = this.searchAccess.map((s, i) => ({ entry: s.props, ref: { prop: `search[${i}]`, path: s.node.path } }));
    const replication = this.replicationAccess.map((r, i) => ({ entry: r.props, ref: { prop: `replication[${i}]`, path: r.node.path } }));
    const problems = [
      ...checkName(this.props.name),
      ...checkNameForElasticstackProvider(this.props.name),
      ...checkExpiration(this.props.expiration),
      ...checkMetadata(this.props.metadata),
      ...checkAccess(search, replication),
      ...replication.flatMap(({ entry, ref }) => checkReplicationForElasticstackProvider(entry, ref.prop)),
      ...this.checkProviderAuth(),
    ];
    return problems;
  }

  /** Elasticsearch refuses to create cross-cluster API keys for callers that authenticate with an API key. */
  private checkProviderAuth(): Problem[] {
    const provider = this.props.provider as any;
    if (!provider || provider.terraformResourceType !== 'elasticstack') return [];
    const blocks = provider.elasticsearch;
    if (!Array.isArray(blocks)) return [];
    for (const block of blocks) {
      const apiKey = block?.apiKey;
      if (apiKey === undefined || apiKey === '') continue;
      if (isUnresolved(apiKey)) {
        Annotations.of(this).addWarning(
          'provider: the elasticstack provider authenticates with api_key; Elasticsearch refuses to create or update cross-cluster API keys for API-key callers ("authentication via API key not supported"). Use username/password or a bearer token with the manage_security privilege.',
        );
        continue;
      }
      return [
        {
          prop: 'provider',
          message: `the elasticstack provider (${provider.node.path}) authenticates with api_key, and Elasticsearch refuses cross-cluster API key creation for API-key callers ("authentication via API key not supported: An API key cannot be used to create a cross-cluster API key")`,
          fix: 'configure the provider of the remote cluster with username and password (or a bearer token) of a user with the manage_security cluster privilege',
        },
      ];
    }
    return [];
  }

  /**
   * `access` for the elasticstack provider, assembled from the children at synth time. Unused
   * lists are omitted, not null; `allow_restricted_indices` is explicit on search entries.
   */
  private elasticstackAccess(): ElasticsearchSecurityApiKeyAccess {
    const search: ElasticsearchSecurityApiKeyAccessSearch[] = this.searchAccess.map(({ props: p }) => ({
      names: p.names,
      allowRestrictedIndices: p.allowRestrictedIndices ?? false,
      query: p.query === undefined ? undefined : canonicalJson(p.query),
      fieldSecurity: p.fieldSecurity === undefined ? undefined : canonicalJson(p.fieldSecurity),
    }));
    const replication = this.replicationAccess.map(({ props: p }) => ({ names: p.names }));
    return {
      search: search.length > 0 ? search : undefined,
      replication: replication.length > 0 ? replication : undefined,
    };
  }
}

/**
 * The L1 resource, with `access` filled in from the key's children when the stack is synthesized.
 * `access` is a plain value (not a token), so escape-hatch overrides such as
 * `key.resource.addOverride('access.search.0.names', [...])` merge into it.
 */
class ElasticstackKeyResource extends ElasticsearchSecurityApiKey {
  constructor(
    scope: Construct,
    id: string,
    private readonly accessOf: () => ElasticsearchSecurityApiKeyAccess,
    config: ElasticsearchSecurityApiKeyConfig,
  ) {
    super(scope, id, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    this.access.internalValue = this.accessOf();
    return super.synthesizeAttributes();
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    this.access.internalValue = this.accessOf();
    return super.synthesizeHclAttributes();
  }
}

function encodeMetadata(metadata: { [key: string]: any } | undefined): string | undefined {
  if (isEmptyObject(metadata)) return undefined;
  // Valid JSON metadata never throws here; for invalid metadata, validation reports the problem at
  // synth (checkMetadata), and we emit what we can without throwing.
  try {
    return canonicalJson(metadata);
  } catch {
    return undefined;
  }
}
