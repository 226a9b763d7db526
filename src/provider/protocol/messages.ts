/**
 * The tfplugin6 messages this provider reads and writes, as plain objects (field names as in
 * tfplugin6.proto; bytes as Uint8Array; int64 as number; enums by name). Only the fields used here
 * are typed; the descriptors carry the rest.
 */
export interface DynamicValueMsg { msgpack?: Uint8Array; json?: Uint8Array }

export interface AttributePathMsg {
  steps?: Array<{ attribute_name?: string; element_key_string?: string; element_key_int?: number }>;
}

export interface DiagnosticMsg {
  severity: 'ERROR' | 'WARNING';
  summary: string;
  detail?: string;
  attribute?: AttributePathMsg;
}

export interface SchemaAttributeMsg {
  name: string;
  type?: Uint8Array;
  nested_type?: { attributes: SchemaAttributeMsg[]; nesting: 'SINGLE' | 'LIST' | 'SET' | 'MAP' };
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  description_kind?: 'PLAIN' | 'MARKDOWN';
  deprecated?: boolean;
  write_only?: boolean;
  deprecation_message?: string;
}

export interface SchemaBlockMsg {
  version?: number;
  attributes: SchemaAttributeMsg[];
  block_types: Array<{
    type_name: string;
    block: SchemaBlockMsg;
    nesting: 'SINGLE' | 'LIST' | 'SET' | 'MAP' | 'GROUP';
    min_items?: number;
    max_items?: number;
  }>;
  description?: string;
  description_kind?: 'PLAIN' | 'MARKDOWN';
  deprecated?: boolean;
}

export interface SchemaMsg { version: number; block: SchemaBlockMsg }

export interface ServerCapabilitiesMsg {
  plan_destroy?: boolean;
  get_provider_schema_optional?: boolean;
  move_resource_state?: boolean;
}

export interface RawStateMsg { json?: Uint8Array; flatmap?: Record<string, string> }

/** PlanResourceChange.Request and ApplyResourceChange.Request: a change of one resource instance. */
export interface ResourceChangeMsg {
  type_name: string;
  prior_state?: DynamicValueMsg;
  config?: DynamicValueMsg;
  /** Plan: the configuration merged with prior computed values. */
  proposed_new_state?: DynamicValueMsg;
  prior_private?: Uint8Array;
  /** Apply: the plan being applied. */
  planned_state?: DynamicValueMsg;
  planned_private?: Uint8Array;
}

/**
 * What the protocol room needs from the layer above: one async function per tfplugin6.Provider
 * RPC, over plain message objects. Missing ones answer UNIMPLEMENTED. Anything thrown is turned
 * into an error diagnostic by the server.
 */
export interface ProviderHandlers {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly [rpc: string]: ((request: any) => Promise<object>) | undefined;
}
