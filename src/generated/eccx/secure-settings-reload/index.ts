// https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/secure_settings_reload
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SecureSettingsReloadConfig extends cdktf.TerraformMetaArguments {
  /**
  * Nodes to reload (ids, names or `_local`); default every node. Every node that serves the alias needs the credential.
  */
  readonly nodeIds?: string[];
  /**
  * The keystore password, when the keystore is password protected.
  */
  readonly secureSettingsPassword?: string;
  /**
  * Any values; a change reloads again, e.g. `{ key = sha256(<encoded key>) }` or the delivery's id.
  */
  readonly triggers?: { [key: string]: string };
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/secure_settings_reload eccx_secure_settings_reload}
*/
export class SecureSettingsReload extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "eccx_secure_settings_reload";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SecureSettingsReload resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SecureSettingsReload to import
  * @param importFromId The id of the existing SecureSettingsReload that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/secure_settings_reload#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SecureSettingsReload to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "eccx_secure_settings_reload", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs/resources/secure_settings_reload eccx_secure_settings_reload} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SecureSettingsReloadConfig = {}
  */
  public constructor(scope: Construct, id: string, config: SecureSettingsReloadConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'eccx_secure_settings_reload',
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
    this._nodeIds = config.nodeIds;
    this._secureSettingsPassword = config.secureSettingsPassword;
    this._triggers = config.triggers;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // node_ids - computed: false, optional: true, required: false
  private _nodeIds?: string[]; 
  public get nodeIds() {
    return this.getListAttribute('node_ids');
  }
  public set nodeIds(value: string[]) {
    this._nodeIds = value;
  }
  public resetNodeIds() {
    this._nodeIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeIdsInput() {
    return this._nodeIds;
  }

  // reloaded_nodes - computed: true, optional: false, required: false
  public get reloadedNodes() {
    return this.getListAttribute('reloaded_nodes');
  }

  // secure_settings_password - computed: false, optional: true, required: false
  private _secureSettingsPassword?: string; 
  public get secureSettingsPassword() {
    return this.getStringAttribute('secure_settings_password');
  }
  public set secureSettingsPassword(value: string) {
    this._secureSettingsPassword = value;
  }
  public resetSecureSettingsPassword() {
    this._secureSettingsPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secureSettingsPasswordInput() {
    return this._secureSettingsPassword;
  }

  // triggers - computed: false, optional: true, required: false
  private _triggers?: { [key: string]: string }; 
  public get triggers() {
    return this.getStringMapAttribute('triggers');
  }
  public set triggers(value: { [key: string]: string }) {
    this._triggers = value;
  }
  public resetTriggers() {
    this._triggers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get triggersInput() {
    return this._triggers;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      node_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodeIds),
      secure_settings_password: cdktf.stringToTerraform(this._secureSettingsPassword),
      triggers: cdktf.hashMapper(cdktf.stringToTerraform)(this._triggers),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      node_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nodeIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      secure_settings_password: {
        value: cdktf.stringToHclTerraform(this._secureSettingsPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      triggers: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._triggers),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
