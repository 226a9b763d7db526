import { Construct } from 'constructs';
import { assertKeyScope, indexAmongSiblings, warnOnClusterPrefixedNames } from './private/access-entry';
import { EntryData, readSearchEntry, SearchAttributes } from './private/key-access';
import { hasMark, mark, SEARCH_ACCESS_MARK } from './private/markers';
import { checkSearchEntry, formatProblem, SearchEntry } from './rules';

/**
 * Field level security for a `search` entry: which fields of the matched documents are visible.
 *
 * Follows `field_security` of the create cross-cluster API key API
 * (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key)
 * and "Field and document level security"
 * (https://www.elastic.co/docs/deploy-manage/users-roles/cluster-or-deployment-auth/controlling-access-at-document-field-level).
 */
export interface FieldSecurity {
  /**
   * Field names or patterns (e.g. `"event.*"`) that are visible.
   *
   * @default - no grant list; then `except` must not be given either
   */
  readonly grant?: string[];
  /**
   * Field names or patterns removed from `grant`. Requires `grant`; Elasticsearch checks that it is
   * a subset of `grant`.
   *
   * @default - nothing is excluded
   */
  readonly except?: string[];
}

/**
 * Props of one `search` entry of a cross-cluster API key: the remote indices that local users may
 * search through cross-cluster search (CCS). Elasticsearch grants `read`, `read_cross_cluster` and
 * `view_index_metadata` on them.
 */
export interface SearchAccessProps {
  /**
   * Index names, aliases, data streams or patterns on the remote cluster (`*` wildcards and
   * `/regex/` allowed), without a cluster alias prefix. At least one; none empty.
   */
  readonly names: string[];
  /**
   * Document level security: a query (as an object, e.g. `{ term: { team: 'a' } }`, or a string
   * holding JSON) that documents must match to be visible. Not allowed while the key has any
   * replication entry (Elasticsearch >= 8.14).
   *
   * @default - all documents are visible
   */
  readonly query?: any;
  /**
   * Field level security. Not allowed while the key has any replication entry
   * (Elasticsearch >= 8.14).
   *
   * @default - all fields are visible
   */
  readonly fieldSecurity?: FieldSecurity;
  /**
   * Whether `names` also cover restricted (system) indices such as `.security`.
   *
   * Always written explicitly, so the configuration equals what Elasticsearch reports.
   *
   * @default false
   */
  readonly allowRestrictedIndices?: boolean;
}

/**
 * One `search` entry of a cross-cluster API key. Its scope must be the key:
 *
 * ```ts
 * new SearchAccess(key, 'Metrics', { names: ['metrics-*'] });
 * ```
 *
 * Validation (at synth): `names` is a non-empty list of non-empty strings; `query` is a JSON
 * object; `fieldSecurity` is not empty and has `grant` when it has `except`. Values known only at
 * deploy time are not checked.
 *
 * @throws Error when the scope is not a `CrossClusterApiKey`.
 */
export class SearchAccess extends Construct {
  /** True when `x` is a SearchAccess (works across copies of this module). */
  public static isSearchAccess(x: any): x is SearchAccess {
    return hasMark(x, SEARCH_ACCESS_MARK);
  }

  /**
   * The props this entry was declared with. They are read once, when the entry is created (a later
   * change to this object is not seen): `query` and `fieldSecurity` are encoded then, and
   * checked at synth.
   */
  public readonly props: SearchAccessProps;

  /** @internal The props as read at creation: what the rules see, and the key's `access.search` entry. */
  public readonly _entry: EntryData<SearchEntry, SearchAttributes>;

  constructor(scope: Construct, id: string, props: SearchAccessProps) {
    assertKeyScope(scope, id, 'SearchAccess');
    super(scope, id);
    this.props = props;
    this._entry = readSearchEntry(props);
    warnOnClusterPrefixedNames(this, this._entry.known.names);
    this.node.addValidation({
      validate: () => {
        const prop = `search[${indexAmongSiblings(this, SearchAccess.isSearchAccess)}]`;
        return checkSearchEntry(this._entry.known, prop).map(formatProblem);
      },
    });
  }
}

mark(SearchAccess, SEARCH_ACCESS_MARK);
