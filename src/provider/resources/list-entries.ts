import type { Problem } from '../../rules';
import { Obj, Value, isPlainObject } from '../values';

/**
 * The elements of a list nested attribute (the role's `indices`, the key's `access.search`, ...).
 * Terraform passes a null element (`search = [null, { ... }]`) through to the provider, in
 * validation, plan and apply alike; validation reports it, and everything else skips it while
 * keeping every other element at its index, so diagnostics and request paths name the element
 * the configuration has there.
 */

/** An object element of a list and its index in that list. */
export interface ListEntry {
  readonly entry: Obj;
  readonly index: number;
}

/** The object elements of a list with their indices; null and unknown elements, and a null or unknown list, give none. */
export function objectEntries(list: Value | undefined): ListEntry[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((e, index) => (isPlainObject(e) ? [{ entry: e as Obj, index }] : []));
}

/** A problem for each null element of a list: `required` names the attributes an entry needs, e.g. `names and privileges`. */
export function nullEntryProblems(list: Value | undefined, prop: string, required: string): Problem[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((e, i) => (e === null ? [{
    prop: `${prop}[${i}]`,
    message: 'must be an object, not null',
    fix: `remove the null element, or give an entry with ${required}`,
  }] : []));
}
