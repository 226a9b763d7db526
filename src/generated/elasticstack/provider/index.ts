// https://registry.terraform.io/providers/elastic/elasticstack/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ElasticstackProviderConfig {
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#alias ElasticstackProvider#alias}
  */
  readonly alias?: string;
  /**
  * Connection to Elasticsearch used by every resource of this provider instance (one block). Use one provider instance per cluster: the remote cluster issues cross-cluster API keys, the local cluster stores them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#elasticsearch ElasticstackProvider#elasticsearch}
  */
  readonly elasticsearch?: ElasticstackProviderElasticsearch[] | cdktf.IResolvable;
  /**
  * Connection to Fleet. Not used by this library.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#fleet ElasticstackProvider#fleet}
  */
  readonly fleet?: ElasticstackProviderFleet[] | cdktf.IResolvable;
  /**
  * Connection to Kibana. Not used by this library.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#kibana ElasticstackProvider#kibana}
  */
  readonly kibana?: ElasticstackProviderKibana[] | cdktf.IResolvable;
}
export interface ElasticstackProviderElasticsearch {
  /**
  * API key sent as `Authorization: ApiKey <value>` (base64 of `id:api_key`). Sensitive. Elasticsearch refuses to create or update cross-cluster API keys for a caller authenticated with an API key: use `username`/`password` or `bearer_token` for the cluster that issues the keys.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#api_key ElasticstackProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Token sent as `Authorization: Bearer <value>` (token service, OAuth2 or JWT realm). Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#bearer_token ElasticstackProvider#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * PEM text of the CA certificates that verify the server certificate (instead of `ca_file`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#ca_data ElasticstackProvider#ca_data}
  */
  readonly caData?: string;
  /**
  * Path of a PEM file with the CA certificates that verify the server certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#ca_file ElasticstackProvider#ca_file}
  */
  readonly caFile?: string;
  /**
  * SHA-256 fingerprint (hex) of the CA certificate that signed the server certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#ca_fingerprint ElasticstackProvider#ca_fingerprint}
  */
  readonly caFingerprint?: string;
  /**
  * PEM text of the client certificate for TLS client authentication (instead of `cert_file`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#cert_data ElasticstackProvider#cert_data}
  */
  readonly certData?: string;
  /**
  * Path of a PEM client certificate for TLS client authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#cert_file ElasticstackProvider#cert_file}
  */
  readonly certFile?: string;
  /**
  * Elasticsearch HTTP endpoints, as URLs such as `https://es.example.com:9200`. This is the REST port, not the remote cluster port 9443. Sensitive in the provider schema.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#endpoints ElasticstackProvider#endpoints}
  */
  readonly endpoints?: string[];
  /**
  * Value of the `ES-Client-Authentication` header sent with a JWT `bearer_token`, e.g. `SharedSecret <secret>`. Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#es_client_authentication ElasticstackProvider#es_client_authentication}
  */
  readonly esClientAuthentication?: string;
  /**
  * Extra HTTP headers sent with every request, header name to value. Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#headers ElasticstackProvider#headers}
  */
  readonly headers?: { [key: string]: string };
  /**
  * Skip verification of the server certificate. Default `false`; for throw-away test clusters only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#insecure ElasticstackProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * PEM text of the private key of the client certificate (instead of `key_file`). Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#key_data ElasticstackProvider#key_data}
  */
  readonly keyData?: string;
  /**
  * Path of the PEM private key of the client certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#key_file ElasticstackProvider#key_file}
  */
  readonly keyFile?: string;
  /**
  * Password of `username` for HTTP basic authentication. Sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#password ElasticstackProvider#password}
  */
  readonly password?: string;
  /**
  * User for HTTP basic authentication. Creating or updating a cross-cluster API key needs the `manage_security` cluster privilege.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#username ElasticstackProvider#username}
  */
  readonly username?: string;
}

