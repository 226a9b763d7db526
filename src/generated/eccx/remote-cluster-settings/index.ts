// https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/remote_cluster_settings
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RemoteClusterSettingsConfig extends cdktf.TerraformMetaArguments {
  /**
  * The remote cluster alias: lowercase letters, digits, `-` and `_`. The same alias names the keystore entry `cluster.remote.<alias>.credentials` and `remote_indices.clusters`. Changing it replaces the settings.
  */
  readonly alias: string;
  /**
  * `sniff` or `proxy`. Default: `proxy` when `proxy_address` is given, else `sniff`. Elastic Cloud, ECE and ECK remotes need `proxy`.
  */
  readonly mode?: string;
  /**
  * Sniff mode: connections per remote node (Elasticsearch default 3).
  */
  readonly nodeConnections?: number;
  /**
  * Proxy mode: one `host:port`, e.g. the remote deployment's `<host>:9443`.
  */
  readonly proxyAddress?: string;
  /**
  * Proxy mode: socket connections (Elasticsearch default 18).
  */
  readonly proxySocketConnections?: number;
  /**
  * Sniff mode: `host:port` addresses of remote nodes, port 9443 (the remote cluster server) for the API-key model.
  */
  readonly seeds?: string[];
  /**
  * Proxy mode: the TLS SNI host name of the remote cluster server.
  */
  readonly serverName?: string;
  /**
  * Elasticsearch 9.3+: how the local cluster signs its requests to this remote, for a cross-cluster API key with `certificate_identity`; written as `cluster.remote.<alias>.signing.*`. A PEM pair (`certificate`, `key`) or a keystore (`keystore_path`), paths on every local node relative to its config directory. Passwords are secure settings in the local keystore, never here. Left out: no signing settings (removed if they were set).
  */
  readonly signing?: RemoteClusterSettingsSigning;
  /**
  * Whether searches skip this remote when it is unavailable. Default (left out): Elasticsearch's, `true` from 8.15, `false` before.
  */
  readonly skipUnavailable?: boolean | cdktf.IResolvable;
}
export interface RemoteClusterSettingsSigning {
  /**
  * `cluster.remote.<alias>.signing.certificate`.
  */
  readonly certificate?: string;
  /**
  * `cluster.remote.<alias>.signing.key`.
  */
  readonly key?: string;
  /**
  * `cluster.remote.<alias>.signing.keystore.algorithm`.
  */
  readonly keystoreAlgorithm?: string;
  /**
  * `cluster.remote.<alias>.signing.keystore.alias`.
  */
  readonly keystoreAlias?: string;
  /**
  * `cluster.remote.<alias>.signing.keystore.path`.
  */
  readonly keystorePath?: string;
  /**
  * `cluster.remote.<alias>.signing.keystore.type`.
  */
  readonly keystoreType?: string;
}

export function remoteClusterSettingsSigningToTerraform(struct?: RemoteClusterSettingsSigning | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    certificate: cdktf.stringToTerraform(struct!.certificate),
    key: cdktf.stringToTerraform(struct!.key),
    keystore_algorithm: cdktf.stringToTerraform(struct!.keystoreAlgorithm),
    keystore_alias: cdktf.stringToTerraform(struct!.keystoreAlias),
    keystore_path: cdktf.stringToTerraform(struct!.keystorePath),
    keystore_type: cdktf.stringToTerraform(struct!.keystoreType),
  }
}


