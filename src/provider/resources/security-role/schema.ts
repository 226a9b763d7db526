import { Attribute, T, impliedType } from '../../values';

/** The resource type name. */
export const TYPE_NAME = 'eccx_security_role';

const jsonNote = 'JSON text; compared by value, so key order and whitespace make no difference.';

const indexAttributes: { readonly [name: string]: Attribute } = {
  names: { type: T.list(T.string), required: true, description: 'Index names or patterns, e.g. `["logs-*"]`.' },
  privileges: { type: T.list(T.string), required: true, description: 'Index privileges, e.g. `["read", "view_index_metadata"]`.' },
  query: { type: T.string, optional: true, description: `Document level security: the query, a JSON object. ${jsonNote}` },
  field_security: { type: T.string, optional: true, description: `Field level security: \`{"grant": [...], "except": [...]}\`. ${jsonNote}` },
  allow_restricted_indices: { type: T.bool, optional: true, description: 'Whether the patterns may match restricted (system) indices. Default false.' },
};

/** Attributes, as Terraform shows them in `terraform providers schema`. */
export const schema = {
  version: 0,
  description: 'A native-realm role on the local cluster, with `remote_indices` (Elasticsearch 8.10+) and `remote_cluster` (8.15+) for '
    + 'cross-cluster search and replication with the API-key model. Effective remote access is the intersection of these '
    + 'privileges and the cross-cluster API key\'s access. Read back for drift.',
  attributes: {
    id: { type: T.string, computed: true, useStateForUnknown: true, description: 'The role name.' },
    name: {
      type: T.string,
      required: true,
      requiresReplace: true,
      description: 'Role name: 1 to 507 printable ASCII characters, no leading or trailing space. Changing it replaces the role.',
    },
    cluster: { type: T.list(T.string), optional: true, description: 'Cluster privileges on the local cluster, e.g. `["monitor"]`.' },
    indices: { optional: true, nested: { nesting: 'list', attributes: indexAttributes }, description: 'Privileges on local indices.' },
    remote_indices: {
      optional: true,
      nested: {
        nesting: 'list',
        attributes: {
          clusters: { type: T.list(T.string), required: true, description: 'Remote cluster aliases (wildcards allowed), e.g. `["remote-a"]`.' },
          ...indexAttributes,
        },
      },
      description: 'Privileges on indices of remote clusters, e.g. `read`, `read_cross_cluster`, `view_index_metadata` for search, '
        + '`cross_cluster_replication` for replication. Names carry no `<alias>:` prefix.',
    },
    remote_cluster: {
      optional: true,
      nested: {
        nesting: 'list',
        attributes: {
          clusters: { type: T.list(T.string), required: true, description: 'Remote cluster aliases (wildcards allowed).' },
          privileges: {
            type: T.list(T.string),
            required: true,
            description: '`monitor_enrich` (Elasticsearch 8.15+, ES|QL ENRICH across clusters) and `monitor_stats` (8.17+); anything else is an error at plan time.',
          },
        },
      },
      description: 'Cluster privileges on remote clusters (Elasticsearch 8.15+).',
    },
    metadata: { type: T.string, optional: true, description: `Arbitrary metadata, a JSON object (keys may not start with \`_\`). ${jsonNote}` },
  },
} as const;

/** The cty object type of the state, for comparing values. */
export const stateType = impliedType(schema);