export function elasticstackProviderElasticsearchToTerraform(struct?: ElasticstackProviderElasticsearch | cdktf.IResolvable): any {
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


export function elasticstackProviderElasticsearchToHclTerraform(struct?: ElasticstackProviderElasticsearch | cdktf.IResolvable): any {
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

export interface ElasticstackProviderFleet {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#api_key ElasticstackProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#bearer_token ElasticstackProvider#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#ca_certs ElasticstackProvider#ca_certs}
  */
  readonly caCerts?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#endpoint ElasticstackProvider#endpoint}
  */
  readonly endpoint?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#insecure ElasticstackProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#password ElasticstackProvider#password}
  */
  readonly password?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#username ElasticstackProvider#username}
  */
  readonly username?: string;
}

export function elasticstackProviderFleetToTerraform(struct?: ElasticstackProviderFleet | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    api_key: cdktf.stringToTerraform(struct!.apiKey),
    bearer_token: cdktf.stringToTerraform(struct!.bearerToken),
    ca_certs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.caCerts),
    endpoint: cdktf.stringToTerraform(struct!.endpoint),
    insecure: cdktf.booleanToTerraform(struct!.insecure),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function elasticstackProviderFleetToHclTerraform(struct?: ElasticstackProviderFleet | cdktf.IResolvable): any {
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
    ca_certs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.caCerts),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    endpoint: {
      value: cdktf.stringToHclTerraform(struct!.endpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    insecure: {
      value: cdktf.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
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

export interface ElasticstackProviderKibana {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#api_key ElasticstackProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#bearer_token ElasticstackProvider#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#ca_certs ElasticstackProvider#ca_certs}
  */
  readonly caCerts?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#endpoints ElasticstackProvider#endpoints}
  */
  readonly endpoints?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#insecure ElasticstackProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#password ElasticstackProvider#password}
  */
  readonly password?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#username ElasticstackProvider#username}
  */
  readonly username?: string;
}

export function elasticstackProviderKibanaToTerraform(struct?: ElasticstackProviderKibana | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    api_key: cdktf.stringToTerraform(struct!.apiKey),
    bearer_token: cdktf.stringToTerraform(struct!.bearerToken),
    ca_certs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.caCerts),
    endpoints: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.endpoints),
    insecure: cdktf.booleanToTerraform(struct!.insecure),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function elasticstackProviderKibanaToHclTerraform(struct?: ElasticstackProviderKibana | cdktf.IResolvable): any {
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
    ca_certs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.caCerts),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    endpoints: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.endpoints),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    insecure: {
      value: cdktf.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
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


/**
* Represents a {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs elasticstack}
*/
export class ElasticstackProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "elasticstack";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ElasticstackProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ElasticstackProvider to import
  * @param importFromId The id of the existing ElasticstackProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ElasticstackProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "elasticstack", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/elastic/elasticstack/latest/docs elasticstack} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ElasticstackProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ElasticstackProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'elasticstack',
      terraformGeneratorMetadata: {
        providerName: 'elasticstack',
        providerVersionConstraint: '>= 0.11.18'
      },
      terraformProviderSource: 'elastic/elasticstack'
    });
    this._alias = config.alias;
    this._elasticsearch = config.elasticsearch;
    this._fleet = config.fleet;
    this._kibana = config.kibana;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // elasticsearch - computed: false, optional: true, required: false
  private _elasticsearch?: ElasticstackProviderElasticsearch[] | cdktf.IResolvable; 
  /**
  * Connection to Elasticsearch used by every resource of this provider instance (one block). Use one provider instance per cluster: the remote cluster issues cross-cluster API keys, the local cluster stores them.
  */
  public get elasticsearch() {
    return this._elasticsearch;
  }
  public set elasticsearch(value: ElasticstackProviderElasticsearch[] | cdktf.IResolvable | undefined) {
    this._elasticsearch = value;
  }
  public resetElasticsearch() {
    this._elasticsearch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get elasticsearchInput() {
    return this._elasticsearch;
  }

  // fleet - computed: false, optional: true, required: false
  private _fleet?: ElasticstackProviderFleet[] | cdktf.IResolvable; 
  /**
  * Connection to Fleet. Not used by this library.
  */
  public get fleet() {
    return this._fleet;
  }
  public set fleet(value: ElasticstackProviderFleet[] | cdktf.IResolvable | undefined) {
    this._fleet = value;
  }
  public resetFleet() {
    this._fleet = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fleetInput() {
    return this._fleet;
  }

  // kibana - computed: false, optional: true, required: false
  private _kibana?: ElasticstackProviderKibana[] | cdktf.IResolvable; 
  /**
  * Connection to Kibana. Not used by this library.
  */
  public get kibana() {
    return this._kibana;
  }
  public set kibana(value: ElasticstackProviderKibana[] | cdktf.IResolvable | undefined) {
    this._kibana = value;
  }
  public resetKibana() {
    this._kibana = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kibanaInput() {
    return this._kibana;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: cdktf.stringToTerraform(this._alias),
      elasticsearch: cdktf.listMapper(elasticstackProviderElasticsearchToTerraform, true)(this._elasticsearch),
      fleet: cdktf.listMapper(elasticstackProviderFleetToTerraform, true)(this._fleet),
      kibana: cdktf.listMapper(elasticstackProviderKibanaToTerraform, true)(this._kibana),
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
      elasticsearch: {
        value: cdktf.listMapperHcl(elasticstackProviderElasticsearchToHclTerraform, true)(this._elasticsearch),
        isBlock: true,
        type: "list",
        storageClassType: "ElasticstackProviderElasticsearchList",
      },
      fleet: {
        value: cdktf.listMapperHcl(elasticstackProviderFleetToHclTerraform, true)(this._fleet),
        isBlock: true,
        type: "list",
        storageClassType: "ElasticstackProviderFleetList",
      },
      kibana: {
        value: cdktf.listMapperHcl(elasticstackProviderKibanaToHclTerraform, true)(this._kibana),
        isBlock: true,
        type: "list",
        storageClassType: "ElasticstackProviderKibanaList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
