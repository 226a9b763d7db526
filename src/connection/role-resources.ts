import { TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { SecurityRole } from '../generated/eccx/security-role';
import { ElasticsearchSecurityRole } from '../generated/elasticstack/elasticsearch-security-role';
import { jsonAttribute } from '../private/json-attribute';

/** One provider-neutral role: what a RemoteIndicesRole writes. */
export interface RoleModel {
  readonly name: string;
  readonly cluster?: string[];
  /** Local follower indices, with their privileges. */
  readonly follower?: { names: string[]; privileges: string[] };
  readonly remoteIndices: {
    readonly clusters: string[];
    readonly names: string[];
    readonly privileges: string[];
    readonly allowRestrictedIndices: boolean;
    readonly query?: unknown;
    readonly fieldSecurity?: { grant?: string[]; except?: string[] };
  };
  /** `remote_cluster` privileges (eccx only). */
  readonly remoteCluster?: { clusters: string[]; privileges: string[] };
}

/** `elasticstack_elasticsearch_security_role` (no `remote_cluster` block in that provider). */
export function elasticstackRole(scope: Construct, m: RoleModel, provider?: TerraformProvider): TerraformResource {
  const { remoteIndex, ...role } = sharedParts(m);
  return new ElasticsearchSecurityRole(scope, 'Resource', {
    ...role,
    remoteIndices: [{ ...remoteIndex, fieldSecurity: m.remoteIndices.fieldSecurity as any }],
    provider,
  });
}

/** `eccx_security_role`: `field_security` and `query` are JSON strings there; `remote_cluster` is supported. */
export function eccxRole(scope: Construct, m: RoleModel, provider?: TerraformProvider): TerraformResource {
  const { remoteIndex, ...role } = sharedParts(m);
  const fs = m.remoteIndices.fieldSecurity;
  return new SecurityRole(scope, 'Resource', {
    ...role,
    remoteIndices: [{ ...remoteIndex, fieldSecurity: fs === undefined || Token.isUnresolved(fs) ? (fs as any) : jsonAttribute(fs) }],
    remoteCluster: m.remoteCluster === undefined ? undefined : [m.remoteCluster],
    provider,
  });
}

/** What both providers' roles write alike: name, cluster, follower indices, the remote_indices entry without field_security. */
function sharedParts(m: RoleModel) {
  const r = m.remoteIndices;
  return {
    name: m.name,
    cluster: m.cluster,
    indices: m.follower === undefined ? undefined : [{ ...m.follower, allowRestrictedIndices: false }],
    remoteIndex: {
      clusters: r.clusters,
      names: r.names,
      privileges: r.privileges,
      allowRestrictedIndices: r.allowRestrictedIndices,
      query: r.query === undefined ? undefined : jsonAttribute(r.query),
    },
  };
}
