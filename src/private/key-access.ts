import { jsonAttribute } from './json-attribute';
import { knownAtSynth } from './synth-values';
import type { CrossClusterApiKeyAccess, CrossClusterApiKeyAccessSearch } from '../generated/eccx/cross-cluster-api-key';
import type { ElasticsearchSecurityApiKeyAccess } from '../generated/elasticstack/elasticsearch-security-api-key';
import type { ReplicationEntry, SearchEntry } from '../rules';

/*
 * A key's access entries as the key reads them. Each `SearchAccess` / `ReplicationAccess` reads its
 * props once, when it is created ({@link readSearchEntry}, {@link readReplicationEntry}); the key
 * then only collects the results, for its resource's `access` and for the rules.
 */

/** What an entry reads of its props `SearchAccessProps` (by name, so a class's getters count too). */
interface SearchProps {
  readonly names: string[];
  readonly query?: unknown;
  readonly fieldSecurity?: unknown;
  readonly allowRestrictedIndices?: boolean;
}

/** What an entry reads of its props `ReplicationAccessProps`. */
interface ReplicationProps {
  readonly names: string[];
  readonly allowRestrictedIndices?: boolean;
}

/** A search entry in the shape both providers' key resources share. */
export type SearchAttributes = CrossClusterApiKeyAccessSearch;

/** A replication entry with every field either provider may send. */
export interface ReplicationAttributes {
  readonly names: string[];
  readonly allowRestrictedIndices: boolean;
}

/** An entry as read once: what the rules see (`known`) and what the key's resource writes (`attributes`). */
export interface EntryData<K, A> {
  readonly known: K;
  readonly attributes: A;
}

/**
 * Reads a search entry's props once, into a plain object (see {@link plainProps}). `query` and
 * `field_security` become JSON text (see `json-attribute.ts`); `allow_restricted_indices` is written
 * explicitly (the server's default is `false`).
 */
export function readSearchEntry(props: SearchProps): EntryData<SearchEntry, SearchAttributes> {
  const read = plainProps(props, ['names', 'query', 'fieldSecurity', 'allowRestrictedIndices']);
  const known = knownAtSynth(read) as SearchEntry;
  return {
    known,
    attributes: {
      names: read.names,
      allowRestrictedIndices: read.allowRestrictedIndices ?? false,
      query: read.query === undefined ? undefined : jsonAttribute(read.query, known.query),
      fieldSecurity: read.fieldSecurity === undefined ? undefined : jsonAttribute(read.fieldSecurity, known.fieldSecurity),
    },
  };
}

/** Reads a replication entry's props once, as {@link readSearchEntry} does. */
export function readReplicationEntry(props: ReplicationProps): EntryData<ReplicationEntry, ReplicationAttributes> {
  const read = plainProps(props, ['names', 'allowRestrictedIndices']);
  return {
    known: knownAtSynth(read) as ReplicationEntry,
    attributes: { names: read.names, allowRestrictedIndices: read.allowRestrictedIndices ?? false },
  };
}

/**
 * `props` as a plain object, each member read once: its own fields (the rules report unknown ones),
 * and those of `fields` that a class provides through getters. Lists at the top (`names`) are
 * copied too (holes kept), so a later change to the caller's list is not seen either.
 */
function plainProps<T extends object>(props: T, fields: ReadonlyArray<keyof T & string>): T {
  const read = { ...props } as Record<string, unknown>;
  for (const field of fields) {
    if (field in read) continue;
    const value = props[field];
    if (value !== undefined) read[field] = value;
  }
  for (const [key, value] of Object.entries(read)) if (Array.isArray(value)) read[key] = value.slice();
  return read as T;
}

/**
 * The data of a `SearchAccess`, as its key and roles read it. An entry made by another copy of this
 * package without `_entry` (an older version in the same app) is read from its props here.
 */
export function searchEntryOf(
  entry: { readonly props: SearchProps; readonly _entry?: EntryData<SearchEntry, SearchAttributes> },
): EntryData<SearchEntry, SearchAttributes> {
  return entry._entry ?? readSearchEntry(entry.props);
}

/** The data of a `ReplicationAccess`, as {@link searchEntryOf}. */
export function replicationEntryOf(
  entry: { readonly props: ReplicationProps; readonly _entry?: EntryData<ReplicationEntry, ReplicationAttributes> },
): EntryData<ReplicationEntry, ReplicationAttributes> {
  return entry._entry ?? readReplicationEntry(entry.props);
}

/**
 * `access` of a key for the elasticstack provider: replication entries with `names` only (the
 * provider's schema has nothing else). An unused list is left out, not written empty or null.
 */
export function elasticstackAccess(search: SearchAttributes[], replication: ReplicationAttributes[]): ElasticsearchSecurityApiKeyAccess {
  return {
    search: nonEmpty(search),
    replication: nonEmpty(replication.map((r) => ({ names: r.names }))),
  };
}

/**
 * `access` of a key for this package's provider (eccx), which also sends
 * `allow_restricted_indices` for replication entries; otherwise as {@link elasticstackAccess}.
 */
export function eccxAccess(search: SearchAttributes[], replication: ReplicationAttributes[]): CrossClusterApiKeyAccess {
  return { search: nonEmpty(search), replication: nonEmpty(replication) };
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}
