import { Annotations, TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKey } from './cross-cluster-api-key';
import {
  ElasticsearchClusterSettings,
  ElasticsearchClusterSettingsPersistentSetting,
} from './generated/elasticstack/elasticsearch-cluster-settings';
import { useDefaultProvider } from './private/default-provider';
import { missingElasticsearchBlock } from './private/elasticsearch-block';
import { constructError } from './private/errors';
import { assertCompatibleFramework } from './private/framework';
import { CONNECTION_MARK, hasMark, mark } from './private/markers';
import { claimInStack } from './private/stack-claims';
import { knownAtSynth } from './private/synth-values';
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

/**
 * How the local cluster connects to a remote cluster (`cluster.remote.<alias>.mode`).
 *
 * See https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-self-managed#sniff-proxy-modes.
 */
export enum RemoteClusterMode {
  /**
   * Sniff mode: the local cluster contacts the `seeds`, discovers the remote's gateway nodes and
   * connects to them directly (`node_connections` of them). Every remote node must be reachable
   * from the local cluster. Not usable for Elastic Cloud, ECE or ECK remotes.
   */
  SNIFF = 'sniff',
  /**
   * Proxy mode: all connections go to one `proxy_address` (`proxy_socket_connections` sockets),
   * e.g. a load balancer or the Elastic Cloud endpoint. Required for Elastic Cloud, ECE and ECK
   * remotes.
   */
  PROXY = 'proxy',
}

/**
 * Props of a {@link RemoteClusterConnection}.
 *
 * They follow the remote cluster settings `cluster.remote.<alias>.*`
 * (https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/remote-clusters).
 */
