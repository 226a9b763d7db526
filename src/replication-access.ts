import { Construct } from 'constructs';
import { assertKeyScope, indexAmongSiblings, warnOnClusterPrefixedNames } from './private/access-entry';
import { EntryData, readReplicationEntry, ReplicationAttributes } from './private/key-access';
import { hasMark, mark, REPLICATION_ACCESS_MARK } from './private/markers';
import { checkReplicationEntry, checkReplicationHasNoDlsFls, formatProblem, ReplicationEntry } from './rules';

/**
 * Props of one `replication` entry of a cross-cluster API key: the remote indices that the local
 * cluster may follow with cross-cluster replication (CCR). Elasticsearch grants
 * `cross_cluster_replication` and `cross_cluster_replication_internal` on them. Replication entries
 * support no document or field level security.
 */
export interface ReplicationAccessProps {
  /**
   * Index names or patterns on the remote cluster to replicate, without a cluster alias prefix. At
   * least one; none empty.
   */
  readonly names: string[];
  /**
   * Whether `names` also cover restricted (system) indices. Elasticsearch accepts it, but the
   * elasticstack provider cannot send it for replication entries: `true` fails synth on that
   * deploy path instead of being dropped silently.
   *
   * @default false
   */
  readonly allowRestrictedIndices?: boolean;
}

/**
 * One `replication` entry of a cross-cluster API key. Its scope must be the key:
 *
 * ```ts
 * new ReplicationAccess(key, 'Audit', { names: ['audit-*'] });
 * ```
 *
 * Validation (at synth): `names` is a non-empty list of non-empty strings; no `query` or
 * `field_security` (Elasticsearch: "replication does not support document or field level
 * security"). Values known only at deploy time are not checked.
 *
 * @throws Error when the scope is not a `CrossClusterApiKey`.
 */
export class ReplicationAccess extends Construct {
  /** True when `x` is a ReplicationAccess (works across copies of this module). */
  public static isReplicationAccess(x: any): x is ReplicationAccess {
    return hasMark(x, REPLICATION_ACCESS_MARK);
  }

  /**
   * The props this entry was declared with. They are read once, when the entry is created (a later
   * change to this object is not seen).
   */
  public readonly props: ReplicationAccessProps;

  /** @internal The props as read at creation: what the rules see, and the key's `access.replication` entry. */
  public readonly _entry: EntryData<ReplicationEntry, ReplicationAttributes>;

  constructor(scope: Construct, id: string, props: ReplicationAccessProps) {
    assertKeyScope(scope, id, 'ReplicationAccess');
    super(scope, id);
    this.props = props;
    this._entry = readReplicationEntry(props);
    warnOnClusterPrefixedNames(this, this._entry.known.names);
    this.node.addValidation({
      validate: () => {
        const prop = `replication[${indexAmongSiblings(this, ReplicationAccess.isReplicationAccess)}]`;
        const entry = this._entry.known as ReplicationEntry & Record<string, unknown>;
        return [...checkReplicationEntry(entry, prop), ...checkReplicationHasNoDlsFls(entry, prop)].map(formatProblem);
      },
    });
  }
}

mark(ReplicationAccess, REPLICATION_ACCESS_MARK);
