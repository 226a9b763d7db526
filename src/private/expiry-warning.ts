import { Annotations, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { CONNECTION_MARK, hasMark } from './markers';
import { stackCheck } from './stack-check';

/** A key that expires and is not rotated, as the check knows it. */
interface ExpiringKey {
  readonly key: IConstruct;
  /** The key's `expiration`, as given. */
  readonly expiration: string;
}

/** A RemoteClusterConnection as far as this check reads it (its public `key`). */
interface ConnectionLike extends IConstruct {
  readonly key: IConstruct;
}

const WARNED = new WeakSet<IConstruct>();

/**
 * Registers a key that has an `expiration` and no rotation. At validation, a key whose credential a
 * `RemoteClusterConnection` of the app uses (in any stack) gets a warning saying what happens on
 * expiry and the fix; a key no connection uses (its credential handed on by other means) does not.
 *
 * One validation per stack that holds such keys; it walks the app once per synth, so many keys
 * cost one walk, not one each.
 */
export function registerExpiringKey(key: IConstruct, expiration: string): void {
  addExpiringKey(key, { key, expiration });
}

const addExpiringKey = stackCheck(warnExpiringInUse);

/** Adds the warning to each key of `keys` that a connection uses; never an error. */
function warnExpiringInUse(stack: TerraformStack, keys: readonly ExpiringKey[]): string[] {
  const users = new Map<IConstruct, string[]>();
  for (const c of stack.node.root.node.findAll()) {
    if (!hasMark(c, CONNECTION_MARK)) continue;
    const key = (c as ConnectionLike).key;
    users.set(key, [...(users.get(key) ?? []), c.node.path]);
  }
  for (const { key, expiration } of keys) {
    const connections = users.get(key);
    if (connections === undefined || WARNED.has(key)) continue;
    WARNED.add(key);
    Annotations.of(key).addWarning(expiryWarning(expiration, connections));
  }
  return [];
}

function expiryWarning(expiration: string, connections: string[]): string {
  return (
    `expiration: the key expires ${expiration} after it is created and has no rotation, and its credential is used by ${connections.join(', ')}. ` +
    'On expiry the remote cluster refuses the credential (HTTP 401) and cross-cluster searches and replication through that connection fail; a plan before expiry shows no change, and only a new key, delivered to the local keystore, restores the connection. ' +
    "Fix: add rotation: KeyRotation.beforeExpiry('7d') (or KeyRotation.every(period)) and apply at least once between rotation and expiry, or omit expiration"
  );
}
