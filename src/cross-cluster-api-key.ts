import { readFileSync } from 'fs';
import { join } from 'path';
import { Annotations, IResolvable, IResolveContext, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { CrossClusterApiKey as EccxCrossClusterApiKey, CrossClusterApiKeyConfig as EccxCrossClusterApiKeyConfig } from './generated/eccx/cross-cluster-api-key';
import {
  ElasticsearchSecurityApiKey,
  ElasticsearchSecurityApiKeyAccessSearch,
} from './generated/elasticstack/elasticsearch-security-api-key';
import { KEY_MARKER, isCrossClusterApiKey as isKeyMarked } from './private/access-entry';
import { CanonicalJson, encodeCanonical, isEmptyObject } from './private/canonical-json';
import { assertCompatibleFramework } from './private/framework';
import { claimInStack } from './private/stack-claims';
import { withoutStackTraceFormatting } from './private/stack-traces';
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
  isUnresolved,
  Problem,
} from './rules';
import { SearchAccess, SearchAccessProps } from './search-access';

/**
 * Which Terraform provider creates the key.
 */
export enum KeyProviderType {
  /**
   * The Elastic Terraform provider (`elastic/elasticstack`, >= 0.11.18), resource
   * `elasticstack_elasticsearch_security_api_key`. It never reads `access` back (drift is
   * invisible), cannot import keys, replaces the key when `expiration` changes, and cannot send
   * `allow_restricted_indices` for replication entries or `certificate_identity`.
   */
  ELASTICSTACK = 'elasticstack',
  /**
   * This package's own provider `cdktf-elastic-cross-cluster/eccx`, resource `eccx_cross_cluster_api_key`.
   * It ships in the npm package: install it with `npx cdktf-elastic-cross-cluster provider install`.
   * It reads `access` and `metadata` back (drift shows in the plan),
   * imports keys by id, updates `expiration` in place on Elasticsearch >= 8.13, and supports
   * `certificate_identity` (Elasticsearch >= 9.3).
   */
  ECCX = 'eccx',
}
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
   * omitted. Updated in place; Elasticsearch replaces metadata wholesale. Encoded (and checked) as
   * it is when the key is constructed: later changes to the object are not seen.
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
   * Which provider creates the key.
   *
   * @default - `KeyProviderType.ECCX` when `provider` is an `eccx` provider, otherwise
   * `KeyProviderType.ELASTICSTACK`
   */
  readonly providerType?: KeyProviderType;
  /**
   * A regular expression (Java syntax) that the subject DN of the local cluster's signing
   * certificate must match: "strong identity verification" for the remote connection.
   * Elasticsearch >= 9.3 (technical preview); only `KeyProviderType.ECCX` can send it.
   *
   * @default - no certificate identity
   */
  readonly certificateIdentity?: string;
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
 * resource, or to this package's own provider's `eccx_cross_cluster_api_key` (see `providerType`);
 * both come from the same validated model. Access is given by {@link SearchAccess} and {@link ReplicationAccess} children
 * (or the `search` / `replication` props); it is assembled and checked at synth time against
 * Elasticsearch's rules (see the README's rule table). Violations fail `app.synth()` with the
 * construct path, the prop, the value and the fix.
 *
 * See https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key.
 */