export function remoteClusterSettingsSigningToHclTerraform(struct?: RemoteClusterSettingsSigning | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    certificate: {
      value: cdktf.stringToHclTerraform(struct!.certificate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    keystore_algorithm: {
      value: cdktf.stringToHclTerraform(struct!.keystoreAlgorithm),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    keystore_alias: {
      value: cdktf.stringToHclTerraform(struct!.keystoreAlias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    keystore_path: {
      value: cdktf.stringToHclTerraform(struct!.keystorePath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    keystore_type: {
      value: cdktf.stringToHclTerraform(struct!.keystoreType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RemoteClusterSettingsSigningOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RemoteClusterSettingsSigning | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._certificate !== undefined) {
      hasAnyValues = true;
      internalValueResult.certificate = this._certificate;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._keystoreAlgorithm !== undefined) {
      hasAnyValues = true;
      internalValueResult.keystoreAlgorithm = this._keystoreAlgorithm;
    }
    if (this._keystoreAlias !== undefined) {
      hasAnyValues = true;
      internalValueResult.keystoreAlias = this._keystoreAlias;
    }
    if (this._keystorePath !== undefined) {
      hasAnyValues = true;
      internalValueResult.keystorePath = this._keystorePath;
    }
    if (this._keystoreType !== undefined) {
      hasAnyValues = true;
      internalValueResult.keystoreType = this._keystoreType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RemoteClusterSettingsSigning | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._certificate = undefined;
      this._key = undefined;
      this._keystoreAlgorithm = undefined;
      this._keystoreAlias = undefined;
      this._keystorePath = undefined;
      this._keystoreType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._certificate = value.certificate;
      this._key = value.key;
      this._keystoreAlgorithm = value.keystoreAlgorithm;
      this._keystoreAlias = value.keystoreAlias;
      this._keystorePath = value.keystorePath;
      this._keystoreType = value.keystoreType;
    }
  }

  // certificate - computed: false, optional: true, required: false
  private _certificate?: string; 
  public get certificate() {
    return this.getStringAttribute('certificate');
  }
  public set certificate(value: string) {
    this._certificate = value;
  }
  public resetCertificate() {
    this._certificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certificateInput() {
    return this._certificate;
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // keystore_algorithm - computed: false, optional: true, required: false
  private _keystoreAlgorithm?: string; 
  public get keystoreAlgorithm() {
    return this.getStringAttribute('keystore_algorithm');
  }
  public set keystoreAlgorithm(value: string) {
    this._keystoreAlgorithm = value;
  }
  public resetKeystoreAlgorithm() {
    this._keystoreAlgorithm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keystoreAlgorithmInput() {
    return this._keystoreAlgorithm;
  }

  // keystore_alias - computed: false, optional: true, required: false
  private _keystoreAlias?: string; 
  public get keystoreAlias() {
    return this.getStringAttribute('keystore_alias');
  }
  public set keystoreAlias(value: string) {
    this._keystoreAlias = value;
  }
  public resetKeystoreAlias() {
    this._keystoreAlias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keystoreAliasInput() {
    return this._keystoreAlias;
  }

  // keystore_path - computed: false, optional: true, required: false
  private _keystorePath?: string; 
  public get keystorePath() {
    return this.getStringAttribute('keystore_path');
  }
  public set keystorePath(value: string) {
    this._keystorePath = value;
  }
  public resetKeystorePath() {
    this._keystorePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keystorePathInput() {
    return this._keystorePath;
  }

  // keystore_type - computed: false, optional: true, required: false
  private _keystoreType?: string; 
  public get keystoreType() {
    return this.getStringAttribute('keystore_type');
  }
  public set keystoreType(value: string) {
    this._keystoreType = value;
  }
  public resetKeystoreType() {
    this._keystoreType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keystoreTypeInput() {
    return this._keystoreType;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/remote_cluster_settings eccx_remote_cluster_settings}
*/
export class RemoteClusterSettings extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "eccx_remote_cluster_settings";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a RemoteClusterSettings resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the RemoteClusterSettings to import
  * @param importFromId The id of the existing RemoteClusterSettings that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/remote_cluster_settings#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the RemoteClusterSettings to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "eccx_remote_cluster_settings", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/remote_cluster_settings eccx_remote_cluster_settings} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RemoteClusterSettingsConfig
  */
  public constructor(scope: Construct, id: string, config: RemoteClusterSettingsConfig) {
    super(scope, id, {
      terraformResourceType: 'eccx_remote_cluster_settings',
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
    this._alias = config.alias;
    this._mode = config.mode;
    this._nodeConnections = config.nodeConnections;
    this._proxyAddress = config.proxyAddress;
    this._proxySocketConnections = config.proxySocketConnections;
    this._seeds = config.seeds;
    this._serverName = config.serverName;
    this._signing.internalValue = config.signing;
    this._skipUnavailable = config.skipUnavailable;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alias - computed: false, optional: false, required: true
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // mode - computed: true, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // node_connections - computed: false, optional: true, required: false
  private _nodeConnections?: number; 
  public get nodeConnections() {
    return this.getNumberAttribute('node_connections');
  }
  public set nodeConnections(value: number) {
    this._nodeConnections = value;
  }
  public resetNodeConnections() {
    this._nodeConnections = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeConnectionsInput() {
    return this._nodeConnections;
  }

  // proxy_address - computed: false, optional: true, required: false
  private _proxyAddress?: string; 
  public get proxyAddress() {
    return this.getStringAttribute('proxy_address');
  }
  public set proxyAddress(value: string) {
    this._proxyAddress = value;
  }
  public resetProxyAddress() {
    this._proxyAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get proxyAddressInput() {
    return this._proxyAddress;
  }

  // proxy_socket_connections - computed: false, optional: true, required: false
  private _proxySocketConnections?: number; 
  public get proxySocketConnections() {
    return this.getNumberAttribute('proxy_socket_connections');
  }
  public set proxySocketConnections(value: number) {
    this._proxySocketConnections = value;
  }
  public resetProxySocketConnections() {
    this._proxySocketConnections = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get proxySocketConnectionsInput() {
    return this._proxySocketConnections;
  }

  // seeds - computed: false, optional: true, required: false
  private _seeds?: string[]; 
  public get seeds() {
    return this.getListAttribute('seeds');
  }
  public set seeds(value: string[]) {
    this._seeds = value;
  }
  public resetSeeds() {
    this._seeds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get seedsInput() {
    return this._seeds;
  }

  // server_name - computed: false, optional: true, required: false
  private _serverName?: string; 
  public get serverName() {
    return this.getStringAttribute('server_name');
  }
  public set serverName(value: string) {
    this._serverName = value;
  }
  public resetServerName() {
    this._serverName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverNameInput() {
    return this._serverName;
  }

  // signing - computed: false, optional: true, required: false
  private _signing = new RemoteClusterSettingsSigningOutputReference(this, "signing");
  public get signing() {
    return this._signing;
  }
  public putSigning(value: RemoteClusterSettingsSigning) {
    this._signing.internalValue = value;
  }
  public resetSigning() {
    this._signing.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get signingInput() {
    return this._signing.internalValue;
  }

  // skip_unavailable - computed: false, optional: true, required: false
  private _skipUnavailable?: boolean | cdktf.IResolvable; 
  public get skipUnavailable() {
    return this.getBooleanAttribute('skip_unavailable');
  }
  public set skipUnavailable(value: boolean | cdktf.IResolvable) {
    this._skipUnavailable = value;
  }
  public resetSkipUnavailable() {
    this._skipUnavailable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skipUnavailableInput() {
    return this._skipUnavailable;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: cdktf.stringToTerraform(this._alias),
      mode: cdktf.stringToTerraform(this._mode),
      node_connections: cdktf.numberToTerraform(this._nodeConnections),
      proxy_address: cdktf.stringToTerraform(this._proxyAddress),
      proxy_socket_connections: cdktf.numberToTerraform(this._proxySocketConnections),
      seeds: cdktf.listMapper(cdktf.stringToTerraform, false)(this._seeds),
      server_name: cdktf.stringToTerraform(this._serverName),
      signing: remoteClusterSettingsSigningToTerraform(this._signing.internalValue),
      skip_unavailable: cdktf.booleanToTerraform(this._skipUnavailable),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mode: {
        value: cdktf.stringToHclTerraform(this._mode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      node_connections: {
        value: cdktf.numberToHclTerraform(this._nodeConnections),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      proxy_address: {
        value: cdktf.stringToHclTerraform(this._proxyAddress),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      proxy_socket_connections: {
        value: cdktf.numberToHclTerraform(this._proxySocketConnections),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      seeds: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._seeds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      server_name: {
        value: cdktf.stringToHclTerraform(this._serverName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      signing: {
        value: remoteClusterSettingsSigningToHclTerraform(this._signing.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "RemoteClusterSettingsSigning",
      },
      skip_unavailable: {
        value: cdktf.booleanToHclTerraform(this._skipUnavailable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
