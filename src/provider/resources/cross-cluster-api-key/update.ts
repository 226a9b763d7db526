import { accessBody, withDefaults } from './converters';
import { withMarker } from './creation-marker';
import { parseObject } from '../json-text';
import { str } from './models';
import { getKey, keyIdOf } from './read';
import { refuseApiKeyAuth, requireCertificateIdentitySupport } from './requirements';
import { rotationTimestamp } from './rotation';
import type { ProviderData } from '../../connection';
import { esCall, serverVersion, versionAtLeast } from '../../elasticsearch';
import type { CallContext, State, UpdateRequest } from '../../framework';
import { DiagnosticError, T, Value, attrPath, isPlainObject, valuesEqual } from '../../values';

/**
 * Update in place: `PUT /_security/cross_cluster/api_key/{id}` with access, metadata, and the
 * expiration (8.13+) and certificate_identity (9.3+) when they change. Id and secret stay.
 */
export async function updateKey({ priorState, plannedState, config }: UpdateRequest<State>, ctx: CallContext<ProviderData>): Promise<State> {
  refuseApiKeyAuth(ctx);
  const id = keyIdOf(priorState);
  const body: Record<string, unknown> = {
    access: accessBody(plannedState.access),
    // metadata replaces the stored one: {} clears it when the configuration has none; the creation marker stays
    metadata: withMarker(typeof plannedState.metadata === 'string' ? parseObject(plannedState.metadata, attrPath('metadata'), 'metadata') : {},
      str(priorState.create_token)),
  };
  const expirationChanged = !valuesEqual(priorState.expiration, plannedState.expiration, T.string);
  if (expirationChanged) {
    const version = await serverVersion(ctx);
    if (typeof plannedState.expiration !== 'string' || !versionAtLeast(version, 8, 13)) {
      throw new DiagnosticError('expiration cannot change in place',
        `Elasticsearch ${version} cannot ${typeof plannedState.expiration === 'string' ? 'update the expiration of a key (8.13 and later can)' : 'remove the expiry of a key'}; the key must be replaced. Plan again.`,
        attrPath('expiration'));
    }
    body.expiration = plannedState.expiration;
  }
  if (!valuesEqual(priorState.certificate_identity, plannedState.certificate_identity, T.string)) {
    await requireCertificateIdentitySupport(ctx);
    body.certificate_identity = str(plannedState.certificate_identity); // null clears it
  }
  const res = await esCall<Record<string, unknown>>(ctx, `update cross-cluster API key ${id}`, {
    method: 'PUT', path: `/_security/cross_cluster/api_key/${encodeURIComponent(id)}`, body,
  });
  if (!isPlainObject(res) || typeof res.updated !== 'boolean') {
    throw new DiagnosticError('Malformed Elasticsearch response', `The answer to PUT /_security/cross_cluster/api_key/${id} has no "updated" flag.`);
  }
  let expirationTimestamp: Value = priorState.expiration_timestamp ?? null;
  if (expirationChanged) {
    const key = await getKey(ctx, id, false);
    expirationTimestamp = key && typeof key.expiration === 'number' ? key.expiration : null;
  }
  ctx.log.debug('updated cross-cluster API key', { key_id: id, updated: res.updated });
  return {
    ...plannedState,
    access: withDefaults(plannedState.access, config.access),
    id: priorState.id ?? id,
    key_id: id,
    api_key: priorState.api_key ?? null,
    encoded: priorState.encoded ?? null,
    expiration_timestamp: expirationTimestamp,
    create_token: priorState.create_token ?? null,
    creation_timestamp: priorState.creation_timestamp ?? null,
    rotation_timestamp: rotationTimestamp(priorState.creation_timestamp, plannedState.rotation_period),
  };
}
