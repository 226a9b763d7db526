import { T } from '../../values';

/** The resource type name. */
export const TYPE_NAME = 'eccx_remote_cluster_check';

/** Default and bounds of `timeout_seconds`, and the time between two polls. */
export const DEFAULT_TIMEOUT_SECONDS = 60;
export const MAX_TIMEOUT_SECONDS = 3600;
export const POLL_INTERVAL_MS = 1000;

/** Attributes, as Terraform shows them in `terraform providers schema`. */
export const schema = {
  version: 0,
  description: 'Checks, on create and whenever `triggers` change, that the local cluster is connected to the remote cluster `alias` with '
    + 'API-key credentials: polls `GET _remote/info` (after `GET _resolve/cluster`, which makes Elasticsearch reconnect) once a second '
    + 'until the alias shows `connected: true` and `cluster_credentials`, or until `timeout_seconds`. A failure names the likely cause: '
    + 'no settings for the alias, no credential loaded (certificate model), the transport port 9300, an address that cannot be reached, '
    + 'or a key the remote rejects (invalidated, expired, unknown).',
  attributes: {
    id: { type: T.string, computed: true, useStateForUnknown: true, description: 'The alias.' },
    alias: { type: T.string, required: true, description: 'The remote cluster alias to check.' },
    triggers: {
      type: T.map(T.string),
      optional: true,
      description: 'Any values; a change checks again, e.g. the key id, the delivery\'s id or the reload\'s id.',
    },
    timeout_seconds: {
      type: T.number,
      optional: true,
      description: `How long to wait for the connection, in seconds (1 to ${MAX_TIMEOUT_SECONDS}). Default ${DEFAULT_TIMEOUT_SECONDS}. Polls every ${POLL_INTERVAL_MS / 1000} s.`,
    },
    connected: { type: T.bool, computed: true, description: 'True once the check passed (a failed check stores nothing).' },
    mode: { type: T.string, computed: true, description: '`sniff` or `proxy`, as `_remote/info` reported it.' },
  },
} as const;
