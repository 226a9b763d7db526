import { MANAGED_SETTINGS, SIGNING_ATTRIBUTES, prefixOf } from './models';
import type { State } from '../../framework';
import { Obj, TypedValue, Unknown, Value, isNumberValue } from '../../values';

/** Mapping between the resource's attributes and the flat persistent settings, both ways. */

/** A number attribute as a JavaScript number, or null. */
function num(v: Value | undefined): number | null {
  return isNumberValue(v) ? Number(v) : null;
}

/**
 * The persistent settings for a planned state: every managed key of the alias (the signing ones
 * included), null where the attribute is null, so the settings of the other mode (a sniff -> proxy
 * switch) and any key removed from the configuration go away in the same request.
 */
export function settingsBody(planned: Obj): Record<string, unknown> {
  const prefix = prefixOf(String(planned.alias));
  const values: Record<string, unknown> = {
    mode: planned.mode ?? null,
    seeds: Array.isArray(planned.seeds) ? planned.seeds : null,
    node_connections: num(planned.node_connections),
    proxy_address: planned.proxy_address ?? null,
    proxy_socket_connections: num(planned.proxy_socket_connections),
    server_name: planned.server_name ?? null,
    skip_unavailable: typeof planned.skip_unavailable === 'boolean' ? planned.skip_unavailable : null,
  };
  const body: Record<string, unknown> = {};
  for (const name of MANAGED_SETTINGS) body[prefix + name] = values[name];
  const signing = isObj(planned.signing) ? planned.signing : {};
  for (const [attr, setting] of SIGNING_ATTRIBUTES) body[prefix + setting] = strOf(signing[attr]);
  return body;
}

/** A known object value (a nested attribute's attributes), not null, unknown, a list or a number. */
function isObj(v: Value | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isNumberValue(v) && !(v instanceof Unknown) && !(v instanceof TypedValue);
}

/** `signing` as the settings hold it: null when none of the alias's signing settings is set. */
function signingFromSettings(get: (name: string) => unknown): State | null {
  const out: Record<string, string | null> = {};
  for (const [attr, setting] of SIGNING_ATTRIBUTES) out[attr] = strOf(get(setting));
  return Object.values(out).some((v) => v !== null) ? out : null;
}

/** Every persistent key of the alias set to null: what destroy sends, one request. */
export function removalBody(alias: string, persistent: Record<string, unknown>): Record<string, unknown> {
  const prefix = prefixOf(alias);
  const body: Record<string, unknown> = {};
  for (const name of MANAGED_SETTINGS) body[prefix + name] = null;
  for (const key of Object.keys(persistent)) if (key.startsWith(prefix)) body[key] = null;
  return body;
}

/** Elasticsearch reports setting values as strings (`"3"`, `"true"`); a number or boolean is taken as is. */
function intOf(v: unknown): number | null {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : null;
}

function boolOf(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  return v === 'true' ? true : v === 'false' ? false : null;
}

function strOf(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** The state for the alias as the persistent settings hold it; null when the alias has no settings. */
export function stateFromSettings(alias: string, persistent: Record<string, unknown>): State | null {
  const prefix = prefixOf(alias);
  const get = (name: string): unknown => persistent[prefix + name];
  const seeds = get('seeds');
  const seedList = Array.isArray(seeds) ? seeds.map(String) : typeof seeds === 'string' && seeds !== '' ? seeds.split(',') : null;
  const proxyAddress = strOf(get('proxy_address'));
  const mode = strOf(get('mode'));
  if (mode === null && seedList === null && proxyAddress === null) return null;
  return {
    id: alias,
    alias,
    mode: mode ?? 'sniff', // Elasticsearch's default mode
    seeds: seedList,
    node_connections: intOf(get('node_connections')),
    proxy_address: proxyAddress,
    proxy_socket_connections: intOf(get('proxy_socket_connections')),
    server_name: strOf(get('server_name')),
    skip_unavailable: boolOf(get('skip_unavailable')),
    signing: signingFromSettings(get),
  };
}
