import { jsonProblem } from './api-key';
import { isDeployTime } from './deploy-time';
import { Problem, show } from './problem';

/**
 * Rules for the `access` of a cross-cluster API key: the `search` and `replication` entries
 * (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key).
 * Entries are given in Elasticsearch's JSON shape with literal or token values.
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

/** `names`: a non-empty list of non-empty index names or patterns. */
export function checkNames(names: unknown, prop: string): Problem[] {
  if (isDeployTime(names)) return [];
  if (!Array.isArray(names)) return [ENTRY.namesNotList(names, prop)];
  if (names.length === 0) return [ENTRY.namesEmpty(prop)];
  const problems: Problem[] = [];
  for (let i = 0; i < names.length; i++) {
    if (!(i in names)) continue; // a hole, as in [, 'logs-*']: skipped (cdktf writes no element for it)
    const n: unknown = names[i];
    if ((typeof n !== 'string' || n.length === 0) && !isDeployTime(n)) problems.push(ENTRY.badName(n, `${prop}[${i}]`));
  }
  return problems;
}

// The checks keep only their conditions; the messages are built by these functions, which are
// compiled only when a problem is found (V8 compiles a function's whole body on its first call,
// and a valid key calls every check once per synth).
const ENTRY = {
  namesNotList: (names: unknown, prop: string): Problem => ({ prop, message: `must be a list of index names or patterns, got ${show(names)}`, fix: 'pass e.g. ["logs-*"]' }),
  namesEmpty: (prop: string): Problem => ({
    prop,
    message: 'is empty (Elasticsearch: "failed to parse indices privileges for role [cross_cluster]. [names] cannot be an empty array")',
    fix: 'list at least one index name or pattern, e.g. ["logs-*"], or remove the entry',
  }),
  badName: (n: unknown, prop: string): Problem => (typeof n !== 'string'
    ? { prop, message: `must be a string, got ${show(n)}`, fix: 'use index names or patterns as strings' }
    : { prop, message: 'is an empty string, which matches no index', fix: 'remove it or give an index name or pattern' }),
  unknownField: (k: string, known: string[], prop: string): Problem => {
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
  },
  notBoolean: (value: unknown, prop: string): Problem => ({ prop, message: `must be a boolean, got ${show(value)}`, fix: 'pass true or false' }),
};

/**
 * Literal index names that carry a cluster alias prefix (`remote-a:logs-*`). The key's names are
 * names on the remote cluster itself, so such a name matches nothing there. For a warning.
 */
export function namesWithClusterPrefix(names: unknown): string[] {
  if (!Array.isArray(names) || isDeployTime(names)) return [];
  return names.filter((n): n is string => typeof n === 'string' && !n.startsWith('/') && /^[^:]+:/.test(n));
}

/** `field_security`: `{ grant?: string[], except?: string[] }`, not empty, `except` needs `grant`. */
export function checkFieldSecurity(fs: unknown, prop: string): Problem[] {
  if (fs === undefined || isDeployTime(fs)) return [];
  if (fs === null || typeof fs !== 'object' || Array.isArray(fs)) return [FIELD_SECURITY.notObject(fs, prop)];
  const { grant, except } = fs as { grant?: unknown; except?: unknown };
  const problems: Problem[] = [];
  let unknownKeys: string[] | undefined;
  for (const k of Object.keys(fs)) {
    if (k !== 'grant' && k !== 'except') (unknownKeys ??= []).push(k);
  }
  if (unknownKeys) problems.push(FIELD_SECURITY.unknownFields(unknownKeys, prop));
  if (grant === undefined && except === undefined) problems.push(FIELD_SECURITY.empty(prop));
  if (except !== undefined && grant === undefined) problems.push(FIELD_SECURITY.exceptWithoutGrant(prop));
  checkExceptWithinGrant(grant, except, prop, problems);
  checkFieldList(grant, 'grant', prop, problems);
  checkFieldList(except, 'except', prop, problems);
  return problems;
}

/** `grant` or `except` of a `field_security`: a list of non-empty field names; problems go to `problems`. */
function checkFieldList(list: unknown, key: 'grant' | 'except', prop: string, problems: Problem[]): void {
  if (list === undefined || isDeployTime(list)) return;
  if (!Array.isArray(list)) {
    problems.push(FIELD_SECURITY.notList(list, key, prop));
    return;
  }
  for (let i = 0; i < list.length; i++) {
    const f: unknown = list[i];
    if ((typeof f !== 'string' || f.length === 0) && !isDeployTime(f)) problems.push(FIELD_SECURITY.badField(f, `${prop}.${key}[${i}]`));
  }
}

