// https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/security_role
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SecurityRoleConfig extends cdktf.TerraformMetaArguments {
  /**
  * Cluster privileges on the local cluster, e.g. `["monitor"]`.
  */
  readonly cluster?: string[];
  /**
  * Privileges on local indices.
  */
  readonly indices?: SecurityRoleIndices[] | cdktf.IResolvable;
  /**
  * Arbitrary metadata, a JSON object (keys may not start with `_`). JSON text; compared by value, so key order and whitespace make no difference.
  */
  readonly metadata?: string;
  /**
  * Role name: 1 to 507 printable ASCII characters, no leading or trailing space. Changing it replaces the role.
  */
  readonly name: string;
  /**
  * Cluster privileges on remote clusters (Elasticsearch 8.15+).
  */
  readonly remoteCluster?: SecurityRoleRemoteCluster[] | cdktf.IResolvable;
  /**
  * Privileges on indices of remote clusters, e.g. `read`, `read_cross_cluster`, `view_index_metadata` for search, `cross_cluster_replication` for replication. Names carry no `<alias>:` prefix.
  */
  readonly remoteIndices?: SecurityRoleRemoteIndices[] | cdktf.IResolvable;
}
export interface SecurityRoleIndices {
  /**
  * Whether the patterns may match restricted (system) indices. Default false.
  */
  readonly allowRestrictedIndices?: boolean | cdktf.IResolvable;
  /**
  * Field level security: `{"grant": [...], "except": [...]}`. JSON text; compared by value, so key order and whitespace make no difference.
  */
  readonly fieldSecurity?: string;
  /**
  * Index names or patterns, e.g. `["logs-*"]`.
  */
  readonly names: string[];
  /**
  * Index privileges, e.g. `["read", "view_index_metadata"]`.
  */
  readonly privileges: string[];
  /**
  * Document level security: the query, a JSON object. JSON text; compared by value, so key order and whitespace make no difference.
  */
  readonly query?: string;
}

export function securityRoleIndicesToTerraform(struct?: SecurityRoleIndices | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_restricted_indices: cdktf.booleanToTerraform(struct!.allowRestrictedIndices),
    field_security: cdktf.stringToTerraform(struct!.fieldSecurity),
    names: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.names),
    privileges: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.privileges),
    query: cdktf.stringToTerraform(struct!.query),
  }
}


export function securityRoleIndicesToHclTerraform(struct?: SecurityRoleIndices | cdktf.IResolvable): any {
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
    privileges: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.privileges),
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

export class SecurityRoleIndicesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): SecurityRoleIndices | cdktf.IResolvable | undefined {
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
    if (this._privileges !== undefined) {
      hasAnyValues = true;
      internalValueResult.privileges = this._privileges;
    }
    if (this._query !== undefined) {
      hasAnyValues = true;
      internalValueResult.query = this._query;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SecurityRoleIndices | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowRestrictedIndices = undefined;
      this._fieldSecurity = undefined;
      this._names = undefined;
      this._privileges = undefined;
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
      this._privileges = value.privileges;
      this._query = value.query;
    }
  }

  // allow_restricted_indices - computed: false, optional: true, required: false
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

  // privileges - computed: false, optional: false, required: true
  private _privileges?: string[]; 
  public get privileges() {
    return this.getListAttribute('privileges');
  }
  public set privileges(value: string[]) {
    this._privileges = value;
  }
  // Temporarily expose input value. Use with caution.
  public get privilegesInput() {
    return this._privileges;
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

export class SecurityRoleIndicesList extends cdktf.ComplexList {
  public internalValue? : SecurityRoleIndices[] | cdktf.IResolvable

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
  public get(index: number): SecurityRoleIndicesOutputReference {
    return new SecurityRoleIndicesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SecurityRoleRemoteCluster {
  /**
  * Remote cluster aliases (wildcards allowed).
  */
  readonly clusters: string[];
  /**
  * `monitor_enrich` (Elasticsearch 8.15+, ES|QL ENRICH across clusters) and `monitor_stats` (8.17+); anything else is an error at plan time.
  */
  readonly privileges: string[];
}

export function securityRoleRemoteClusterToTerraform(struct?: SecurityRoleRemoteCluster | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    clusters: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.clusters),
    privileges: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.privileges),
  }
}


