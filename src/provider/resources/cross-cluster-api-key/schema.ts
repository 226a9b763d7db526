import { Attribute, T, impliedType } from '../../values';

/** The resource type name. */
export const TYPE_NAME = 'eccx_cross_cluster_api_key';

const jsonNote = 'JSON text; compared by value, so key order and whitespace make no difference.';

const searchAttributes: { readonly [name: string]: Attribute } = {
  names: { type: T.list(T.string), required: true, description: 'Index names or patterns on the remote cluster, e.g. `["logs-*"]`.' },
  query: { type: T.string, optional: true, description: `Document level security: the query, as a JSON object. ${jsonNote}` },
  field_security: {
    type: T.string,
    optional: true,
    description: `Field level security: \`{"grant": [...], "except": [...]}\`. ${jsonNote}`,
  },
  allow_restricted_indices: {
    type: T.bool,
    optional: true,
    computed: true,
    description: 'Whether the patterns may match restricted (system) indices. Default false.',
  },
};

const replicationAttributes: { readonly [name: string]: Attribute } = {
  names: { type: T.list(T.string), required: true, description: 'Index names or patterns on the remote cluster to replicate, e.g. `["archive-*"]`.' },
  allow_restricted_indices: {
    type: T.bool,
    optional: true,
    computed: true,
    description: 'Whether the patterns may match restricted (system) indices. Default false.',
  },
};

/** Attributes, as Terraform shows them in `terraform providers schema`. */
export const schema = {
  version: 0,
  description: 'A cross-cluster API key on the remote cluster, for the API-key security model of remote clusters. '
    + 'Access, metadata, expiration (Elasticsearch 8.13+) and certificate_identity (9.3+) change in place with the same secret; '
    + 'a new name replaces the key. Import by key id: the secret (`api_key`, `encoded`) cannot be read back and stays null.',
  attributes: {
    id: { type: T.string, computed: true, useStateForUnknown: true, description: 'The key id (same as `key_id`).' },
    key_id: { type: T.string, computed: true, useStateForUnknown: true, description: 'The key id Elasticsearch assigned.' },
    name: {
      type: T.string,
      required: true,
      requiresReplace: true,
      description: 'Key name (1 to 256 characters, no leading `_`, no leading or trailing whitespace). Changing it replaces the key.',
    },
    expiration: {
      type: T.string,
      optional: true,
      description: 'Time to live, an Elasticsearch time value such as `30d` or `12h`; omit for a key that never expires. '
        + 'A change updates the key in place on Elasticsearch 8.13 and later (the new expiry counts from the update) and replaces it before 8.13; removing it replaces the key.',
    },
    expiration_timestamp: { type: T.number, computed: true, description: 'Expiry in milliseconds since the epoch; null when the key never expires.' },
    metadata: {
      type: T.string,
      optional: true,
      description: `Arbitrary metadata, a JSON object (top-level keys may not start with \`_\`, and \`eccx_create_token\` is reserved). ${jsonNote}`,
    },
    access: {
      required: true,
      description: 'What the key grants: `search` and/or `replication` entries (at least one).',
      nested: {
        nesting: 'single',
        attributes: {
          search: { optional: true, nested: { nesting: 'list', attributes: searchAttributes }, description: 'Cross-cluster search access.' },
          replication: {
            optional: true,
            nested: { nesting: 'list', attributes: replicationAttributes },
            description: 'Cross-cluster replication access (no document or field level security).',
          },
        },
      },
    },
    rotation_period: {
      type: T.string,
      optional: true,
      description: 'Rotate the key this long after it was created: an Elasticsearch time value such as `30d`, at most `expiration`. '
        + 'A plan that runs after that moment (by the cluster\'s clock) replaces the key; declare `create_before_destroy` so the new key '
        + 'exists before the old one is invalidated. Omit for no rotation.',
    },
    creation_timestamp: {
      type: T.number,
      computed: true,
      useStateForUnknown: true,
      description: 'When Elasticsearch created the key, in milliseconds since the epoch (its `creation`).',
    },
    rotation_timestamp: {
      type: T.number,
      computed: true,
      description: 'When the key is due for rotation (`creation_timestamp` + `rotation_period`), in milliseconds since the epoch; '
        + 'null without rotation_period. Unknown in a plan that rotates the key.',
    },
    create_token: {
      type: T.string,
      computed: true,
      useStateForUnknown: true,
      description: 'A random marker the provider writes into the key\'s Elasticsearch metadata (member `eccx_create_token`, '
        + 'never shown in `metadata`) to find the key again when the answer to its create was lost.',
    },
    certificate_identity: {
      type: T.string,
      optional: true,
      description: 'Elasticsearch 9.3+ (technical preview): a regular expression the subject DN of the local cluster\'s signing certificate must match.',
    },
    api_key: { type: T.string, computed: true, sensitive: true, useStateForUnknown: true, description: 'The secret part of the key. Null after an import.' },
    encoded: {
      type: T.string,
      computed: true,
      sensitive: true,
      useStateForUnknown: true,
      description: 'base64 of `id:api_key`, the value for the local cluster\'s keystore setting `cluster.remote.<alias>.credentials`. Null after an import.',
    },
  },
} as const;

/** The cty object type of the state, for comparing values. */
export const stateType = impliedType(schema);
