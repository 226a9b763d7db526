import { createRole } from './create';
import { deleteRole } from './delete';
import { planRole } from './plan';
import { importRole, readRole } from './read';
import { TYPE_NAME, schema } from './schema';
import { updateRole } from './update';
import { validate } from './validate';
import type { ProviderData } from '../../connection';
import type { Resource, State } from '../../framework';

/**
 * `eccx_security_role`: a native role on the local cluster with `remote_indices` and
 * `remote_cluster` (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-put-role,
 * https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key).
 * The elasticstack provider's role has no `remote_cluster` block; this one does.
 *
 * - create and update: `PUT /_security/role/{name}` with the whole descriptor
 * - read: `GET /_security/role/{name}`: privileges, DLS/FLS and metadata changed outside Terraform
 *   show as drift (JSON compared by value); a deleted role is removed from state
 * - delete: `DELETE /_security/role/{name}`
 * - import by name
 */
export const securityRole: Resource<ProviderData, State> = {
  typeName: TYPE_NAME,
  schema,
  validateConfig({ config }, ctx) {
    ctx.diagnostics.add(...validate(config));
  },
  plan: planRole,
  create: createRole,
  read: readRole,
  update: updateRole,
  delete: deleteRole,
  importState: importRole,
};

export { TYPE_NAME } from './schema';
