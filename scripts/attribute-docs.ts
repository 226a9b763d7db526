/**
 * Our own docstrings for the generated L1 bindings.
 *
 * `scripts/bindings.ts` injects these into a copy of the provider schema right before generation
 * (the generator renders an attribute's `description` into the docstring of its config property),
 * and adds them to getters and nested-block properties, which the generator does not document.
 * The committed `schema/*.json` stays free of descriptions.
 *
 * Keys are dotted attribute paths inside a schema block: `access.search.names` is the `names`
 * attribute of the `search` nested attribute of `access`. A path may name an attribute, a nested
 * attribute or a nested block. Every path must exist in the schema; generation fails otherwise,
 * so this table cannot silently drift from the schema.
 */

/** Descriptions of one schema block, keyed by dotted attribute path. */
export type DocTable = Readonly<Record<string, string>>;

/** Descriptions for one provider: its configuration block, resources and data sources. */
export interface ProviderDocs {
  readonly provider?: DocTable;
  /** keyed by resource type, e.g. `elasticstack_elasticsearch_security_api_key` */
  readonly resources?: Readonly<Record<string, DocTable>>;
  /** keyed by data source type, e.g. `elasticstack_elasticsearch_info` */
  readonly dataSources?: Readonly<Record<string, DocTable>>;
}

/** Prefixes every key of `table` with `prefix.`. */
function under(prefix: string, table: DocTable): DocTable {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(table)) out[`${prefix}.${k}`] = v;
  return out;
}

/** Attributes of an Elasticsearch connection (provider `elasticsearch` block and `elasticsearch_connection`). */
const CONNECTION: DocTable = {
  endpoints:
    'Elasticsearch HTTP endpoints, as URLs such as `https://es.example.com:9200`. This is the REST port, not the ' +
    'remote cluster port 9443. Sensitive in the provider schema.',
  username:
    'User for HTTP basic authentication. Creating or updating a cross-cluster API key needs the `manage_security` ' +
    'cluster privilege.',
  password: 'Password of `username` for HTTP basic authentication. Sensitive.',
  api_key:
    'API key sent as `Authorization: ApiKey <value>` (base64 of `id:api_key`). Sensitive. Elasticsearch refuses to ' +
    'create or update cross-cluster API keys for a caller authenticated with an API key: use `username`/`password` ' +
    'or `bearer_token` for the cluster that issues the keys.',
  bearer_token: 'Token sent as `Authorization: Bearer <value>` (token service, OAuth2 or JWT realm). Sensitive.',
  es_client_authentication:
    'Value of the `ES-Client-Authentication` header sent with a JWT `bearer_token`, e.g. `SharedSecret <secret>`. Sensitive.',
  ca_file: 'Path of a PEM file with the CA certificates that verify the server certificate.',
  ca_data: 'PEM text of the CA certificates that verify the server certificate (instead of `ca_file`).',
  ca_fingerprint: 'SHA-256 fingerprint (hex) of the CA certificate that signed the server certificate.',
  cert_file: 'Path of a PEM client certificate for TLS client authentication.',
  cert_data: 'PEM text of the client certificate for TLS client authentication (instead of `cert_file`).',
  key_file: 'Path of the PEM private key of the client certificate.',
  key_data: 'PEM text of the private key of the client certificate (instead of `key_file`). Sensitive.',
  insecure: 'Skip verification of the server certificate. Default `false`; for throw-away test clusters only.',
  headers: 'Extra HTTP headers sent with every request, header name to value. Sensitive.',
};

const CONNECTION_BLOCK =
  'Elasticsearch connection for this resource only, overriding the provider configuration. Prefer a separate ' +
  'provider instance (an alias) per cluster.';

const TIMEOUTS: DocTable = {
  'timeouts': 'Operation timeouts, each a Terraform duration string such as `30s`, `5m` or `1h`.',
  'timeouts.create': 'Time allowed for create, a duration string such as `5m`.',
  'timeouts.read': 'Time allowed for read, a duration string such as `5m`.',
  'timeouts.update': 'Time allowed for update, a duration string such as `5m`.',
  'timeouts.delete': 'Time allowed for delete, a duration string such as `5m`.',
};

