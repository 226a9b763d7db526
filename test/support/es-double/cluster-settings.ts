/**
 * `GET|PUT /_cluster/settings` (fact sheet §6.2; provider.md §5.5): flat or nested input, `null`
 * deletes (wildcards allowed), transient over persistent, and the remote-alias rules of
 * `remote-aliases.ts` checked on the merged result before anything is applied.
 */
import { authorize } from './auth';
import { illegalArgument } from './errors';
import { isPlainObject } from './json';
import { walkFields } from './parsing';
import { REMOTE_ALIAS_SETTINGS, REMOTE_ALIAS_SIGNING_SETTINGS, SettingValue, aliasSetting, validateRemoteAliases } from './remote-aliases';
import { boolParam, objectBody } from './request-body';
import { DoubleContext, Reply, Req, RouteFn, ok } from './types';
import { Version, atLeast } from './version';

const OTHER_DYNAMIC_PREFIXES = [
  'cluster.routing.', 'cluster.blocks.', 'cluster.info.', 'cluster.indices.', 'cluster.max_shards_per_node',
  'indices.', 'action.', 'logger.', 'search.', 'xpack.', 'ingest.', 'script.', 'cluster.remote.initial_connect_timeout',
  'cluster.remote.node.attr', 'cluster.remote.connections_per_cluster',
];

export function registerClusterSettingsRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('GET', '/_cluster/settings', (r) => getSettings(ctx, r));
  route('PUT', '/_cluster/settings', (r) => putSettings(ctx, r));
}

/** Transient over persistent, as the cluster applies them. */
export function mergedSettings(ctx: DoubleContext): Map<string, SettingValue> {
  return new Map([...ctx.state.persistentSettings, ...ctx.state.transientSettings]);
}

function nested(flat: Map<string, SettingValue> | Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries = flat instanceof Map ? [...flat.entries()] : Object.entries(flat);
  for (const [k, v] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    const parts = k.split('.');
    let cur = out;
    for (const p of parts.slice(0, -1)) {
      if (!isPlainObject(cur[p])) cur[p] = {};
      cur = cur[p] as Record<string, unknown>;
    }
    cur[parts[parts.length - 1]] = v;
  }
  return out;
}

function flatten(obj: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v)) flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

function settingKnown(key: string, version: Version): 'dynamic' | 'static' | undefined {
  const a = aliasSetting(key);
  if (a) {
    if (a[1] === 'credentials') return 'static';
    if (REMOTE_ALIAS_SIGNING_SETTINGS.includes(a[1])) return atLeast(version, 9, 3) ? 'dynamic' : undefined;
    return REMOTE_ALIAS_SETTINGS.includes(a[1]) ? 'dynamic' : undefined;
  }
  return OTHER_DYNAMIC_PREFIXES.some((p) => key === p || key.startsWith(p)) ? 'dynamic' : undefined;
}

function putSettings(ctx: DoubleContext, r: Req): Reply {
  const { obj, ctx: pctx } = objectBody(r)!;
  walkFields(pctx, 'cluster_update_settings_request', obj, {
    persistent: { kind: 'object' }, transient: { kind: 'object' },
  }, () => undefined);
  authorize(r.principal, 'manage', 'cluster:admin/settings/update', 'manage,all');
  const scopes = [['persistent', ctx.state.persistentSettings], ['transient', ctx.state.transientSettings]] as const;
  const applied: Record<string, Record<string, unknown>> = { persistent: {}, transient: {} };
  const staged = new Map<string, Map<string, SettingValue>>();
  for (const [scope, current] of scopes) {
    const next = new Map(current);
    const flat = flatten((obj[scope] as Record<string, unknown> | undefined) ?? {});
    for (const [key, value] of Object.entries(flat)) {
      if (value === null) {
        const re = new RegExp('^' + key.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
        for (const k of [...next.keys()]) if (re.test(k)) next.delete(k);
        continue;
      }
      const kind = settingKnown(key, ctx.version());
      if (!kind) throw illegalArgument(`${scope} setting [${key}], not recognized`);
      if (kind === 'static') throw illegalArgument(`${scope} setting [${key}], not dynamically updateable`);
      const str = Array.isArray(value) ? value.map((x) => String(x)) : isPlainObject(value) ? JSON.stringify(value) : String(value);
      next.set(key, str);
      applied[scope][key] = str;
    }
    staged.set(scope, next);
  }
  // Validate the remote-alias rules on the merged (transient over persistent) view.
  validateRemoteAliases(new Map([...staged.get('persistent')!, ...staged.get('transient')!]));
  for (const [scope, current] of scopes) {
    current.clear();
    for (const [k, v] of staged.get(scope)!) current.set(k, v);
  }
  const flatOut = boolParam(r.query.flat_settings);
  return ok({
    acknowledged: true,
    persistent: flatOut ? applied.persistent : nested(applied.persistent),
    transient: flatOut ? applied.transient : nested(applied.transient),
  });
}

function getSettings(ctx: DoubleContext, r: Req): Reply {
  authorize(r.principal, 'monitor', 'cluster:monitor/settings', 'monitor,manage,all');
  const flat = boolParam(r.query.flat_settings);
  const sorted = (m: Map<string, SettingValue>) => Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));
  const render = (m: Map<string, SettingValue>) => (flat ? sorted(m) : nested(m));
  const out: Record<string, unknown> = {
    persistent: render(ctx.state.persistentSettings),
    transient: render(ctx.state.transientSettings),
  };
  if (boolParam(r.query.include_defaults)) {
    const defaults = new Map<string, SettingValue>([
      ['cluster.name', ctx.clusterName],
      ['cluster.remote.initial_connect_timeout', '30s'],
      ['remote_cluster_server.enabled', String(ctx.remoteClusterPort() !== undefined)],
      ['remote_cluster.port', String(ctx.remoteClusterPort() ?? 9443)],
    ]);
    out.defaults = render(defaults);
  }
  return ok(out);
}

