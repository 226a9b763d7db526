import type { Value } from '../../values';

/** An object value of the state or configuration (attributes by name). */
export type Obj = { readonly [k: string]: Value };

/**
 * The privileges a role's `remote_cluster` entry may hold, with the Elasticsearch version that
 * added each (fact sheet §6.3: `monitor_enrich` 8.15, PR 107493; `monitor_stats` 8.17, PR 114964).
 */
export const REMOTE_CLUSTER_PRIVILEGES: Readonly<Record<string, readonly [number, number]>> = {
  monitor_enrich: [8, 15],
  monitor_stats: [8, 17],
};

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
