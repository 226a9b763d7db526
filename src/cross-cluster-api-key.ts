import { readFileSync } from 'fs';
import { join } from 'path';
import { Annotations, TerraformOutput, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKeyProps, KeyProviderType } from './cross-cluster-api-key-props';
import { useDefaultProvider } from './private/default-provider';
import { missingElasticsearchBlock } from './private/elasticsearch-block';
import { constructError } from './private/errors';
import { registerExpiringKey } from './private/expiry-warning';
import { assertCompatibleFramework } from './private/framework';
import { isEmptyObject, jsonAttribute } from './private/json-attribute';
import { eccxAccess, elasticstackAccess, replicationEntryOf, searchEntryOf } from './private/key-access';
import {
  certificateIdentityWarning,
  checkCertificateIdentity,
  checkExpiryWarningWindow,
  checkProviderAuth,
  checkProviderMatches,
  deployTimeApiKeyWarning,
  providerTypeOf,
} from './private/key-provider-checks';
import { EccxKeyResource, ElasticstackKeyResource } from './private/key-resources';
import { eccxRotationPeriod, keyLifecycle, rotationProblems } from './private/key-rotation-setup';
import { hasMark, KEY_MARK, mark } from './private/markers';
import { registerSecretForOutputCheck } from './private/secret-output-check';
import { SecretAttribute, SecretReference } from './private/secret-reference';
import { claimInStack } from './private/stack-claims';
import { knownAtSynth } from './private/synth-values';
import { ReplicationAccess, ReplicationAccessProps } from './replication-access';
import {
  checkAccess,
  checkExpiration,
  checkMetadata,
  checkName,
  checkNameForElasticstackProvider,
  checkReplicationForElasticstackProvider,
  EntryRef,
  formatProblem,
  Problem,
} from './rules';
import { SearchAccess, SearchAccessProps } from './search-access';

/**
 * An Elasticsearch cross-cluster API key (`type = "cross_cluster"`), the credential that a local
 * cluster uses to connect to this (remote) cluster with the API key security model.
 *
 * It compiles to the elasticstack provider's `elasticstack_elasticsearch_security_api_key`
 * resource, or to this package's own provider's `eccx_cross_cluster_api_key` (see `providerType`);
 * both come from the same validated model. Access is given by {@link SearchAccess} and {@link ReplicationAccess} children
 * (or the `search` / `replication` props); it is assembled and checked at synth time against
 * Elasticsearch's rules (see the README's rule table). Violations fail `app.synth()` with the
 * construct path, the prop, the value and the fix.
 *
 * With the elasticstack provider, that provider must have an `elasticsearch` block (or the key's
 * resource an `elasticsearch_connection`): without one it ignores `ELASTICSEARCH_*` and fails
 * every request, so synth fails instead (see `src/private/elasticsearch-block.ts` for why this is
 * an error rather than a block added for you).
 *
 * See https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key.
 */
export class CrossClusterApiKey extends Construct {
  /** True when `x` is a CrossClusterApiKey (works across copies of this module). */
  public static isCrossClusterApiKey(x: any): x is CrossClusterApiKey {
    return hasMark(x, KEY_MARK);
  }

  /**
   * The version of this package's own provider (`eccx`) that this package ships and that stacks
   * require: the package version (`0.0.0-dev` for an unreleased checkout, as Terraform ignores 0.0.0).
   */
  public static eccxProviderVersion(): string {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    return pkg.version === '0.0.0' ? '0.0.0-dev' : pkg.version;
  }

  /**
   * The L1 resource: an escape hatch for attributes this construct does not model.
   *
   * An `elasticstack.elasticsearchSecurityApiKey.ElasticsearchSecurityApiKey` (providerType
   * `ELASTICSTACK`) or an `eccx.crossClusterApiKey.CrossClusterApiKey` (`ECCX`); its `access` is
   * written from the key's entries at synth, and `addOverride('access....', ...)` merges into it.
   *
   * `resource.overrideLogicalId('name')` (to keep a key's Terraform address when moving it in the
   * tree) must come before the first read of `keyId` or `expirationTimestamp`: as for any cdktf
   * resource, a reference fixes the logical id. `encoded`, `apiKey` and the exported
   * `encodedOutput` read the id only at synth.
   */
  public readonly resource: TerraformResource;

  /** The sensitive output carrying `encoded`, when `exportEncoded` is true. */
  public readonly encodedOutput?: TerraformOutput;

  /** The provider that creates the key. */
  public readonly providerType: KeyProviderType;

