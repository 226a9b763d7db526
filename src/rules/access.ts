import { jsonProblem } from './api-key';
import { hasDeployTimeKey, isDeployTime } from './deploy-time';
import { hasClusterPrefix } from './index-name';
import { Problem, show } from './problem';

/**
 * Rules for the `access` of a cross-cluster API key: the `search` and `replication` entries
 * (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key).
 * Entries are given in Elasticsearch's JSON shape with literal values, and DEPLOY_TIME where a
 * value is known only at deploy time.
 */

/** A `search` entry as the rules see it. */
export interface SearchEntry {
  readonly names: unknown;
  readonly query?: unknown;
  readonly fieldSecurity?: unknown;
  readonly allowRestrictedIndices?: unknown;
}

/** A `replication` entry as the rules see it. */
export interface ReplicationEntry {
  readonly names: unknown;
  readonly allowRestrictedIndices?: unknown;
}

/** Where an entry came from, for messages: its prop and the construct path that declared it. */
export interface EntryRef {
  readonly prop: string;
  readonly path: string;
}

/** `names`: a non-empty list of non-empty index names or patterns. */
export function checkNames(names: unknown, prop: string): Problem[] {
  if (isDeployTime(names)) return [];
  if (!Array.isArray(names)) return [{ prop, message: `must be a list of index names or patterns, got ${show(names)}`, fix: 'pass e.g. ["logs-*"]' }];
  if (names.length === 0) {
    return [{
      prop,
      message: 'is empty (Elasticsearch: "failed to parse indices privileges for role [cross_cluster]. [names] cannot be an empty array")',
      fix: 'list at least one index name or pattern, e.g. ["logs-*"], or remove the entry',
    }];
  }
  const problems: Problem[] = [];
  names.forEach((n: unknown, i) => { // forEach skips holes, as in [, 'logs-*'] (cdktf writes no element for them)
    if (typeof n !== 'string' && !isDeployTime(n)) {
      problems.push({ prop: `${prop}[${i}]`, message: `must be a string, got ${show(n)}`, fix: 'use index names or patterns as strings' });
    } else if (n === '') {
      problems.push({ prop: `${prop}[${i}]`, message: 'is an empty string, which matches no index', fix: 'remove it or give an index name or pattern' });
    } else if (typeof n === 'string' && n.startsWith('<') && n.endsWith('>')) {
      problems.push({
        prop: `${prop}[${i}]`,
        message: `${show(n)} is date math, which Elasticsearch does not resolve in the index names of roles and API keys (elastic/elasticsearch#64972): it would grant that literal text, and no index name can contain "<", so it matches nothing`,
        fix: 'use a wildcard pattern instead, e.g. "logs-*"',
      });
    }
  });
  return problems;
}

/**
 * Literal index names that carry a cluster alias prefix (`remote-a:logs-*`, see
 * {@link hasClusterPrefix}). The key's names are names on the remote cluster itself, so such a name
 * matches nothing there. For a warning.
 */
export function namesWithClusterPrefix(names: unknown): string[] {
  if (!Array.isArray(names)) return [];
  return names.filter((n): n is string => typeof n === 'string' && hasClusterPrefix(n));
}

/** `field_security`: `{ grant?: string[], except?: string[] }`, not empty, `except` needs `grant`. */
export function checkFieldSecurity(fs: unknown, prop: string): Problem[] {
  if (fs === undefined || isDeployTime(fs)) return [];
  if (fs === null || typeof fs !== 'object' || Array.isArray(fs)) {
    return [{ prop, message: `must be an object { grant, except }, got ${show(fs)}`, fix: 'pass e.g. { grant: ["@timestamp", "message"] }' }];
  }
  const { grant, except } = fs as { grant?: unknown; except?: unknown };
  const problems: Problem[] = [];
  const unknownKeys = Object.keys(fs).filter((k) => k !== 'grant' && k !== 'except').map((k) => show(k));
  if (hasDeployTimeKey(fs)) unknownKeys.push('(a key known only at deploy time)');
  if (unknownKeys.length > 0) problems.push({ prop, message: `has unknown field(s) ${unknownKeys.join(', ')}`, fix: 'use only grant and except' });
  if (grant === undefined && except === undefined) {
    problems.push({ prop, message: 'is empty (Elasticsearch: "\\"field_security\\" must not be empty.")', fix: 'give grant (and optionally except), or remove field_security' });
  }
  if (except !== undefined && grant === undefined) {
    problems.push({
      prop: `${prop}.except`,
      message: 'is given without grant (Elasticsearch: "field_security requires grant if except is given")',
      fix: 'add grant, e.g. grant: ["*"] with the except list',
    });
  }
  problems.push(...checkExceptWithinGrant(grant, except, prop), ...checkFieldList(grant, 'grant', prop), ...checkFieldList(except, 'except', prop));
  return problems;
}

