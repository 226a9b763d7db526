import { T } from '../../values';

/** The resource type name. */
export const TYPE_NAME = 'eccx_secure_settings_reload';

/** Attributes, as Terraform shows them in `terraform providers schema`. */
export const schema = {
  version: 0,
  description: 'Reloads the secure settings (keystore) of the local cluster\'s nodes with `POST _nodes/reload_secure_settings`, on create and '
    + 'whenever `triggers` or `node_ids` change: put the credential\'s delivery (a hash of the key, a delivery id) into `triggers`. '
    + 'A node that fails to reload (`reload_exception`) is an error naming the node. Destroy does nothing on the cluster.',
  attributes: {
    id: { type: T.string, computed: true, useStateForUnknown: true, description: '`_all`, or the node ids joined by commas.' },
    triggers: {
      type: T.map(T.string),
      optional: true,
      description: 'Any values; a change reloads again, e.g. `{ key = sha256(<encoded key>) }` or the delivery\'s id.',
    },
    node_ids: {
      type: T.list(T.string),
      optional: true,
      description: 'Nodes to reload (ids, names or `_local`); default every node. Every node that serves the alias needs the credential.',
    },
    secure_settings_password: {
      type: T.string,
      optional: true,
      sensitive: true,
      description: 'The keystore password, when the keystore is password protected.',
    },
    reloaded_nodes: { type: T.list(T.string), computed: true, description: 'Names of the nodes that reloaded, sorted.' },
  },
} as const;
