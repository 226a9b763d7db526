/**
 * The `cluster.remote.<alias>.*` settings of the local cluster: which are known, how they must agree
 * with the alias's mode, and the alias's connection configuration as `GET _remote/info` and the
 * connection logic read it (fact sheet §6.2; Elasticsearch's RemoteClusterSettings).
 */
import { illegalArgument } from './errors';
import { Version, atLeast } from './version';

export type SettingValue = string | string[];

/** Per-alias settings the double knows (all dynamic). */
export const REMOTE_ALIAS_SETTINGS = [
  'mode', 'seeds', 'proxy_address', 'server_name', 'skip_unavailable', 'node_connections', 'proxy_socket_connections',
  'transport.compress', 'transport.compression_scheme', 'transport.ping_schedule',
];
/**
 * Per-alias signing settings for strong identity verification, dynamic, from Elasticsearch 9.3
 * (CrossClusterApiKeySigningSettings, elastic/elasticsearch#137822); an older cluster does not
 * recognise them.
 */
export const REMOTE_ALIAS_SIGNING_SETTINGS = [
  'signing.certificate', 'signing.key', 'signing.keystore.path', 'signing.keystore.alias', 'signing.keystore.type', 'signing.keystore.algorithm',
];
const SNIFF_ONLY = ['seeds', 'node_connections'];
const PROXY_ONLY = ['proxy_address', 'server_name', 'proxy_socket_connections'];
/**
 * Settings whose validator requires the alias to be enabled (an address for its mode). Upstream
 * tests pin `skip_unavailable` and `transport.ping_schedule`; the two compression settings use the
 * same validator in RemoteClusterSettings [derived].
 */
const NEED_ENABLED = ['skip_unavailable', 'transport.ping_schedule', 'transport.compress', 'transport.compression_scheme'];
/** Names under `cluster.remote.` that are cluster-wide, not aliases. */
export const NOT_ALIASES = ['node', 'initial_connect_timeout', 'connections_per_cluster'];

const ALIAS_KEY = /^cluster\.remote\.([^.]+)\.(.+)$/;

/** `[alias, setting]` for a per-alias key, else undefined. */
export function aliasSetting(key: string): [string, string] | undefined {
  const m = ALIAS_KEY.exec(key);
  if (!m || NOT_ALIASES.includes(m[1])) return undefined;
  return [m[1], m[2]];
}

function asList(v: SettingValue | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((s) => s !== '');
}

/** One alias's connection configuration, read from the merged (transient over persistent) settings. */
export interface AliasConfig {
  readonly alias: string;
  readonly mode: 'sniff' | 'proxy';
  /** Seeds in sniff mode, `[proxy_address]` in proxy mode; empty when the alias is not enabled. */
  readonly addresses: string[];
  readonly seeds: string[];
  readonly proxyAddress: string;
  readonly serverName: string;
  readonly skipUnavailable: boolean;
  readonly nodeConnections: number;
  readonly proxySocketConnections: number;
}

export function aliasConfig(merged: Map<string, SettingValue>, alias: string, version: Version): AliasConfig {
  const get = (s: string) => merged.get(`cluster.remote.${alias}.${s}`);
  const mode = String(get('mode') ?? 'sniff') === 'proxy' ? 'proxy' : 'sniff';
  const seeds = asList(get('seeds'));
  const proxyAddress = String(get('proxy_address') ?? '');
  const skip = get('skip_unavailable');
  return {
    alias,
    mode,
    addresses: mode === 'proxy' ? (proxyAddress ? [proxyAddress] : []) : seeds,
    seeds,
    proxyAddress,
    serverName: String(get('server_name') ?? ''),
    // §6.2: default true since 8.15 (was false).
    skipUnavailable: skip === undefined ? atLeast(version, 8, 15) : String(skip) === 'true',
    nodeConnections: Number(get('node_connections') ?? 3),
    proxySocketConnections: Number(get('proxy_socket_connections') ?? 18),
  };
}

/** Aliases that are enabled (an address for their mode), sorted: what `GET _remote/info` lists. */
export function enabledAliases(merged: Map<string, SettingValue>, version: Version): AliasConfig[] {
  const aliases = new Set<string>();
  for (const k of merged.keys()) {
    const a = aliasSetting(k);
    if (a) aliases.add(a[0]);
  }
  return [...aliases].sort().map((a) => aliasConfig(merged, a, version)).filter((c) => c.addresses.length > 0);
}

/**
 * Throw Elasticsearch's 400 when the merged settings are inconsistent: an unknown mode, a setting of
 * the other mode, or a setting that needs an enabled alias on an alias without an address.
 */
export function validateRemoteAliases(merged: Map<string, SettingValue>): void {
  for (const key of [...merged.keys()].sort()) {
    const a = aliasSetting(key);
    if (!a) continue;
    const [alias, setting] = a;
    const mode = String(merged.get(`cluster.remote.${alias}.mode`) ?? 'sniff');
    if (mode !== 'sniff' && mode !== 'proxy' && setting === 'mode') {
      throw illegalArgument(`Unable to parse [${mode}] for setting [cluster.remote.${alias}.mode]: must be one of [sniff, proxy]`);
    }
    const required = SNIFF_ONLY.includes(setting) ? 'SNIFF' : PROXY_ONLY.includes(setting) ? 'PROXY' : undefined;
    if (required && required !== mode.toUpperCase()) {
      throw illegalArgument(`Setting "${key}" cannot be used with the configured "cluster.remote.${alias}.mode" [required=${required}, configured=${mode.toUpperCase()}]`);
    }
    if (NEED_ENABLED.includes(setting)) {
      const address = mode === 'proxy'
        ? asList(merged.get(`cluster.remote.${alias}.proxy_address`))
        : asList(merged.get(`cluster.remote.${alias}.seeds`));
      if (address.length === 0) throw illegalArgument(`Cannot configure setting [${key}] if remote cluster is not enabled.`);
    }
  }
}
