import { isDeployTime } from './deploy-time';
import { Problem, show } from './problem';

/**
 * The `remote_cluster` privileges of a role (API key model only), with the Elasticsearch version
 * that added each: `monitor_enrich` 8.15 (ES|QL ENRICH across clusters), `monitor_stats` 8.17.
 * See https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key#remote-clusters-privileges-api-key
 * and the put-role API (`remote_cluster`).
 */
const REMOTE_CLUSTER_PRIVILEGES: Readonly<Record<string, string>> = {
  monitor_enrich: '8.15',
  monitor_stats: '8.17',
};

/**
 * `remote_cluster[0].privileges`: a non-empty list, each one of {@link REMOTE_CLUSTER_PRIVILEGES}.
 * Elasticsearch refuses anything else when the role is written; here it fails synth.
 */
export function checkRemoteClusterPrivileges(privileges: unknown, prop: string): Problem[] {
  if (privileges === undefined || isDeployTime(privileges)) return [];
  const known = Object.keys(REMOTE_CLUSTER_PRIVILEGES);
  const listed = known.map((p) => `${p} (Elasticsearch ${REMOTE_CLUSTER_PRIVILEGES[p]}+)`).join(', ');
  if (!Array.isArray(privileges) || privileges.length === 0) {
    return [{ prop, message: `must be a non-empty list, got ${show(privileges)}`, fix: `list some of ${listed}, or omit it` }];
  }
  const problems: Problem[] = [];
  privileges.forEach((p, i) => {
    if (isDeployTime(p) || (typeof p === 'string' && known.includes(p))) return;
    problems.push({
      prop: `${prop}[${i}]`,
      message: `${show(p)} is not a remote_cluster privilege (Elasticsearch: "Invalid remote_cluster permissions found. Please remove the following: [${String(p)}] Only [${known.join(', ')}] are allowed")`,
      fix: `use one of ${listed}; for index access use remote_indices`,
    });
  });
  return problems;
}

/** The version that added `privilege` as `[major, minor]`, or undefined for an unknown privilege. */
export function remoteClusterPrivilegeSince(privilege: string): readonly [number, number] | undefined {
  const since = Object.prototype.hasOwnProperty.call(REMOTE_CLUSTER_PRIVILEGES, privilege) ? REMOTE_CLUSTER_PRIVILEGES[privilege] : undefined;
  if (since === undefined) return undefined;
  const [major, minor] = since.split('.').map(Number);
  return [major, minor];
}
