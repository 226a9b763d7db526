import { stateFromSettings } from './converters';
import { aliasOf } from './models';
import type { ProviderData } from '../../connection';
import { persistentSettings } from '../../elasticsearch';
import type { CallContext, ImportRequest, ReadRequest, State } from '../../framework';
import { DiagnosticError } from '../../values';

/** Read (refresh): the alias's persistent settings; null (leave state) when it has none. */
export async function readSettings({ state }: ReadRequest<State>, ctx: CallContext<ProviderData>): Promise<State | null> {
  const alias = aliasOf(state);
  const now = stateFromSettings(alias, await persistentSettings(ctx));
  if (now === null) ctx.log.debug('remote cluster alias has no persistent settings: removed from state', { alias });
  return now;
}

/** Import by alias. */
export async function importSettings({ id }: ImportRequest, ctx: CallContext<ProviderData>): Promise<Partial<State>> {
  const alias = id.trim();
  if (alias === '') throw new DiagnosticError('Missing alias', 'Import remote cluster settings by alias: terraform import <address> <alias>.');
  if (stateFromSettings(alias, await persistentSettings(ctx)) === null) {
    throw new DiagnosticError('Cannot import', `The cluster has no persistent settings cluster.remote.${alias}.* (mode, seeds or proxy_address).`);
  }
  return { id: alias, alias };
}
