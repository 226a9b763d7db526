import { jsonAttribute } from './json-attribute';
import type { CrossClusterApiKeyAccess, CrossClusterApiKeyAccessSearch } from '../generated/eccx/cross-cluster-api-key';
import type { ElasticsearchSecurityApiKeyAccess } from '../generated/elasticstack/elasticsearch-security-api-key';
import type { SearchEntry } from '../rules';

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

/** A search entry in the shape both providers' key resources share. */
export type SearchAttributes = CrossClusterApiKeyAccessSearch;

/**
 * A search entry in the providers' shape, made once when the entry is created:
 * `allow_restricted_indices` written explicitly (the server's default is `false`), `query` and
 * `field_security` as JSON text (see `json-attribute.ts`).
 *
 * @param known `props` as the rules see them (`knownAtSynth(props)`), which tells whether
 * `query` and `fieldSecurity` hold deploy-time values
 */
export function searchAttributes(props: SearchProps, known: SearchEntry): SearchAttributes {
  return {
    names: props.names,
    allowRestrictedIndices: props.allowRestrictedIndices ?? false,
    query: props.query === undefined ? undefined : jsonAttribute(props.query, known.query),
    fieldSecurity: props.fieldSecurity === undefined ? undefined : jsonAttribute(props.fieldSecurity, known.fieldSecurity),
  };
}

/**
 * `access` of a key for the elasticstack provider, from its entries: replication entries with
 * `names` only (the provider's schema has nothing else). An unused list is left out, not written
 * empty or null.
 */
export function elasticstackAccess(search: SearchAttributes[], replication: ReplicationProps[]): ElasticsearchSecurityApiKeyAccess {
  return {
    search: nonEmpty(search),
    replication: nonEmpty(replication.map((r) => ({ names: r.names }))),
  };
}

/**
 * `access` of a key for this package's provider (eccx), which also sends
 * `allow_restricted_indices` for replication entries; otherwise as {@link elasticstackAccess}.
 */
export function eccxAccess(search: SearchAttributes[], replication: ReplicationProps[]): CrossClusterApiKeyAccess {
  return {
    search: nonEmpty(search),
    replication: nonEmpty(replication.map((r) => ({ names: r.names, allowRestrictedIndices: r.allowRestrictedIndices ?? false }))),
  };
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}
