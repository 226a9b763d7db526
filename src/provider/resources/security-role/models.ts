import type { Obj } from '../../values';

/** `remote_indices` exists from 8.10, `remote_cluster` from 8.15. */
export const REMOTE_INDICES_SINCE: readonly [number, number] = [8, 10];
export const REMOTE_CLUSTER_SINCE: readonly [number, number] = [8, 15];

/** The role name of a state (`name`, else `id`). */
export function roleNameOf(state: Obj): string {
  const n = typeof state.name === 'string' ? state.name : state.id;
  return typeof n === 'string' ? n : '';
}