/** `grant` or `except` of a `field_security`: a list of non-empty field names. */
function checkFieldList(list: unknown, key: 'grant' | 'except', prop: string): Problem[] {
  if (list === undefined || isDeployTime(list)) return [];
  if (!Array.isArray(list)) return [{ prop: `${prop}.${key}`, message: `must be a list of field names, got ${show(list)}`, fix: `pass e.g. ${key}: ["message"]` }];
  const problems: Problem[] = [];
  list.forEach((f: unknown, i) => {
    if ((typeof f !== 'string' || f.length === 0) && !isDeployTime(f)) {
      problems.push({ prop: `${prop}.${key}[${i}]`, message: `must be a non-empty field name, got ${show(f)}`, fix: 'use field names or patterns such as "message" or "event.*"' });
    }
  });
  return problems;
}

/**
 * `except` must be a subset of `grant` (Elasticsearch checks it with automata). Checked for literal
 * `except` names (no `*`, `?`, `\` or `/`), which must match some `grant` pattern; patterns are left
 * to Elasticsearch.
 */
function checkExceptWithinGrant(grant: unknown, except: unknown, prop: string): Problem[] {
  if (!Array.isArray(grant) || !Array.isArray(except) || ![...grant].every((g) => typeof g === 'string')) return [];
  const outside = except.filter((e): e is string => typeof e === 'string' && e !== '' && !/[*?/\\]/.test(e) && !grantCovers(grant, e));
  if (outside.length === 0) return [];
  return [{
    prop: `${prop}.except`,
    message: `${outside.map((e) => show(e)).join(', ')} ${outside.length === 1 ? 'is' : 'are'} not granted by grant ${show(grant)}; Elasticsearch requires except to be a subset of grant ("failed to parse indices privileges for role [cross_cluster] - Exceptions for field permissions must be a subset of the granted fields")`,
    fix: 'remove those names from except, or add them (or a pattern covering them) to grant',
  }];
}

/**
 * Whether a literal field name lies within the granted patterns, as Elasticsearch's automaton check
 * decides it (`FieldPermissions`, patterns built by `Automatons.pattern`: `*` any string, `?` any
 * character, `\` escapes the next character, `/.../` a Lucene regular expression). Granting an
 * object field (`message`) does not grant its subfields (`message.secret`): Elasticsearch rejects
 * that `except`. Left to Elasticsearch (taken as covered): names starting with `_`, which older
 * versions grant implicitly and newer ones do not, and grants given as regular expressions.
 */
function grantCovers(grant: string[], field: string): boolean {
  return field.startsWith('_') || grant.some((g) => g.startsWith('/') || wildcardToRegExp(g).test(field));
}

/** Elasticsearch's simple wildcard pattern as a regular expression. */
function wildcardToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else if (c === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, 's');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Known fields of entries, in the construct's (camelCase) and Elasticsearch's (snake_case) spelling. */
const SEARCH_FIELDS = ['names', 'query', 'fieldSecurity', 'allowRestrictedIndices'];
const REPLICATION_FIELDS = ['names', 'allowRestrictedIndices', 'query', 'fieldSecurity', 'field_security'];
const CAMEL: Record<string, string> = { allow_restricted_indices: 'allowRestrictedIndices', field_security: 'fieldSecurity' };

/** Fields the construct does not know (e.g. from JavaScript or a config file) fail instead of being dropped. */
function checkUnknownFields(entry: object, known: string[], prop: string): Problem[] {
  const unknown = Object.keys(entry).filter((k) => !known.includes(k) && (entry as Record<string, unknown>)[k] !== undefined);
  return unknown.map((k): Problem => {
    if (k === 'privileges') {
      return {
        prop: `${prop}.privileges`,
        message: 'is given, but cross-cluster API keys take no explicit privileges (Elasticsearch: "field [privileges] must not present"); search and replication imply them',
        fix: 'remove privileges',
      };
    }
    const camel = CAMEL[k];
    return {
      prop: `${prop}.${k}`,
      message: 'is not a field of this entry and would be ignored',
      fix: camel ? `spell it ${camel}` : `use only ${known.filter((f) => !f.includes('_')).join(', ')}`,
    };
  });
}

const QUERY_FIX = 'pass the query as an object, e.g. { term: { team: "a" } }';

/** `query`: a JSON object (the DLS query), or a string holding one. */
export function checkQuery(query: unknown, prop: string): Problem[] {
  if (query === undefined || isDeployTime(query)) return [];
  if (typeof query === 'string') return checkQueryString(query, prop);
  if (query === null || typeof query !== 'object' || Array.isArray(query)) return [{ prop, message: `must be a query object, got ${show(query)}`, fix: QUERY_FIX }];
  const bad = jsonProblem(query, prop);
  return bad ? [{ prop, message: `must be JSON: ${bad}`, fix: QUERY_FIX }] : [];
}

