import { TerraformProvider } from 'cdktf';
import { CredentialDelivery } from './connection/credential-delivery';
import { RemoteClusterSigningProps } from './connection/signing';
import type { CrossClusterApiKey } from './cross-cluster-api-key';
import { KeyProviderType } from './cross-cluster-api-key-props';

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
   * Whether searches skip this remote when it is unreachable instead of failing. Always written as
   * `cluster.remote.<alias>.skip_unavailable`: Elasticsearch's own default changed from `false` to
   * `true` in 8.15, so leaving it out would make the same stack behave differently per version.
   *
   * @default true (as Elasticsearch 8.15 and later)
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
   * The provider of the LOCAL (querying) cluster, where the settings and roles are written: an
   * elasticstack provider, or this package's eccx provider. Not the provider of the key, which
   * lives on the remote cluster. The user needs the `manage` cluster privilege (and
   * `manage_security` for roles).
   *
   * @default - the stack's default provider of `providerType`
   */
  readonly provider?: TerraformProvider;
  /**
   * Which provider writes the local side, chosen as {@link CrossClusterApiKey} chooses:
   *
   * - `ECCX`: `eccx_remote_cluster_settings`, and with a `credentialDelivery` that Terraform
   *   performs, `eccx_secure_settings_reload` and `eccx_remote_cluster_check`, chained
   *   key -> delivery -> reload -> settings -> check; roles are `eccx_security_role`.
   * - `ELASTICSTACK`: `elasticstack_elasticsearch_cluster_settings` (after the delivery) and
   *   `elasticstack_elasticsearch_security_role`; that provider cannot reload secure settings,
   *   check the connection or write `remote_cluster` role privileges.
   *
   * @default - `ECCX` when `provider` is an eccx provider, otherwise `ELASTICSTACK`
   */
  readonly providerType?: KeyProviderType;
  /**
   * How the credential reaches the local keystore (`cluster.remote.<alias>.credentials`):
   * {@link CredentialDelivery.eck}, {@link CredentialDelivery.elasticCloud},
   * {@link CredentialDelivery.command} or {@link CredentialDelivery.manual}. Needs `key`.
   *
   * @default - manual: no delivery, reload or check resources
   */
  readonly credentialDelivery?: CredentialDelivery;
  /**
   * Request signing (strong identity verification, Elasticsearch 9.3+), written as
   * `cluster.remote.<alias>.signing.*`. Required when `key` has `certificateIdentity`: synth fails
   * and names the missing settings otherwise. Written by `elasticstack_elasticsearch_cluster_settings`
   * with `ELASTICSTACK`, by the `signing` attribute of `eccx_remote_cluster_settings` with `ECCX`.
   *
   * @default - no signing settings
   */
  readonly signing?: RemoteClusterSigningProps;
  /**
   * eccx with a delivery that Terraform performs: whether `eccx_secure_settings_reload` calls
   * `POST _nodes/reload_secure_settings` after the delivery (Elasticsearch 8.13+ rebuilds the
   * connection with the new credential). Turn it off where the platform reloads by itself or
   * refuses the call to the provider's user (Elastic Cloud Hosted reloads the keystore itself on
   * 8.14+); the settings then follow the delivery directly, and the check still runs.
   *
   * @default true
   */
  readonly reloadSecureSettings?: boolean;
  /**
   * eccx: how long the connection check waits for `GET _remote/info` to show the alias connected
   * with API-key credentials, in seconds.
   *
   * @default - the eccx check's default
   */
  readonly checkTimeoutSeconds?: number;
}
