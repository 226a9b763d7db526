import { Annotations, TerraformProvider, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ConnectionModel, DEFAULT_SKIP_UNAVAILABLE } from './connection/connection-model';
import { CredentialDelivery } from './connection/credential-delivery';
import { eccxLocalSide } from './connection/eccx-local-side';
import { elasticstackLocalSide } from './connection/elasticstack-local-side';
import { CrossClusterApiKey } from './cross-cluster-api-key';
import { KeyProviderType } from './cross-cluster-api-key-props';
import { CrossClusterApiKey as EccxKeyL1 } from './generated/eccx/cross-cluster-api-key';
import { useDefaultProvider } from './private/default-provider';
import { missingElasticsearchBlock } from './private/elasticsearch-block';
import { constructError } from './private/errors';
import { assertCompatibleFramework } from './private/framework';
import { checkProviderMatches, providerTypeOf } from './private/key-provider-checks';
import { CONNECTION_MARK, hasMark, mark } from './private/markers';
import { SECRET_ATTRIBUTES } from './private/secret-reference';
import { claimInStack } from './private/stack-claims';
import { knownAtSynth } from './private/synth-values';
import { RemoteClusterConnectionProps, RemoteClusterMode } from './remote-cluster-connection-props';
import {
  IRemoteClusterConnection,
  RemoteIndicesGrantOptions,
  RemoteIndicesRole,
  RemoteIndexPrivileges,
  RemoteReplicationGrantOptions,
  RemoteSearchGrantOptions,
} from './remote-indices-role';
import { formatProblem, Problem, RemoteConnectionSettings } from './rules';
import {
  checkRemoteClusterAlias,
  checkRemoteConnectionSettings,
  checkRemotePortIsNotTransport,
} from './rules/remote-cluster';
import { checkSigning, SigningValues } from './rules/remote-cluster-signing';

/**
 * One connection per alias and local cluster: two would write the same `cluster.remote.<alias>.*`
 * settings from two resources that keep overwriting each other.
 */
function claimAlias(connection: Construct, alias: string, provider: TerraformProvider | undefined): void {
  if (Token.isUnresolved(alias)) return;
  const cluster = provider ? provider.node.path : '(the default provider)';
  const other = claimInStack(connection, `remote-cluster alias on ${cluster}`, alias);
  if (other === undefined) return;
  throw constructError(
    connection.node.path,
    'alias',
    `"${alias}" is already connected on the same local cluster (${cluster}) by ${other}; both would write cluster.remote.${alias}.* and overwrite each other`,
    'use one RemoteClusterConnection per alias, or a different alias',
  );
}

/**
 * The local cluster's connection to a remote cluster with the API key security model: the
 * persistent cluster settings `cluster.remote.<alias>.*` (mode, seeds or proxy address,
 * `skip_unavailable`, ...), composed with the {@link CrossClusterApiKey} that authenticates it and
 * the way its credential reaches the local keystore ({@link CredentialDelivery}).
 *
 * It compiles to the eccx or the elasticstack provider (`providerType`) from one validated model.
 * With eccx, a delivery that Terraform performs is followed by `eccx_secure_settings_reload`
 * (`POST _nodes/reload_secure_settings`, per-node failures are errors), then the alias settings,
 * then `eccx_remote_cluster_check`, which polls `GET _remote/info` until the alias is connected
 * with `cluster_credentials` and otherwise fails with the likely cause. With elasticstack, the
 * settings wait for the delivery; reload (Elasticsearch 8.13+; a restart before) and the
 * `_remote/info` check are the user's.
 *
 * The credential is never written into cluster settings: `cluster.remote.<alias>.credentials` is
 * a secure setting that Elasticsearch only reads from the keystore of every node. Without the
 * keystore entry the alias falls back to the certificate model.
 *
 * Validation (at synth; values known only at deploy time are skipped): the alias; exactly one of
 * `seeds` and `proxyAddress`, matching the mode; `serverName` and `proxySocketConnections` only in
 * proxy mode, `nodeConnections` only in sniff mode; `host:port` addresses; `signing` when the key
 * has `certificateIdentity`. Port 9300 gives a warning (the API key model connects to the remote
 * cluster server, port 9443). A local elasticstack provider must have an `elasticsearch` block.
 *
 * See https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key.
 */
export class RemoteClusterConnection extends Construct implements IRemoteClusterConnection {
  /** True when `x` is a RemoteClusterConnection (works across copies of this module). */
  public static isRemoteClusterConnection(x: any): x is RemoteClusterConnection {
    return hasMark(x, CONNECTION_MARK);
  }

