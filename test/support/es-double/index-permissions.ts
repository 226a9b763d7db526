/**
 * Index-level permissions for search: which `indices` / `remote_indices` entries grant the search
 * action on an index, and the document- and field-level security those entries carry. Used twice for
 * a cross-cluster search, once for the key's `access.search` and once for the user's `remote_indices`;
 * a document must pass both, which is the intersection Elasticsearch computes (fact sheet §6.3).
 */
import { wildcardMatch } from './access';
import { isPlainObject } from './json';
import { matches } from './query';

/** The part of an `indices` entry that matters for search. */
export interface IndexGrant {
  readonly names: string[];
  readonly privileges: string[];
  readonly query?: string;
  readonly field_security?: { grant?: string[]; except?: string[] };
}

/** `indices:data/read/search` is granted by the index privileges `read` and `all`. */
const SEARCH_GRANTED_BY = ['read', 'all'];
export const SEARCH_ACTION = 'indices:data/read/search';
export const SEARCH_GRANTED_BY_TEXT = SEARCH_GRANTED_BY.join(',');

/** Entries that grant search on `index` (names are exact, `*` wildcards or `/regex/`). */
export function searchGrants(entries: readonly IndexGrant[], index: string): IndexGrant[] {
  return entries.filter((e) => e.privileges.some((p) => SEARCH_GRANTED_BY.includes(p))
    && e.names.some((n) => nameMatches(n, index)));
}

function nameMatches(pattern: string, index: string): boolean {
  if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/')) {
    return new RegExp('^(?:' + pattern.slice(1, -1) + ')$').test(index);
  }
  return wildcardMatch(pattern, index);
}

/** Document-level security: with several granting entries, a document visible through any one is visible. */
export function visible(grants: readonly IndexGrant[], source: Record<string, unknown>, id: string): boolean {
  if (grants.some((g) => !g.query)) return true;
  return grants.some((g) => matches(g.query, source, id));
}

function fieldAllowed(g: IndexGrant, field: string): boolean {
  const fs = g.field_security;
  if (!fs) return true;
  const granted = (fs.grant ?? ['*']).some((p) => wildcardMatch(p, field));
  return granted && !(fs.except ?? []).some((p) => wildcardMatch(p, field));
}

/** Field-level security on top-level fields: a field is kept when any granting entry allows it. */
export function filterFields(grants: readonly IndexGrant[], source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(source)) {
    if (grants.some((g) => fieldAllowed(g, field))) out[field] = value;
  }
  return out;
}

/** Read the grants out of stored `indices` / `remote_indices` JSON entries. */
export function toGrants(entries: unknown): IndexGrant[] {
  if (!Array.isArray(entries)) return [];
  return entries.filter(isPlainObject).map((e) => ({
    names: Array.isArray(e.names) ? e.names.map(String) : [String(e.names)],
    privileges: Array.isArray(e.privileges) ? e.privileges.map(String) : [],
    query: typeof e.query === 'string' && e.query !== '' ? e.query : isPlainObject(e.query) ? JSON.stringify(e.query) : undefined,
    field_security: isPlainObject(e.field_security) ? e.field_security as IndexGrant['field_security'] : undefined,
  }));
}