  private readonly props: CrossClusterApiKeyProps;
  /** `props.metadata` as the rules see it, worked out once. */
  private readonly knownMetadata: unknown;
  // Attribute references are made on first read and then kept, so that an overrideLogicalId()
  // before that read is honoured (a cdktf reference fixes the logical id when it is made).
  private _encoded?: SecretReference;
  private _apiKey?: SecretReference;
  private _keyId?: string;
  private _expirationTimestamp?: number;

  constructor(scope: Construct, id: string, props: CrossClusterApiKeyProps) {
    // Before the key joins the tree, so that a bad list leaves nothing behind.
    assertEntryList(scope, id, 'search', props.search);
    assertEntryList(scope, id, 'replication', props.replication);
    super(scope, id);
    this.props = props;
    const stack = TerraformStack.of(this);
    assertCompatibleFramework(this, 'CrossClusterApiKey', stack);

    this.providerType = props.providerType ?? (providerTypeOf(props.provider) === 'eccx' ? KeyProviderType.ECCX : KeyProviderType.ELASTICSTACK);
    this.knownMetadata = knownAtSynth(props.metadata);
    const common = {
      name: props.name,
      expiration: props.expiration,
      metadata: isEmptyObject(props.metadata) ? undefined : jsonAttribute(props.metadata, this.knownMetadata),
      provider: props.provider,
      lifecycle: keyLifecycle(this, props, this.providerType),
    };
    const search = () => this.searchAccess.map((s) => searchEntryOf(s).attributes);
    const replication = () => this.replicationAccess.map((r) => replicationEntryOf(r).attributes);
    if (this.providerType === KeyProviderType.ECCX) {
      const rotationPeriod = eccxRotationPeriod(props);
      this.resource = new EccxKeyResource(this, 'Resource', { ...common, certificateIdentity: props.certificateIdentity, rotationPeriod }, () => eccxAccess(search(), replication()));
      // The provider ships in this package, so the stack asks for exactly this package's version.
      stack.addOverride('terraform.required_providers.eccx.version', CrossClusterApiKey.eccxProviderVersion());
    } else {
      this.resource = new ElasticstackKeyResource(this, 'Resource', { ...common, type: 'cross_cluster' }, () => elasticstackAccess(search(), replication()));
    }

    (props.search ?? []).forEach((s, i) => new SearchAccess(this, `Search${i}`, s));
    (props.replication ?? []).forEach((r, i) => new ReplicationAccess(this, `Replication${i}`, r));
    this.addWarnings();

    if (props.exportEncoded !== false) {
      this.encodedOutput = new TerraformOutput(this, 'EncodedOutput', {
        value: Token.asString(this.secret('encoded')),
        sensitive: true,
        description: `Encoded cross-cluster API key ${Token.isUnresolved(props.name) ? '' : `"${props.name}" `}for cluster.remote.<alias>.credentials`,
      });
      if (props.encodedOutputName) {
        claimOutputName(this, props.encodedOutputName);
        this.encodedOutput.overrideLogicalId(props.encodedOutputName);
      }
    }

    this.node.addValidation({ validate: () => this.validateKey().map(formatProblem) });
    if (props.expiration !== undefined && props.rotation === undefined) registerExpiringKey(this, props.expiration);
    // Last: only a fully built key is listed.
    if (!props.provider) useDefaultProvider({ construct: this, resource: this.resource, providerType: this.providerType });
  }

  /**
   * The credential to put into the local cluster's keystore as `cluster.remote.<alias>.credentials`:
   * base64 of `id:api_key`. A deploy-time token; sensitive, also in another stack of the app
   * (there it is read through cdktf's cross-stack reference and marked with Terraform's
   * `sensitive()`). A `TerraformOutput` that carries it (alone or inside a string, list or map)
   * must be `sensitive: true`: synth fails otherwise, naming the output.
   */
  public get encoded(): string {
    return Token.asString(this.secret('encoded'));
  }
  /**
   * The secret part of the key (22 characters). A deploy-time token; sensitive, in this stack and
   * in others, as {@link encoded}.
   */
  public get apiKey(): string {
    return Token.asString(this.secret('api_key'));
  }
  /** The key's id. A deploy-time token. */
  public get keyId(): string {
    return (this._keyId ??= this.attributes.keyId);
  }
  /**
   * When the key expires, in milliseconds since the epoch. A deploy-time token; null when the key
   * never expires (no `expiration`), so guard outputs that use it.
   */
  public get expirationTimestamp(): number {
    return (this._expirationTimestamp ??= this.attributes.expirationTimestamp);
  }

  /** Adds a search entry to this key and returns it (a new {@link SearchAccess} child). */
  public addSearch(id: string, props: SearchAccessProps): SearchAccess {
    return new SearchAccess(this, id, props);
  }

  /** Adds a replication entry to this key and returns it (a new {@link ReplicationAccess} child). */
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