  /** The remote cluster's alias. */
  public readonly alias: string;
  /** The mode the connection uses (the given one, or the one derived from the addresses). */
  public readonly mode: RemoteClusterMode;
  /** The cross-cluster API key that authenticates the connection. */
  public readonly key: CrossClusterApiKey;
  /** The provider that writes the local side. */
  public readonly providerType: KeyProviderType;
  /**
   * The keystore (secure) setting that must hold {@link credential} on every node of the local
   * cluster: `cluster.remote.<alias>.credentials`. Never a cluster setting.
   */
  public readonly credentialSettingName: string;
  /**
   * The value for {@link credentialSettingName}: the key's `encoded` credential
   * ({@link CrossClusterApiKey.encoded}), which stays sensitive wherever it is used: a sensitive
   * attribute in the key's stack, wrapped in Terraform's `sensitive()` in any other stack. A
   * deploy-time token, stored in Terraform state.
   */
  public readonly credential: string;
  /**
   * The settings resource, an escape hatch: `elasticstack_elasticsearch_cluster_settings` or
   * `eccx_remote_cluster_settings`.
   */
  public readonly resource: TerraformResource;
  /** The resource that delivers the credential, when Terraform delivers it. */
  public readonly deliveryResource?: TerraformResource;
  /** eccx with a delivery: the `eccx_secure_settings_reload` resource. */
  public readonly reloadResource?: TerraformResource;
  /** eccx with a delivery: the `eccx_remote_cluster_check` resource. */
  public readonly checkResource?: TerraformResource;
  /**
   * ECK delivery: the name of the Kubernetes Secret to list under the local `Elasticsearch`
   * resource's `spec.secureSettings` (`- secretName: <this>`).
   */
  public readonly secureSettingsSecretName?: string;
  /** The provider of the local cluster, as given. */
  public readonly provider?: TerraformProvider;
  /** Names of the cluster settings this connection writes, in order. */
  public readonly settingNames: string[];

  private readonly props: RemoteClusterConnectionProps;

  constructor(scope: Construct, id: string, props: RemoteClusterConnectionProps) {
    super(scope, id);
    assertCompatibleFramework(this, 'RemoteClusterConnection');
    assertKey(this, props);
    claimAlias(this, props.alias, props.provider);
    this.props = props;
    this.alias = props.alias;
    this.key = props.key;
    this.provider = props.provider;
    this.providerType = props.providerType ?? (providerTypeOf(props.provider) === 'eccx' ? KeyProviderType.ECCX : KeyProviderType.ELASTICSTACK);
    this.mode = props.mode ?? (props.proxyAddress !== undefined && props.seeds === undefined ? RemoteClusterMode.PROXY : RemoteClusterMode.SNIFF);
    this.credentialSettingName = `cluster.remote.${props.alias}.credentials`;
    this.credential = props.key.encoded;

    const delivered = (props.credentialDelivery ?? CredentialDelivery.manual())._bind({
      scope: this,
      alias: props.alias,
      settingName: this.credentialSettingName,
      credential: this.credential,
      keyId: props.key.keyId,
      secretReferences: () => SECRET_ATTRIBUTES.map((a) => `${props.key.resource.terraformResourceType}.${props.key.resource.friendlyUniqueId}.${a}`),
    });
    this.deliveryResource = delivered.resources[0];
    this.secureSettingsSecretName = delivered.secretName;

    const model = this.model();
    if (this.providerType === KeyProviderType.ECCX) {
      const local = eccxLocalSide(this, model, {
        provider: props.provider,
        delivered: delivered.resources,
        keyId: props.key.keyId,
        checkTimeoutSeconds: props.checkTimeoutSeconds,
        reload: props.reloadSecureSettings ?? true,
      });
      this.resource = local.settings;
      this.reloadResource = local.reload;
      this.checkResource = local.check;
      this.settingNames = local.settingNames;
      TerraformStack.of(this).addOverride('terraform.required_providers.eccx.version', CrossClusterApiKey.eccxProviderVersion());
    } else {
      const local = elasticstackLocalSide(this, model, props.provider, delivered.resources);
      this.resource = local.settings;
      this.settingNames = local.settingNames;
      if (delivered.resources.length > 0) Annotations.of(this).addWarning(formatProblem(NO_RELOAD_ON_ELASTICSTACK));
    }

    for (const warning of this.warnings()) Annotations.of(this).addWarning(formatProblem(warning));
    this.node.addValidation({ validate: () => this.validateConnection().map(formatProblem) });
    if (!props.provider) useDefaultProvider({ construct: this, resource: this.resource, providerType: this.providerType });
  }

  /**
   * Grants local users `remote_indices` privileges on this remote: a new role on the local
   * cluster (a child of this construct). Returns the {@link RemoteIndicesRole}.
   */
  public grantRemoteIndices(id: string, options: RemoteIndicesGrantOptions): RemoteIndicesRole {
    return new RemoteIndicesRole(this, id, { ...options, connection: this });
  }