/** A query given as a string must hold a JSON object. */
function checkQueryString(query: string, prop: string): Problem[] {
  if (query.trim() === '') {
    return [{ prop, message: 'is an empty string, which Elasticsearch treats as no query', fix: 'remove query, or give a query object' }];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(query);
  } catch (e) {
    return [{ prop, message: `is a string that is not valid JSON (${(e as Error).message})`, fix: QUERY_FIX }];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [{ prop, message: `is a JSON string that does not hold an object: ${show(query)}`, fix: QUERY_FIX }];
  }
  return [];
}

/** `allow_restricted_indices`: a boolean. */
export function checkAllowRestrictedIndices(value: unknown, prop: string): Problem[] {
  if (value === undefined || isDeployTime(value) || typeof value === 'boolean') return [];
  return [{ prop, message: `must be a boolean, got ${show(value)}`, fix: 'pass true or false' }];
}

/** One `search` entry on its own. */
export function checkSearchEntry(entry: SearchEntry, prop: string): Problem[] {
  return [
    ...checkUnknownFields(entry, SEARCH_FIELDS, prop),
    ...checkNames(entry.names, `${prop}.names`),
    ...checkQuery(entry.query, `${prop}.query`),
    ...checkFieldSecurity(entry.fieldSecurity, `${prop}.field_security`),
    ...checkAllowRestrictedIndices(entry.allowRestrictedIndices, `${prop}.allow_restricted_indices`),
  ];
}

/** One `replication` entry on its own. */
export function checkReplicationEntry(entry: ReplicationEntry, prop: string): Problem[] {
  return [
    ...checkUnknownFields(entry, REPLICATION_FIELDS, prop),
    ...checkNames(entry.names, `${prop}.names`),
    ...checkAllowRestrictedIndices(entry.allowRestrictedIndices, `${prop}.allow_restricted_indices`),
  ];
}

/**
 * `allow_restricted_indices` on replication: Elasticsearch accepts it, but the elasticstack
 * provider's schema carries only `names` for replication entries and would drop it silently.
 */
export function checkReplicationForElasticstackProvider(entry: ReplicationEntry, prop: string): Problem[] {
  if (entry.allowRestrictedIndices !== true && !isDeployTime(entry.allowRestrictedIndices)) return [];
  return [{
    prop: `${prop}.allow_restricted_indices`,
    message: 'is set, but the elasticstack provider only sends names for replication entries and would drop it silently',
    fix: 'remove allowRestrictedIndices from the replication entry, or create the key with this package\'s own provider (providerType: KeyProviderType.ECCX), which sends it',
  }];
}

/**
 * The rules that look at the whole `access`: at least one entry, and no document or field level
 * security on search entries while the key has replication entries (Elasticsearch >= 8.14,
 * CVE-2024-23445).
 */
export function checkAccess(
  search: ReadonlyArray<{ entry: SearchEntry; ref: EntryRef }>,
  replication: ReadonlyArray<{ entry: ReplicationEntry; ref: EntryRef }>,
  searchListUnresolved = false,
  replicationListUnresolved = false,
): Problem[] {
  const problems: Problem[] = [];
  if (search.length === 0 && replication.length === 0 && !searchListUnresolved && !replicationListUnresolved) {
    problems.push({
      prop: 'access',
      message: 'has no search and no replication entry (Elasticsearch: "must specify non-empty access for either [search] or [replication]")',
      fix: 'add at least one entry: the search or replication prop, new SearchAccess(key, id, props), key.addSearch(...) or key.addReplication(...)',
    });
  }
  const dls = search.filter(({ entry }) => entry.query !== undefined || entry.fieldSecurity !== undefined);
  if (replication.length > 0 && dls.length > 0) {
    const which = dls
      .map(({ entry, ref }) => `${ref.prop} (${ref.path}) sets ${[entry.query !== undefined ? 'query' : '', entry.fieldSecurity !== undefined ? 'field_security' : ''].filter(Boolean).join(' and ')}`)
      .join('; ');
    const repl = replication.map(({ ref }) => `${ref.prop} (${ref.path})`).join(', ');
    problems.push({
      prop: 'access',
      message: `search entries may not use document or field level security while the key has replication entries: ${which}; replication: ${repl}. Elasticsearch >= 8.14 rejects this with "search does not support document or field level security if replication is assigned" (CVE-2024-23445) and refuses to use such keys created earlier`,
      fix: 'split it into two keys: one search key that keeps query/field_security, and one replication-only key',
    });
  }
  return problems;
}

/** Replication entries never support document or field level security (all versions). */
export function checkReplicationHasNoDlsFls(entry: Record<string, unknown>, prop: string): Problem[] {
  const set = ['query', 'fieldSecurity', 'field_security'].filter((k) => entry[k] !== undefined);
  if (set.length === 0) return [];
  return [{
    prop,
    message: `sets ${set.join(' and ')} (Elasticsearch: "replication does not support document or field level security")`,
    fix: 'remove it; use a search entry (on a separate key if the key also replicates) for filtered access',
  }];
}
