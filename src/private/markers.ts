/**
 * Markers that recognise this package's constructs, also across copies of the package in one app
 * (where `instanceof` fails). Each class marks its prototype once with {@link mark}; `is...`
 * methods ask {@link hasMark}. Kept here, not exported from the package.
 */
export const KEY_MARK = Symbol.for('cdktf-elastic-cross-cluster.CrossClusterApiKey');
export const SEARCH_ACCESS_MARK = Symbol.for('cdktf-elastic-cross-cluster.SearchAccess');
export const REPLICATION_ACCESS_MARK = Symbol.for('cdktf-elastic-cross-cluster.ReplicationAccess');
export const CONNECTION_MARK = Symbol.for('cdktf-elastic-cross-cluster.RemoteClusterConnection');

/** Marks every instance of `cls` (one property on its prototype). */
export function mark(cls: { prototype: object }, marker: symbol): void {
  Object.defineProperty(cls.prototype, marker, { value: true });
}

/** True when `x` is an object carrying `marker`. */
export function hasMark(x: unknown, marker: symbol): boolean {
  return x !== null && typeof x === 'object' && (x as Record<symbol, unknown>)[marker] === true;
}