  /**
   * Grants cross-cluster search on this remote: a local role with `remote_indices` privileges
   * `read`, `read_cross_cluster` and `view_index_metadata` on `names` (and, with eccx,
   * `remoteClusterPrivileges` such as `monitor_enrich`). Returns the {@link RemoteIndicesRole}.
   */
  public grantSearch(id: string, options: RemoteSearchGrantOptions): RemoteIndicesRole {
    return new RemoteIndicesRole(this, id, { ...options, privileges: RemoteIndexPrivileges.SEARCH, connection: this });
  }

  /**
   * Grants cross-cluster replication from this remote: a local role with the cluster privilege
   * `manage_ccr`, `remote_indices` privilege `cross_cluster_replication` on the leader `names`,
   * and, when `followerIndices` is given, `monitor`, `read`, `write` and `manage_follow_index` on
   * those local follower indices. Returns the {@link RemoteIndicesRole}.
   */
  public grantReplication(id: string, options: RemoteReplicationGrantOptions): RemoteIndicesRole {
    return new RemoteIndicesRole(this, id, {
      ...options,
      privileges: RemoteIndexPrivileges.REPLICATION,
      clusterPrivileges: ['manage_ccr'],
      connection: this,
    });
  }

  private model(): ConnectionModel {
    const p = this.props;
    return {
      alias: p.alias,
      mode: this.mode,
      seeds: p.seeds,
      proxyAddress: p.proxyAddress,
      serverName: p.serverName,
      nodeConnections: p.nodeConnections,
      proxySocketConnections: p.proxySocketConnections,
      skipUnavailable: p.skipUnavailable ?? DEFAULT_SKIP_UNAVAILABLE,
      signing: p.signing,
    };
  }

  private warnings(): Problem[] {
    const seeds = knownAtSynth(this.props.seeds);
    const problems: Problem[] = [];
    if (Array.isArray(seeds)) seeds.forEach((seed, i) => problems.push(...checkRemotePortIsNotTransport(seed, `seeds[${i}]`)));
    problems.push(...checkRemotePortIsNotTransport(knownAtSynth(this.props.proxyAddress), 'proxy_address'));
    return problems;
  }

  private validateConnection(): Problem[] {
    const p = this.props;
    const settings = knownAtSynth({
      mode: p.mode,
      seeds: p.seeds,
      proxyAddress: p.proxyAddress,
      serverName: p.serverName,
      nodeConnections: p.nodeConnections,
      proxySocketConnections: p.proxySocketConnections,
      skipUnavailable: p.skipUnavailable,
    }) as RemoteConnectionSettings;
    const problems = [...checkRemoteClusterAlias(knownAtSynth(p.alias)), ...checkRemoteConnectionSettings(settings)];
    const identity = p.key.providerType === KeyProviderType.ECCX ? (p.key.resource as EccxKeyL1).certificateIdentityInput : undefined;
    problems.push(...checkSigning(p.alias, knownAtSynth(p.signing) as SigningValues | undefined, identity !== undefined));
    if (p.provider !== undefined) problems.push(...checkProviderMatches(p.provider, this.providerType));
    if (p.provider?.terraformResourceType === 'elasticstack') problems.push(...missingElasticsearchBlock(p.provider, this.resource, 'the connection\'s resource sets'));
    return problems;
  }
}

mark(RemoteClusterConnection, CONNECTION_MARK);

const NO_RELOAD_ON_ELASTICSTACK: Problem = {
  prop: 'credentialDelivery',
  message: 'the credential is delivered, but the elasticstack provider can neither reload secure settings nor check the connection, so the nodes keep the old credential until they reload',
  fix: 'call POST _nodes/reload_secure_settings after deploy (or at the end of a delivery command) and check GET _remote/info, or use providerType: KeyProviderType.ECCX, which does both',
};

/** The key must be a CrossClusterApiKey; a delivery without a key has nothing to deliver. */
function assertKey(connection: Construct, props: RemoteClusterConnectionProps): void {
  if (props.key === undefined && props.credentialDelivery !== undefined) {
    throw constructError(
      connection.node.path,
      'credentialDelivery',
      `a ${props.credentialDelivery.kind} delivery is given, but the connection has no key, so there is no credential to deliver`,
      'pass key: the CrossClusterApiKey created on the remote cluster, or remove credentialDelivery',
    );
  }
  if (CrossClusterApiKey.isCrossClusterApiKey(props.key)) return;
  throw constructError(
    connection.node.path,
    'key',
    `must be a CrossClusterApiKey, got ${describe(props.key)}; a REST API key or a string is refused by the remote cluster ("authentication expected API key type of [cross_cluster]")`,
    'create the key with new CrossClusterApiKey(remoteStack, id, { name, search, replication, provider: remoteProvider }) and pass the construct',
  );
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return Token.isUnresolved(value) ? 'a string token' : 'a string';
  if (typeof value === 'object') return `${(value as object).constructor?.name ?? 'an object'}${(value as any).node?.path ? ` at "${(value as any).node.path}"` : ''}`;
  return typeof value;
}
