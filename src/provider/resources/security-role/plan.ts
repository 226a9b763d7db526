import { REMOTE_CLUSTER_SINCE, REMOTE_INDICES_SINCE } from './models';
import { stateType } from './schema';
import { remoteClusterPrivilegeSince } from '../../../rules/remote-cluster-privileges';
import type { ProviderData } from '../../connection';
import { serverVersion, versionAtLeast } from '../../elasticsearch';
import type { CallContext, PlanRequest, PlanResult, State } from '../../framework';
import { DiagnosticError, Value, attrPath, valuesEqual } from '../../values';
import { objectEntries } from '../list-entries';

/**
 * The plan: `id` is the name. When the role is created or changes and uses `remote_indices` or
 * `remote_cluster`, the cluster's version is checked here, so `plan` fails early on a cluster
 * that would refuse them (remote_indices 8.10+, remote_cluster 8.15+, monitor_stats 8.17+).
 */
export async function planRole({ priorState, plannedState, config }: PlanRequest<State>, ctx: CallContext<ProviderData>): Promise<PlanResult<State>> {
  const planned: Record<string, Value> = { ...plannedState, id: config.name };
  if (priorState !== null && valuesEqual(priorState, planned, stateType)) return { plannedState: planned };
  const remoteIndices = objectEntries(config.remote_indices);
  const remoteCluster = objectEntries(config.remote_cluster);
  if (remoteIndices.length === 0 && remoteCluster.length === 0) return { plannedState: planned };
  const version = await serverVersion(ctx);
  const need = (since: readonly [number, number], what: string, path: ReturnType<typeof attrPath>): void => {
    if (!versionAtLeast(version, since[0], since[1])) {
      throw new DiagnosticError(`${what} needs Elasticsearch ${since.join('.')} or later`,
        `The local cluster runs Elasticsearch ${version}, which does not know ${what} (added in ${since.join('.')}). Remove it, or upgrade the cluster.`, path);
    }
  };
  if (remoteIndices.length > 0) need(REMOTE_INDICES_SINCE, 'remote_indices', attrPath('remote_indices'));
  remoteCluster.forEach(({ entry, index }) => {
    need(REMOTE_CLUSTER_SINCE, 'remote_cluster', attrPath('remote_cluster', index));
    (Array.isArray(entry.privileges) ? entry.privileges : []).forEach((p, j) => {
      const since = typeof p === 'string' ? remoteClusterPrivilegeSince(p) : undefined;
      if (since) need(since, `the remote_cluster privilege ${p}`, attrPath('remote_cluster', index, 'privileges', j));
    });
  });
  return { plannedState: planned };
}
