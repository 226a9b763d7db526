import { isDeployTime } from './deploy-time';
import { Problem, show } from './problem';

/**
 * Rules for the local (querying) cluster's connection to a remote cluster with the API key
 * security model: the remote cluster alias and its connection settings (`cluster.remote.<alias>.*`)
 * (https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key,
 * https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/remote-clusters).
 * Local roles with `remote_indices` are in `remote-indices.ts`.
 *
 * Like every rule, these are pure functions over literal values; DEPLOY_TIME (a value known only
 * at deploy time) is skipped.
 */

/** Alias characters accepted by the ECK and Elastic Cloud consoles for API-key remotes. */
const REMOTE_CLUSTER_ALIAS_PATTERN = /^[a-z0-9_-]+$/;

/** The default port of the remote cluster server (`remote_cluster.port`), used by the API key model. */
export const REMOTE_CLUSTER_SERVER_PORT = 9443;

/** The default transport port, used by the certificate security model. */
export const TRANSPORT_PORT = 9300;

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
interface RemoteAddress {
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
function checkRemoteAddress(value: unknown, prop: string): Problem[] {
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
function effectiveRemoteMode(settings: RemoteConnectionSettings): 'sniff' | 'proxy' | undefined {
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
function checkServerName(value: unknown): Problem[] {
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
