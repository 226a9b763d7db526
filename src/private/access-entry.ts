import { Annotations } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { namesWithClusterPrefix } from '../rules';

/** Marks a CrossClusterApiKey (also across copies of this module). */
export const KEY_MARKER = Symbol.for('cdktf-elastic-cross-cluster.CrossClusterApiKey');

/** True when `scope` is a CrossClusterApiKey. */
export function isCrossClusterApiKey(scope: IConstruct | undefined): boolean {
  return scope !== undefined && (scope as any)[KEY_MARKER] === true;
}

/**
 * What SearchAccess and ReplicationAccess share: their scope must be a key (checked before the
 * construct is added to the tree, so nothing is half-applied), and names with a cluster alias
 * prefix get a warning.
 */
export function assertKeyScope(scope: Construct, id: string, kind: 'SearchAccess' | 'ReplicationAccess'): void {
  if (!isCrossClusterApiKey(scope)) throw keyScopeError(scope, id, kind);
}

function keyScopeError(scope: Construct, id: string, kind: 'SearchAccess' | 'ReplicationAccess'): Error {
  const method = kind === 'SearchAccess' ? 'addSearch' : 'addReplication';
  return new Error(
    `[${scope.node.path}/${id}] ${kind}: the scope must be a CrossClusterApiKey, got ${scope.constructor.name} at "${scope.node.path}". Fix: create it as new ${kind}(key, '${id}', props) or call key.${method}('${id}', props).`,
  );
}

/** Warns about literal names with a cluster alias prefix (`remote-a:logs-*`). */
export function warnOnClusterPrefixedNames(entry: IConstruct, names: unknown): void {
  const prefixed = namesWithClusterPrefix(names);
  if (prefixed.length > 0) warnClusterPrefixed(entry, prefixed);
}

function warnClusterPrefixed(entry: IConstruct, prefixed: string[]): void {
  Annotations.of(entry).addWarning(
    `names: ${prefixed.map((n) => JSON.stringify(n)).join(', ')} carry a cluster alias prefix, but the key's names are index names on the remote cluster itself (where the key lives), so they match nothing there. Drop the "<alias>:" prefix; aliases belong in the local cluster's remote_indices roles.`,
  );
}

/** The position of `entry` among its siblings of the same kind (its index in `search` or `replication`). */
export function indexAmongSiblings(entry: IConstruct, sameKind: (c: IConstruct) => boolean): number {
  return entry.node.scope!.node.children.filter(sameKind).indexOf(entry);
}
