import { FINAL_CAUSES, Observation, explain, observe } from './diagnose';
import { DEFAULT_TIMEOUT_SECONDS, POLL_INTERVAL_MS } from './schema';
import type { ProviderData } from '../../connection';
import { remoteInfo, resolveRemote, serverVersion, versionAtLeast } from '../../elasticsearch';
import type { CallContext, State } from '../../framework';
import { DiagnosticError, attrPath, isNumberValue } from '../../values';

type Ctx = CallContext<ProviderData>;

/** `_resolve/cluster` makes Elasticsearch contact the remote; its refusal is kept, its own failure ignored (the check still reads `_remote/info`). */
async function resolveQuietly(ctx: Ctx, alias: string, version: string): Promise<Record<string, unknown> | null> {
  if (!versionAtLeast(version, 8, 13)) return null;
  try {
    return await resolveRemote(ctx, alias, versionAtLeast(version, 8, 18));
  } catch (err) {
    if (err instanceof DiagnosticError) {
      ctx.log.debug('resolve cluster call failed; reading _remote/info alone', { alias });
      return null;
    }
    throw err;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

/**
 * Polls until the alias is connected with API-key credentials, a cause that polling cannot cure
 * shows, or `timeout_seconds` pass; returns the state, or throws the diagnostic for the last cause.
 */
export async function checkConnection(planned: State, ctx: Ctx): Promise<State> {
  const alias = String(planned.alias);
  const timeoutSeconds = isNumberValue(planned.timeout_seconds) ? Number(planned.timeout_seconds) : DEFAULT_TIMEOUT_SECONDS;
  const version = await serverVersion(ctx);
  const started = Date.now();
  let last: Observation;
  for (;;) {
    const resolved = await resolveQuietly(ctx, alias, version);
    last = observe(alias, await remoteInfo(ctx), resolved);
    ctx.log.debug('remote cluster check', { alias, cause: last.cause });
    if (last.cause === 'connected') return { ...planned, id: alias, connected: true, mode: last.mode ?? null };
    if (FINAL_CAUSES.has(last.cause) || ctx.signal.aborted || Date.now() - started + POLL_INTERVAL_MS > timeoutSeconds * 1000) break;
    await sleep(POLL_INTERVAL_MS, ctx.signal);
  }
  const { summary, detail } = explain(alias, last, Math.round((Date.now() - started) / 1000));
  throw new DiagnosticError(summary, detail, attrPath('alias'));
}
