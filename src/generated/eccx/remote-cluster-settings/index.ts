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
  * Whether searches skip this remote when it is unavailable. Default (left out): Elasticsearch's, `true` from 8.15, `false` before.
  */
  readonly skipUnavailable?: boolean | cdktf.IResolvable;
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
