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
  const r = m.remoteIndices;
  return new ElasticsearchSecurityRole(scope, 'Resource', {
    name: m.name,
    cluster: m.cluster,
    indices: m.follower === undefined ? undefined : [{ ...m.follower, allowRestrictedIndices: false }],
    remoteIndices: [{
      clusters: r.clusters,
      names: r.names,
      privileges: r.privileges,
      allowRestrictedIndices: r.allowRestrictedIndices,
      query: r.query === undefined ? undefined : jsonAttribute(r.query),
      fieldSecurity: r.fieldSecurity as any,
    }],
    provider,
  });
}

/** `eccx_security_role`: `field_security` and `query` are JSON strings there; `remote_cluster` is supported. */
export function eccxRole(scope: Construct, m: RoleModel, provider?: TerraformProvider): TerraformResource {
  const r = m.remoteIndices;
  return new SecurityRole(scope, 'Resource', {
    name: m.name,
    cluster: m.cluster,
    indices: m.follower === undefined ? undefined : [{ ...m.follower, allowRestrictedIndices: false }],
    remoteIndices: [{
      clusters: r.clusters,
      names: r.names,
      privileges: r.privileges,
      allowRestrictedIndices: r.allowRestrictedIndices,
      query: r.query === undefined ? undefined : jsonAttribute(r.query),
      fieldSecurity: r.fieldSecurity === undefined || Token.isUnresolved(r.fieldSecurity) ? (r.fieldSecurity as any) : jsonAttribute(r.fieldSecurity),
    }],
    remoteCluster: m.remoteCluster === undefined ? undefined : [m.remoteCluster],
    provider,
  });
}