const ROLE_INDEX_ENTRY: DocTable = {
  'names': 'Index, alias or data stream names or patterns (`*` wildcards, `/regex/`). At least one.',
  'privileges': 'Index privileges, e.g. `read`, `view_index_metadata`, `read_cross_cluster`, `cross_cluster_replication`.',
  'query': 'Document-level security: a query DSL object encoded as a JSON string.',
  'allow_restricted_indices':
    'Whether `names` patterns may match restricted (system) indices. Elasticsearch default `false`.',
  'field_security': 'Field-level security: which fields of the matched documents are visible.',
  'field_security.grant': 'Field names or patterns that are visible.',
  'field_security.except': 'Field names or patterns hidden again from `grant`; must be a subset of `grant`.',
};

const SETTINGS_BLOCK: DocTable = {
  'setting': 'One cluster setting. Give either `value` or `value_list`.',
  'setting.name': 'Full setting name, e.g. `cluster.remote.my_remote.mode`.',
  'setting.value': 'Value of a single-valued setting as a string, e.g. `proxy`, `true`, `30s`.',
  'setting.value_list':
    'Value of a list setting, e.g. `cluster.remote.<alias>.seeds` = `["remote.example.com:9443"]` (9443 is the ' +
    'remote cluster server port used with cross-cluster API keys).',
};

const CCR_TUNING: DocTable = {
  remote_cluster: 'Alias of the remote (leader) cluster, as registered under `cluster.remote.<alias>` in cluster settings.',
  max_read_request_operation_count: 'Maximum number of operations per read request from the leader.',
  max_outstanding_read_requests: 'Maximum number of outstanding read requests to the leader.',
  max_read_request_size: 'Maximum size of a batch of operations read from the leader, an ES byte size such as `32mb`.',
  max_write_request_operation_count: 'Maximum number of operations per bulk write on the follower.',
  max_write_request_size: 'Maximum size of a bulk write on the follower, an ES byte size such as `9223372036854775807b`.',
  max_outstanding_write_requests: 'Maximum number of outstanding write requests on the follower.',
  max_write_buffer_count: 'Maximum number of operations queued for writing before reads from the leader pause.',
  max_write_buffer_size: 'Maximum total size of queued operations before reads pause, an ES byte size such as `512mb`.',
  max_retry_delay: 'Maximum wait before retrying a failed operation, an ES time value such as `500ms`.',
  read_poll_timeout: 'Wait for new operations on the leader when the follower is caught up, an ES time value such as `1m`.',
  settings_raw: 'Index settings to apply to follower indices, as a JSON object encoded in a string.',
};

