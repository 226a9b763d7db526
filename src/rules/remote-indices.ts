import { checkNames } from './access';
import { isDeployTime } from './deploy-time';
import { hasClusterPrefix, isRegexPattern } from './index-name';
import { Problem, show } from './problem';

/**
 * Rules for local roles that grant `remote_indices` on a remote cluster under the API key security
 * model (https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key#remote-clusters-privileges-api-key,
 * https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-role).
 * Pure functions over literal values; DEPLOY_TIME (a value known only at deploy time) is skipped.
 */

/** The native realm's maximum role name length. */
const MAX_ROLE_NAME_LENGTH = 507;

/** A role name as the native realm accepts it: 1 to 507 printable ASCII characters, no leading or trailing space. */
export function checkRoleName(name: unknown, prop = 'role_name'): Problem[] {
  if (isDeployTime(name)) return [];
  const rule = `Elasticsearch: "Role names must be at least 1 and no more than ${MAX_ROLE_NAME_LENGTH} characters. They can contain alphanumeric characters (a-z, A-Z, 0-9), spaces, punctuation, and printable symbols in the Basic Latin (ASCII) block. Leading or trailing whitespace is not allowed."`;
  if (typeof name !== 'string') return [{ prop, message: `must be a string, got ${show(name)}`, fix: 'pass a role name such as "remote-search"' }];
  let what: string | undefined;
  if (name.length === 0) what = 'is empty';
  else if (name.length > MAX_ROLE_NAME_LENGTH) what = `is ${name.length} characters long`;
  else if (/[^\x20-\x7e]/.test(name)) what = `${show(name)} contains characters outside printable ASCII`;
  else if (name.startsWith(' ') || name.endsWith(' ')) what = `${show(name)} begins or ends with a space`;
  if (what === undefined) return [];
  return [{ prop, message: `${what} (${rule})`, fix: 'use a short ASCII name such as "remote-search"' }];
}

/** `privileges` of a `remote_indices` entry: a non-empty list of non-empty privilege names. */
export function checkRemoteIndexPrivileges(privileges: unknown, prop: string): Problem[] {
  if (isDeployTime(privileges)) return [];
  if (!Array.isArray(privileges) || privileges.length === 0) {
    return [
      {
        prop,
        message: `must be a non-empty list of index privileges, got ${show(privileges)}`,
        fix: 'use RemoteIndexPrivileges.SEARCH (read, read_cross_cluster, view_index_metadata) or RemoteIndexPrivileges.REPLICATION (cross_cluster_replication)',
      },
    ];
  }
  const problems: Problem[] = [];
  privileges.forEach((p, i) => {
    if (!isDeployTime(p) && (typeof p !== 'string' || p.trim() === '')) {
      problems.push({ prop: `${prop}[${i}]`, message: `must be a privilege name, got ${show(p)}`, fix: 'use names such as "read" or "cross_cluster_replication"' });
    }
  });
  return problems;
}

/**
 * `names` of a role's `remote_indices` (or, with `where = "local"`, `indices`) entry: a non-empty
 * list of non-empty names; remote names carry no `<alias>:` prefix.
 */
export function checkRemoteIndicesNames(names: unknown, prop: string, where: 'remote' | 'local' = 'remote'): Problem[] {
  if (Array.isArray(names) && !isDeployTime(names) && names.length === 0) {
    return [
      {
        prop,
        message: `is empty, so the role grants nothing on the ${where} cluster (Elasticsearch: "[names] cannot be an empty array")`,
        fix: where === 'remote'
          ? 'list at least one remote index name or pattern, e.g. ["logs-*"], without the alias prefix'
          : 'list at least one local index name or pattern, e.g. ["follower-*"], or leave the option out',
      },
    ];
  }
  const problems = checkNames(names, prop);
  if (Array.isArray(names) && !isDeployTime(names)) {
    names.forEach((n, i) => {
      if (typeof n === 'string' && hasClusterPrefix(n)) {
        problems.push({
          prop: `${prop}[${i}]`,
          message: `${show(n)} carries a cluster prefix; remote_indices names are index names on the remote cluster, and the cluster is given by clusters`,
          fix: `use ${show(n.slice(n.indexOf(':') + 1))}`,
        });
      } else if (typeof n === 'string' && n.startsWith(':') && !n.startsWith('::')) {
        problems.push({
          prop: `${prop}[${i}]`,
          message: `${show(n)} begins with ":", which is no cluster prefix (there is no alias before it) and cannot be part of an index name (Elasticsearch index names may not contain ":"), so it matches nothing`,
          fix: `use ${show(n.slice(1))}`,
        });
      }
    });
  }
  return problems;
}

