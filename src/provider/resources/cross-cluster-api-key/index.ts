import { createKey } from './create';
import { deleteKey } from './delete';
import { planKey } from './plan';
import { importKey, readKey } from './read';
import { TYPE_NAME, schema } from './schema';
import { updateKey } from './update';
import { validate } from './validate';
import type { ProviderData } from '../../connection';
import type { Resource, State } from '../../framework';

/**
 * `eccx_cross_cluster_api_key`: a cross-cluster API key on the remote (fulfilling) cluster
 * (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key).
 *
 * - create: `POST /_security/cross_cluster/api_key`, with a creation marker in the key's metadata
 *   (`eccx_create_token`, kept out of the `metadata` attribute); when the outcome is unknown (5xx,
 *   timeout, dropped connection) the error comes with a tainted state holding the marker, and the
 *   next apply replaces it and invalidates the half-made key (`creation-marker.ts`)
 * - read: `GET /_security/api_key?id=&active_only=true`; `access`, `metadata` and
 *   `certificate_identity` are read back (drift shows in the next plan); a key that is gone,
 *   invalidated or expired is removed from state, so the next plan creates it again
 * - update in place: `PUT /_security/cross_cluster/api_key/{id}` with `access`, `metadata`, and
 *   `expiration` from Elasticsearch 8.13 (below 8.13 a new expiration replaces the key) and
 *   `certificate_identity` from 9.3; the secret and the id stay the same
 * - delete: invalidate by id (`DELETE /_security/api_key`); a half-made key is found by name and marker
 * - plan: a key expiring within the provider's `expiry_warning_window` (default 14d) gets a warning
 *   (`expiry-warning.ts`); with `rotation_period`, a plan after `creation_timestamp` +
 *   `rotation_period` replaces the key (`rotation.ts`; declare `create_before_destroy`). Both use the
 *   cluster's clock (`GET /_cat/health`, this host's clock when refused)
 * - import by key id: everything but the secret, which Elasticsearch never shows again: `api_key`
 *   and `encoded` stay null after an import (rotate the key, or supply the credential yourself)
 *
 * Every call authenticates as the provider's user: Elasticsearch refuses cross-cluster API key
 * calls authenticated by an API key, and the user needs the `manage_security` cluster privilege.
 *
 * Files, as in Elastic's provider (`internal/elasticsearch/security/api_key/`): `schema`, `models`,
 * `converters` (Terraform values to Elasticsearch JSON and back; JSON text attributes through
 * `../json-text`, shared with the role), `validate`,
 * `requirements`, `creation-marker`, `expiry-warning`, `rotation`, and one file per operation
 * (`plan`, `create`, `read` with import, `update`, `delete`). Elasticsearch calls go through
 * `../../elasticsearch`.
 */
export const crossClusterApiKey: Resource<ProviderData, State> = {
  typeName: TYPE_NAME,
  schema,
  validateConfig({ config }, ctx) {
    ctx.diagnostics.add(...validate(config));
  },
  plan: planKey,
  create: createKey,
  read: readKey,
  update: updateKey,
  delete: deleteKey,
  importState: importKey,
};

export { TYPE_NAME } from './schema';
export { KEY_PROP_PATHS } from './validate';
