import { SIGNING_SETTINGS } from '../../../rules/remote-cluster-signing';
import type { Obj } from '../../values';

/**
 * The settings this resource manages, by attribute name; each is `cluster.remote.<alias>.<name>`
 * (https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/remote-clusters).
 */
export const MANAGED_SETTINGS = ['mode', 'seeds', 'node_connections', 'proxy_address', 'proxy_socket_connections', 'server_name', 'skip_unavailable'] as const;

/**
 * The signing settings (strong identity, Elasticsearch 9.3+) as `[attribute of signing, setting
 * suffix, the constructs' prop]`: `keystore_path` is `cluster.remote.<alias>.signing.keystore.path`,
 * prop `keystorePath`. The suffixes are the constructs' (`src/rules/remote-cluster-signing.ts`, from
 * Elasticsearch's CrossClusterApiKeySigningSettings, elastic/elasticsearch#137822).
 */
export const SIGNING_ATTRIBUTES: ReadonlyArray<readonly [string, string, string]> = SIGNING_SETTINGS
  .map(([prop, suffix]) => [suffix.replace(/\./g, '_'), `signing.${suffix}`, prop] as const);

/** `cluster.remote.<alias>.` */
export const prefixOf = (alias: string): string => `cluster.remote.${alias}.`;

/** The alias of a state (`alias`, else `id`). */
export function aliasOf(state: Obj): string {
  const a = typeof state.alias === 'string' ? state.alias : state.id;
  return typeof a === 'string' ? a : '';
}