const FIELD_SECURITY = {
  notObject: (fs: unknown, prop: string): Problem => ({ prop, message: `must be an object { grant, except }, got ${show(fs)}`, fix: 'pass e.g. { grant: ["@timestamp", "message"] }' }),
  unknownFields: (unknownKeys: string[], prop: string): Problem => ({
    prop,
    message: `has unknown field(s) ${unknownKeys.map((k) => show(k)).join(', ')}`,
    fix: 'use only grant and except',
  }),
  empty: (prop: string): Problem => ({
    prop,
    message: 'is empty (Elasticsearch: "\\"field_security\\" must not be empty.")',
    fix: 'give grant (and optionally except), or remove field_security',
  }),
  exceptWithoutGrant: (prop: string): Problem => ({
    prop: `${prop}.except`,
    message: 'is given without grant (Elasticsearch: "field_security requires grant if except is given")',
    fix: 'add grant, e.g. grant: ["*"] with the except list',
  }),
  notList: (list: unknown, key: 'grant' | 'except', prop: string): Problem => ({ prop: `${prop}.${key}`, message: `must be a list of field names, got ${show(list)}`, fix: `pass e.g. ${key}: ["message"]` }),
  badField: (f: unknown, prop: string): Problem => ({ prop, message: `must be a non-empty field name, got ${show(f)}`, fix: 'use field names or patterns such as "message" or "event.*"' }),
  exceptOutsideGrant: (outside: string[], grant: unknown, prop: string): Problem => ({
    prop: `${prop}.except`,
    message: `${outside.map((e) => show(e)).join(', ')} ${outside.length === 1 ? 'is' : 'are'} not granted by grant ${show(grant)}; Elasticsearch requires except to be a subset of grant ("failed to parse indices privileges for role [cross_cluster] - Exceptions for field permissions must be a subset of the granted fields")`,
    fix: 'remove those names from except, or add them (or a pattern covering them) to grant',
  }),
};

/** Compiled `*` patterns; bounded like the time-value cache (the rules also run in the provider process). */
const GLOBS = new Map<string, RegExp>();
const MAX_GLOBS = 10_000;

/** True when `field` matches the field-name pattern `pattern` (`*` wildcards). */
function globMatches(pattern: string, field: string): boolean {
  if (!pattern.includes('*')) return pattern === field;
  let re = GLOBS.get(pattern);
  if (re === undefined) {
    re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (GLOBS.size < MAX_GLOBS) GLOBS.set(pattern, re);
  }
  return re.test(field);
}

/**
 * `except` must be a subset of `grant` (Elasticsearch checks it with automata). Checked for literal
 * `except` names without wildcards, which must match some `grant` pattern; patterns are left to
 * Elasticsearch. A problem goes to `problems`.
 */
function checkExceptWithinGrant(grant: unknown, except: unknown, prop: string, problems: Problem[]): void {
  if (!Array.isArray(grant) || !Array.isArray(except) || isDeployTime(grant) || isDeployTime(except)) return;
  for (const g of grant) {
    if (typeof g !== 'string' || isDeployTime(g)) return;
  }
  let outside: string[] | undefined;
  for (const e of except) {
    if (typeof e === 'string' && e !== '' && !e.includes('*') && !isDeployTime(e) && !grantCovers(grant as string[], e)) (outside ??= []).push(e);
  }
  if (outside) problems.push(FIELD_SECURITY.exceptOutsideGrant(outside, grant, prop));
}

/**
 * Conservative: a name under a granted object field (`message.secret` under `message`) counts as
 * covered, so only names that no grant can reach fail.
 */
function grantCovers(grant: string[], field: string): boolean {
  for (const g of grant) {
    if (globMatches(g, field) || field.startsWith(`${g}.`)) return true;
  }
  return false;
}

/** Known fields of entries, in the construct's (camelCase) and Elasticsearch's (snake_case) spelling. */
const SEARCH_FIELDS = ['names', 'query', 'fieldSecurity', 'allowRestrictedIndices'];
const REPLICATION_FIELDS = ['names', 'allowRestrictedIndices', 'query', 'fieldSecurity', 'field_security'];
const CAMEL: Record<string, string> = { allow_restricted_indices: 'allowRestrictedIndices', field_security: 'fieldSecurity' };

/** Fields the construct does not know (e.g. from JavaScript or a config file) fail instead of being dropped. */
function checkUnknownFields(entry: object, known: string[], prop: string): Problem[] {
  const problems: Problem[] = [];
  for (const k of Object.keys(entry)) {
    if (!known.includes(k) && (entry as Record<string, unknown>)[k] !== undefined) problems.push(ENTRY.unknownField(k, known, prop));
  }
  return problems;
}

