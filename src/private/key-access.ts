import { jsonAttribute } from './json-attribute';
import type { CrossClusterApiKeyAccess, CrossClusterApiKeyAccessSearch } from '../generated/eccx/cross-cluster-api-key';
import type { ElasticsearchSecurityApiKeyAccess } from '../generated/elasticstack/elasticsearch-security-api-key';

/** What the access rendering reads of a search entry's props (`SearchAccessProps`). */
interface SearchProps {
  readonly names: string[];
  readonly query?: unknown;
  readonly fieldSecurity?: unknown;
  readonly allowRestrictedIndices?: boolean;
}

/** What the access rendering reads of a replication entry's props (`ReplicationAccessProps`). */
interface ReplicationProps {
  readonly names: string[];
  readonly allowRestrictedIndices?: boolean;
}

/**
 * `access` of a key for the elasticstack provider, from its entries' props: search entries with
 * `allow_restricted_indices` written explicitly (the server's default is `false`), replication
 * entries with `names` only (the provider's schema has nothing else). An unused list is left out,
 * not written empty or null.
 */
export function elasticstackAccess(search: SearchProps[], replication: ReplicationProps[]): ElasticsearchSecurityApiKeyAccess {
  return {
    search: nonEmpty(search.map(searchEntry)),
    replication: nonEmpty(replication.map((r) => ({ names: r.names }))),
  };
}

/**
 * `access` of a key for this package's provider (eccx), which also sends
 * `allow_restricted_indices` for replication entries; otherwise as {@link elasticstackAccess}.
 */
export function eccxAccess(search: SearchProps[], replication: ReplicationProps[]): CrossClusterApiKeyAccess {
  return {
    search: nonEmpty(search.map(searchEntry)),
    replication: nonEmpty(replication.map((r) => ({ names: r.names, allowRestrictedIndices: r.allowRestrictedIndices ?? false }))),
  };
}

/** A search entry in the providers' shape (both share it); `query` and `field_security` as JSON text. */
function searchEntry(s: SearchProps): CrossClusterApiKeyAccessSearch {
  return {
    names: s.names,
    allowRestrictedIndices: s.allowRestrictedIndices ?? false,
    query: s.query === undefined ? undefined : jsonAttribute(s.query),
    fieldSecurity: s.fieldSecurity === undefined ? undefined : jsonAttribute(s.fieldSecurity),
  };
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}
