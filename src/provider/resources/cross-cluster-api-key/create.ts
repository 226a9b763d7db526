import { accessBody, withDefaults } from './converters';
import { newCreateToken, outcomeUnknown, withMarker } from './creation-marker';
import { parseObject } from '../json-text';
import { str } from './models';
import { getKey } from './read';
import { refuseApiKeyAuth, requireCertificateIdentitySupport } from './requirements';
import { rotationTimestamp } from './rotation';
import type { ProviderData } from '../../connection';
import { clusterTime, esCall, esDiagnostic, providerDataOf } from '../../elasticsearch';
import type { CallContext, CreateRequest, State } from '../../framework';
import { DiagnosticError, Value, attrPath, isPlainObject } from '../../values';

/**
 * Create: `POST /_security/cross_cluster/api_key`, the only answer that holds the secret. The key
 * carries a new creation marker (see `creation-marker.ts`). When the outcome is unknown (5xx,
 * timeout, dropped connection, unreadable answer), the error comes with a state holding the name
 * and the marker, which Terraform records as tainted: the next apply replaces it and invalidates
 * the half-made key, so none is left behind.
 */
export async function createKey({ plannedState, config }: CreateRequest<State>, ctx: CallContext<ProviderData>): Promise<State> {
  refuseApiKeyAuth(ctx);
  const cert = str(plannedState.certificate_identity);
  if (cert !== null) await requireCertificateIdentitySupport(ctx);
  const token = newCreateToken();
  const userMetadata = typeof plannedState.metadata === 'string' ? parseObject(plannedState.metadata, attrPath('metadata'), 'metadata') : {};
  const body: Record<string, unknown> = {
    name: plannedState.name,
    access: accessBody(plannedState.access),
    metadata: withMarker(userMetadata, token),
  };
  if (typeof plannedState.expiration === 'string') body.expiration = plannedState.expiration;
  if (cert !== null) body.certificate_identity = cert;
  const base = { ...plannedState, access: withDefaults(plannedState.access, config.access), create_token: token };
  let res: Record<string, unknown>;
  try {
    res = await esCall<Record<string, unknown>>(ctx, 'create the cross-cluster API key', {
      method: 'POST', path: '/_security/cross_cluster/api_key', body,
    });
    if (!isPlainObject(res) || typeof res.id !== 'string' || typeof res.api_key !== 'string' || typeof res.encoded !== 'string') {
      throw new DiagnosticError('Malformed Elasticsearch response',
        'The answer to POST /_security/cross_cluster/api_key lacks id, api_key or encoded.');
    }
  } catch (err) {
    if (!outcomeUnknown(err)) throw err;
    const [diag] = esDiagnostic(err, 'create the cross-cluster API key', providerDataOf(ctx).requestTimeoutMs).diagnostics;
    ctx.diagnostics.error(diag.summary, `${diag.detail ?? ''} The key may have been created without its secret reaching Terraform: `
      + 'it is recorded as tainted (marked by create_token), and the next terraform apply creates a new key and invalidates that one.');
    ctx.log.debug('create outcome unknown: tainted state with the creation marker', { name: String(plannedState.name) });
    return halfMade(base);
  }
  ctx.log.debug('created cross-cluster API key', { key_id: res.id });
  const creation = await creationTime(res.id, ctx);
  return {
    ...base,
    id: res.id,
    key_id: res.id,
    api_key: res.api_key,
    encoded: res.encoded,
    expiration_timestamp: typeof res.expiration === 'number' ? res.expiration : null,
    creation_timestamp: creation,
    rotation_timestamp: rotationTimestamp(creation, plannedState.rotation_period),
  };
}

/**
 * When Elasticsearch created the key (its `creation`, read back by id). The key exists and its
 * secret is in hand, so a failed read must not fail the create: the cluster's clock stands in,
 * and the next refresh records Elasticsearch's value.
 */
async function creationTime(id: string, ctx: CallContext<ProviderData>): Promise<number> {
  try {
    const key = await getKey(ctx, id, false);
    if (key && typeof key.creation === 'number') return key.creation;
  } catch {
    ctx.log.debug('could not read the new key\'s creation time: using the cluster clock', { key_id: id });
  }
  return clusterTime(ctx);
}

/** The state of a key whose create outcome is unknown: the configuration and the marker; no id, no secret. */
function halfMade(base: Record<string, Value>): State {
  return {
    ...base,
    id: null,
    key_id: null,
    api_key: null,
    encoded: null,
    expiration_timestamp: null,
    creation_timestamp: null,
    rotation_timestamp: null,
  };
}