/** Descriptions for `elastic/elasticstack`. */
export const ELASTICSTACK_DOCS: ProviderDocs = {
  provider: {
    elasticsearch:
      'Connection to Elasticsearch used by every resource of this provider instance (one block). Use one provider ' +
      'instance per cluster: the remote cluster issues cross-cluster API keys, the local cluster stores them.',
    ...under('elasticsearch', CONNECTION),
    kibana: 'Connection to Kibana. Not used by this library.',
    fleet: 'Connection to Fleet. Not used by this library.',
  },
  resources: {
    elasticstack_elasticsearch_security_api_key: {
      'name':
        'Name of the key: 1 to 256 UTF-16 code units, no leading or trailing whitespace (characters up to U+0020), ' +
        'must not start with `_`. Names are not unique; Elasticsearch cannot rename a key.',
      'type':
        'Key type: `rest` (Elasticsearch default) or `cross_cluster`. A cross-cluster key can only authenticate ' +
        'cross-cluster requests on the remote cluster server port, never REST calls.',
      'expiration':
        'Lifetime of the key from its creation, an Elasticsearch time value: an integer and one of the units ' +
        '`nanos`, `micros`, `ms`, `s`, `m` (minutes), `h`, `d`, e.g. `1d` or `12h`. Truncated to whole seconds. ' +
        'Unset: the key never expires.',
      'expiration_timestamp':
        'When the key expires, in milliseconds since the Unix epoch (UTC), as reported by Elasticsearch. Read-only.',
      'metadata':
        'Arbitrary metadata: a JSON object encoded in a string, e.g. `{"team":"search"}`. Top-level keys must not ' +
        'start with `_`.',
      'role_descriptors':
        'Role descriptors of a `rest` key, a JSON object (role name to role descriptor) encoded in a string. For a ' +
        'cross-cluster key Elasticsearch derives them from `access`; do not set it.',
      'access':
        'What a `cross_cluster` key grants to the clusters that use it: `search` and `replication` entries, at ' +
        'least one in total.',
      'access.search': 'Indices that may be searched through this key (cross-cluster search).',
      'access.search.names':
        'Index, alias or data stream names or patterns on the cluster that issues the key (`*` wildcards, ' +
        '`/regex/`), without a cluster alias prefix. At least one, none empty.',
      'access.search.query':
        'Document-level security: a query DSL object encoded as a JSON string. Elasticsearch 8.14+ rejects it ' +
        'while the key has any `replication` entry.',
      'access.search.field_security':
        'Field-level security: a JSON string `{"grant":[...],"except":[...]}` of field names or patterns; `except` ' +
        'requires `grant`. Elasticsearch 8.14+ rejects it while the key has any `replication` entry.',
      'access.search.allow_restricted_indices':
        'Whether `names` patterns may match restricted (system) indices. Elasticsearch default `false`.',
      'access.replication':
        'Leader indices that may be followed through this key (cross-cluster replication). No document or field ' +
        'level security.',
      'access.replication.names':
        'Leader index names or patterns on the cluster that issues the key. At least one, none empty.',
      'api_key':
        'The secret part of the key, known after creation (its id is `key_id`). Sensitive: keep it out of outputs ' +
        'that are not marked sensitive.',
      'encoded':
        'Base64 of `key_id:api_key`: the value for the keystore setting `cluster.remote.<alias>.credentials` on ' +
        'every node of the local cluster. Sensitive.',
      'key_id':
        'Id Elasticsearch assigned to the key. Track, update and invalidate keys by this id; names are not unique.',
      'id': 'Terraform id of the resource, assigned by the provider; use `key_id` for the Elasticsearch id.',
      ...TIMEOUTS,
      'elasticsearch_connection': CONNECTION_BLOCK,
      ...under('elasticsearch_connection', CONNECTION),
    },
    elasticstack_elasticsearch_cluster_settings: {
      persistent:
        'Settings that survive a full cluster restart (`persistent` of `PUT _cluster/settings`). Remote cluster ' +
        'aliases (`cluster.remote.<alias>.*`) belong here.',
      ...under('persistent', SETTINGS_BLOCK),
      transient: 'Settings that are lost on a full cluster restart. Elastic discourages them; prefer `persistent`.',
      ...under('transient', SETTINGS_BLOCK),
      id: 'Terraform id of the resource, assigned by the provider.',
      ...TIMEOUTS,
      elasticsearch_connection: CONNECTION_BLOCK,
      ...under('elasticsearch_connection', CONNECTION),
    },
    elasticstack_elasticsearch_security_role: {
      'name': 'Name of the role.',
      'cluster': 'Cluster privileges, e.g. `monitor`, `manage_ccr` (needed on the local cluster to follow indices).',
      'indices': 'Privileges on indices of this cluster, one block per set of names.',
      ...under('indices', ROLE_INDEX_ENTRY),
      'remote_indices':
        'Privileges on indices of remote clusters connected with cross-cluster API keys (Elasticsearch 8.10+). A ' +
        'user gets the intersection of these privileges and the access of the key.',
      ...under('remote_indices', ROLE_INDEX_ENTRY),
      'remote_indices.clusters': 'Remote cluster aliases or alias patterns these privileges apply to; none empty.',
      'remote_indices.privileges':
        'Index privileges on the remote indices: `read`, `read_cross_cluster`, `view_index_metadata` for ' +
        'cross-cluster search, `cross_cluster_replication` for replication.',
      'run_as': 'Users that holders of this role may impersonate.',
      'metadata': 'Arbitrary metadata: a JSON object encoded in a string. Top-level keys starting with `_` are reserved.',
      'global': 'Global privileges as a JSON object encoded in a string.',
      'applications': 'Privileges on application resources (Kibana and others).',
      'applications.application': 'Application name.',
      'applications.privileges': 'Application privileges.',
      'applications.resources': 'Application resources the privileges apply to.',
      'id': 'Terraform id of the resource, assigned by the provider.',
      ...TIMEOUTS,
      'elasticsearch_connection': CONNECTION_BLOCK,
      ...under('elasticsearch_connection', CONNECTION),
    },
    elasticstack_elasticsearch_ccr_follower_index: {
      name: 'Name of the follower index created on this (local) cluster.',
      leader_index: 'Name of the leader index on the remote cluster.',
      data_stream_name: 'Name of the local data stream when following a data stream backing index.',
      status: 'Follower state: `active` or `paused`.',
      delete_index_on_destroy: 'Delete the follower index when the resource is destroyed.',
      ...CCR_TUNING,
      id: 'Terraform id of the resource, assigned by the provider.',
      ...TIMEOUTS,
      elasticsearch_connection: CONNECTION_BLOCK,
      ...under('elasticsearch_connection', CONNECTION),
    },
    elasticstack_elasticsearch_ccr_auto_follow_pattern: {
      name: 'Name of the auto-follow pattern.',
      leader_index_patterns: 'Patterns of leader index names on the remote cluster that are followed automatically.',
      leader_index_exclusion_patterns: 'Patterns of leader index names that are never followed.',
      follow_index_pattern:
        'Name of the follower indices; `{{leader_index}}` stands for the leader index name, e.g. `{{leader_index}}-copy`.',
      active: 'Whether the pattern follows new leader indices (`true`) or is paused.',
      ...CCR_TUNING,
      id: 'Terraform id of the resource, assigned by the provider.',
      ...TIMEOUTS,
      elasticsearch_connection: CONNECTION_BLOCK,
      ...under('elasticsearch_connection', CONNECTION),
    },
  },
  dataSources: {
    elasticstack_elasticsearch_info: {
      'cluster_name': 'Name of the cluster (`cluster.name`).',
      'cluster_uuid': 'UUID of the cluster.',
      'name': 'Name of the node that answered.',
      'tagline': 'Tagline reported by Elasticsearch.',
      'version': 'Version information of the node that answered.',
      'version.number': 'Elasticsearch version, e.g. `8.15.0`. Cross-cluster API keys need 8.10 or later.',
      'id': 'Terraform id of the data source.',
      'elasticsearch_connection': CONNECTION_BLOCK,
      ...under('elasticsearch_connection', CONNECTION),
    },
    elasticstack_elasticsearch_security_role: {
      name: 'Name of the role to read.',
      cluster: 'Cluster privileges of the role.',
      indices: 'Privileges of the role on indices of this cluster.',
      remote_indices: 'Privileges of the role on indices of remote clusters.',
      metadata: 'Metadata of the role, a JSON object encoded in a string.',
      id: 'Terraform id of the data source.',
      elasticsearch_connection: CONNECTION_BLOCK,
      ...under('elasticsearch_connection', CONNECTION),
    },
  },
};

/** Doc tables by provider name, for `scripts/bindings.ts --provider NAME`. */
export const PROVIDER_DOCS: Readonly<Record<string, ProviderDocs>> = {
  elasticstack: ELASTICSTACK_DOCS,
};