export function securityRoleRemoteClusterToHclTerraform(struct?: SecurityRoleRemoteCluster | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    clusters: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.clusters),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    privileges: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.privileges),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SecurityRoleRemoteClusterOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): SecurityRoleRemoteCluster | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._clusters !== undefined) {
      hasAnyValues = true;
      internalValueResult.clusters = this._clusters;
    }
    if (this._privileges !== undefined) {
      hasAnyValues = true;
      internalValueResult.privileges = this._privileges;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SecurityRoleRemoteCluster | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._clusters = undefined;
      this._privileges = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._clusters = value.clusters;
      this._privileges = value.privileges;
    }
  }

  // clusters - computed: false, optional: false, required: true
  private _clusters?: string[]; 
  public get clusters() {
    return this.getListAttribute('clusters');
  }
  public set clusters(value: string[]) {
    this._clusters = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clustersInput() {
    return this._clusters;
  }

  // privileges - computed: false, optional: false, required: true
  private _privileges?: string[]; 
  public get privileges() {
    return this.getListAttribute('privileges');
  }
  public set privileges(value: string[]) {
    this._privileges = value;
  }
  // Temporarily expose input value. Use with caution.
  public get privilegesInput() {
    return this._privileges;
  }
}

export class SecurityRoleRemoteClusterList extends cdktf.ComplexList {
  public internalValue? : SecurityRoleRemoteCluster[] | cdktf.IResolvable

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
  public get(index: number): SecurityRoleRemoteClusterOutputReference {
    return new SecurityRoleRemoteClusterOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface SecurityRoleRemoteIndices {
  /**
  * Whether the patterns may match restricted (system) indices. Default false.
  */
  readonly allowRestrictedIndices?: boolean | cdktf.IResolvable;
  /**
  * Remote cluster aliases (wildcards allowed), e.g. `["remote-a"]`.
  */
  readonly clusters: string[];
  /**
  * Field level security: `{"grant": [...], "except": [...]}`. JSON text; compared by value, so key order and whitespace make no difference.
  */
  readonly fieldSecurity?: string;
  /**
  * Index names or patterns, e.g. `["logs-*"]`.
  */
  readonly names: string[];
  /**
  * Index privileges, e.g. `["read", "view_index_metadata"]`.
  */
  readonly privileges: string[];
  /**
  * Document level security: the query, a JSON object. JSON text; compared by value, so key order and whitespace make no difference.
  */
  readonly query?: string;
}

export function securityRoleRemoteIndicesToTerraform(struct?: SecurityRoleRemoteIndices | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_restricted_indices: cdktf.booleanToTerraform(struct!.allowRestrictedIndices),
    clusters: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.clusters),
    field_security: cdktf.stringToTerraform(struct!.fieldSecurity),
    names: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.names),
    privileges: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.privileges),
    query: cdktf.stringToTerraform(struct!.query),
  }
}


export function securityRoleRemoteIndicesToHclTerraform(struct?: SecurityRoleRemoteIndices | cdktf.IResolvable): any {
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
    clusters: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.clusters),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
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
    privileges: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.privileges),
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

export class SecurityRoleRemoteIndicesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): SecurityRoleRemoteIndices | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowRestrictedIndices !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowRestrictedIndices = this._allowRestrictedIndices;
    }
    if (this._clusters !== undefined) {
      hasAnyValues = true;
      internalValueResult.clusters = this._clusters;
    }
    if (this._fieldSecurity !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldSecurity = this._fieldSecurity;
    }
    if (this._names !== undefined) {
      hasAnyValues = true;
      internalValueResult.names = this._names;
    }
    if (this._privileges !== undefined) {
      hasAnyValues = true;
      internalValueResult.privileges = this._privileges;
    }
    if (this._query !== undefined) {
      hasAnyValues = true;
      internalValueResult.query = this._query;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SecurityRoleRemoteIndices | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowRestrictedIndices = undefined;
      this._clusters = undefined;
      this._fieldSecurity = undefined;
      this._names = undefined;
      this._privileges = undefined;
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
      this._clusters = value.clusters;
      this._fieldSecurity = value.fieldSecurity;
      this._names = value.names;
      this._privileges = value.privileges;
      this._query = value.query;
    }
  }

  // allow_restricted_indices - computed: false, optional: true, required: false
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

  // clusters - computed: false, optional: false, required: true
  private _clusters?: string[]; 
  public get clusters() {
    return this.getListAttribute('clusters');
  }
  public set clusters(value: string[]) {
    this._clusters = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clustersInput() {
    return this._clusters;
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

  // privileges - computed: false, optional: false, required: true
  private _privileges?: string[]; 
  public get privileges() {
    return this.getListAttribute('privileges');
  }
  public set privileges(value: string[]) {
    this._privileges = value;
  }
  // Temporarily expose input value. Use with caution.
  public get privilegesInput() {
    return this._privileges;
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

export class SecurityRoleRemoteIndicesList extends cdktf.ComplexList {
  public internalValue? : SecurityRoleRemoteIndices[] | cdktf.IResolvable

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
  public get(index: number): SecurityRoleRemoteIndicesOutputReference {
    return new SecurityRoleRemoteIndicesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/security_role eccx_security_role}
*/
export class SecurityRole extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "eccx_security_role";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SecurityRole resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SecurityRole to import
  * @param importFromId The id of the existing SecurityRole that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/security_role#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SecurityRole to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "eccx_security_role", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/security_role eccx_security_role} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SecurityRoleConfig
  */
  public constructor(scope: Construct, id: string, config: SecurityRoleConfig) {
    super(scope, id, {
      terraformResourceType: 'eccx_security_role',
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
    this._cluster = config.cluster;
    this._indices.internalValue = config.indices;
    this._metadata = config.metadata;
    this._name = config.name;
    this._remoteCluster.internalValue = config.remoteCluster;
    this._remoteIndices.internalValue = config.remoteIndices;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cluster - computed: false, optional: true, required: false
  private _cluster?: string[]; 
  public get cluster() {
    return this.getListAttribute('cluster');
  }
  public set cluster(value: string[]) {
    this._cluster = value;
  }
  public resetCluster() {
    this._cluster = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterInput() {
    return this._cluster;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // indices - computed: false, optional: true, required: false
  private _indices = new SecurityRoleIndicesList(this, "indices", false);
  public get indices() {
    return this._indices;
  }
  public putIndices(value: SecurityRoleIndices[] | cdktf.IResolvable) {
    this._indices.internalValue = value;
  }
  public resetIndices() {
    this._indices.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indicesInput() {
    return this._indices.internalValue;
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

  // remote_cluster - computed: false, optional: true, required: false
  private _remoteCluster = new SecurityRoleRemoteClusterList(this, "remote_cluster", false);
  public get remoteCluster() {
    return this._remoteCluster;
  }
  public putRemoteCluster(value: SecurityRoleRemoteCluster[] | cdktf.IResolvable) {
    this._remoteCluster.internalValue = value;
  }
  public resetRemoteCluster() {
    this._remoteCluster.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteClusterInput() {
    return this._remoteCluster.internalValue;
  }

  // remote_indices - computed: false, optional: true, required: false
  private _remoteIndices = new SecurityRoleRemoteIndicesList(this, "remote_indices", false);
  public get remoteIndices() {
    return this._remoteIndices;
  }
  public putRemoteIndices(value: SecurityRoleRemoteIndices[] | cdktf.IResolvable) {
    this._remoteIndices.internalValue = value;
  }
  public resetRemoteIndices() {
    this._remoteIndices.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteIndicesInput() {
    return this._remoteIndices.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cluster: cdktf.listMapper(cdktf.stringToTerraform, false)(this._cluster),
      indices: cdktf.listMapper(securityRoleIndicesToTerraform, false)(this._indices.internalValue),
      metadata: cdktf.stringToTerraform(this._metadata),
      name: cdktf.stringToTerraform(this._name),
      remote_cluster: cdktf.listMapper(securityRoleRemoteClusterToTerraform, false)(this._remoteCluster.internalValue),
      remote_indices: cdktf.listMapper(securityRoleRemoteIndicesToTerraform, false)(this._remoteIndices.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cluster: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._cluster),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      indices: {
        value: cdktf.listMapperHcl(securityRoleIndicesToHclTerraform, false)(this._indices.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SecurityRoleIndicesList",
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
      remote_cluster: {
        value: cdktf.listMapperHcl(securityRoleRemoteClusterToHclTerraform, false)(this._remoteCluster.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SecurityRoleRemoteClusterList",
      },
      remote_indices: {
        value: cdktf.listMapperHcl(securityRoleRemoteIndicesToHclTerraform, false)(this._remoteIndices.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SecurityRoleRemoteIndicesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
