import { Annotations, Aspects, IAspect, TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { eccxRole, elasticstackRole } from './connection/role-resources';
import type { CrossClusterApiKey } from './cross-cluster-api-key';
import { KeyProviderType } from './cross-cluster-api-key-props';
import { missingElasticsearchBlock } from './private/elasticsearch-block';
import { constructError } from './private/errors';
import { assertCompatibleFramework } from './private/framework';
import { replicationEntryOf, searchEntryOf } from './private/key-access';
import { providerTypeOf } from './private/key-provider-checks';
import { CONNECTION_MARK, hasMark } from './private/markers';
import { knownAtSynth } from './private/synth-values';
import { checkAllowRestrictedIndices, checkFieldSecurity, checkQuery, formatProblem, Problem } from './rules';
import { checkRemoteClusterPrivileges } from './rules/remote-cluster-privileges';
import {
  checkRemoteIndexPrivileges,
  checkRemoteIndicesCoveredByKey,
  checkRemoteIndicesNames,
  checkRoleName,
  literalKeyNames,
} from './rules/remote-indices';
import { FieldSecurity } from './search-access';

/**
 * What a {@link RemoteIndicesRole} needs of the connection it grants access through. A
 * `RemoteClusterConnection` is one (and the only kind a role accepts).
 */
export interface IRemoteClusterConnection extends IConstruct {
  /** The remote cluster's alias, written to the role's `remote_indices.clusters`. */
  readonly alias: string;
  /** The key that authenticates the connection: its access is the ceiling of the role's. */
  readonly key: CrossClusterApiKey;
  /**
   * The provider of the local cluster.
   *
   * @default - the stack's default provider of `providerType`
   */
  readonly provider?: TerraformProvider;
  /** The provider type the connection writes with; its roles use the same. */
  readonly providerType: KeyProviderType;
}

/**
 * Privilege sets for `remote_indices`, as the Elasticsearch docs give them for the API key model
 * (https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key#remote-clusters-privileges-api-key).
 */
export class RemoteIndexPrivileges {
  /** Cross-cluster search: `read`, `read_cross_cluster`, `view_index_metadata`. */
  public static readonly SEARCH: string[] = ['read', 'read_cross_cluster', 'view_index_metadata'];
  /** Cross-cluster replication (leader indices): `cross_cluster_replication`. */
  public static readonly REPLICATION: string[] = ['cross_cluster_replication'];
  /**
   * Local follower indices of cross-cluster replication: `monitor`, `read`, `write`,
   * `manage_follow_index` (an `indices` entry, not `remote_indices`).
   */
  public static readonly FOLLOWER: string[] = ['monitor', 'read', 'write', 'manage_follow_index'];

  private constructor() {}
}

/** Options shared by the grants of a {@link RemoteClusterConnection}: the role and the remote indices. */
export interface RemoteGrantBaseOptions {
  /**
   * The role's name on the local cluster: 1 to 507 printable ASCII characters, no leading or
   * trailing space. Assign it to users or API keys of the local cluster.
   */
  readonly roleName: string;
  /**
   * Index names, aliases, data streams or patterns on the remote cluster (`*` wildcards and
   * `/regex/` allowed), without the `<alias>:` prefix. At least one; none empty.
   *
   * Effective access is the intersection of this role and the key's access: a literal name that
   * none of the key's literal names covers gets a synth warning.
   */
  readonly names: string[];
  /**
   * Whether `names` also cover restricted (system) indices. Always written explicitly.
   *
   * @default false
   */
  readonly allowRestrictedIndices?: boolean;
}

/** Options of {@link RemoteClusterConnection.grantSearch}. */
export interface RemoteSearchGrantOptions extends RemoteGrantBaseOptions {
  /**
   * Field level security on the remote indices, written as the role's
   * `remote_indices.field_security` block `{ grant, except }`.
   *
   * @default - all fields are visible (within the key's limits)
   */
  readonly fieldSecurity?: FieldSecurity;
  /**
   * Document level security: a query object (e.g. `{ term: { team: 'a' } }`) or a string holding
   * JSON, written as canonical JSON to `remote_indices.query`.
   *
   * @default - all documents are visible (within the key's limits)
   */
  readonly query?: any;
  /**
   * `remote_cluster` privileges on this remote (Elasticsearch 8.15+; API key model only):
   * `monitor_enrich` (8.15+, ES|QL ENRICH across clusters) and `monitor_stats` (8.17+), written
   * as the role's `remote_cluster { clusters = [alias], privileges }`. Only the eccx provider's
   * role has that block: with elasticstack, synth fails. An unknown privilege fails synth.
   *
   * @default - no remote_cluster privileges
   */
  readonly remoteClusterPrivileges?: string[];
}

/** Options of {@link RemoteClusterConnection.grantReplication}. */
export interface RemoteReplicationGrantOptions extends RemoteGrantBaseOptions {
  /**
   * Local follower index names or patterns. When given, the role also gets `monitor`, `read`,
   * `write` and `manage_follow_index` on them (an `indices` entry), which creating and managing
   * follower indices needs.
   *
   * @default - no local index privileges; grant them in another role
   */
  readonly followerIndices?: string[];
}

/** Options of {@link RemoteClusterConnection.grantRemoteIndices}: any privileges. */
export interface RemoteIndicesGrantOptions extends RemoteSearchGrantOptions {
  /**
   * Index privileges on the remote indices. Search privileges need `search` access in the key,
   * `cross_cluster_replication` needs `replication` access.
   *
   * @default RemoteIndexPrivileges.SEARCH (`read`, `read_cross_cluster`, `view_index_metadata`)
   */
  readonly privileges?: string[];
  /**
   * Cluster privileges of the role on the local cluster, e.g. `["manage_ccr"]` for replication.
   *
   * @default - none
   */
  readonly clusterPrivileges?: string[];
  /**
   * Local follower index names or patterns that get {@link RemoteIndexPrivileges.FOLLOWER}.
   *
   * @default - no local index privileges
   */
  readonly followerIndices?: string[];
}

/** Props of a {@link RemoteIndicesRole}. */
export interface RemoteIndicesRoleProps extends RemoteIndicesGrantOptions {
  /** The remote cluster connection whose alias the role's `remote_indices.clusters` names. */
  readonly connection: IRemoteClusterConnection;
  /**
   * The provider of the LOCAL cluster (elasticstack or eccx).
   *
   * @default - the connection's provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A role on the local cluster that grants `remote_indices` privileges on one remote cluster, and
 * optionally `remote_cluster` privileges: written with the connection's provider, as an
 * `elasticstack_elasticsearch_security_role` or an `eccx_security_role` with
 * `remote_indices { clusters = [alias], names, privileges, query?, field_security?, allow_restricted_indices }`
 * and (eccx only) `remote_cluster { clusters = [alias], privileges }`.
 *
 * Users with the role get the intersection of the role and the cross-cluster API key's access;
 * the key is the ceiling. A literal name the key does not cover is reported as a synth warning.
 * `remote_indices` has no effect for certificate-model remotes. Synth fails on an unknown
 * `remote_cluster` privilege, and on `remote_cluster` with the elasticstack provider.
 *
 * Usually created through {@link RemoteClusterConnection.grantSearch},
 * {@link RemoteClusterConnection.grantReplication} or
 * {@link RemoteClusterConnection.grantRemoteIndices}.
 *
 * See https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key#remote-clusters-privileges-api-key
 * and https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-role.
 */
export class RemoteIndicesRole extends Construct {
  /** The role's name. */
  public readonly roleName: string;
  /** The connection the role grants access through. */
  public readonly connection: IRemoteClusterConnection;
  /** The remote index privileges granted. */
  public readonly privileges: string[];
  /** The L1 role resource, an escape hatch: `elasticstack_elasticsearch_security_role` or `eccx_security_role`. */
  public readonly resource: TerraformResource;
  /** The provider type the role is written with. */
  public readonly providerType: KeyProviderType;

  private readonly props: RemoteIndicesRoleProps;

  constructor(scope: Construct, id: string, props: RemoteIndicesRoleProps) {
    super(scope, id);
    assertCompatibleFramework(this, 'RemoteIndicesRole');
    if (!hasMark(props.connection, CONNECTION_MARK)) {
      throw constructError(this.node.path, 'connection', 'must be a RemoteClusterConnection', `pass the connection, or call connection.grantSearch('${id}', options)`);
    }
    this.props = props;
    this.roleName = props.roleName;
    this.connection = props.connection;
    this.privileges = props.privileges ?? [...RemoteIndexPrivileges.SEARCH];

    const cluster = props.clusterPrivileges;
    const model = {
      name: props.roleName,
      cluster: cluster !== undefined && (Token.isUnresolved(cluster) || cluster.length > 0) ? cluster : undefined,
      follower: props.followerIndices === undefined ? undefined : { names: props.followerIndices, privileges: [...RemoteIndexPrivileges.FOLLOWER] },
      remoteIndices: {
        clusters: [props.connection.alias],
        names: props.names,
        privileges: this.privileges,
        allowRestrictedIndices: props.allowRestrictedIndices ?? false,
        query: props.query,
        fieldSecurity: renderFieldSecurity(props.fieldSecurity),
      },
      remoteCluster: props.remoteClusterPrivileges === undefined
        ? undefined
        : { clusters: [props.connection.alias], privileges: props.remoteClusterPrivileges },
    };
    const provider = props.provider ?? props.connection.provider;
    this.providerType = props.provider !== undefined
      ? (providerTypeOf(props.provider) === 'eccx' ? KeyProviderType.ECCX : KeyProviderType.ELASTICSTACK)
      : props.connection.providerType;
    this.resource = this.providerType === KeyProviderType.ECCX ? eccxRole(this, model, provider) : elasticstackRole(this, model, provider);

    this.node.addValidation({ validate: () => this.validateRole().map(formatProblem) });
    Aspects.of(this).add(new KeyCoverageWarnings(this));
  }

  /** @internal The coverage warnings: literal names the key does not cover. */
  public _coverageProblems(): Problem[] {
    const key = this.connection.key;
    const keyNames = {
      search: literalKeyNames(key.searchAccess.map((s) => searchEntryOf(s).known)),
      replication: literalKeyNames(key.replicationAccess.map((r) => replicationEntryOf(r).known)),
    };
    return checkRemoteIndicesCoveredByKey(knownAtSynth(this.props.names), knownAtSynth(this.privileges), keyNames, 'remote_indices[0].names', this.connection.alias);
  }

  private validateRole(): Problem[] {
    const p = knownAtSynth(this.props) as RemoteIndicesRoleProps;
    const problems = [
      ...checkRoleName(p.roleName, 'name'),
      ...checkRemoteIndicesNames(p.names, 'remote_indices[0].names'),
      ...checkRemoteIndexPrivileges(knownAtSynth(this.privileges), 'remote_indices[0].privileges'),
      ...checkQuery(p.query, 'remote_indices[0].query'),
      ...checkFieldSecurity(p.fieldSecurity, 'remote_indices[0].field_security'),
      ...checkAllowRestrictedIndices(p.allowRestrictedIndices, 'remote_indices[0].allow_restricted_indices'),
    ];
    if (p.followerIndices !== undefined) problems.push(...checkRemoteIndicesNames(p.followerIndices, 'indices[0].names', 'local'));
    problems.push(...checkRemoteClusterPrivileges(p.remoteClusterPrivileges, 'remote_cluster[0].privileges'));
    if (p.remoteClusterPrivileges !== undefined && this.providerType === KeyProviderType.ELASTICSTACK) {
      problems.push({
        prop: 'remote_cluster',
        message: 'is given, but the elasticstack provider\'s elasticstack_elasticsearch_security_role has no remote_cluster block',
        fix: 'write the connection (and its roles) with the eccx provider: providerType: KeyProviderType.ECCX, or remove remoteClusterPrivileges',
      });
    }
    // On the connection's provider, the connection reports a missing elasticsearch block already.
    const own = this.props.provider;
    if (own !== undefined && own !== this.connection.provider && own.terraformResourceType === 'elasticstack') {
      problems.push(...missingElasticsearchBlock(own, this.resource, "the role's resource sets"));
    }
    return problems;
  }
}

/** Adds the key-coverage warnings once, at synth, when the key's access is complete. */
class KeyCoverageWarnings implements IAspect {
  private done = false;
  constructor(private readonly role: RemoteIndicesRole) {}
  public visit(node: IConstruct): void {
    if (node !== this.role || this.done) return;
    this.done = true;
    for (const p of this.role._coverageProblems()) Annotations.of(this.role).addWarning(formatProblem(p));
  }
}

function renderFieldSecurity(fs: FieldSecurity | undefined): { grant?: string[]; except?: string[] } | undefined {
  if (fs === undefined || fs === null || Token.isUnresolved(fs)) return fs as any;
  const out: { grant?: string[]; except?: string[] } = {};
  if (fs.grant !== undefined) out.grant = fs.grant;
  if (fs.except !== undefined) out.except = fs.except;
  return out;
}
