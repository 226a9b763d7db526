import { checkNames } from './access';
import { isDeployTime } from './deploy-time';
import { Problem, show } from './problem';

/**
 * Rules for the local (querying) cluster's side of the API key security model: the remote cluster
 * alias, its connection settings (`cluster.remote.<alias>.*`) and local roles with
 * `remote_indices` (https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key,
 * https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/remote-clusters).
 *
 * Like every rule, these are pure functions over literal values; a value known only at deploy time
 * (a cdktf token) is skipped.
 */

/** Alias characters accepted by the ECK and Elastic Cloud consoles for API-key remotes. */
export const REMOTE_CLUSTER_ALIAS_PATTERN = /^[a-z0-9_-]+$/;

/** The default port of the remote cluster server (`remote_cluster.port`), used by the API key model. */
export const REMOTE_CLUSTER_SERVER_PORT = 9443;

/** The default transport port, used by the certificate security model. */
export const TRANSPORT_PORT = 9300;

/** The native realm's maximum role name length. */
export const MAX_ROLE_NAME_LENGTH = 507;

/**
 * `alias`: non-empty, lowercase letters, digits, `-` and `_`. The same alias names the keystore
 * entry `cluster.remote.<alias>.credentials`, the cluster settings and `remote_indices.clusters`.
 */
export function checkRemoteClusterAlias(alias: unknown): Problem[] {
  if (isDeployTime(alias)) return [];
  if (typeof alias !== 'string') {
    return [{ prop: 'alias', message: `must be a string, got ${show(alias)}`, fix: 'pass an alias such as "remote-a"' }];
  }
  if (alias.length === 0) {
    return [
      {
        prop: 'alias',
        message: 'must not be empty (Elasticsearch: "remote index cluster alias cannot be an empty string")',
        fix: 'name the remote cluster, e.g. "remote-a"',
      },
    ];
  }
  if (!REMOTE_CLUSTER_ALIAS_PATTERN.test(alias)) {
    const suggestion = alias.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
    return [
      {
        prop: 'alias',
        message: `${show(alias)} may only contain lowercase letters, digits, "-" and "_"; the alias must be identical in the keystore entry cluster.remote.<alias>.credentials, the cluster settings and remote_indices.clusters, and the ECK and Elastic Cloud consoles only accept this form`,
        fix: `use ${show(suggestion || 'remote-a')}`,
      },
    ];
  }
  return [];
}

/** A parsed `host:port` address. */
export interface RemoteAddress {
  /** The host, without IPv6 brackets. */
  readonly host: string;
  /** The port, 1 to 65535. */
  readonly port: number;
}

