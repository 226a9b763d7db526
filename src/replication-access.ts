import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { checkReplicationEntry, checkReplicationHasNoDlsFls, formatProblem, namesWithClusterPrefix } from './rules';
import { _isCrossClusterApiKey } from './search-access';
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
    if (!_isCrossClusterApiKey(scope)) {
      throw new Error(
        `[${scope.node.path}/${id}] ReplicationAccess: the scope must be a CrossClusterApiKey, got ${scope.constructor.name} at "${scope.node.path}". Fix: create it as new ReplicationAccess(key, '${id}', props) or call key.addReplication('${id}', props).`,
      );
    }
    super(scope, id);
    Object.defineProperty(this, REPLICATION_ACCESS, { value: true });
    this.props = props;
    const prefixed = namesWithClusterPrefix(props.names);
    if (prefixed.length > 0) {
      Annotations.of(this).addWarning(
        `names: ${prefixed.map((n) => JSON.stringify(n)).join(', ')} carry a cluster alias prefix, but the key's names are index names on the remote cluster itself (where the key lives), so they match nothing there. Drop the "<alias>:" prefix; aliases belong in the local cluster's remote_indices roles.`,
      );
    }
    this.node.addValidation({
      validate: () => {
        const prop = `replication[${this._index()}]`;
        return [
          ...checkReplicationEntry(this.props, prop),
          ...checkReplicationHasNoDlsFls(this.props as unknown as Record<string, unknown>, prop),
        ].map(formatProblem);
      },
    });
  }

  private _index(): number {
    const siblings = this.node.scope!.node.children.filter((c) => ReplicationAccess.isReplicationAccess(c));
    return siblings.indexOf(this);
  }
}