  /**
   * The reference to a secret attribute, made once; registered for the check of unmarked outputs
   * (`private/secret-output-check.ts`).
   */
  private secret(attribute: SecretAttribute): SecretReference {
    const made = attribute === 'encoded' ? this._encoded : this._apiKey;
    if (made !== undefined) return made;
    const reference = new SecretReference(this.resource, attribute);
    if (attribute === 'encoded') this._encoded = reference;
    else this._apiKey = reference;
    registerSecretForOutputCheck(this, reference, `key.${attribute === 'encoded' ? 'encoded' : 'apiKey'} of ${this.node.path}`);
    return reference;
  }

  /** `resource` with the attributes both providers' key resources have. */
  private get attributes(): TerraformResource & KeyAttributes {
    return this.resource as TerraformResource & KeyAttributes;
  }

  private addWarnings(): void {
    const p = this.props;
    const warnings = [
      p.certificateIdentity === undefined ? undefined : certificateIdentityWarning(p.certificateIdentity),
      p.provider === undefined ? undefined : deployTimeApiKeyWarning(p.provider),
      p.createBeforeDestroy === false ? NO_CREATE_BEFORE_DESTROY : undefined,
    ];
    for (const w of warnings) if (w !== undefined) Annotations.of(this).addWarning(w);
  }

  private validateKey(): Problem[] {
    const p = this.props;
    const ref = (prop: string, c: Construct): EntryRef => ({ prop, path: c.node.path });
    const search = this.searchAccess.map((s, i) => ({ entry: searchEntryOf(s).known, ref: ref(`search[${i}]`, s) }));
    const replication = this.replicationAccess.map((r, i) => ({ entry: replicationEntryOf(r).known, ref: ref(`replication[${i}]`, r) }));
    const elasticstack = this.providerType === KeyProviderType.ELASTICSTACK;
    const name = knownAtSynth(p.name);
    const problems = checkName(name);
    if (elasticstack) problems.push(...checkNameForElasticstackProvider(name));
    problems.push(...checkExpiration(knownAtSynth(p.expiration)));
    problems.push(...checkMetadata(this.knownMetadata));
    problems.push(...checkAccess(search, replication));
    if (elasticstack) {
      for (const r of replication) problems.push(...checkReplicationForElasticstackProvider(r.entry, r.ref.prop));
    }
    problems.push(...rotationProblems(p, this.providerType));
    if (p.certificateIdentity !== undefined) problems.push(...checkCertificateIdentity(p.certificateIdentity, this.providerType));
    if (p.provider !== undefined) {
      problems.push(...checkProviderMatches(p.provider, this.providerType));
      problems.push(...checkProviderAuth(p.provider), ...checkExpiryWarningWindow(p.provider));
      if (elasticstack && providerTypeOf(p.provider) === 'elasticstack') problems.push(...missingElasticsearchBlock(p.provider, this.resource, "the key's resource sets"));
    }
    return problems;
  }
}

mark(CrossClusterApiKey, KEY_MARK);

const NO_CREATE_BEFORE_DESTROY = 'createBeforeDestroy is false: when the key must be replaced (a name change, or an expiration change with the elasticstack provider), the old key is invalidated before the new one exists, and remote connections using it fail until the new encoded value is in the keystore.';

/** The attributes both L1 resources have. */
interface KeyAttributes {
  readonly encoded: string;
  readonly apiKey: string;
  readonly keyId: string;
  readonly expirationTimestamp: number;
}

/**
 * `search` and `replication` props must be literal lists: each entry becomes a construct. Checked
 * before the key is added to the tree.
 */
function assertEntryList(scope: Construct, id: string, prop: 'search' | 'replication', list: unknown): void {
  if (list === undefined || (Array.isArray(list) && !Token.isUnresolved(list))) return;
  throw constructError(
    [scope.node.path, id].filter((p) => p !== '').join('/'),
    prop,
    `must be a list of entries known at synth time, got ${Token.isUnresolved(list) ? 'a deploy-time value (token)' : JSON.stringify(list)}; each entry becomes a ${prop === 'search' ? 'SearchAccess' : 'ReplicationAccess'} construct`,
    'pass a literal list; deploy-time values may go inside entries (e.g. names: myList.listValue)',
  );
}

/** Two keys must not export `encoded` under the same output name: one output would be lost. */
function claimOutputName(key: CrossClusterApiKey, name: string): void {
  const other = claimInStack(key, 'encoded output', name);
  if (other === undefined) return;
  throw constructError(key.node.path, 'encodedOutputName', `"${name}" is already the encoded output of ${other}; one of the two outputs would be lost`, 'give each key its own encodedOutputName');
}