/** Parses a literal `host:port` (IPv6 hosts in brackets: `[::1]:9443`); undefined when it is not one. */
export function parseRemoteAddress(value: string): RemoteAddress | undefined {
  const m = /^(?:\[([0-9A-Fa-f:.]+(?:%[A-Za-z0-9_.-]+)?)\]|([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)):(\d{1,5})$/.exec(value);
  if (!m) return undefined;
  const host = m[1] ?? m[2];
  if (m[1] !== undefined && !m[1].includes(':')) return undefined;
  const port = Number(m[3]);
  if (port < 1 || port > 65535) return undefined;
  return { host, port };
}

/** A `seeds` entry or the `proxy_address`: `host:port`, IPv6 in brackets, port 1 to 65535. */
export function checkRemoteAddress(value: unknown, prop: string): Problem[] {
  if (isDeployTime(value)) return [];
  const fix = 'write it as host:port, e.g. "remote.example.com:9443" or "[2001:db8::1]:9443"';
  if (typeof value !== 'string') {
    return [{ prop, message: `must be a "host:port" string, got ${show(value)}`, fix }];
  }
  if (parseRemoteAddress(value) !== undefined) return [];
  if (value.trim() !== value || value.length === 0) {
    return [{ prop, message: `${show(value)} is not a host:port address (empty or surrounded by whitespace)`, fix }];
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return [{ prop, message: `${show(value)} is a URL; remote cluster addresses are host:port without a scheme`, fix: `drop the scheme: ${show(value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, ''))}` }];
  }
  const colons = (value.match(/:/g) ?? []).length;
  if (colons > 1 && !value.startsWith('[')) {
    return [{ prop, message: `${show(value)} looks like an IPv6 address without brackets`, fix: 'put IPv6 hosts in brackets, e.g. "[2001:db8::1]:9443"' }];
  }
  const portText = /:(\d+)$/.exec(value)?.[1];
  if (portText === undefined) {
    return [{ prop, message: `${show(value)} has no port`, fix: `add the remote cluster server port, e.g. ${show(`${value.replace(/:$/, '')}:${REMOTE_CLUSTER_SERVER_PORT}`)}` }];
  }
  const port = Number(portText);
  if (port < 1 || port > 65535) {
    return [{ prop, message: `${show(value)} has port ${portText}, outside 1 to 65535`, fix }];
  }
  return [{ prop, message: `${show(value)} is not a valid host:port address`, fix }];
}

/**
 * A warning, not an error: port 9300 is the transport port of the certificate model; the API key
 * model connects to the remote cluster server, port 9443 by default (field report B14).
 */
export function checkRemotePortIsNotTransport(value: unknown, prop: string): Problem[] {
  if (isDeployTime(value) || typeof value !== 'string') return [];
  const address = parseRemoteAddress(value);
  if (address?.port !== TRANSPORT_PORT) return [];
  return [
    {
      prop,
      message: `${show(value)} uses port ${TRANSPORT_PORT}, the transport port of the certificate security model; with a cross-cluster API key the local cluster must connect to the remote cluster server, port ${REMOTE_CLUSTER_SERVER_PORT} by default (remote_cluster.port); on port ${TRANSPORT_PORT} the connection fails with "require transport header [_cross_cluster_access_credentials] but none found" or similar`,
      fix: `use ${show(`${value.slice(0, value.lastIndexOf(':'))}:${REMOTE_CLUSTER_SERVER_PORT}`)}, or the remote's remote_cluster.port if it was changed`,
    },
  ];
}

/** The connection props of a remote cluster as the rules see them; `mode` is `"sniff"`, `"proxy"` or undefined. */
export interface RemoteConnectionSettings {
  readonly mode?: unknown;
  readonly seeds?: unknown;
  readonly proxyAddress?: unknown;
  readonly serverName?: unknown;
  readonly nodeConnections?: unknown;
  readonly proxySocketConnections?: unknown;
  readonly skipUnavailable?: unknown;
}

/**
 * The mode a connection ends up with: the given `mode`, else `proxy` when a proxy address is given,
 * else `sniff` (Elasticsearch's default). Undefined when `mode` is a token.
 */
export function effectiveRemoteMode(settings: RemoteConnectionSettings): 'sniff' | 'proxy' | undefined {
  if (settings.mode !== undefined) {
    if (isDeployTime(settings.mode)) return undefined;
    return settings.mode === 'proxy' ? 'proxy' : settings.mode === 'sniff' ? 'sniff' : undefined;
  }
  return settings.proxyAddress !== undefined && settings.seeds === undefined ? 'proxy' : 'sniff';
}

function modeMismatch(setting: string, required: 'sniff' | 'proxy', configured: 'sniff' | 'proxy', fix: string): Problem {
  return {
    prop: setting,
    message: `is a ${required} mode setting, but the connection uses ${configured} mode (Elasticsearch: "Setting \\"cluster.remote.<alias>.${setting}\\" cannot be used with the configured \\"cluster.remote.<alias>.mode\\" [required=${required.toUpperCase()}, configured=${configured.toUpperCase()}]")`,
    fix,
  };
}

function checkPositiveInteger(value: unknown, prop: string, defaultValue: number): Problem[] {
  if (value === undefined || isDeployTime(value)) return [];
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return [];
  return [{ prop, message: `must be an integer of at least 1, got ${show(value)}`, fix: `pass a positive integer, or leave it out for Elasticsearch's default of ${defaultValue}` }];
}

/**
 * The connection settings: exactly one of `seeds` (sniff mode) and `proxy_address` (proxy mode),
 * matching `mode`; `server_name` and `proxy_socket_connections` only in proxy mode;
 * `node_connections` only in sniff mode; every address `host:port`.
 */
export function checkRemoteConnectionSettings(s: RemoteConnectionSettings): Problem[] {
  const problems: Problem[] = [];
  if (s.mode !== undefined && !isDeployTime(s.mode) && s.mode !== 'sniff' && s.mode !== 'proxy') {
    problems.push({ prop: 'mode', message: `must be "sniff" or "proxy", got ${show(s.mode)}`, fix: 'use RemoteClusterMode.SNIFF or RemoteClusterMode.PROXY' });
    return problems;
  }
  const hasSeeds = s.seeds !== undefined;
  const hasProxy = s.proxyAddress !== undefined;
  const mode = effectiveRemoteMode(s);

  if (!hasSeeds && !hasProxy) {
    problems.push({
      prop: 'seeds',
      message: 'neither seeds (sniff mode) nor proxy_address (proxy mode) is given, so the local cluster has nowhere to connect to',
      fix: mode === 'proxy'
        ? 'give proxyAddress, e.g. "remote.example.com:9443"'
        : 'give seeds, e.g. ["remote.example.com:9443"], or proxyAddress for proxy mode (required for Elastic Cloud, ECE and ECK remotes)',
    });
  } else if (hasSeeds && hasProxy) {
    problems.push({
      prop: 'seeds',
      message: 'seeds (sniff mode) and proxy_address (proxy mode) are both given; a remote cluster connection uses one mode',
      fix: 'keep proxyAddress with mode PROXY (required for Elastic Cloud, ECE and ECK remotes), or seeds with mode SNIFF',
    });
  } else if (mode === 'sniff' && hasProxy) {
    problems.push(modeMismatch('proxy_address', 'proxy', 'sniff', 'use mode PROXY (or leave mode out), or replace proxyAddress with seeds'));
  } else if (mode === 'proxy' && hasSeeds) {
    problems.push(modeMismatch('seeds', 'sniff', 'proxy', 'use mode SNIFF (or leave mode out), or replace seeds with proxyAddress'));
  }

  if (mode === 'sniff') {
    if (s.serverName !== undefined) problems.push(modeMismatch('server_name', 'proxy', 'sniff', 'remove serverName, or use proxy mode with proxyAddress'));
    if (s.proxySocketConnections !== undefined) {
      problems.push(modeMismatch('proxy_socket_connections', 'proxy', 'sniff', 'remove proxySocketConnections, or use proxy mode with proxyAddress; in sniff mode nodeConnections sets the number of connections'));
    }
  } else if (mode === 'proxy' && s.nodeConnections !== undefined) {
    problems.push(modeMismatch('node_connections', 'sniff', 'proxy', 'remove nodeConnections, or use sniff mode with seeds; in proxy mode proxySocketConnections sets the number of connections'));
  }

  if (hasSeeds && !isDeployTime(s.seeds)) {
    if (!Array.isArray(s.seeds)) {
      problems.push({ prop: 'seeds', message: `must be a list of host:port addresses, got ${show(s.seeds)}`, fix: 'pass e.g. ["remote.example.com:9443"]' });
    } else if (s.seeds.length === 0) {
      problems.push({ prop: 'seeds', message: 'is empty, so sniff mode has no node to start from', fix: 'list at least one remote node, e.g. ["remote.example.com:9443"]' });
    } else {
      s.seeds.forEach((seed, i) => problems.push(...checkRemoteAddress(seed, `seeds[${i}]`)));
    }
  }
  if (hasProxy) problems.push(...checkRemoteAddress(s.proxyAddress, 'proxy_address'));
  if (s.serverName !== undefined && !isDeployTime(s.serverName)) problems.push(...checkServerName(s.serverName));
  problems.push(...checkPositiveInteger(s.nodeConnections, 'node_connections', 3));
  problems.push(...checkPositiveInteger(s.proxySocketConnections, 'proxy_socket_connections', 18));
  if (s.skipUnavailable !== undefined && !isDeployTime(s.skipUnavailable) && typeof s.skipUnavailable !== 'boolean') {
    problems.push({ prop: 'skip_unavailable', message: `must be a boolean, got ${show(s.skipUnavailable)}`, fix: 'pass true or false' });
  }
  return problems;
}

/** `server_name` (proxy mode): the TLS SNI host name, a DNS name without port or scheme. */
export function checkServerName(value: unknown): Problem[] {
  if (value === undefined || isDeployTime(value)) return [];
  const ok =
    typeof value === 'string' &&
    value.length <= 253 &&
    /^(?=.*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(value);
  if (ok) return [];
  return [
    {
      prop: 'server_name',
      message: `${show(value)} is not a valid SNI host name (a DNS name such as "remote.example.com", without scheme, port or IP address)`,
      fix: 'give the host name on the remote cluster server certificate, or leave serverName out',
    },
  ];
}

/** A role name as the native realm accepts it: 1 to 507 printable ASCII characters, no leading or trailing space. */
export function checkRoleName(name: unknown, prop = 'role_name'): Problem[] {
  if (isDeployTime(name)) return [];
  const rule = `Elasticsearch: "Role names must be at least 1 and no more than ${MAX_ROLE_NAME_LENGTH} characters. They can contain alphanumeric characters (a-z, A-Z, 0-9), spaces, punctuation, and printable symbols in the Basic Latin (ASCII) block. Leading or trailing whitespace is not allowed."`;
  if (typeof name !== 'string') return [{ prop, message: `must be a string, got ${show(name)}`, fix: 'pass a role name such as "remote-search"' }];
  let what: string | undefined;
  if (name.length === 0) what = 'is empty';
  else if (name.length > MAX_ROLE_NAME_LENGTH) what = `is ${name.length} characters long`;
  else if (/[^\x20-\x7e]/.test(name)) what = `${show(name)} contains characters outside printable ASCII`;
  else if (name.startsWith(' ') || name.endsWith(' ')) what = `${show(name)} begins or ends with a space`;
  if (what === undefined) return [];
  return [{ prop, message: `${what} (${rule})`, fix: 'use a short ASCII name such as "remote-search"' }];
}

/** `privileges` of a `remote_indices` entry: a non-empty list of non-empty privilege names. */
export function checkRemoteIndexPrivileges(privileges: unknown, prop: string): Problem[] {
  if (isDeployTime(privileges)) return [];
  if (!Array.isArray(privileges) || privileges.length === 0) {
    return [
      {
        prop,
        message: `must be a non-empty list of index privileges, got ${show(privileges)}`,
        fix: 'use RemoteIndexPrivileges.SEARCH (read, read_cross_cluster, view_index_metadata) or RemoteIndexPrivileges.REPLICATION (cross_cluster_replication)',
      },
    ];
  }
  const problems: Problem[] = [];
  privileges.forEach((p, i) => {
    if (!isDeployTime(p) && (typeof p !== 'string' || p.trim() === '')) {
      problems.push({ prop: `${prop}[${i}]`, message: `must be a privilege name, got ${show(p)}`, fix: 'use names such as "read" or "cross_cluster_replication"' });
    }
  });
  return problems;
}

/**
 * `names` of a role's `remote_indices` (or, with `where = "local"`, `indices`) entry: a non-empty
 * list of non-empty names; remote names carry no `<alias>:` prefix.
 */
export function checkRemoteIndicesNames(names: unknown, prop: string, where: 'remote' | 'local' = 'remote'): Problem[] {
  if (Array.isArray(names) && !isDeployTime(names) && names.length === 0) {
    return [
      {
        prop,
        message: `is empty, so the role grants nothing on the ${where} cluster (Elasticsearch: "[names] cannot be an empty array")`,
        fix: where === 'remote'
          ? 'list at least one remote index name or pattern, e.g. ["logs-*"], without the alias prefix'
          : 'list at least one local index name or pattern, e.g. ["follower-*"], or leave the option out',
      },
    ];
  }
  const problems = checkNames(names, prop);
  if (Array.isArray(names) && !isDeployTime(names)) {
    names.forEach((n, i) => {
      if (typeof n === 'string' && !isDeployTime(n) && !isRegexPattern(n) && n.includes(':')) {
        problems.push({
          prop: `${prop}[${i}]`,
          message: `${show(n)} carries a cluster prefix; remote_indices names are index names on the remote cluster, and the cluster is given by clusters`,
          fix: `use ${show(n.slice(n.indexOf(':') + 1))}`,
        });
      }
    });
  }
  return problems;
}

/** Privileges that need the key's `replication` access; every other index privilege needs `search` access. */
export const REPLICATION_PRIVILEGES: readonly string[] = ['cross_cluster_replication', 'cross_cluster_replication_internal'];

/** True for a `/regex/` index pattern. */
export function isRegexPattern(name: string): boolean {
  return name.length >= 2 && name.startsWith('/') && name.endsWith('/');
}

/**
 * True when the simple wildcard pattern `pattern` (only `*` is special) matches every name that
 * `name` can stand for. `name` may itself hold `*`, which only a `*` of `pattern` can cover, so
 * `logs*` covers `logs-*` but `logs-a*` does not.
 */
export function wildcardCovers(pattern: string, name: string): boolean {
  // Classic two-pointer glob match over the literal text of `name`: a `*` in `name` is an ordinary
  // character that only a `*` of `pattern` can consume.
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === name[n] && name[n] !== '*') {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star !== -1) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** What the key grants, as far as it is known at synth: literal names per kind, or undefined when unknown. */
export interface KeyAccessNames {
  /** Names of all search entries; undefined when any of them is a token or a regex. */
  readonly search?: readonly string[];
  /** Names of all replication entries; undefined when any of them is a token or a regex. */
  readonly replication?: readonly string[];
}

/** Collects the literal names of key entries; undefined as soon as one entry's names cannot be compared. */
export function literalKeyNames(entries: ReadonlyArray<{ names: unknown }>): string[] | undefined {
  const out: string[] = [];
  for (const { names } of entries) {
    if (isDeployTime(names) || !Array.isArray(names)) return undefined;
    for (const n of names) {
      if (isDeployTime(n) || typeof n !== 'string' || isRegexPattern(n)) return undefined;
      out.push(n);
    }
  }
  return out;
}

/**
 * A warning, not an error: a local role's `remote_indices` grant is limited by the cross-cluster
 * key (effective access is the intersection of both). Reports each literal role name or pattern
 * that no name of the key's `search` entries (for search privileges) or `replication` entries
 * (for `cross_cluster_replication`) covers. Regex patterns, tokens and unknown key access are
 * skipped.
 */
export function checkRemoteIndicesCoveredByKey(
  names: unknown,
  privileges: unknown,
  key: KeyAccessNames,
  prop: string,
  alias: string,
): Problem[] {
  if (isDeployTime(names) || !Array.isArray(names) || isDeployTime(privileges) || !Array.isArray(privileges)) return [];
  const literalPrivileges = privileges.filter((p): p is string => typeof p === 'string' && !isDeployTime(p));
  const kinds: Array<{ kind: 'search' | 'replication'; keyNames: readonly string[] | undefined }> = [];
  if (literalPrivileges.some((p) => !REPLICATION_PRIVILEGES.includes(p))) kinds.push({ kind: 'search', keyNames: key.search });
  if (literalPrivileges.some((p) => REPLICATION_PRIVILEGES.includes(p))) kinds.push({ kind: 'replication', keyNames: key.replication });
  const problems: Problem[] = [];
  for (const { kind, keyNames } of kinds) {
    if (keyNames === undefined) continue;
    names.forEach((name, i) => {
      if (isDeployTime(name) || typeof name !== 'string' || name === '' || isRegexPattern(name)) return;
      if (keyNames.some((k) => wildcardCovers(k, name))) return;
      const granted = keyNames.length === 0 ? `the key has no ${kind} entry` : `the key's ${kind} names are ${show(keyNames)}`;
      problems.push({
        prop: `${prop}[${i}]`,
        message: `${show(name)} is not covered by the cross-cluster API key behind alias ${show(alias)}: ${granted}. Effective access is the intersection of the local role and the key's access, so this grant gives no ${kind === 'search' ? 'search' : 'replication'} access to ${show(name)}`,
        fix: kind === 'search'
          ? `add ${show(name)} (or a pattern covering it) to the key's search names, or narrow the role`
          : `add ${show(name)} (or a pattern covering it) to the key's replication names, or narrow the role`,
      });
    });
  }
  return problems;
}
