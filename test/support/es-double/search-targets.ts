/**
 * Reading a search target such as `logs-*,r1:logs-*,r*:metrics`: local parts, and for each enabled
 * remote alias the index expressions meant for it (alias patterns allowed).
 */
import { wildcardMatch } from './access';
import { mergedSettings } from './cluster-settings';
import { EsError } from './errors';
import { AliasConfig, enabledAliases } from './remote-aliases';
import { DoubleContext } from './types';

/** Split the target into local parts and, per enabled alias, its remote index expressions. */
export function splitTarget(ctx: DoubleContext, target: string): { local: string[]; remote: Map<AliasConfig, string[]> } {
  const configs = enabledAliases(mergedSettings(ctx), ctx.version());
  const local: string[] = [];
  const remote = new Map<AliasConfig, string[]>();
  for (const part of target.split(',').map((s) => s.trim()).filter(Boolean)) {
    const colon = part.indexOf(':');
    if (colon < 0) {
      local.push(part);
      continue;
    }
    const aliasPattern = part.slice(0, colon);
    const matched = configs.filter((c) => wildcardMatch(aliasPattern, c.alias));
    if (matched.length === 0 && !aliasPattern.includes('*')) {
      throw new EsError('no_such_remote_cluster_exception', `no such remote cluster: [${aliasPattern}]`, { status: 404 });
    }
    for (const c of matched) remote.set(c, [...(remote.get(c) ?? []), part.slice(colon + 1)]);
  }
  return { local, remote };
}
