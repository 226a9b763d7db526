// https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ElasticsearchCcrAutoFollowPatternConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether the pattern follows new leader indices (`true`) or is paused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#active ElasticsearchCcrAutoFollowPattern#active}
  */
  readonly active?: boolean | cdktf.IResolvable;
  /**
  * Name of the follower indices; `{{leader_index}}` stands for the leader index name, e.g. `{{leader_index}}-copy`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#follow_index_pattern ElasticsearchCcrAutoFollowPattern#follow_index_pattern}
  */
  readonly followIndexPattern?: string;
  /**
  * Patterns of leader index names that are never followed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#leader_index_exclusion_patterns ElasticsearchCcrAutoFollowPattern#leader_index_exclusion_patterns}
  */
  readonly leaderIndexExclusionPatterns?: string[];
  /**
  * Patterns of leader index names on the remote cluster that are followed automatically.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#leader_index_patterns ElasticsearchCcrAutoFollowPattern#leader_index_patterns}
  */
  readonly leaderIndexPatterns: string[];
  /**
  * Maximum number of outstanding read requests to the leader.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#max_outstanding_read_requests ElasticsearchCcrAutoFollowPattern#max_outstanding_read_requests}
  */
  readonly maxOutstandingReadRequests?: number;
  /**
  * Maximum number of outstanding write requests on the follower.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#max_outstanding_write_requests ElasticsearchCcrAutoFollowPattern#max_outstanding_write_requests}
  */
  readonly maxOutstandingWriteRequests?: number;
  /**
  * Maximum number of operations per read request from the leader.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#max_read_request_operation_count ElasticsearchCcrAutoFollowPattern#max_read_request_operation_count}
  */
  readonly maxReadRequestOperationCount?: number;
  /**
  * Maximum size of a batch of operations read from the leader, an ES byte size such as `32mb`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#max_read_request_size ElasticsearchCcrAutoFollowPattern#max_read_request_size}
  */
  readonly maxReadRequestSize?: string;
  /**
  * Maximum wait before retrying a failed operation, an ES time value such as `500ms`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#max_retry_delay ElasticsearchCcrAutoFollowPattern#max_retry_delay}
  */
  readonly maxRetryDelay?: string;
  /**
  * Maximum number of operations queued for writing before reads from the leader pause.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#max_write_buffer_count ElasticsearchCcrAutoFollowPattern#max_write_buffer_count}
  */
  readonly maxWriteBufferCount?: number;
  /**
  * Maximum total size of queued operations before reads pause, an ES byte size such as `512mb`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#max_write_buffer_size ElasticsearchCcrAutoFollowPattern#max_write_buffer_size}
  */
  readonly maxWriteBufferSize?: string;
  /**
  * Maximum number of operations per bulk write on the follower.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#max_write_request_operation_count ElasticsearchCcrAutoFollowPattern#max_write_request_operation_count}
  */
  readonly maxWriteRequestOperationCount?: number;
  /**
  * Maximum size of a bulk write on the follower, an ES byte size such as `9223372036854775807b`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#max_write_request_size ElasticsearchCcrAutoFollowPattern#max_write_request_size}
  */
  readonly maxWriteRequestSize?: string;
  /**
  * Name of the auto-follow pattern.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#name ElasticsearchCcrAutoFollowPattern#name}
  */
  readonly name: string;
  /**
  * Wait for new operations on the leader when the follower is caught up, an ES time value such as `1m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#read_poll_timeout ElasticsearchCcrAutoFollowPattern#read_poll_timeout}
  */
  readonly readPollTimeout?: string;
  /**
  * Alias of the remote (leader) cluster, as registered under `cluster.remote.<alias>` in cluster settings.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#remote_cluster ElasticsearchCcrAutoFollowPattern#remote_cluster}
  */
  readonly remoteCluster: string;
  /**
  * Index settings to apply to follower indices, as a JSON object encoded in a string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#settings_raw ElasticsearchCcrAutoFollowPattern#settings_raw}
  */
  readonly settingsRaw?: string;
  /**
  * Operation timeouts, each a Terraform duration string such as `30s`, `5m` or `1h`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#timeouts ElasticsearchCcrAutoFollowPattern#timeouts}
  */
  readonly timeouts?: ElasticsearchCcrAutoFollowPatternTimeouts;
  /**
  * Elasticsearch connection for this resource only, overriding the provider configuration. Prefer a separate provider instance (an alias) per cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#elasticsearch_connection ElasticsearchCcrAutoFollowPattern#elasticsearch_connection}
  */
  readonly elasticsearchConnection?: ElasticsearchCcrAutoFollowPatternElasticsearchConnection[] | cdktf.IResolvable;
}
export interface ElasticsearchCcrAutoFollowPatternTimeouts {
  /**
  * Time allowed for create, a duration string such as `5m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#create ElasticsearchCcrAutoFollowPattern#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete, a duration string such as `5m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#delete ElasticsearchCcrAutoFollowPattern#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for read, a duration string such as `5m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#read ElasticsearchCcrAutoFollowPattern#read}
  */
  readonly read?: string;
  /**
  * Time allowed for update, a duration string such as `5m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#update ElasticsearchCcrAutoFollowPattern#update}
  */
  readonly update?: string;
}

