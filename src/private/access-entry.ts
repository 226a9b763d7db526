import { Annotations } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { constructError } from './errors';
import { hasMark, KEY_MARK } from './markers';
import { namesWithClusterPrefix } from '../rules';

/**
 * What SearchAccess and ReplicationAccess share: their scope must be a key (checked before the
 * construct is added to the tree, so nothing is half-applied), and names with a cluster alias
 * prefix get a warning.
 */
export function assertKeyScope(scope: Construct, id: string, kind: 'SearchAccess' | 'ReplicationAccess'): void {
  if (hasMark(scope, KEY_MARK)) return;
  const method = kind === 'SearchAccess' ? 'addSearch' : 'addReplication';
  throw constructError(
    `${scope.node.path}/${id}`,
    kind,
    `the scope must be a CrossClusterApiKey, got ${scope.constructor.name} at "${scope.node.path}"`,
    `create it as new ${kind}(key, '${id}', props) or call key.${method}('${id}', props)`,
  );
}

/** Warns about literal names with a cluster alias prefix (`remote-a:logs-*`); `names` as the rules see them. */
export function warnOnClusterPrefixedNames(entry: IConstruct, names: unknown): void {
  const prefixed = namesWithClusterPrefix(names);
  if (prefixed.length === 0) return;
  Annotations.of(entry).addWarning(
    `names: ${prefixed.map((n) => JSON.stringify(n)).join(', ')} carry a cluster alias prefix, but the key's names are index names on the remote cluster itself (where the key lives), so they match nothing there. Fix: drop the "<alias>:" prefix; aliases belong in the local cluster's remote_indices roles.`,
  );
}

/** The position of `entry` among its siblings of the same kind (its index in `search` or `replication`). */
export function indexAmongSiblings(entry: IConstruct, sameKind: (c: IConstruct) => boolean): number {
  return entry.node.scope!.node.children.filter(sameKind).indexOf(entry);
}
