import { stateFromServer } from './converters';
import { findMarkedKeys } from './creation-marker';
import { ServerKey, str } from './models';
import type { ProviderData } from '../../connection';
import { esCall } from '../../elasticsearch';
import type { CallContext, ImportRequest, ReadRequest, State } from '../../framework';
import { DiagnosticError, Obj, attrPath, isPlainObject } from '../../values';

/** Read (refresh) and import: `GET /_security/api_key?id=`. */

/** The key with this id, or null when Elasticsearch has none (404 or not in the list). */
export async function getKey(ctx: CallContext<ProviderData>, id: string, activeOnly: boolean): Promise<ServerKey | null> {
  const res = await esCall<{ api_keys?: unknown } | null>(ctx, `read API key ${id}`, {
    method: 'GET',
    path: '/_security/api_key',
    querystring: activeOnly ? { id, active_only: true } : { id },
  }, null);
  if (res === null) return null;
  if (!isPlainObject(res) || !Array.isArray(res.api_keys)) {
    throw new DiagnosticError('Malformed Elasticsearch response', `The answer to GET /_security/api_key for key ${id} has no api_keys list.`);
  }
  const key = res.api_keys.find((k) => isPlainObject(k) && k.id === id) as ServerKey | undefined;
  return key ?? null;
}

/** The key id of a state (`key_id`, else `id`). */
export function keyIdOf(state: Obj): string {
  const id = str(state.key_id) ?? str(state.id);
  if (!id) throw new DiagnosticError('Missing key id', 'The state has no key_id; remove the resource from state and import it by key id.');
  return id;
}

/**
 * A half-made key (a create whose answer was lost: no id, a creation marker): the key found by
 * name and marker gets its id in state (its secret stays unknown, so it is still replaced, as
 * Terraform's taint says); none found means the create never happened, and the state goes.
 */
async function readHalfMade(state: State, name: string, token: string, ctx: CallContext<ProviderData>): Promise<State | null> {
  const [key] = await findMarkedKeys(ctx, name, token);
  if (!key) {
    ctx.log.debug('no key carries the creation marker of a failed create: removed from state', { name });
    return null;
  }
  ctx.log.debug('found the key of a failed create by its creation marker', { name, key_id: String(key.id) });
  return { ...stateFromServer(state, key), api_key: null, encoded: null };
}

/** The state as Elasticsearch has it; null (leave state) when the key is gone, invalidated or expired. */
export async function readKey({ state }: ReadRequest<State>, ctx: CallContext<ProviderData>): Promise<State | null> {
  const name = str(state.name);
  const token = str(state.create_token);
  if (str(state.key_id) === null && str(state.id) === null && name !== null && token !== null) return readHalfMade(state, name, token, ctx);
  const id = keyIdOf(state);
  const key = await getKey(ctx, id, true);
  if (key === null || key.invalidated === true) {
    ctx.log.debug('cross-cluster API key gone, invalidated or expired: removed from state', { key_id: id });
    return null;
  }
  if (key.type !== undefined && key.type !== 'cross_cluster') {
    throw new DiagnosticError('Not a cross-cluster API key', `API key ${id} has type ${String(key.type)}; this resource manages cross_cluster keys.`, attrPath('key_id'));
  }
  return stateFromServer(state, key);
}

/** Import by key id: everything but the secret, with a warning saying so. */
export async function importKey({ id }: ImportRequest, ctx: CallContext<ProviderData>): Promise<State> {
  if (id.trim() === '') throw new DiagnosticError('Missing key id', 'Import a cross-cluster API key by its id: terraform import <address> <key id>.');
  const key = await getKey(ctx, id, false);
  if (key === null) throw new DiagnosticError('Cannot import', `Elasticsearch has no API key with id ${id}.`);
  if (key.type !== 'cross_cluster') throw new DiagnosticError('Cannot import', `API key ${id} has type ${String(key.type)}, not cross_cluster.`);
  if (key.invalidated === true) throw new DiagnosticError('Cannot import', `API key ${id} is invalidated.`);
  ctx.diagnostics.warning('The imported key\'s secret cannot be read back',
    `Elasticsearch shows the secret of API key ${id} only when it is created, so api_key and encoded stay null in state. `
    + 'Consumers that need the credential (the local cluster\'s keystore) must get it elsewhere: rotate the key '
    + '(for example change its name to create a new one) or supply the encoded value you kept.');
  return stateFromServer({ expiration: null }, key);
}