export interface RemoteClusterConnectionProps {
  /**
   * The remote cluster's alias on the local cluster: lowercase letters, digits, `-` and `_`, not
   * empty. It names the settings (`cluster.remote.<alias>.*`), the keystore entry
   * (`cluster.remote.<alias>.credentials`), the `clusters` of `remote_indices`, and the prefix of
   * cross-cluster search expressions (`<alias>:logs-*`). Changing it creates a new remote.
   */
  readonly alias: string;
  /**
   * The cross-cluster API key (created on the remote cluster) whose `encoded` value the local
   * cluster presents. Only a {@link CrossClusterApiKey} is accepted; a REST API key or a string is
   * rejected by the type, because the remote refuses it ("authentication expected API key type of
   * [cross_cluster]").
   */
  readonly key: CrossClusterApiKey;
  /**
   * The connection mode.
   *
   * @default - `PROXY` when `proxyAddress` is given, otherwise `SNIFF` (Elasticsearch's default)
   */
  readonly mode?: RemoteClusterMode;
  /**
   * Sniff mode: addresses of remote nodes to start discovery from, each `host:port` (IPv6 hosts in
   * brackets, e.g. `[2001:db8::1]:9443`). With the API key model the port is the remote cluster
   * server port, 9443 by default (`remote_cluster.port`), not the transport port 9300.
   * Written as `cluster.remote.<alias>.seeds`.
   *
   * @default - none; then `proxyAddress` must be given
   */
  readonly seeds?: string[];
  /**
   * Proxy mode: the one `host:port` address all connections go to (IPv6 hosts in brackets), e.g.
   * `"my-deployment.es.us-east-1.aws.elastic-cloud.com:9443"`. Written as
   * `cluster.remote.<alias>.proxy_address`.
   *
   * @default - none; then `seeds` must be given
   */
  readonly proxyAddress?: string;
  /**
   * Proxy mode: the host name sent as TLS SNI, when it differs from the proxy address host. A DNS
   * name without port. Written as `cluster.remote.<alias>.server_name`.
   *
   * @default - no server name is sent
   */
  readonly serverName?: string;
  /**
   * Whether searches skip this remote when it is unreachable instead of failing. Written as
   * `cluster.remote.<alias>.skip_unavailable` when given.
   *
   * @default - not written; Elasticsearch's default applies (`true` since 8.15, `false` before)
   */
  readonly skipUnavailable?: boolean;
  /**
   * Sniff mode: how many gateway nodes of the remote to connect to, at least 1. Written as
   * `cluster.remote.<alias>.node_connections`.
   *
   * @default - not written; Elasticsearch's default is 3
   */
  readonly nodeConnections?: number;
  /**
   * Proxy mode: how many sockets to open to the proxy address, at least 1. Written as
   * `cluster.remote.<alias>.proxy_socket_connections`.
   *
   * @default - not written; Elasticsearch's default is 18
   */
  readonly proxySocketConnections?: number;
  /**
   * The elasticstack provider of the LOCAL (querying) cluster, where the settings and roles are
   * written. Not the provider of the key, which lives on the remote cluster. The user needs the
   * `manage` cluster privilege (and `manage_security` for roles).
   *
   * @default - the stack's default `elasticstack` provider
   */
  readonly provider?: TerraformProvider;
}

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
 * persistent cluster settings `cluster.remote.<alias>.*` (mode, seeds or proxy address, ...),
 * composed with the {@link CrossClusterApiKey} that authenticates it.
 *
 * It emits one `elasticstack_elasticsearch_cluster_settings` resource on the local cluster. It
 * never writes the credential into cluster settings: `cluster.remote.<alias>.credentials` is a
 * secure setting that Elasticsearch only reads from the keystore of every node. Terraform cannot
 * write a self-managed node's keystore; wire {@link credentialSettingName} and {@link credential}
 * into one of:
 *
 * - ECK: a Kubernetes Secret with the data key `cluster.remote.<alias>.credentials`, referenced
 *   from the local `Elasticsearch` resource's `spec.secureSettings`;
 * - Elastic Cloud Hosted: the `ec` provider's `ec_deployment_elasticsearch_keystore`
 *   (`setting_name`, `value`);
 * - self-managed: `bin/elasticsearch-keystore add cluster.remote.<alias>.credentials` on every
 *   node, outside Terraform.
 *
 * Then `POST _nodes/reload_secure_settings` (Elasticsearch 8.13+; Elastic Cloud does it on 8.14+)
 * makes the cluster rebuild the connection with the new credential; older versions need a
 * restart. Without the keystore entry the alias falls back to the certificate model. Check with
 * `GET _remote/info`: `connected: true` and `cluster_credentials: "::es_redacted::"`.
 *
 * Validation (at synth; values known only at deploy time are skipped): the alias; exactly one of
 * `seeds` and `proxyAddress`, matching the mode; `serverName` and `proxySocketConnections` only in
 * proxy mode, `nodeConnections` only in sniff mode; `host:port` addresses. Port 9300 gives a
 * warning (the API key model connects to the remote cluster server, port 9443). The local
 * cluster's elasticstack provider must have an `elasticsearch` block (or the resource an
 * `elasticsearch_connection`): without one that provider ignores `ELASTICSEARCH_*` and fails every
 * request at apply, so synth fails instead.
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
  /**
   * The keystore (secure) setting that must hold {@link credential} on every node of the local
   * cluster: `cluster.remote.<alias>.credentials`. Never a cluster setting.
   */
  public readonly credentialSettingName: string;
  /**
   * The value for {@link credentialSettingName}: the key's `encoded` credential. A deploy-time
   * token; sensitive (it is stored in Terraform state; only pass it to sensitive attributes).
   */
  public readonly credential: string;
  /** The L1 `elasticstack_elasticsearch_cluster_settings` resource: an escape hatch. */
  public readonly resource: TerraformResource;
  /** The provider of the local cluster, as given. */
  public readonly provider?: TerraformProvider;
  /** Names of the cluster settings this connection writes, in order. */
  public readonly settingNames: string[];

  private readonly props: RemoteClusterConnectionProps;

  constructor(scope: Construct, id: string, props: RemoteClusterConnectionProps) {
    super(scope, id);
    assertCompatibleFramework(this, 'RemoteClusterConnection');
    if (!CrossClusterApiKey.isCrossClusterApiKey(props.key)) {
      throw constructError(
        this.node.path,
        'key',
        `must be a CrossClusterApiKey, got ${describe(props.key)}; a REST API key or a string is refused by the remote cluster ("authentication expected API key type of [cross_cluster]")`,
        'create the key with new CrossClusterApiKey(remoteStack, id, { name, search, replication, provider: remoteProvider }) and pass the construct',
      );
    }
    claimAlias(this, props.alias, props.provider);
    this.props = props;
    this.alias = props.alias;
    this.key = props.key;
    this.provider = props.provider;
    this.mode = props.mode ?? (props.proxyAddress !== undefined && props.seeds === undefined ? RemoteClusterMode.PROXY : RemoteClusterMode.SNIFF);
    this.credentialSettingName = `cluster.remote.${props.alias}.credentials`;
    this.credential = props.key.encoded;

    const settings = this.renderSettings();
    this.settingNames = settings.map((s) => s.name);
    this.resource = new ElasticsearchClusterSettings(this, 'Resource', {
      persistent: { setting: settings },
      provider: props.provider,
    });

    for (const warning of this.warnings()) Annotations.of(this).addWarning(formatProblem(warning));
    this.node.addValidation({ validate: () => this.validateConnection().map(formatProblem) });
    if (!props.provider) useDefaultProvider({ construct: this, resource: this.resource, providerType: 'elasticstack' });
  }

  /**
   * Grants local users `remote_indices` privileges on this remote: a new
   * `elasticstack_elasticsearch_security_role` on the local cluster (a child of this construct).
   * Returns the {@link RemoteIndicesRole}.
   */
  public grantRemoteIndices(id: string, options: RemoteIndicesGrantOptions): RemoteIndicesRole {
    return new RemoteIndicesRole(this, id, { ...options, connection: this });
  }

  /**
   * Grants cross-cluster search on this remote: a local role with `remote_indices` privileges
   * `read`, `read_cross_cluster` and `view_index_metadata` on `names`. Returns the
   * {@link RemoteIndicesRole}.
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

  private renderSettings(): ElasticsearchClusterSettingsPersistentSetting[] {
    const p = this.props;
    const prefix = `cluster.remote.${p.alias}`;
    const settings: ElasticsearchClusterSettingsPersistentSetting[] = [{ name: `${prefix}.mode`, value: this.mode }];
    if (p.seeds !== undefined) settings.push({ name: `${prefix}.seeds`, valueList: p.seeds });
    if (p.proxyAddress !== undefined) settings.push({ name: `${prefix}.proxy_address`, value: p.proxyAddress });
    if (p.serverName !== undefined) settings.push({ name: `${prefix}.server_name`, value: p.serverName });
    if (p.nodeConnections !== undefined) settings.push({ name: `${prefix}.node_connections`, value: asSettingValue(p.nodeConnections) });
    if (p.proxySocketConnections !== undefined) {
      settings.push({ name: `${prefix}.proxy_socket_connections`, value: asSettingValue(p.proxySocketConnections) });
    }
    if (p.skipUnavailable !== undefined) settings.push({ name: `${prefix}.skip_unavailable`, value: asSettingValue(p.skipUnavailable) });
    return settings;
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
    if (p.provider?.terraformResourceType === 'elasticstack') problems.push(...missingElasticsearchBlock(p.provider, this.resource, 'the connection\'s resource sets'));
    return problems;
  }
}

mark(RemoteClusterConnection, CONNECTION_MARK);

/** A setting value as the provider wants it: a string (tokens stay tokens). */
function asSettingValue(value: number | boolean): string {
  if (Token.isUnresolved(value) || (typeof value === 'object' && value !== null)) return Token.asString(value);
  return String(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return Token.isUnresolved(value) ? 'a string token' : 'a string';
  if (typeof value === 'object') return `${(value as object).constructor?.name ?? 'an object'}${(value as any).node?.path ? ` at "${(value as any).node.path}"` : ''}`;
  return typeof value;
}
