import { Construct } from 'constructs';
import { assertKeyScope, indexAmongSiblings, warnOnClusterPrefixedNames } from './private/access-entry';
import { hasMark, mark, REPLICATION_ACCESS_MARK } from './private/markers';
import { knownAtSynth } from './private/synth-values';
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

  /** The props this entry was declared with (read once, when the entry is created). */
  public readonly props: ReplicationAccessProps;

  /** @internal `props` as the rules see them (deploy-time values replaced), worked out once. */
  public readonly _known: ReplicationEntry;

  constructor(scope: Construct, id: string, props: ReplicationAccessProps) {
    assertKeyScope(scope, id, 'ReplicationAccess');
    super(scope, id);
    this.props = props;
    this._known = knownAtSynth(props) as ReplicationEntry;
    warnOnClusterPrefixedNames(this, this._known.names);
    this.node.addValidation({
      validate: () => {
        const prop = `replication[${indexAmongSiblings(this, ReplicationAccess.isReplicationAccess)}]`;
        const entry = this._known as ReplicationEntry & Record<string, unknown>;
        return [...checkReplicationEntry(entry, prop), ...checkReplicationHasNoDlsFls(entry, prop)].map(formatProblem);
      },
    });
  }
}

mark(ReplicationAccess, REPLICATION_ACCESS_MARK);
