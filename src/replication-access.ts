import { Construct } from 'constructs';
import { assertKeyScope, indexAmongSiblings, warnOnClusterPrefixedNames } from './private/access-entry';
import { checkReplicationEntry, checkReplicationHasNoDlsFls, formatProblem } from './rules';
import './private/cdktf-tokens';

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

const REPLICATION_ACCESS = Symbol.for('cdktf-elastic-cross-cluster.ReplicationAccess');

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
    return x !== null && typeof x === 'object' && x[REPLICATION_ACCESS] === true;
  }

  /** The props this entry was declared with. */
  public readonly props: ReplicationAccessProps;

  constructor(scope: Construct, id: string, props: ReplicationAccessProps) {
    assertKeyScope(scope, id, 'ReplicationAccess');
    super(scope, id);
    this.props = props;
    warnOnClusterPrefixedNames(this, props.names);
    this.node.addValidation({
      validate: () => {
        const prop = `replication[${indexAmongSiblings(this, ReplicationAccess.isReplicationAccess)}]`;
        return [
          ...checkReplicationEntry(this.props, prop),
          ...checkReplicationHasNoDlsFls(this.props as unknown as Record<string, unknown>, prop),
        ].map(formatProblem);
      },
    });
  }
}

// The marker lives on the prototype (one property for all entries, not one per instance).
Object.defineProperty(ReplicationAccess.prototype, REPLICATION_ACCESS, { value: true });