export function elasticsearchCcrAutoFollowPatternTimeoutsToTerraform(struct?: ElasticsearchCcrAutoFollowPatternTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    read: cdktf.stringToTerraform(struct!.read),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function elasticsearchCcrAutoFollowPatternTimeoutsToHclTerraform(struct?: ElasticsearchCcrAutoFollowPatternTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ElasticsearchCcrAutoFollowPatternTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): ElasticsearchCcrAutoFollowPatternTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ElasticsearchCcrAutoFollowPatternTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._read = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._read = value.read;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // read - computed: false, optional: true, required: false
  private _read?: string; 
  public get read() {
    return this.getStringAttribute('read');
  }
  public set read(value: string) {
    this._read = value;
  }
  public resetRead() {
    this._read = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readInput() {
    return this._read;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}
export interface ElasticsearchCcrAutoFollowPatternElasticsearchConnection {
  /**
  * API key sent as `Authorization: ApiKey <value>` (base64 of `id:api_key`). Sensitive. Elasticsearch refuses to create or update cross-cluster API keys for a caller authenticated with an API key: use `username`/`password` or `bearer_token` for the cluster that issues the keys.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#api_key ElasticsearchCcrAutoFollowPattern#api_key}
  */
  readonly apiKey?: string;
  /**
  * Token sent as `Authorization: Bearer <value>` (token service, OAuth2 or JWT realm). Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#bearer_token ElasticsearchCcrAutoFollowPattern#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * PEM text of the CA certificates that verify the server certificate (instead of `ca_file`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#ca_data ElasticsearchCcrAutoFollowPattern#ca_data}
  */
  readonly caData?: string;
  /**
  * Path of a PEM file with the CA certificates that verify the server certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#ca_file ElasticsearchCcrAutoFollowPattern#ca_file}
  */
  readonly caFile?: string;
  /**
  * SHA-256 fingerprint (hex) of the CA certificate that signed the server certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#ca_fingerprint ElasticsearchCcrAutoFollowPattern#ca_fingerprint}
  */
  readonly caFingerprint?: string;
  /**
  * PEM text of the client certificate for TLS client authentication (instead of `cert_file`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#cert_data ElasticsearchCcrAutoFollowPattern#cert_data}
  */
  readonly certData?: string;
  /**
  * Path of a PEM client certificate for TLS client authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#cert_file ElasticsearchCcrAutoFollowPattern#cert_file}
  */
  readonly certFile?: string;
  /**
  * Elasticsearch HTTP endpoints, as URLs such as `https://es.example.com:9200`. This is the REST port, not the remote cluster port 9443. Sensitive in the provider schema.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#endpoints ElasticsearchCcrAutoFollowPattern#endpoints}
  */
  readonly endpoints?: string[];
  /**
  * Value of the `ES-Client-Authentication` header sent with a JWT `bearer_token`, e.g. `SharedSecret <secret>`. Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#es_client_authentication ElasticsearchCcrAutoFollowPattern#es_client_authentication}
  */
  readonly esClientAuthentication?: string;
  /**
  * Extra HTTP headers sent with every request, header name to value. Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#headers ElasticsearchCcrAutoFollowPattern#headers}
  */
  readonly headers?: { [key: string]: string };
  /**
  * Skip verification of the server certificate. Default `false`; for throw-away test clusters only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#insecure ElasticsearchCcrAutoFollowPattern#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * PEM text of the private key of the client certificate (instead of `key_file`). Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#key_data ElasticsearchCcrAutoFollowPattern#key_data}
  */
  readonly keyData?: string;
  /**
  * Path of the PEM private key of the client certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#key_file ElasticsearchCcrAutoFollowPattern#key_file}
  */
  readonly keyFile?: string;
  /**
  * Password of `username` for HTTP basic authentication. Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#password ElasticsearchCcrAutoFollowPattern#password}
  */
  readonly password?: string;
  /**
  * User for HTTP basic authentication. Creating or updating a cross-cluster API key needs the `manage_security` cluster privilege.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#username ElasticsearchCcrAutoFollowPattern#username}
  */
  readonly username?: string;
}

export function elasticsearchCcrAutoFollowPatternElasticsearchConnectionToTerraform(struct?: ElasticsearchCcrAutoFollowPatternElasticsearchConnection | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    api_key: cdktf.stringToTerraform(struct!.apiKey),
    bearer_token: cdktf.stringToTerraform(struct!.bearerToken),
    ca_data: cdktf.stringToTerraform(struct!.caData),
    ca_file: cdktf.stringToTerraform(struct!.caFile),
    ca_fingerprint: cdktf.stringToTerraform(struct!.caFingerprint),
    cert_data: cdktf.stringToTerraform(struct!.certData),
    cert_file: cdktf.stringToTerraform(struct!.certFile),
    endpoints: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.endpoints),
    es_client_authentication: cdktf.stringToTerraform(struct!.esClientAuthentication),
    headers: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.headers),
    insecure: cdktf.booleanToTerraform(struct!.insecure),
    key_data: cdktf.stringToTerraform(struct!.keyData),
    key_file: cdktf.stringToTerraform(struct!.keyFile),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function elasticsearchCcrAutoFollowPatternElasticsearchConnectionToHclTerraform(struct?: ElasticsearchCcrAutoFollowPatternElasticsearchConnection | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    api_key: {
      value: cdktf.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bearer_token: {
      value: cdktf.stringToHclTerraform(struct!.bearerToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_data: {
      value: cdktf.stringToHclTerraform(struct!.caData),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_file: {
      value: cdktf.stringToHclTerraform(struct!.caFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_fingerprint: {
      value: cdktf.stringToHclTerraform(struct!.caFingerprint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cert_data: {
      value: cdktf.stringToHclTerraform(struct!.certData),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cert_file: {
      value: cdktf.stringToHclTerraform(struct!.certFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    endpoints: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.endpoints),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    es_client_authentication: {
      value: cdktf.stringToHclTerraform(struct!.esClientAuthentication),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    headers: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.headers),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    insecure: {
      value: cdktf.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    key_data: {
      value: cdktf.stringToHclTerraform(struct!.keyData),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_file: {
      value: cdktf.stringToHclTerraform(struct!.keyFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ElasticsearchCcrAutoFollowPatternElasticsearchConnectionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ElasticsearchCcrAutoFollowPatternElasticsearchConnection | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._apiKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKey = this._apiKey;
    }
    if (this._bearerToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.bearerToken = this._bearerToken;
    }
    if (this._caData !== undefined) {
      hasAnyValues = true;
      internalValueResult.caData = this._caData;
    }
    if (this._caFile !== undefined) {
      hasAnyValues = true;
      internalValueResult.caFile = this._caFile;
    }
    if (this._caFingerprint !== undefined) {
      hasAnyValues = true;
      internalValueResult.caFingerprint = this._caFingerprint;
    }
    if (this._certData !== undefined) {
      hasAnyValues = true;
      internalValueResult.certData = this._certData;
    }
    if (this._certFile !== undefined) {
      hasAnyValues = true;
      internalValueResult.certFile = this._certFile;
    }
    if (this._endpoints !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoints = this._endpoints;
    }
    if (this._esClientAuthentication !== undefined) {
      hasAnyValues = true;
      internalValueResult.esClientAuthentication = this._esClientAuthentication;
    }
    if (this._headers !== undefined) {
      hasAnyValues = true;
      internalValueResult.headers = this._headers;
    }
    if (this._insecure !== undefined) {
      hasAnyValues = true;
      internalValueResult.insecure = this._insecure;
    }
    if (this._keyData !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyData = this._keyData;
    }
    if (this._keyFile !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyFile = this._keyFile;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ElasticsearchCcrAutoFollowPatternElasticsearchConnection | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._apiKey = undefined;
      this._bearerToken = undefined;
      this._caData = undefined;
      this._caFile = undefined;
      this._caFingerprint = undefined;
      this._certData = undefined;
      this._certFile = undefined;
      this._endpoints = undefined;
      this._esClientAuthentication = undefined;
      this._headers = undefined;
      this._insecure = undefined;
      this._keyData = undefined;
      this._keyFile = undefined;
      this._password = undefined;
      this._username = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._apiKey = value.apiKey;
      this._bearerToken = value.bearerToken;
      this._caData = value.caData;
      this._caFile = value.caFile;
      this._caFingerprint = value.caFingerprint;
      this._certData = value.certData;
      this._certFile = value.certFile;
      this._endpoints = value.endpoints;
      this._esClientAuthentication = value.esClientAuthentication;
      this._headers = value.headers;
      this._insecure = value.insecure;
      this._keyData = value.keyData;
      this._keyFile = value.keyFile;
      this._password = value.password;
      this._username = value.username;
    }
  }

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // bearer_token - computed: false, optional: true, required: false
  private _bearerToken?: string; 
  public get bearerToken() {
    return this.getStringAttribute('bearer_token');
  }
  public set bearerToken(value: string) {
    this._bearerToken = value;
  }
  public resetBearerToken() {
    this._bearerToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bearerTokenInput() {
    return this._bearerToken;
  }

  // ca_data - computed: false, optional: true, required: false
  private _caData?: string; 
  public get caData() {
    return this.getStringAttribute('ca_data');
  }
  public set caData(value: string) {
    this._caData = value;
  }
  public resetCaData() {
    this._caData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caDataInput() {
    return this._caData;
  }

  // ca_file - computed: false, optional: true, required: false
  private _caFile?: string; 
  public get caFile() {
    return this.getStringAttribute('ca_file');
  }
  public set caFile(value: string) {
    this._caFile = value;
  }
  public resetCaFile() {
    this._caFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caFileInput() {
    return this._caFile;
  }

  // ca_fingerprint - computed: false, optional: true, required: false
  private _caFingerprint?: string; 
  public get caFingerprint() {
    return this.getStringAttribute('ca_fingerprint');
  }
  public set caFingerprint(value: string) {
    this._caFingerprint = value;
  }
  public resetCaFingerprint() {
    this._caFingerprint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caFingerprintInput() {
    return this._caFingerprint;
  }

  // cert_data - computed: false, optional: true, required: false
  private _certData?: string; 
  public get certData() {
    return this.getStringAttribute('cert_data');
  }
  public set certData(value: string) {
    this._certData = value;
  }
  public resetCertData() {
    this._certData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certDataInput() {
    return this._certData;
  }

  // cert_file - computed: false, optional: true, required: false
  private _certFile?: string; 
  public get certFile() {
    return this.getStringAttribute('cert_file');
  }
  public set certFile(value: string) {
    this._certFile = value;
  }
  public resetCertFile() {
    this._certFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certFileInput() {
    return this._certFile;
  }

  // endpoints - computed: false, optional: true, required: false
  private _endpoints?: string[]; 
  public get endpoints() {
    return this.getListAttribute('endpoints');
  }
  public set endpoints(value: string[]) {
    this._endpoints = value;
  }
  public resetEndpoints() {
    this._endpoints = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints;
  }

  // es_client_authentication - computed: false, optional: true, required: false
  private _esClientAuthentication?: string; 
  public get esClientAuthentication() {
    return this.getStringAttribute('es_client_authentication');
  }
  public set esClientAuthentication(value: string) {
    this._esClientAuthentication = value;
  }
  public resetEsClientAuthentication() {
    this._esClientAuthentication = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get esClientAuthenticationInput() {
    return this._esClientAuthentication;
  }

  // headers - computed: false, optional: true, required: false
  private _headers?: { [key: string]: string }; 
  public get headers() {
    return this.getStringMapAttribute('headers');
  }
  public set headers(value: { [key: string]: string }) {
    this._headers = value;
  }
  public resetHeaders() {
    this._headers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersInput() {
    return this._headers;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this.getBooleanAttribute('insecure');
  }
  public set insecure(value: boolean | cdktf.IResolvable) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // key_data - computed: false, optional: true, required: false
  private _keyData?: string; 
  public get keyData() {
    return this.getStringAttribute('key_data');
  }
  public set keyData(value: string) {
    this._keyData = value;
  }
  public resetKeyData() {
    this._keyData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyDataInput() {
    return this._keyData;
  }

  // key_file - computed: false, optional: true, required: false
  private _keyFile?: string; 
  public get keyFile() {
    return this.getStringAttribute('key_file');
  }
  public set keyFile(value: string) {
    this._keyFile = value;
  }
  public resetKeyFile() {
    this._keyFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyFileInput() {
    return this._keyFile;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}

export class ElasticsearchCcrAutoFollowPatternElasticsearchConnectionList extends cdktf.ComplexList {
  public internalValue? : ElasticsearchCcrAutoFollowPatternElasticsearchConnection[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ElasticsearchCcrAutoFollowPatternElasticsearchConnectionOutputReference {
    return new ElasticsearchCcrAutoFollowPatternElasticsearchConnectionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern elasticstack_elasticsearch_ccr_auto_follow_pattern}
*/
export class ElasticsearchCcrAutoFollowPattern extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "elasticstack_elasticsearch_ccr_auto_follow_pattern";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ElasticsearchCcrAutoFollowPattern resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ElasticsearchCcrAutoFollowPattern to import
  * @param importFromId The id of the existing ElasticsearchCcrAutoFollowPattern that should be imported. Refer to the {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ElasticsearchCcrAutoFollowPattern to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "elasticstack_elasticsearch_ccr_auto_follow_pattern", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs/resources/elasticsearch_ccr_auto_follow_pattern elasticstack_elasticsearch_ccr_auto_follow_pattern} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ElasticsearchCcrAutoFollowPatternConfig
  */
  public constructor(scope: Construct, id: string, config: ElasticsearchCcrAutoFollowPatternConfig) {
    super(scope, id, {
      terraformResourceType: 'elasticstack_elasticsearch_ccr_auto_follow_pattern',
      terraformGeneratorMetadata: {
        providerName: 'elasticstack',
        providerVersionConstraint: '>= 0.11.18'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._active = config.active;
    this._followIndexPattern = config.followIndexPattern;
    this._leaderIndexExclusionPatterns = config.leaderIndexExclusionPatterns;
    this._leaderIndexPatterns = config.leaderIndexPatterns;
    this._maxOutstandingReadRequests = config.maxOutstandingReadRequests;
    this._maxOutstandingWriteRequests = config.maxOutstandingWriteRequests;
    this._maxReadRequestOperationCount = config.maxReadRequestOperationCount;
    this._maxReadRequestSize = config.maxReadRequestSize;
    this._maxRetryDelay = config.maxRetryDelay;
    this._maxWriteBufferCount = config.maxWriteBufferCount;
    this._maxWriteBufferSize = config.maxWriteBufferSize;
    this._maxWriteRequestOperationCount = config.maxWriteRequestOperationCount;
    this._maxWriteRequestSize = config.maxWriteRequestSize;
    this._name = config.name;
    this._readPollTimeout = config.readPollTimeout;
    this._remoteCluster = config.remoteCluster;
    this._settingsRaw = config.settingsRaw;
    this._timeouts.internalValue = config.timeouts;
    this._elasticsearchConnection.internalValue = config.elasticsearchConnection;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // active - computed: true, optional: true, required: false
  private _active?: boolean | cdktf.IResolvable; 
  /**
  * Whether the pattern follows new leader indices (`true`) or is paused.
  */
  public get active() {
    return this.getBooleanAttribute('active');
  }
  public set active(value: boolean | cdktf.IResolvable) {
    this._active = value;
  }
  public resetActive() {
    this._active = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activeInput() {
    return this._active;
  }

  // follow_index_pattern - computed: false, optional: true, required: false
  private _followIndexPattern?: string; 
  /**
  * Name of the follower indices; `{{leader_index}}` stands for the leader index name, e.g. `{{leader_index}}-copy`.
  */
  public get followIndexPattern() {
    return this.getStringAttribute('follow_index_pattern');
  }
  public set followIndexPattern(value: string) {
    this._followIndexPattern = value;
  }
  public resetFollowIndexPattern() {
    this._followIndexPattern = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get followIndexPatternInput() {
    return this._followIndexPattern;
  }

  // id - computed: true, optional: false, required: false
  /**
  * Terraform id of the resource, assigned by the provider.
  */
  public get id() {
    return this.getStringAttribute('id');
  }

  // leader_index_exclusion_patterns - computed: true, optional: true, required: false
  private _leaderIndexExclusionPatterns?: string[]; 
  /**
  * Patterns of leader index names that are never followed.
  */
  public get leaderIndexExclusionPatterns() {
    return this.getListAttribute('leader_index_exclusion_patterns');
  }
  public set leaderIndexExclusionPatterns(value: string[]) {
    this._leaderIndexExclusionPatterns = value;
  }
  public resetLeaderIndexExclusionPatterns() {
    this._leaderIndexExclusionPatterns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get leaderIndexExclusionPatternsInput() {
    return this._leaderIndexExclusionPatterns;
  }

  // leader_index_patterns - computed: false, optional: false, required: true
  private _leaderIndexPatterns?: string[]; 
  /**
  * Patterns of leader index names on the remote cluster that are followed automatically.
  */
  public get leaderIndexPatterns() {
    return this.getListAttribute('leader_index_patterns');
  }
  public set leaderIndexPatterns(value: string[]) {
    this._leaderIndexPatterns = value;
  }
  // Temporarily expose input value. Use with caution.
  public get leaderIndexPatternsInput() {
    return this._leaderIndexPatterns;
  }

  // max_outstanding_read_requests - computed: true, optional: true, required: false
  private _maxOutstandingReadRequests?: number; 
  /**
  * Maximum number of outstanding read requests to the leader.
  */
  public get maxOutstandingReadRequests() {
    return this.getNumberAttribute('max_outstanding_read_requests');
  }
  public set maxOutstandingReadRequests(value: number) {
    this._maxOutstandingReadRequests = value;
  }
  public resetMaxOutstandingReadRequests() {
    this._maxOutstandingReadRequests = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxOutstandingReadRequestsInput() {
    return this._maxOutstandingReadRequests;
  }

  // max_outstanding_write_requests - computed: false, optional: true, required: false
  private _maxOutstandingWriteRequests?: number; 
  /**
  * Maximum number of outstanding write requests on the follower.
  */
  public get maxOutstandingWriteRequests() {
    return this.getNumberAttribute('max_outstanding_write_requests');
  }
  public set maxOutstandingWriteRequests(value: number) {
    this._maxOutstandingWriteRequests = value;
  }
  public resetMaxOutstandingWriteRequests() {
    this._maxOutstandingWriteRequests = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxOutstandingWriteRequestsInput() {
    return this._maxOutstandingWriteRequests;
  }

  // max_read_request_operation_count - computed: false, optional: true, required: false
  private _maxReadRequestOperationCount?: number; 
  /**
  * Maximum number of operations per read request from the leader.
  */
  public get maxReadRequestOperationCount() {
    return this.getNumberAttribute('max_read_request_operation_count');
  }
  public set maxReadRequestOperationCount(value: number) {
    this._maxReadRequestOperationCount = value;
  }
  public resetMaxReadRequestOperationCount() {
    this._maxReadRequestOperationCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxReadRequestOperationCountInput() {
    return this._maxReadRequestOperationCount;
  }

  // max_read_request_size - computed: false, optional: true, required: false
  private _maxReadRequestSize?: string; 
  /**
  * Maximum size of a batch of operations read from the leader, an ES byte size such as `32mb`.
  */
  public get maxReadRequestSize() {
    return this.getStringAttribute('max_read_request_size');
  }
  public set maxReadRequestSize(value: string) {
    this._maxReadRequestSize = value;
  }
  public resetMaxReadRequestSize() {
    this._maxReadRequestSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxReadRequestSizeInput() {
    return this._maxReadRequestSize;
  }

  // max_retry_delay - computed: false, optional: true, required: false
  private _maxRetryDelay?: string; 
  /**
  * Maximum wait before retrying a failed operation, an ES time value such as `500ms`.
  */
  public get maxRetryDelay() {
    return this.getStringAttribute('max_retry_delay');
  }
  public set maxRetryDelay(value: string) {
    this._maxRetryDelay = value;
  }
  public resetMaxRetryDelay() {
    this._maxRetryDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetryDelayInput() {
    return this._maxRetryDelay;
  }

  // max_write_buffer_count - computed: false, optional: true, required: false
  private _maxWriteBufferCount?: number; 
  /**
  * Maximum number of operations queued for writing before reads from the leader pause.
  */
  public get maxWriteBufferCount() {
    return this.getNumberAttribute('max_write_buffer_count');
  }
  public set maxWriteBufferCount(value: number) {
    this._maxWriteBufferCount = value;
  }
  public resetMaxWriteBufferCount() {
    this._maxWriteBufferCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxWriteBufferCountInput() {
    return this._maxWriteBufferCount;
  }

  // max_write_buffer_size - computed: false, optional: true, required: false
  private _maxWriteBufferSize?: string; 
  /**
  * Maximum total size of queued operations before reads pause, an ES byte size such as `512mb`.
  */
  public get maxWriteBufferSize() {
    return this.getStringAttribute('max_write_buffer_size');
  }
  public set maxWriteBufferSize(value: string) {
    this._maxWriteBufferSize = value;
  }
  public resetMaxWriteBufferSize() {
    this._maxWriteBufferSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxWriteBufferSizeInput() {
    return this._maxWriteBufferSize;
  }

  // max_write_request_operation_count - computed: false, optional: true, required: false
  private _maxWriteRequestOperationCount?: number; 
  /**
  * Maximum number of operations per bulk write on the follower.
  */
  public get maxWriteRequestOperationCount() {
    return this.getNumberAttribute('max_write_request_operation_count');
  }
  public set maxWriteRequestOperationCount(value: number) {
    this._maxWriteRequestOperationCount = value;
  }
  public resetMaxWriteRequestOperationCount() {
    this._maxWriteRequestOperationCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxWriteRequestOperationCountInput() {
    return this._maxWriteRequestOperationCount;
  }

  // max_write_request_size - computed: false, optional: true, required: false
  private _maxWriteRequestSize?: string; 
  /**
  * Maximum size of a bulk write on the follower, an ES byte size such as `9223372036854775807b`.
  */
  public get maxWriteRequestSize() {
    return this.getStringAttribute('max_write_request_size');
  }
  public set maxWriteRequestSize(value: string) {
    this._maxWriteRequestSize = value;
  }
  public resetMaxWriteRequestSize() {
    this._maxWriteRequestSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxWriteRequestSizeInput() {
    return this._maxWriteRequestSize;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  /**
  * Name of the auto-follow pattern.
  */
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // read_poll_timeout - computed: false, optional: true, required: false
  private _readPollTimeout?: string; 
  /**
  * Wait for new operations on the leader when the follower is caught up, an ES time value such as `1m`.
  */
  public get readPollTimeout() {
    return this.getStringAttribute('read_poll_timeout');
  }
  public set readPollTimeout(value: string) {
    this._readPollTimeout = value;
  }
  public resetReadPollTimeout() {
    this._readPollTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readPollTimeoutInput() {
    return this._readPollTimeout;
  }

  // remote_cluster - computed: false, optional: false, required: true
  private _remoteCluster?: string; 
  /**
  * Alias of the remote (leader) cluster, as registered under `cluster.remote.<alias>` in cluster settings.
  */
  public get remoteCluster() {
    return this.getStringAttribute('remote_cluster');
  }
  public set remoteCluster(value: string) {
    this._remoteCluster = value;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteClusterInput() {
    return this._remoteCluster;
  }

  // settings_raw - computed: false, optional: true, required: false
  private _settingsRaw?: string; 
  /**
  * Index settings to apply to follower indices, as a JSON object encoded in a string.
  */
  public get settingsRaw() {
    return this.getStringAttribute('settings_raw');
  }
  public set settingsRaw(value: string) {
    this._settingsRaw = value;
  }
  public resetSettingsRaw() {
    this._settingsRaw = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get settingsRawInput() {
    return this._settingsRaw;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new ElasticsearchCcrAutoFollowPatternTimeoutsOutputReference(this, "timeouts");
  /**
  * Operation timeouts, each a Terraform duration string such as `30s`, `5m` or `1h`.
  */
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: ElasticsearchCcrAutoFollowPatternTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // elasticsearch_connection - computed: false, optional: true, required: false
  private _elasticsearchConnection = new ElasticsearchCcrAutoFollowPatternElasticsearchConnectionList(this, "elasticsearch_connection", false);
  /**
  * Elasticsearch connection for this resource only, overriding the provider configuration. Prefer a separate provider instance (an alias) per cluster.
  */
  public get elasticsearchConnection() {
    return this._elasticsearchConnection;
  }
  public putElasticsearchConnection(value: ElasticsearchCcrAutoFollowPatternElasticsearchConnection[] | cdktf.IResolvable) {
    this._elasticsearchConnection.internalValue = value;
  }
  public resetElasticsearchConnection() {
    this._elasticsearchConnection.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get elasticsearchConnectionInput() {
    return this._elasticsearchConnection.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      active: cdktf.booleanToTerraform(this._active),
      follow_index_pattern: cdktf.stringToTerraform(this._followIndexPattern),
      leader_index_exclusion_patterns: cdktf.listMapper(cdktf.stringToTerraform, false)(this._leaderIndexExclusionPatterns),
      leader_index_patterns: cdktf.listMapper(cdktf.stringToTerraform, false)(this._leaderIndexPatterns),
      max_outstanding_read_requests: cdktf.numberToTerraform(this._maxOutstandingReadRequests),
      max_outstanding_write_requests: cdktf.numberToTerraform(this._maxOutstandingWriteRequests),
      max_read_request_operation_count: cdktf.numberToTerraform(this._maxReadRequestOperationCount),
      max_read_request_size: cdktf.stringToTerraform(this._maxReadRequestSize),
      max_retry_delay: cdktf.stringToTerraform(this._maxRetryDelay),
      max_write_buffer_count: cdktf.numberToTerraform(this._maxWriteBufferCount),
      max_write_buffer_size: cdktf.stringToTerraform(this._maxWriteBufferSize),
      max_write_request_operation_count: cdktf.numberToTerraform(this._maxWriteRequestOperationCount),
      max_write_request_size: cdktf.stringToTerraform(this._maxWriteRequestSize),
      name: cdktf.stringToTerraform(this._name),
      read_poll_timeout: cdktf.stringToTerraform(this._readPollTimeout),
      remote_cluster: cdktf.stringToTerraform(this._remoteCluster),
      settings_raw: cdktf.stringToTerraform(this._settingsRaw),
      timeouts: elasticsearchCcrAutoFollowPatternTimeoutsToTerraform(this._timeouts.internalValue),
      elasticsearch_connection: cdktf.listMapper(elasticsearchCcrAutoFollowPatternElasticsearchConnectionToTerraform, true)(this._elasticsearchConnection.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      active: {
        value: cdktf.booleanToHclTerraform(this._active),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      follow_index_pattern: {
        value: cdktf.stringToHclTerraform(this._followIndexPattern),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      leader_index_exclusion_patterns: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._leaderIndexExclusionPatterns),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      leader_index_patterns: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._leaderIndexPatterns),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      max_outstanding_read_requests: {
        value: cdktf.numberToHclTerraform(this._maxOutstandingReadRequests),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_outstanding_write_requests: {
        value: cdktf.numberToHclTerraform(this._maxOutstandingWriteRequests),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_read_request_operation_count: {
        value: cdktf.numberToHclTerraform(this._maxReadRequestOperationCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_read_request_size: {
        value: cdktf.stringToHclTerraform(this._maxReadRequestSize),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_retry_delay: {
        value: cdktf.stringToHclTerraform(this._maxRetryDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_write_buffer_count: {
        value: cdktf.numberToHclTerraform(this._maxWriteBufferCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_write_buffer_size: {
        value: cdktf.stringToHclTerraform(this._maxWriteBufferSize),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_write_request_operation_count: {
        value: cdktf.numberToHclTerraform(this._maxWriteRequestOperationCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_write_request_size: {
        value: cdktf.stringToHclTerraform(this._maxWriteRequestSize),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      read_poll_timeout: {
        value: cdktf.stringToHclTerraform(this._readPollTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      remote_cluster: {
        value: cdktf.stringToHclTerraform(this._remoteCluster),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      settings_raw: {
        value: cdktf.stringToHclTerraform(this._settingsRaw),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: elasticsearchCcrAutoFollowPatternTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "ElasticsearchCcrAutoFollowPatternTimeouts",
      },
      elasticsearch_connection: {
        value: cdktf.listMapperHcl(elasticsearchCcrAutoFollowPatternElasticsearchConnectionToHclTerraform, true)(this._elasticsearchConnection.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ElasticsearchCcrAutoFollowPatternElasticsearchConnectionList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
