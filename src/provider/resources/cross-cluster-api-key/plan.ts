import { withDefaults } from './converters';
import { expiryWarning } from './expiry-warning';
import { refuseApiKeyAuth, requireCertificateIdentitySupport } from './requirements';
import { rotationTimestamp } from './rotation';
import { stateType } from './schema';
import type { ProviderData } from '../../connection';
import { clusterTime, providerDataOf, serverVersion, versionAtLeast } from '../../elasticsearch';
import type { CallContext, PlanRequest, PlanResult, State } from '../../framework';
import { AttributePath, T, Unknown, Value, attrPath, isNumberValue, valuesEqual } from '../../values';

/**
 * The plan: `allow_restricted_indices` false where the configuration leaves it null; on update the
 * id, secret, creation time and marker stay, the expiry stays unless `expiration` changes; a
 * changed expiration replaces the key when it is removed or the cluster is older than 8.13; a due
 * rotation (`rotation_timestamp` reached by the cluster's clock) replaces it. A key that expires
 * within the provider's `expiry_warning_window` gets a warning. What a create or update needs from
 * the provider's authentication and the cluster's version is checked here, so `plan` fails early.
 */
export async function planKey({ priorState, plannedState, config }: PlanRequest<State>, ctx: CallContext<ProviderData>): Promise<PlanResult<State>> {
  const planned: Record<string, Value> = { ...plannedState, access: withDefaults(plannedState.access, config.access) };
  const replace: AttributePath[] = [];
  if (priorState === null) {
    if (config.expiration === null) planned.expiration_timestamp = null;
    if (config.rotation_period === null) planned.rotation_timestamp = null;
    refuseApiKeyAuth(ctx);
    if (typeof config.certificate_identity === 'string') await requireCertificateIdentitySupport(ctx);
    return { plannedState: planned };
  }
  // an update: the id and the secret stay (null after an import), the expiry unless expiration changes
  for (const k of ['id', 'key_id', 'api_key', 'encoded', 'create_token', 'creation_timestamp']) planned[k] = priorState[k] ?? null;
  planned.rotation_timestamp = config.rotation_period instanceof Unknown ? Unknown.plain
    : rotationTimestamp(priorState.creation_timestamp, config.rotation_period);
  const expirationChanged = !valuesEqual(priorState.expiration, config.expiration, T.string);
  planned.expiration_timestamp = expirationChanged ? Unknown.plain : priorState.expiration_timestamp ?? null;

  const rotationAt = planned.rotation_timestamp;
  const needsClock = (rotationAt !== null && isNumberValue(rotationAt)) || typeof priorState.expiration_timestamp === 'number';
  const now = needsClock ? await clusterTime(ctx) : 0;
  if (rotationAt !== null && isNumberValue(rotationAt) && now >= Number(String(rotationAt))) {
    ctx.log.debug('rotation due: replacing the key', { key_id: String(priorState.key_id) });
    planned.rotation_timestamp = Unknown.plain;
    return { plannedState: planned, requiresReplace: [attrPath('rotation_timestamp')] };
  }
  const warning = needsClock ? expiryWarning(priorState, now, providerDataOf(ctx).expiryWarningWindowMs) : undefined;
  if (warning) ctx.diagnostics.add(warning);
  if (valuesEqual(priorState, planned, stateType)) return { plannedState: planned };

  if (expirationChanged) {
    if (config.expiration === null) {
      replace.push(attrPath('expiration')); // Elasticsearch cannot remove an expiry
    } else if (!versionAtLeast(await serverVersion(ctx), 8, 13)) {
      replace.push(attrPath('expiration')); // no expiration on update before 8.13
    }
  }
  const certChanged = !valuesEqual(priorState.certificate_identity, config.certificate_identity, T.string);
  // a replacement is planned again as a create, where the checks run
  if (replace.length > 0) return { plannedState: planned, requiresReplace: replace };
  if (!valuesEqual(priorState.name, config.name, T.string)) return { plannedState: planned }; // requiresReplace
  refuseApiKeyAuth(ctx);
  if (certChanged) await requireCertificateIdentitySupport(ctx);
  return { plannedState: planned };
}