/** `query`: a JSON object (the DLS query), or a string holding one. */
export function checkQuery(query: unknown, prop: string): Problem[] {
  if (query === undefined || isDeployTime(query)) return [];
  if (typeof query === 'string') return checkQueryString(query, prop);
  if (query === null || typeof query !== 'object' || Array.isArray(query)) return [QUERY.notObject(query, prop)];
  const bad = jsonProblem(query, prop);
  return bad ? [QUERY.notJson(bad, prop)] : [];
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

const QUERY_FIX = 'pass the query as an object, e.g. { term: { team: "a" } }';

const QUERY = {
  notObject: (query: unknown, prop: string): Problem => ({ prop, message: `must be a query object, got ${show(query)}`, fix: QUERY_FIX }),
  notJson: (bad: string, prop: string): Problem => ({ prop, message: `must be JSON: ${bad}`, fix: QUERY_FIX }),
};

/** `allow_restricted_indices`: a boolean. */
export function checkAllowRestrictedIndices(value: unknown, prop: string): Problem[] {
  if (value === undefined || isDeployTime(value) || typeof value === 'boolean') return [];
  return [ENTRY.notBoolean(value, prop)];
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
  return [ACCESS.replicationRestrictedOnElasticstack(prop)];
}

/** Where an entry came from, for messages: its prop and the construct path that declared it. */
export interface EntryRef {
  readonly prop: string;
  readonly path: string;
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
  if (search.length === 0 && replication.length === 0 && !searchListUnresolved && !replicationListUnresolved) problems.push(ACCESS.empty());
  if (replication.length > 0) {
    const dls = search.filter(setsDlsOrFls);
    if (dls.length > 0) problems.push(ACCESS.dlsWithReplication(dls, replication));
  }
  return problems;
}

function setsDlsOrFls({ entry }: { entry: SearchEntry }): boolean {
  return entry.query !== undefined || entry.fieldSecurity !== undefined;
}

/** The fields of a replication entry that would ask for document or field level security. */
const DLS_FLS_FIELDS = ['query', 'fieldSecurity', 'field_security'];

/** Replication entries never support document or field level security (all versions). */
export function checkReplicationHasNoDlsFls(entry: Record<string, unknown>, prop: string): Problem[] {
  let set: string[] | undefined;
  for (const k of DLS_FLS_FIELDS) {
    if (entry[k] !== undefined) (set ??= []).push(k);
  }
  return set ? [ACCESS.replicationDlsFls(set, prop)] : [];
}

const ACCESS = {
  empty: (): Problem => ({
    prop: 'access',
    message: 'has no search and no replication entry (Elasticsearch: "must specify non-empty access for either [search] or [replication]")',
    fix: 'add at least one entry: the search or replication prop, new SearchAccess(key, id, props), key.addSearch(...) or key.addReplication(...)',
  }),
  dlsWithReplication: (
    dls: ReadonlyArray<{ entry: SearchEntry; ref: EntryRef }>,
    replication: ReadonlyArray<{ entry: ReplicationEntry; ref: EntryRef }>,
  ): Problem => {
    const which = dls
      .map(({ entry, ref }) => `${ref.prop} (${ref.path}) sets ${[entry.query !== undefined ? 'query' : '', entry.fieldSecurity !== undefined ? 'field_security' : ''].filter(Boolean).join(' and ')}`)
      .join('; ');
    const repl = replication.map(({ ref }) => `${ref.prop} (${ref.path})`).join(', ');
    return {
      prop: 'access',
      message: `search entries may not use document or field level security while the key has replication entries: ${which}; replication: ${repl}. Elasticsearch >= 8.14 rejects this with "search does not support document or field level security if replication is assigned" (CVE-2024-23445) and refuses to use such keys created earlier`,
      fix: 'split it into two keys: one search key that keeps query/field_security, and one replication-only key',
    };
  },
  replicationDlsFls: (set: string[], prop: string): Problem => ({
    prop,
    message: `sets ${set.join(' and ')} (Elasticsearch: "replication does not support document or field level security")`,
    fix: 'remove it; use a search entry (on a separate key if the key also replicates) for filtered access',
  }),
  replicationRestrictedOnElasticstack: (prop: string): Problem => ({
    prop: `${prop}.allow_restricted_indices`,
    message: 'is set, but the elasticstack provider only sends names for replication entries and would drop it silently',
    fix: 'remove allowRestrictedIndices from the replication entry, or create the key with this package\'s own provider (providerType: KeyProviderType.ECCX), which sends it',
  }),
};
