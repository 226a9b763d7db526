import { TerraformProvider } from 'cdktf';
import type { KeyRotation } from './key-rotation';
import type { ReplicationAccessProps } from './replication-access';
import type { SearchAccessProps } from './search-access';

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
   * API-key callers. An elasticstack provider (this one or the default) must have an
   * `elasticsearch` block, at least `elasticsearch: [{}]` to read `ELASTICSEARCH_*`; synth fails
   * without it.
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
  /**
   * Replace the key on a schedule, so that it is renewed before it expires:
   * `KeyRotation.every('30d')` or `KeyRotation.beforeExpiry('7d')` (with `expiration`).
   *
   * With the elasticstack provider, scheduled with Terraform's `time_rotating` (`hashicorp/time`
   * provider, added to the stack when it has none) and `lifecycle.replace_triggered_by`; with eccx,
   * the key resource's own `rotation_period`. Either way the first `terraform plan` / `apply` after
   * the rotation is due replaces the key: the new key is created, what reads `encoded` is updated,
   * then the old key is invalidated. Synth fails when the period is not a positive Elasticsearch
   * time value (whole minutes with elasticstack), is not shorter than `expiration`, cannot be
   * computed at synth, or when `createBeforeDestroy` is false.
   *
   * @default - no rotation: the key is replaced only when `name` (or, with the elasticstack
   * provider, `expiration`) changes; a key with `expiration` then stops working when it expires
   */
  readonly rotation?: KeyRotation;
}
