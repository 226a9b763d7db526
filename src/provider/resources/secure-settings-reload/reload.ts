import type { ProviderData } from '../../connection';
import { EsErrorBody, describeEsError, reloadSecureSettings } from '../../elasticsearch';
import type { CallContext, State } from '../../framework';
import { Diagnostic, DiagnosticError, Value, isPlainObject } from '../../values';

/**
 * One reload (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-nodes-reload-secure-settings).
 * Elasticsearch answers 200 even when nodes fail: each node's `reload_exception`, and each entry
 * of `_nodes.failures`, becomes an error diagnostic naming the node, and the call fails (nothing is
 * stored, so the next apply reloads again). Returns the state with the reloaded node names.
 */
export async function reload(planned: State, ctx: CallContext<ProviderData>): Promise<State> {
  const nodeIds = Array.isArray(planned.node_ids) ? planned.node_ids.map(String) : [];
  const password = typeof planned.secure_settings_password === 'string' ? planned.secure_settings_password : null;
  const res = await reloadSecureSettings(ctx, nodeIds, password);
  const nodes = isPlainObject(res.nodes) ? res.nodes : {};
  const failures: Diagnostic[] = [];
  const reloaded: string[] = [];
  for (const [id, node] of Object.entries(nodes)) {
    const n = isPlainObject(node) ? node : {};
    const name = typeof n.name === 'string' ? n.name : id;
    if (isPlainObject(n.reload_exception)) {
      failures.push({
        severity: 'error',
        summary: `Secure settings reload failed on node ${name}`,
        detail: `Node ${name} (id ${id}) could not reload its keystore: ${describeEsError(n.reload_exception as EsErrorBody)}. `
          + 'It keeps the secure settings it had, so a new cluster.remote.<alias>.credentials is not in use there. '
          + 'Fix the keystore on that node (elasticsearch-keystore list / add), then apply again.',
      });
    } else {
      reloaded.push(name);
    }
  }
  const header = isPlainObject(res._nodes) ? res._nodes : {};
  for (const f of Array.isArray(header.failures) ? header.failures.filter(isPlainObject) : []) {
    const node = typeof f.node_id === 'string' ? f.node_id : 'unknown node';
    failures.push({ severity: 'error', summary: `Secure settings reload failed on node ${node}`, detail: `Elasticsearch reported: ${describeEsError(f as EsErrorBody)}.` });
  }
  if (failures.length > 0) throw new DiagnosticError(failures);
  if (Object.keys(nodes).length === 0) {
    throw new DiagnosticError('No node reloaded its secure settings',
      `POST _nodes/reload_secure_settings selected no node${nodeIds.length > 0 ? ` for node_ids ${nodeIds.join(',')}` : ''}. Check node_ids.`);
  }
  ctx.log.debug('secure settings reloaded', { nodes: reloaded.length });
  const out: Record<string, Value> = { ...planned, id: nodeIds.length > 0 ? nodeIds.join(',') : '_all', reloaded_nodes: reloaded.sort() };
  return out;
}
