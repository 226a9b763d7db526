import { findMarkedKeys } from './creation-marker';
import { str } from './models';
import { keyIdOf } from './read';
import type { ProviderData } from '../../connection';
import { EsErrorBody, describeEsError, esCall } from '../../elasticsearch';
import type { CallContext, DeleteRequest, State } from '../../framework';
import { DiagnosticError, isPlainObject } from '../../values';

/**
 * Delete: invalidate by id (`DELETE /_security/api_key` with `ids`). An unknown or already
 * invalidated key counts as done; `error_count > 0` is an error with Elasticsearch's reasons.
 * A half-made key (no id in state: its create answer was lost) is found by name and creation
 * marker first; finding none means there is nothing to invalidate.
 */
export async function deleteKey({ priorState }: DeleteRequest<State>, ctx: CallContext<ProviderData>): Promise<void> {
  const name = str(priorState.name);
  const token = str(priorState.create_token);
  if (str(priorState.key_id) === null && str(priorState.id) === null && name !== null && token !== null) {
    const found = await findMarkedKeys(ctx, name, token);
    for (const key of found) await invalidate(String(key.id), ctx);
    ctx.log.debug('invalidated the keys of a failed create found by their creation marker', { name, count: found.length });
    return;
  }
  await invalidate(keyIdOf(priorState), ctx);
}

async function invalidate(id: string, ctx: CallContext<ProviderData>): Promise<void> {
  const res = await esCall<Record<string, unknown> | null>(ctx, `invalidate API key ${id}`, {
    method: 'DELETE', path: '/_security/api_key', body: { ids: [id] },
  }, null);
  if (res === null) return; // nothing to invalidate
  if (!isPlainObject(res)) throw new DiagnosticError('Malformed Elasticsearch response', `The answer to DELETE /_security/api_key for key ${id} is not an object.`);
  const errors = typeof res.error_count === 'number' ? res.error_count : 0;
  if (errors > 0) {
    const details = Array.isArray(res.error_details) ? res.error_details.filter(isPlainObject).map((d) => describeEsError(d as EsErrorBody)) : [];
    throw new DiagnosticError('Elasticsearch refused to invalidate the cross-cluster API key',
      `Invalidating key ${id} reported ${errors} error(s): ${details.join('; ') || 'no details'}. `
      + 'Invalidating cross-cluster API keys needs the manage_security cluster privilege.');
  }
  ctx.log.debug('invalidated cross-cluster API key', { key_id: id });
}
