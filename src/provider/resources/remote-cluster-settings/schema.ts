import { SIGNING_ATTRIBUTES } from './models';
import { Attribute, T, impliedType } from '../../values';

/** The resource type name. */
export const TYPE_NAME = 'eccx_remote_cluster_settings';

/** Attributes, as Terraform shows them in `terraform providers schema`. */
export const schema = {
  version: 0,
  description: 'The persistent cluster settings `cluster.remote.<alias>.*` of one remote cluster alias on the local (querying) cluster. '
    + 'Read back for drift; destroy removes every persistent setting of the alias in one request. '
    + 'Connecting remote clusters needs the `manage` cluster privilege.',
  attributes: {
    id: { type: T.string, computed: true, useStateForUnknown: true, description: 'The alias.' },
    alias: {
      type: T.string,
      required: true,
      requiresReplace: true,
      description: 'The remote cluster alias: lowercase letters, digits, `-` and `_`. The same alias names the keystore entry '
        + '`cluster.remote.<alias>.credentials` and `remote_indices.clusters`. Changing it replaces the settings.',
    },
    mode: {
      type: T.string,
      optional: true,
      computed: true,
      description: '`sniff` or `proxy`. Default: `proxy` when `proxy_address` is given, else `sniff`. Elastic Cloud, ECE and ECK remotes need `proxy`.',
    },
    seeds: {
      type: T.list(T.string),
      optional: true,
      description: 'Sniff mode: `host:port` addresses of remote nodes, port 9443 (the remote cluster server) for the API-key model.',
    },
    node_connections: { type: T.number, optional: true, description: 'Sniff mode: connections per remote node (Elasticsearch default 3).' },
    proxy_address: { type: T.string, optional: true, description: 'Proxy mode: one `host:port`, e.g. the remote deployment\'s `<host>:9443`.' },
    proxy_socket_connections: { type: T.number, optional: true, description: 'Proxy mode: socket connections (Elasticsearch default 18).' },
    server_name: { type: T.string, optional: true, description: 'Proxy mode: the TLS SNI host name of the remote cluster server.' },
    skip_unavailable: {
      type: T.bool,
      optional: true,
      description: 'Whether searches skip this remote when it is unavailable. Default (left out): Elasticsearch\'s, `true` from 8.15, `false` before.',
    },
    signing: {
      optional: true,
      description: 'Elasticsearch 9.3+: how the local cluster signs its requests to this remote, for a cross-cluster API key with '
        + '`certificate_identity`; written as `cluster.remote.<alias>.signing.*`. A PEM pair (`certificate`, `key`) or a keystore '
        + '(`keystore_path`), paths on every local node relative to its config directory. Passwords are secure settings in the '
        + 'local keystore, never here. Left out: no signing settings (removed if they were set).',
      nested: { nesting: 'single', attributes: signingAttributes() },
    },
  },
} as const;

/** One optional string per signing setting: `keystore_path` is `cluster.remote.<alias>.signing.keystore.path`. */
function signingAttributes(): Record<string, Attribute> {
  const out: Record<string, Attribute> = {};
  for (const [name, setting] of SIGNING_ATTRIBUTES) {
    out[name] = { type: T.string, optional: true, description: `\`cluster.remote.<alias>.${setting}\`.` };
  }
  return out;
}

/** The cty object type of the state, for comparing values. */
export const stateType = impliedType(schema);
