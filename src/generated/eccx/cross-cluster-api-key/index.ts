// https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/cross_cluster_api_key
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CrossClusterApiKeyConfig extends cdktf.TerraformMetaArguments {
  /**
  * What the key grants: `search` and/or `replication` entries (at least one).
  */
  readonly access: CrossClusterApiKeyAccess;
  /**
  * Elasticsearch 9.3+ (technical preview): a regular expression the subject DN of the local cluster's signing certificate must match.
  */
  readonly certificateIdentity?: string;
  /**
  * Time to live, an Elasticsearch time value such as `30d` or `12h`; omit for a key that never expires. A change updates the key in place on Elasticsearch 8.13 and later (the new expiry counts from the update) and replaces it before 8.13; removing it replaces the key.
  */
  readonly expiration?: string;
  /**
  * Arbitrary metadata, a JSON object (top-level keys may not start with `_`, and `eccx_create_token` is reserved). JSON text; compared by value, so key order and whitespace make no difference.
  */
  readonly metadata?: string;
  /**
  * Key name (1 to 256 characters, no leading `_`, no leading or trailing whitespace). Changing it replaces the key.
  */
  readonly name: string;
  /**
  * Rotate the key this long after it was created: an Elasticsearch time value such as `30d`, at most `expiration`. A plan that runs after that moment (by the cluster's clock) replaces the key; declare `create_before_destroy` so the new key exists before the old one is invalidated. Omit for no rotation.
  */
  readonly rotationPeriod?: string;
}
export interface CrossClusterApiKeyAccessReplication {
  /**
  * Whether the patterns may match restricted (system) indices. Default false.
  */
  readonly allowRestrictedIndices?: boolean | cdktf.IResolvable;
  /**
  * Index names or patterns on the remote cluster to replicate, e.g. `["archive-*"]`.
  */
  readonly names: string[];
}

export function crossClusterApiKeyAccessReplicationToTerraform(struct?: CrossClusterApiKeyAccessReplication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_restricted_indices: cdktf.booleanToTerraform(struct!.allowRestrictedIndices),
    names: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.names),
  }
}


export function crossClusterApiKeyAccessReplicationToHclTerraform(struct?: CrossClusterApiKeyAccessReplication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_restricted_indices: {
      value: cdktf.booleanToHclTerraform(struct!.allowRestrictedIndices),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    names: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.names),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CrossClusterApiKeyAccessReplicationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CrossClusterApiKeyAccessReplication | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowRestrictedIndices !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowRestrictedIndices = this._allowRestrictedIndices;
    }
    if (this._names !== undefined) {
      hasAnyValues = true;
      internalValueResult.names = this._names;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CrossClusterApiKeyAccessReplication | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowRestrictedIndices = undefined;
      this._names = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowRestrictedIndices = value.allowRestrictedIndices;
      this._names = value.names;
    }
  }

  // allow_restricted_indices - computed: true, optional: true, required: false
  private _allowRestrictedIndices?: boolean | cdktf.IResolvable; 
  public get allowRestrictedIndices() {
    return this.getBooleanAttribute('allow_restricted_indices');
  }
  public set allowRestrictedIndices(value: boolean | cdktf.IResolvable) {
    this._allowRestrictedIndices = value;
  }
  public resetAllowRestrictedIndices() {
    this._allowRestrictedIndices = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowRestrictedIndicesInput() {
    return this._allowRestrictedIndices;
  }

  // names - computed: false, optional: false, required: true
  private _names?: string[]; 
  public get names() {
    return this.getListAttribute('names');
  }
  public set names(value: string[]) {
    this._names = value;
  }
  // Temporarily expose input value. Use with caution.
  public get namesInput() {
    return this._names;
  }
}

export class CrossClusterApiKeyAccessReplicationList extends cdktf.ComplexList {
  public internalValue? : CrossClusterApiKeyAccessReplication[] | cdktf.IResolvable

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
  public get(index: number): CrossClusterApiKeyAccessReplicationOutputReference {
    return new CrossClusterApiKeyAccessReplicationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CrossClusterApiKeyAccessSearch {
  /**
  * Whether the patterns may match restricted (system) indices. Default false.
  */
  readonly allowRestrictedIndices?: boolean | cdktf.IResolvable;
  /**
  * Field level security: `{"grant": [...], "except": [...]}`. JSON text; compared by value, so key order and whitespace make no difference.
  */
  readonly fieldSecurity?: string;
  /**
  * Index names or patterns on the remote cluster, e.g. `["logs-*"]`.
  */
  readonly names: string[];
  /**
  * Document level security: the query, as a JSON object. JSON text; compared by value, so key order and whitespace make no difference.
  */
  readonly query?: string;
}

export function crossClusterApiKeyAccessSearchToTerraform(struct?: CrossClusterApiKeyAccessSearch | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_restricted_indices: cdktf.booleanToTerraform(struct!.allowRestrictedIndices),
    field_security: cdktf.stringToTerraform(struct!.fieldSecurity),
    names: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.names),
    query: cdktf.stringToTerraform(struct!.query),
  }
}