export class CrossClusterApiKey extends Construct {
  /** True when `x` is a CrossClusterApiKey (works across copies of this module). */
  public static isCrossClusterApiKey(x: any): x is CrossClusterApiKey {
    return x !== null && typeof x === 'object' && isKeyMarked(x);
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
   * tree) must come before the first read of `encoded`, `apiKey`, `keyId` or
   * `expirationTimestamp`: as for any cdktf resource, a reference fixes the logical id. A
   * `RemoteClusterConnection` given this key reads `encoded` when it is created. The exported
   * `encodedOutput` reads the id only at synth.
   *
   * It is built with stack-trace formatting off, so its complex attribute references (such as
   * `access`) have an empty `creationStack`, which cdktf would print only if resolving one of them
   * failed. That saves about a tenth of a synth's instructions (bench/analysis.md).
   */
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
    return (this._encoded ??= this.attributes.encoded);
  }
  /** The secret part of the key (22 characters). A deploy-time token; sensitive. */
  public get apiKey(): string {
    return (this._apiKey ??= this.attributes.apiKey);
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
  /** `resource` with the attributes both providers' key resources have. */
  private get attributes(): KeyAttributes {
    return this.resource as TerraformResource & KeyAttributes;
  }

  /** The sensitive output carrying `encoded`, when `exportEncoded` is true. */
  public readonly encodedOutput?: TerraformOutput;

  /** The provider that creates the key. */
  public readonly providerType: KeyProviderType;

  private readonly props: CrossClusterApiKeyProps;
  /** The encoder found `metadata` to be plain JSON data, so validation need not walk it again. */
  private readonly metadataIsPlainJson: boolean;

  constructor(scope: Construct, id: string, props: CrossClusterApiKeyProps) {
    // Before the key joins the tree, so that a bad list leaves nothing behind.
    assertEntryList(scope, id, 'search', props.search);
    assertEntryList(scope, id, 'replication', props.replication);
    super(scope, id);
    this.props = props;
    const stack = TerraformStack.of(this);
    assertCompatibleFramework(this, 'CrossClusterApiKey', stack);

    const metadata = encodeMetadata(props.metadata);
    this.metadataIsPlainJson = metadata?.plainJson === true;
    this.providerType = props.providerType ?? (providerTypeOf(props.provider) === 'eccx' ? KeyProviderType.ECCX : KeyProviderType.ELASTICSTACK);
    const common: KeyResourceConfig = {
      name: props.name,
      expiration: props.expiration,
      metadata: metadata?.text,
      provider: props.provider,
      lifecycle: props.createBeforeDestroy === false ? undefined : { createBeforeDestroy: true },
    };
    let l1: TerraformResource & KeyAttributes;
    if (this.providerType === KeyProviderType.ECCX) {
      l1 = newEccxResource(this, stack, common, props.certificateIdentity);
    } else {
      // Object.assign rather than a spread copy: until TurboFan optimizes it, the generated
      // constructor took about 4 times as long with a spread copy (bench/analysis.md).
      const config = Object.assign(common, { type: 'cross_cluster' });
      l1 = newKeyResource(() => new ElasticsearchSecurityApiKey(this, 'Resource', config));
    }
    this.resource = l1;

    (props.search ?? []).forEach((s, i) => new SearchAccess(this, `Search${i}`, s));
    (props.replication ?? []).forEach((r, i) => new ReplicationAccess(this, `Replication${i}`, r));
    // Optional features are looked at only when used: even compiling a check that returns at once
    // shows in a small stack's synth time.
    if (props.certificateIdentity !== undefined) this.warnOnCertificateIdentityDialect(props.certificateIdentity);
    if (props.provider !== undefined) this.warnOnDeployTimeApiKey();
    if (props.createBeforeDestroy === false) warnNoCreateBeforeDestroy(this);

    if (props.exportEncoded !== false) {
      this.encodedOutput = new TerraformOutput(this, 'EncodedOutput', {
        value: Token.asString(new EncodedAtSynth(l1)),
        sensitive: true,
        description: `Encoded cross-cluster API key ${isUnresolved(props.name) ? '' : `"${props.name}" `}for cluster.remote.<alias>.credentials`,
      });
      if (props.encodedOutputName) {
        claimOutputName(this, props.encodedOutputName);
        this.encodedOutput.overrideLogicalId(props.encodedOutputName);
      }
    }

    this.node.addValidation({ validate: () => this.validateKey().map(formatProblem) });
    // Last: only a fully built key is listed.
    if (!props.provider) registerDefaultProviderKey(stack, this);
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

  private validateKey(): Problem[] {
    const search = this.searchAccess.map((s, i) => ({ entry: s.props, ref: new LazyEntryRef(`search[${i}]`, s) }));
    const replication = this.replicationAccess.map((r, i) => ({ entry: r.props, ref: new LazyEntryRef(`replication[${i}]`, r) }));
    const elasticstack = this.providerType === KeyProviderType.ELASTICSTACK;
    const problems = checkName(this.props.name);
    if (elasticstack) problems.push(...checkNameForElasticstackProvider(this.props.name));
    problems.push(...checkExpiration(this.props.expiration));
    problems.push(...checkMetadata(this.props.metadata, this.metadataIsPlainJson));
    problems.push(...checkAccess(search, replication));
    if (elasticstack) {
      for (const { entry, ref } of replication) problems.push(...checkReplicationForElasticstackProvider(entry, ref.prop));
    }
    if (this.props.certificateIdentity !== undefined) problems.push(...this.checkCertificateIdentity(this.props.certificateIdentity));
    if (this.props.provider !== undefined) problems.push(...this.checkProviderMatches(), ...this.checkProviderAuth());
    return problems;
  }

  private checkCertificateIdentity(value: string): Problem[] {
    if (isUnresolved(value)) return [];
    const prop = 'certificate_identity';
    if (this.providerType === KeyProviderType.ELASTICSTACK) {
      return [{
        prop,
        message: 'is set, but the elasticstack provider cannot send certificate_identity',
        fix: 'create the key with this package\'s provider: providerType: KeyProviderType.ECCX (Elasticsearch >= 9.3)',
      }];
    }
    if (value === '') {
      return [{ prop, message: 'is an empty string', fix: 'give a regular expression for the subject DN, e.g. "CN=local-cluster,.*", or omit it' }];
    }
    return [];
  }

  /**
   * Elasticsearch compiles `certificate_identity` as a Java regex; JavaScript's dialect differs
   * (e.g. `(?i)` and possessive quantifiers are Java-only), so a pattern JavaScript cannot compile
   * is only a warning.
   */
  private warnOnCertificateIdentityDialect(value: string): void {
    if (value === '' || isUnresolved(value)) return;
    try {
      new RegExp(value);
    } catch (e) {
      Annotations.of(this).addWarning(
        `certificate_identity: ${JSON.stringify(value)} could not be checked here (JavaScript says: ${(e as Error).message}). Elasticsearch compiles it as a Java regex and answers "Invalid certificate_identity format: [...]. Must be a valid regex." if it is not one.`,
      );
    }
  }

  /** `providerType` and the `provider` construct must agree. */
  private checkProviderMatches(): Problem[] {
    const actual = providerTypeOf(this.props.provider);
    if (actual === undefined || actual === this.providerType) return [];
    return [{
      prop: 'provider',
      message: `is a "${actual}" provider (${this.props.provider!.node.path}), but providerType is "${this.providerType}"`,
      fix: `pass a ${this.providerType} provider, or set providerType: KeyProviderType.${actual === 'eccx' ? 'ECCX' : 'ELASTICSTACK'}`,
    }];
  }

  /** A deploy-time `api_key` on the key's provider (which may be empty) only warns, at construction. */
  private warnOnDeployTimeApiKey(): void {
    if (!this.providerApiKeys().some((k) => isUnresolved(k))) return;
    Annotations.of(this).addWarning(
      'provider: the provider authenticates with api_key; Elasticsearch refuses to create or update cross-cluster API keys for API-key callers ("authentication via API key not supported"). Use username/password or a bearer token with the manage_security privilege.',
    );
  }

  /**
   * Elasticsearch refuses to create cross-cluster API keys for callers that authenticate with an
   * API key: a literal `api_key` on the key's provider fails synth (a deploy-time one only warns,
   * see warnOnDeployTimeApiKey).
   */
  private checkProviderAuth(): Problem[] {
    if (!this.providerApiKeys().some((k) => !isUnresolved(k))) return [];
    const provider = this.props.provider!;
    return [
      {
        prop: 'provider',
        message: `the ${providerTypeOf(provider)} provider (${provider.node.path}) authenticates with api_key, and Elasticsearch refuses cross-cluster API key creation for API-key callers ("authentication via API key not supported: An API key cannot be used to create a cross-cluster API key")`,
        fix: 'configure the provider of the remote cluster with username and password (or a bearer token) of a user with the manage_security cluster privilege',
      },
    ];
  }

  /** The `api_key` values the key's provider is configured with (elasticstack: in its `elasticsearch` block; eccx: at the top). */
  private providerApiKeys(): unknown[] {
    const provider = this.props.provider as any;
    const type = providerTypeOf(provider);
    if (type === undefined) return [];
    const blocks = type === 'eccx' ? [{ apiKey: provider.apiKey }] : provider.elasticsearch;
    if (!Array.isArray(blocks)) return [];
    return blocks.map((b) => b?.apiKey).filter((k) => k !== undefined && k !== '');
  }
}

// The marker lives on the prototype (one property for all keys, not one per instance).
Object.defineProperty(CrossClusterApiKey.prototype, KEY_MARKER, { value: true });

/** Per stack, the keys that use the stack's default provider, in construction order. */
const DEFAULT_PROVIDER_KEYS = new WeakMap<TerraformStack, CrossClusterApiKey[]>();

/**
 * Keys that rely on the stack's default provider need a provider construct of their type. cdktf
 * reports a missing one too, but suggests `new RandomProvider(...)`; this names the keys and the
 * class to add. The first such key of a stack adds one validation to the stack, which scans the
 * tree once at synth.
 */
function registerDefaultProviderKey(stack: TerraformStack, key: CrossClusterApiKey): void {
  const keys = DEFAULT_PROVIDER_KEYS.get(stack);
  if (keys) {
    keys.push(key);
    return;
  }
  DEFAULT_PROVIDER_KEYS.set(stack, [key]);
  stack.node.addValidation({ validate: () => checkDefaultProviders(stack) });
}

/** The stack validation added by {@link registerDefaultProviderKey}. */
function checkDefaultProviders(stack: TerraformStack): string[] {
  const needs = new Map<string, CrossClusterApiKey[]>();
  for (const k of DEFAULT_PROVIDER_KEYS.get(stack)!) {
    const typeKeys = needs.get(k.providerType);
    if (typeKeys) typeKeys.push(k);
    else needs.set(k.providerType, [k]);
  }
  // Keys hold no providers in any sane app, so the first scan does not descend into them (a key
  // brings 3 to 6 constructs); only a provider type that seems to be missing is looked for
  // everywhere before it is reported.
  let providers = providerTypesIn(stack, false);
  if ([...needs.keys()].some((type) => !providers.has(type))) providers = providerTypesIn(stack, true);
  const errors: string[] = [];
  for (const [type, typeKeys] of needs) {
    if (!providers.has(type)) errors.push(missingProviderError(type, typeKeys));
  }
  return errors;
}

function missingProviderError(type: string, typeKeys: CrossClusterApiKey[]): string {
  const cls = type === KeyProviderType.ECCX ? 'eccx.provider.EccxProvider' : 'elasticstack.provider.ElasticstackProvider';
  const shown = typeKeys.slice(0, 3).map((k) => k.node.path).join(', ') + (typeKeys.length > 3 ? ` and ${typeKeys.length - 3} more` : '');
  return `provider: ${shown} ${typeKeys.length === 1 ? 'uses' : 'use'} the stack's default ${type} provider, but the stack has no ${type} provider construct. Fix: add new ${cls}(stack, '${type}', { ... }) from 'cdktf-elastic-cross-cluster', or pass provider: to the key`;
}

/**
 * The key's resource for this package's provider. The provider ships in this package, so the
 * stack asks for exactly this package's version.
 */
function newEccxResource(
  key: CrossClusterApiKey,
  stack: TerraformStack,
  common: KeyResourceConfig,
  certificateIdentity: string | undefined,
): TerraformResource & KeyAttributes {
  const config = Object.assign(common, { certificateIdentity, access: {} });
  const eccx = newKeyResource(() => new EccxCrossClusterApiKey(key, 'Resource', config));
  stack.addOverride('terraform.required_providers.eccx.version', CrossClusterApiKey.eccxProviderVersion());
  return eccx;
}

/**
 * A generated key resource, built with stack-trace formatting off (see
 * {@link withoutStackTraceFormatting}) and made to write `access` from its key's entries at synth.
 */
function newKeyResource<R extends TerraformResource & KeyAttributes>(build: () => R): R {
  const l1 = withoutStackTraceFormatting(build);
  Object.defineProperties(l1, WRITE_ACCESS_AT_SYNTH);
  return l1;
}

/** What both key resources are given by the key's constructor (the fields both configs share). */
type KeyResourceConfig = Pick<EccxCrossClusterApiKeyConfig, 'name' | 'expiration' | 'metadata' | 'provider' | 'lifecycle'>;

/** Where an entry is, for messages; its construct path is only worked out when a message needs it. */
class LazyEntryRef implements EntryRef {
  constructor(public readonly prop: string, private readonly entry: Construct) {}
  public get path(): string {
    return this.entry.node.path;
  }
}

/**
 * `search` and `replication` props must be literal lists: each entry becomes a construct. Checked
 * before the key is added to the tree.
 */
function assertEntryList(scope: Construct, id: string, prop: 'search' | 'replication', list: unknown): void {
  if (list !== undefined && !(Array.isArray(list) && !isUnresolved(list))) throw entryListError(scope, id, prop, list);
}

function entryListError(scope: Construct, id: string, prop: 'search' | 'replication', list: unknown): Error {
  return new Error(
    `[${[scope.node.path, id].filter((p) => p !== '').join('/')}] ${prop}: must be a list of entries known at synth time, got ${isUnresolved(list) ? 'a deploy-time value (token)' : JSON.stringify(list)}; each entry becomes a ${prop === 'search' ? 'SearchAccess' : 'ReplicationAccess'} construct. Fix: pass a literal list; deploy-time values may go inside entries (e.g. names: myList.listValue).`,
  );
}

function warnNoCreateBeforeDestroy(key: CrossClusterApiKey): void {
  Annotations.of(key).addWarning(
    'createBeforeDestroy is false: when the key must be replaced (a name change, or an expiration change with the elasticstack provider), the old key is invalidated before the new one exists, and remote connections using it fail until the new encoded value is in the keystore.',
  );
}

/** The types of the provider constructs in `stack`; below keys only when `intoKeys`. */
function providerTypesIn(stack: TerraformStack, intoKeys: boolean): Set<string> {
  const providers = new Set<string>();
  const visit = (c: IConstruct): void => {
    if (TerraformProvider.isTerraformProvider(c)) providers.add(c.terraformResourceType);
    if (!intoKeys && CrossClusterApiKey.isCrossClusterApiKey(c)) return;
    for (const child of c.node.children) visit(child);
  };
  visit(stack);
  return providers;
}

/** Two keys must not export `encoded` under the same output name: one output would be lost. */
function claimOutputName(key: CrossClusterApiKey, name: string): void {
  const other = claimInStack(key, 'encoded output', name);
  if (other !== undefined) {
    throw new Error(
      `[${key.node.path}] encodedOutputName: "${name}" is already the encoded output of ${other}; one of the two outputs would be lost. Fix: give each key its own encodedOutputName.`,
    );
  }
}

/** The attributes both L1 resources have. */
interface KeyAttributes {
  readonly encoded: string;
  readonly apiKey: string;
  readonly keyId: string;
  readonly expirationTimestamp: number;
}

/** The type of a provider construct (`elasticstack`, `eccx`, ...), if it is one. */
function providerTypeOf(provider: TerraformProvider | undefined): string | undefined {
  return provider === undefined ? undefined : (provider as any).terraformResourceType;
}

/** The generated L1 key resources (elasticstack and eccx), as far as writing `access` goes. */
type KeyL1 = TerraformResource & { readonly access: { internalValue?: unknown } };

/**
 * The value of the key's `encoded` output: a reference to the resource's `encoded` attribute, like
 * `resource.encoded`, but rendered only at synth time. Two reasons:
 * - `resource.encoded` reads the resource's logical id when it is created, and cdktf then keeps
 *   it; a reference made in the constructor would silently discard a later
 *   `key.resource.overrideLogicalId()`.
 * - cdktf captures a full stack trace for each reference token it creates. This one captures none.
 *
 * In another stack (the output's value reused there) it resolves to `resource.encoded`, which
 * cdktf turns into a cross-stack reference.
 */
class EncodedAtSynth implements IResolvable {
  public readonly creationStack: string[] = [];
  /** `resource.encoded`, made once when first resolved in another stack (cdktf keeps its cross-stack state there). */
  private elsewhere?: string;
  constructor(private readonly resource: TerraformResource & KeyAttributes) {}

  public resolve(context: IResolveContext): string {
    const resource = this.resource;
    if (TerraformStack.of(context.scope) !== resource.cdktfStack) return (this.elsewhere ??= resource.encoded);
    const identifier = `${resource.terraformResourceType}.${resource.friendlyUniqueId}${resource.forEach ? '.*' : ''}.encoded`;
    return context.suppressBraces ? identifier : `\${${identifier}}`;
  }

  public toString(): string {
    return Token.asString(this);
  }

  /** What cdktf's own tokens give `JSON.stringify` (this object holds the resource, a cycle). */
  public toJSON(): string {
    return '<unresolved-token>';
  }
}

/**
 * Makes a generated L1 key resource write `access` from its key's entries when the stack is
 * synthesized (JSON and HCL). `access` stays a plain value, not a token, so that escape-hatch
 * overrides such as `key.resource.addOverride('access.search.0.names', [...])` merge into it.
 *
 * The two synthesize methods are overridden on the instance (one shared pair of functions for all
 * keys; the L1's scope is its key) instead of subclassing the generated class: cdktf captures a
 * full stack trace for each of the five output references the generated constructor creates, and
 * a subclass constructor would add a frame to every one of them (measured in bench/).
 */
const WRITE_ACCESS_AT_SYNTH: PropertyDescriptorMap = {
  synthesizeAttributes: {
    value: function synthesizeAttributes(this: KeyL1): Record<string, any> {
      // The generated method returns a new object on every call: set `access` in place, no copy.
      const attributes = Object.getPrototypeOf(this).synthesizeAttributes.call(this);
      attributes.access = accessJson(accessModel(this.node.scope as CrossClusterApiKey));
      return attributes;
    },
  },
  synthesizeHclAttributes: {
    value: function synthesizeHclAttributes(this: KeyL1): Record<string, any> {
      this.access.internalValue = accessModel(this.node.scope as CrossClusterApiKey);
      return Object.getPrototypeOf(this).synthesizeHclAttributes.call(this);
    },
  },
};

/**
 * `access` of a key, assembled from its entries at synth time. Unused lists are omitted, not null;
 * `allow_restricted_indices` is explicit on search entries, and on replication entries for this
 * package's provider, which sends it (the elasticstack provider cannot).
 */
function accessModel(key: CrossClusterApiKey): AccessModel {
  const search: ElasticsearchSecurityApiKeyAccessSearch[] = key.searchAccess.map((entry) => {
    const p = entry.props;
    // `_json` memoizes the encoding; an entry from another copy of this package may lack it.
    const json = typeof entry._json === 'function' ? entry._json() : undefined;
    const query = p.query === undefined ? undefined : (json?.query ?? encodeCanonical(p.query)).text;
    const fieldSecurity = p.fieldSecurity === undefined ? undefined : (json?.fieldSecurity ?? encodeCanonical(p.fieldSecurity)).text;
    return { names: p.names, allowRestrictedIndices: p.allowRestrictedIndices ?? false, query, fieldSecurity };
  });
  const eccx = key.providerType === KeyProviderType.ECCX;
  const replication = key.replicationAccess.map(({ props: p }) =>
    (eccx ? { names: p.names, allowRestrictedIndices: p.allowRestrictedIndices ?? false } : { names: p.names }));
  return {
    search: search.length > 0 ? search : undefined,
    replication: replication.length > 0 ? replication : undefined,
  };
}

/** The access both providers take, in the key's (camelCase) terms. */
interface AccessModel {
  readonly search?: ElasticsearchSecurityApiKeyAccessSearch[];
  readonly replication?: { readonly names: string[]; readonly allowRestrictedIndices?: boolean }[];
}

/**
 * `access` in the providers' JSON shape, as their generated mappers would write it but without
 * routing the value through the L1's output references (measurable with thousands of keys).
 * Unset fields and unused lists are left out; both providers share the names.
 */
function accessJson(access: AccessModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (access.search) {
    out.search = access.search.map((s) => {
      const entry: Record<string, unknown> = { names: s.names, allow_restricted_indices: s.allowRestrictedIndices };
      if (s.query !== undefined) entry.query = s.query;
      if (s.fieldSecurity !== undefined) entry.field_security = s.fieldSecurity;
      return entry;
    });
  }
  if (access.replication) {
    out.replication = access.replication.map((r) =>
      (r.allowRestrictedIndices === undefined ? { names: r.names } : { names: r.names, allow_restricted_indices: r.allowRestrictedIndices }));
  }
  return out;
}

function encodeMetadata(metadata: { [key: string]: any } | undefined): CanonicalJson | undefined {
  if (isEmptyObject(metadata)) return undefined;
  // Valid JSON metadata never throws here; for invalid metadata, validation reports the problem at
  // synth (checkMetadata), and we emit what we can without throwing.
  try {
    return encodeCanonical(metadata);
  } catch {
    return undefined;
  }
}
