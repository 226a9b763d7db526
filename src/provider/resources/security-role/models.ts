import type { Obj, Value } from '../../values';

/** `remote_indices` exists from 8.10, `remote_cluster` from 8.15. */
export const REMOTE_INDICES_SINCE: readonly [number, number] = [8, 10];
export const REMOTE_CLUSTER_SINCE: readonly [number, number] = [8, 15];

/** The list elements of an attribute, or [] when null or unknown. */
export function entries(v: Value | undefined): Obj[] {
  return Array.isArray(v) ? v.filter((e): e is Obj => typeof e === 'object' && e !== null && !Array.isArray(e)) as Obj[] : [];
}

/** The role name of a state (`name`, else `id`). */
export function roleNameOf(state: Obj): string {
  const n = typeof state.name === 'string' ? state.name : state.id;
  return typeof n === 'string' ? n : '';
}