/** Privileges that need the key's `replication` access; every other index privilege needs `search` access. */
export const REPLICATION_PRIVILEGES: readonly string[] = ['cross_cluster_replication', 'cross_cluster_replication_internal'];

/**
 * True when the simple wildcard pattern `pattern` (only `*` is special) matches every name that
 * `name` can stand for. `name` may itself hold `*`, which only a `*` of `pattern` can cover, so
 * `logs*` covers `logs-*` but `logs-a*` does not.
 */
export function wildcardCovers(pattern: string, name: string): boolean {
  // Classic two-pointer glob match over the literal text of `name`: a `*` in `name` is an ordinary
  // character that only a `*` of `pattern` can consume.
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === name[n] && name[n] !== '*') {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star !== -1) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** What the key grants, as far as it is known at synth: literal names per kind, or undefined when unknown. */
interface KeyAccessNames {
  /** Names of all search entries; undefined when any of them is a token or a regex. */
  readonly search?: readonly string[];
  /** Names of all replication entries; undefined when any of them is a token or a regex. */
  readonly replication?: readonly string[];
}

/** Collects the literal names of key entries; undefined as soon as one entry's names cannot be compared. */
export function literalKeyNames(entries: ReadonlyArray<{ names: unknown }>): string[] | undefined {
  const out: string[] = [];
  for (const { names } of entries) {
    if (isDeployTime(names) || !Array.isArray(names)) return undefined;
    for (const n of names) {
      if (isDeployTime(n) || typeof n !== 'string' || isRegexPattern(n)) return undefined;
      out.push(n);
    }
  }
  return out;
}

/**
 * A warning, not an error: a local role's `remote_indices` grant is limited by the cross-cluster
 * key (effective access is the intersection of both). Reports each literal role name or pattern
 * that no name of the key's `search` entries (for search privileges) or `replication` entries
 * (for `cross_cluster_replication`) covers. Regex patterns, tokens and unknown key access are
 * skipped.
 */
export function checkRemoteIndicesCoveredByKey(
  names: unknown,
  privileges: unknown,
  key: KeyAccessNames,
  prop: string,
  alias: string,
): Problem[] {
  if (isDeployTime(names) || !Array.isArray(names) || isDeployTime(privileges) || !Array.isArray(privileges)) return [];
  const literalPrivileges = privileges.filter((p): p is string => typeof p === 'string' && !isDeployTime(p));
  const kinds: Array<{ kind: 'search' | 'replication'; keyNames: readonly string[] | undefined }> = [];
  if (literalPrivileges.some((p) => !REPLICATION_PRIVILEGES.includes(p))) kinds.push({ kind: 'search', keyNames: key.search });
  if (literalPrivileges.some((p) => REPLICATION_PRIVILEGES.includes(p))) kinds.push({ kind: 'replication', keyNames: key.replication });
  const problems: Problem[] = [];
  for (const { kind, keyNames } of kinds) {
    if (keyNames === undefined) continue;
    names.forEach((name, i) => {
      if (isDeployTime(name) || typeof name !== 'string' || name === '' || isRegexPattern(name)) return;
      if (keyNames.some((k) => wildcardCovers(k, name))) return;
      const granted = keyNames.length === 0 ? `the key has no ${kind} entry` : `the key's ${kind} names are ${show(keyNames)}`;
      problems.push({
        prop: `${prop}[${i}]`,
        message: `${show(name)} is not covered by the cross-cluster API key behind alias ${show(alias)}: ${granted}. Effective access is the intersection of the local role and the key's access, so this grant gives no ${kind === 'search' ? 'search' : 'replication'} access to ${show(name)}`,
        fix: kind === 'search'
          ? `add ${show(name)} (or a pattern covering it) to the key's search names, or narrow the role`
          : `add ${show(name)} (or a pattern covering it) to the key's replication names, or narrow the role`,
      });
    });
  }
  return problems;
}
