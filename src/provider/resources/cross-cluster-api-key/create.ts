import { accessBody, withDefaults } from './converters';
import { parseObject } from './json-text';
import { str } from './models';
import { refuseApiKeyAuth, requireCertificateIdentitySupport } from './requirements';
import type { ProviderData } from '../../connection';
import { esCall } from '../../elasticsearch';
import type { CallContext, CreateRequest, State } from '../../framework';
import { DiagnosticError, attrPath, isPlainObject } from '../../values';

/** Create: `POST /_security/cross_cluster/api_key`; the only answer that holds the secret. */
export async function createKey({ plannedState, config }: CreateRequest<State>, ctx: CallContext<ProviderData>): Promise<State> {
  refuseApiKeyAuth(ctx);
  const cert = str(plannedState.certificate_identity);
  if (cert !== null) await requireCertificateIdentitySupport(ctx);
  const body: Record<string, unknown> = { name: plannedState.name, access: accessBody(plannedState.access) };
  if (typeof plannedState.expiration === 'string') body.expiration = plannedState.expiration;
  if (typeof plannedState.metadata === 'string') body.metadata = parseObject(plannedState.metadata, attrPath('metadata'), 'metadata');
  if (cert !== null) body.certificate_identity = cert;
  const res = await esCall<Record<string, unknown>>(ctx, 'create the cross-cluster API key', {
    method: 'POST', path: '/_security/cross_cluster/api_key', body,
  });
  if (!isPlainObject(res) || typeof res.id !== 'string' || typeof res.api_key !== 'string' || typeof res.encoded !== 'string') {
    throw new DiagnosticError('Malformed Elasticsearch response',
      'The answer to POST /_security/cross_cluster/api_key lacks id, api_key or encoded. A key may have been created: look for it by name.');
  }
  ctx.log.debug('created cross-cluster API key', { key_id: res.id });
  return {
    ...plannedState,
    access: withDefaults(plannedState.access, config.access),
    id: res.id,
    key_id: res.id,
    api_key: res.api_key,
    encoded: res.encoded,
    expiration_timestamp: typeof res.expiration === 'number' ? res.expiration : null,
  };
}
