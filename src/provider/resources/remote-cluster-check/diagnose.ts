import { parseRemoteAddress, TRANSPORT_PORT, REMOTE_CLUSTER_SERVER_PORT } from '../../../rules';
import { isPlainObject } from '../../values';

/**
 * What one look at the alias shows, from its `_remote/info` entry and, when there is one, its
 * `_resolve/cluster` entry. `_remote/info` says whether a connection is open and whether a
 * credential is loaded (`cluster_credentials: "::es_redacted::"`, fact sheet §6.2); `_resolve/cluster`
 * contacts the remote and carries the remote's refusal in `error` (the handshake errors of the
 * remote-clusters troubleshooting page).
 */
export type Cause = 'connected' | 'no-settings' | 'no-credential' | 'transport-port' | 'key-rejected' | 'unreachable';

export interface Observation {
  readonly cause: Cause;
  readonly mode?: string;
  /** The address(es) the alias points at, as `_remote/info` lists them. */
  readonly address?: string;
  /** The remote's or the local cluster's reason, when `_resolve/cluster` gave one. */
  readonly reason?: string;
}

/** Causes that polling cannot cure: the check stops at once. The others may clear (a keystore delivery or a remote still starting). */
export const FINAL_CAUSES: ReadonlySet<Cause> = new Set(['no-settings', 'transport-port', 'key-rejected']);

/** The remote refused the credential: handshake errors for an unknown, invalidated, expired, malformed or REST key. */
const KEY_REJECTED = /unable to authenticate|invalidated|expired|invalid cross-cluster API key|expected API key type|invalid credentials for API key/i;
/** The local cluster refusing the provider user's search privileges, not the remote refusing the key. */
const LOCAL_PRIVILEGE = /is unauthorized for user .* because no remote indices privileges apply/i;
/** The transport port's answer to an API-key handshake. */
const TRANSPORT_REFUSAL = /missing authentication credentials for action \[cluster:internal\/remote_cluster\/handshake\]/i;

function addressesOf(entry: Record<string, unknown>): string[] {
  if (typeof entry.proxy_address === 'string') return [entry.proxy_address];
  return Array.isArray(entry.seeds) ? entry.seeds.filter((s): s is string => typeof s === 'string') : [];
}

/** Classifies one look; `info` is the `_remote/info` answer, `resolved` the alias's `_resolve/cluster` entry or null. */
export function observe(alias: string, info: Record<string, unknown>, resolved: Record<string, unknown> | null): Observation {
  const entry = info[alias];
  if (!isPlainObject(entry)) return { cause: 'no-settings' };
  const mode = typeof entry.mode === 'string' ? entry.mode : undefined;
  const addresses = addressesOf(entry);
  const base = { mode, address: addresses.join(', ') || undefined };
  const hasCredential = entry.cluster_credentials !== undefined && entry.cluster_credentials !== null;
  const reason = resolved && typeof resolved.error === 'string' ? resolved.error : undefined;
  // _remote/info only says whether a connection is open; a fresh contact that fails wins, unless
  // it failed on the provider user's own index privileges (the 8.13 to 8.17 form names indices)
  const refusedNow = resolved !== null && resolved.connected === false && !(reason !== undefined && LOCAL_PRIVILEGE.test(reason));
  if (entry.connected === true && hasCredential && !refusedNow) return { ...base, cause: 'connected' };
  if (!hasCredential) return { ...base, cause: 'no-credential' };
  const onTransportPort = addresses.some((a) => parseRemoteAddress(a)?.port === TRANSPORT_PORT);
  if ((reason !== undefined && TRANSPORT_REFUSAL.test(reason)) || (onTransportPort && reason === undefined)) return { ...base, reason, cause: 'transport-port' };
  if (reason !== undefined && KEY_REJECTED.test(reason)) return { ...base, reason, cause: 'key-rejected' };
  return { ...base, reason, cause: 'unreachable' };
}

/** The error diagnostic's summary and detail for a cause other than `connected`. */
export function explain(alias: string, o: Observation, waitedSeconds: number): { summary: string; detail: string } {
  const said = o.reason !== undefined ? ` Elasticsearch reported: ${o.reason}.` : '';
  const where = o.address ?? '(no address)';
  const after = `Checked GET _remote/info for ${waitedSeconds} s.`;
  switch (o.cause) {
    case 'no-settings':
      return {
        summary: `Remote cluster ${alias} has no settings`,
        detail: `GET _remote/info lists no alias ${alias}: the local cluster has neither cluster.remote.${alias}.seeds (sniff mode) nor `
          + `cluster.remote.${alias}.proxy_address (proxy mode). Configure them (eccx_remote_cluster_settings), and make this check depend on them. ${after}`,
      };
    case 'no-credential':
      return {
        summary: `No API-key credential loaded for remote cluster ${alias}`,
        detail: `GET _remote/info shows no cluster_credentials for ${alias}, so the alias uses the certificate security model. `
          + `Add the cross-cluster API key's encoded value to the keystore of every node as cluster.remote.${alias}.credentials, `
          + `then reload secure settings (POST _nodes/reload_secure_settings, eccx_secure_settings_reload). ${after}`,
      };
    case 'transport-port':
      return {
        summary: `Remote cluster ${alias} is addressed at the transport port`,
        detail: `The alias points at ${where}, which answers as the transport port (${TRANSPORT_PORT}) of the certificate model; an API key `
          + `connects only to the remote cluster server, port ${REMOTE_CLUSTER_SERVER_PORT} by default (remote_cluster.port on the remote).${said} `
          + `Use the remote's ${REMOTE_CLUSTER_SERVER_PORT} address in seeds or proxy_address. ${after}`,
      };
    case 'key-rejected':
      return {
        summary: `Remote cluster ${alias} rejected the cross-cluster API key`,
        detail: `The local cluster reaches ${where}, but the remote refuses the credential loaded for ${alias}: the key is invalidated, expired, `
          + `unknown on that cluster, or not a cross_cluster key.${said} Create a new cross-cluster API key on the remote, put its encoded value `
          + `into cluster.remote.${alias}.credentials on every node, and reload secure settings. ${after}`,
      };
    default:
      return {
        summary: `Remote cluster ${alias} cannot be reached`,
        detail: `No connection from the local cluster to ${where}.${said} Check the host and port (the remote cluster server, port `
          + `${REMOTE_CLUSTER_SERVER_PORT} by default), that remote_cluster_server.enabled is true on the remote, and the network between them. ${after}`,
      };
  }
}
