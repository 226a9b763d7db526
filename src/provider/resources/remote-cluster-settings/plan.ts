import type { PlanRequest, PlanResult, State } from '../../framework';
import { Unknown, Value } from '../../values';

/**
 * The plan: `mode` left out of the configuration is the mode Elasticsearch would use (`proxy` with
 * a `proxy_address`, else `sniff`), so the request always names it and a read-back compares equal;
 * `id` is the alias.
 */
export function planSettings({ plannedState, config }: PlanRequest<State>): PlanResult<State> {
  const planned: Record<string, Value> = { ...plannedState, id: config.alias };
  if (config.mode === null) {
    planned.mode = config.proxy_address instanceof Unknown ? Unknown.plain : config.proxy_address !== null && config.seeds === null ? 'proxy' : 'sniff';
  }
  return { plannedState: planned };
}