export function crossClusterApiKeyAccessSearchToHclTerraform(struct?: CrossClusterApiKeyAccessSearch | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_restricted_indices: {
      value: cdktf.booleanToHclTerraform(struct!.allowRestrictedIndices),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    field_security: {
      value: cdktf.stringToHclTerraform(struct!.fieldSecurity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    names: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.names),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    query: {
      value: cdktf.stringToHclTerraform(struct!.query),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CrossClusterApiKeyAccessSearchOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CrossClusterApiKeyAccessSearch | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowRestrictedIndices !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowRestrictedIndices = this._allowRestrictedIndices;
    }
    if (this._fieldSecurity !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldSecurity = this._fieldSecurity;
    }
    if (this._names !== undefined) {
      hasAnyValues = true;
      internalValueResult.names = this._names;
    }
    if (this._query !== undefined) {
      hasAnyValues = true;
      internalValueResult.query = this._query;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CrossClusterApiKeyAccessSearch | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowRestrictedIndices = undefined;
      this._fieldSecurity = undefined;
      this._names = undefined;
      this._query = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowRestrictedIndices = value.allowRestrictedIndices;
      this._fieldSecurity = value.fieldSecurity;
      this._names = value.names;
      this._query = value.query;
    }
  }

  // allow_restricted_indices - computed: true, optional: true, required: false
  private _allowRestrictedIndices?: boolean | cdktf.IResolvable; 
  public get allowRestrictedIndices() {
    return this.getBooleanAttribute('allow_restricted_indices');
  }
  public set allowRestrictedIndices(value: boolean | cdktf.IResolvable) {
    this._allowRestrictedIndices = value;
  }
  public resetAllowRestrictedIndices() {
    this._allowRestrictedIndices = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowRestrictedIndicesInput() {
    return this._allowRestrictedIndices;
  }

  // field_security - computed: false, optional: true, required: false
  private _fieldSecurity?: string; 
  public get fieldSecurity() {
    return this.getStringAttribute('field_security');
  }
  public set fieldSecurity(value: string) {
    this._fieldSecurity = value;
  }
  public resetFieldSecurity() {
    this._fieldSecurity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldSecurityInput() {
    return this._fieldSecurity;
  }

  // names - computed: false, optional: false, required: true
  private _names?: string[]; 
  public get names() {
    return this.getListAttribute('names');
  }
  public set names(value: string[]) {
    this._names = value;
  }
  // Temporarily expose input value. Use with caution.
  public get namesInput() {
    return this._names;
  }

  // query - computed: false, optional: true, required: false
  private _query?: string; 
  public get query() {
    return this.getStringAttribute('query');
  }
  public set query(value: string) {
    this._query = value;
  }
  public resetQuery() {
    this._query = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryInput() {
    return this._query;
  }
}

export class CrossClusterApiKeyAccessSearchList extends cdktf.ComplexList {
  public internalValue? : CrossClusterApiKeyAccessSearch[] | cdktf.IResolvable

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
  public get(index: number): CrossClusterApiKeyAccessSearchOutputReference {
    return new CrossClusterApiKeyAccessSearchOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CrossClusterApiKeyAccess {
  /**
  * Cross-cluster replication access (no document or field level security).
  */
  readonly replication?: CrossClusterApiKeyAccessReplication[] | cdktf.IResolvable;
  /**
  * Cross-cluster search access.
  */
  readonly search?: CrossClusterApiKeyAccessSearch[] | cdktf.IResolvable;
}

export function crossClusterApiKeyAccessToTerraform(struct?: CrossClusterApiKeyAccess | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    replication: cdktf.listMapper(crossClusterApiKeyAccessReplicationToTerraform, false)(struct!.replication),
    search: cdktf.listMapper(crossClusterApiKeyAccessSearchToTerraform, false)(struct!.search),
  }
}


export function crossClusterApiKeyAccessToHclTerraform(struct?: CrossClusterApiKeyAccess | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    replication: {
      value: cdktf.listMapperHcl(crossClusterApiKeyAccessReplicationToHclTerraform, false)(struct!.replication),
      isBlock: true,
      type: "list",
      storageClassType: "CrossClusterApiKeyAccessReplicationList",
    },
    search: {
      value: cdktf.listMapperHcl(crossClusterApiKeyAccessSearchToHclTerraform, false)(struct!.search),
      isBlock: true,
      type: "list",
      storageClassType: "CrossClusterApiKeyAccessSearchList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CrossClusterApiKeyAccessOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CrossClusterApiKeyAccess | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._replication?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.replication = this._replication?.internalValue;
    }
    if (this._search?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.search = this._search?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CrossClusterApiKeyAccess | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._replication.internalValue = undefined;
      this._search.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._replication.internalValue = value.replication;
      this._search.internalValue = value.search;
    }
  }

  // replication - computed: false, optional: true, required: false
  private _replication = new CrossClusterApiKeyAccessReplicationList(this, "replication", false);
  public get replication() {
    return this._replication;
  }
  public putReplication(value: CrossClusterApiKeyAccessReplication[] | cdktf.IResolvable) {
    this._replication.internalValue = value;
  }
  public resetReplication() {
    this._replication.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicationInput() {
    return this._replication.internalValue;
  }

  // search - computed: false, optional: true, required: false
  private _search = new CrossClusterApiKeyAccessSearchList(this, "search", false);
  public get search() {
    return this._search;
  }
  public putSearch(value: CrossClusterApiKeyAccessSearch[] | cdktf.IResolvable) {
    this._search.internalValue = value;
  }
  public resetSearch() {
    this._search.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get searchInput() {
    return this._search.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/cross_cluster_api_key eccx_cross_cluster_api_key}
*/
export class CrossClusterApiKey extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "eccx_cross_cluster_api_key";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CrossClusterApiKey resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CrossClusterApiKey to import
  * @param importFromId The id of the existing CrossClusterApiKey that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/cross_cluster_api_key#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CrossClusterApiKey to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "eccx_cross_cluster_api_key", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/cross_cluster_api_key eccx_cross_cluster_api_key} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CrossClusterApiKeyConfig
  */
  public constructor(scope: Construct, id: string, config: CrossClusterApiKeyConfig) {
    super(scope, id, {
      terraformResourceType: 'eccx_cross_cluster_api_key',
      terraformGeneratorMetadata: {
        providerName: 'eccx'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._access.internalValue = config.access;
    this._certificateIdentity = config.certificateIdentity;
    this._expiration = config.expiration;
    this._metadata = config.metadata;
    this._name = config.name;
    this._rotationPeriod = config.rotationPeriod;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access - computed: false, optional: false, required: true
  private _access = new CrossClusterApiKeyAccessOutputReference(this, "access");
  public get access() {
    return this._access;
  }
  public putAccess(value: CrossClusterApiKeyAccess) {
    this._access.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get accessInput() {
    return this._access.internalValue;
  }

  // api_key - computed: true, optional: false, required: false
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }

  // certificate_identity - computed: false, optional: true, required: false
  private _certificateIdentity?: string; 
  public get certificateIdentity() {
    return this.getStringAttribute('certificate_identity');
  }
  public set certificateIdentity(value: string) {
    this._certificateIdentity = value;
  }
  public resetCertificateIdentity() {
    this._certificateIdentity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certificateIdentityInput() {
    return this._certificateIdentity;
  }

  // create_token - computed: true, optional: false, required: false
  public get createToken() {
    return this.getStringAttribute('create_token');
  }

  // creation_timestamp - computed: true, optional: false, required: false
  public get creationTimestamp() {
    return this.getNumberAttribute('creation_timestamp');
  }

  // encoded - computed: true, optional: false, required: false
  public get encoded() {
    return this.getStringAttribute('encoded');
  }

  // expiration - computed: false, optional: true, required: false
  private _expiration?: string; 
  public get expiration() {
    return this.getStringAttribute('expiration');
  }
  public set expiration(value: string) {
    this._expiration = value;
  }
  public resetExpiration() {
    this._expiration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expirationInput() {
    return this._expiration;
  }

  // expiration_timestamp - computed: true, optional: false, required: false
  public get expirationTimestamp() {
    return this.getNumberAttribute('expiration_timestamp');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key_id - computed: true, optional: false, required: false
  public get keyId() {
    return this.getStringAttribute('key_id');
  }

  // metadata - computed: false, optional: true, required: false
  private _metadata?: string; 
  public get metadata() {
    return this.getStringAttribute('metadata');
  }
  public set metadata(value: string) {
    this._metadata = value;
  }
  public resetMetadata() {
    this._metadata = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metadataInput() {
    return this._metadata;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
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

  // rotation_period - computed: false, optional: true, required: false
  private _rotationPeriod?: string; 
  public get rotationPeriod() {
    return this.getStringAttribute('rotation_period');
  }
  public set rotationPeriod(value: string) {
    this._rotationPeriod = value;
  }
  public resetRotationPeriod() {
    this._rotationPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rotationPeriodInput() {
    return this._rotationPeriod;
  }

  // rotation_timestamp - computed: true, optional: false, required: false
  public get rotationTimestamp() {
    return this.getNumberAttribute('rotation_timestamp');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      access: crossClusterApiKeyAccessToTerraform(this._access.internalValue),
      certificate_identity: cdktf.stringToTerraform(this._certificateIdentity),
      expiration: cdktf.stringToTerraform(this._expiration),
      metadata: cdktf.stringToTerraform(this._metadata),
      name: cdktf.stringToTerraform(this._name),
      rotation_period: cdktf.stringToTerraform(this._rotationPeriod),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access: {
        value: crossClusterApiKeyAccessToHclTerraform(this._access.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "CrossClusterApiKeyAccess",
      },
      certificate_identity: {
        value: cdktf.stringToHclTerraform(this._certificateIdentity),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      expiration: {
        value: cdktf.stringToHclTerraform(this._expiration),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      metadata: {
        value: cdktf.stringToHclTerraform(this._metadata),
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
      rotation_period: {
        value: cdktf.stringToHclTerraform(this._rotationPeriod),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
