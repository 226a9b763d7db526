// https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface EccxProviderConfig {
  /**
  * Encoded API key. Elasticsearch refuses cross-cluster API key calls authenticated by an API key: use username and password for those.
  */
  readonly apiKey?: string;
  /**
  * PEM CA certificate to trust.
  */
  readonly caData?: string;
  /**
  * Path to a PEM CA certificate to trust.
  */
  readonly caFile?: string;
  /**
  * Elasticsearch URLs, e.g. `https://localhost:9200`.
  */
  readonly endpoints?: string[];
  /**
  * An Elasticsearch time value, e.g. `14d` or `36h`: every plan and apply warns about each cross-cluster API key that expires within this window (by the cluster's clock). Default `14d`; `0s` turns the warning off; a negative value is an error.
  */
  readonly expiryWarningWindow?: string;
  /**
  * Skip TLS certificate verification. Default false.
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Basic authentication password.
  */
  readonly password?: string;
  /**
  * Seconds to wait for each Elasticsearch response before the call fails with a diagnostic. Default 30.
  */
  readonly requestTimeout?: number;
  /**
  * Basic authentication user.
  */
  readonly username?: string;
  /**
  * Alias name
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs eccx}
*/
export class EccxProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "eccx";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a EccxProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the EccxProvider to import
  * @param importFromId The id of the existing EccxProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the EccxProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "eccx", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-elastic-cross-cluster/eccx/latest/docs eccx} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options EccxProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: EccxProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'eccx',
      terraformGeneratorMetadata: {
        providerName: 'eccx'
      },
      terraformProviderSource: 'cdktf-elastic-cross-cluster/eccx'
    });
    this._apiKey = config.apiKey;
    this._caData = config.caData;
    this._caFile = config.caFile;
    this._endpoints = config.endpoints;
    this._expiryWarningWindow = config.expiryWarningWindow;
    this._insecure = config.insecure;
    this._password = config.password;
    this._requestTimeout = config.requestTimeout;
    this._username = config.username;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this._apiKey;
  }
  public set apiKey(value: string | undefined) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // ca_data - computed: false, optional: true, required: false
  private _caData?: string; 
  public get caData() {
    return this._caData;
  }
  public set caData(value: string | undefined) {
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
    return this._caFile;
  }
  public set caFile(value: string | undefined) {
    this._caFile = value;
  }
  public resetCaFile() {
    this._caFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caFileInput() {
    return this._caFile;
  }

  // endpoints - computed: false, optional: true, required: false
  private _endpoints?: string[]; 
  public get endpoints() {
    return this._endpoints;
  }
  public set endpoints(value: string[] | undefined) {
    this._endpoints = value;
  }
  public resetEndpoints() {
    this._endpoints = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints;
  }

  // expiry_warning_window - computed: false, optional: true, required: false
  private _expiryWarningWindow?: string; 
  public get expiryWarningWindow() {
    return this._expiryWarningWindow;
  }
  public set expiryWarningWindow(value: string | undefined) {
    this._expiryWarningWindow = value;
  }
  public resetExpiryWarningWindow() {
    this._expiryWarningWindow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expiryWarningWindowInput() {
    return this._expiryWarningWindow;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktf.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this._password;
  }
  public set password(value: string | undefined) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // request_timeout - computed: false, optional: true, required: false
  private _requestTimeout?: number; 
  public get requestTimeout() {
    return this._requestTimeout;
  }
  public set requestTimeout(value: number | undefined) {
    this._requestTimeout = value;
  }
  public resetRequestTimeout() {
    this._requestTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestTimeoutInput() {
    return this._requestTimeout;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this._username;
  }
  public set username(value: string | undefined) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api_key: cdktf.stringToTerraform(this._apiKey),
      ca_data: cdktf.stringToTerraform(this._caData),
      ca_file: cdktf.stringToTerraform(this._caFile),
      endpoints: cdktf.listMapper(cdktf.stringToTerraform, false)(this._endpoints),
      expiry_warning_window: cdktf.stringToTerraform(this._expiryWarningWindow),
      insecure: cdktf.booleanToTerraform(this._insecure),
      password: cdktf.stringToTerraform(this._password),
      request_timeout: cdktf.numberToTerraform(this._requestTimeout),
      username: cdktf.stringToTerraform(this._username),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_key: {
        value: cdktf.stringToHclTerraform(this._apiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ca_data: {
        value: cdktf.stringToHclTerraform(this._caData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ca_file: {
        value: cdktf.stringToHclTerraform(this._caFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoints: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._endpoints),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      expiry_warning_window: {
        value: cdktf.stringToHclTerraform(this._expiryWarningWindow),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure: {
        value: cdktf.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      request_timeout: {
        value: cdktf.numberToHclTerraform(this._requestTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
