import { TerraformResourceLifecycle } from 'cdktf';
import { Construct } from 'constructs';
import { rotationSchedule } from './key-rotation-schedule';
import { knownAtSynth } from './synth-values';
import { CrossClusterApiKeyProps, KeyProviderType } from '../cross-cluster-api-key-props';
import { checkRotation, Problem, RotationInput, rotationMinutes, rotationPeriodNanos, timeValueText } from '../rules';

/*
 * How a key's `rotation` prop becomes Terraform, per provider:
 * - elasticstack: a `time_rotating` child and `lifecycle.replace_triggered_by` naming it
 *   (`key-rotation-schedule.ts`);
 * - eccx: the key resource's own `rotation_period` (a due rotation plans a replacement).
 * With both, `create_before_destroy` stays on (a rotation requires it).
 */

/** The rotation and the props it depends on, as the rules see them. */
function rotationInput(props: CrossClusterApiKeyProps, providerType: KeyProviderType): RotationInput {
  return {
    period: knownAtSynth(props.rotation?.period),
    renewBefore: knownAtSynth(props.rotation?.renewBefore),
    expiration: knownAtSynth(props.expiration),
    createBeforeDestroy: props.createBeforeDestroy,
    wholeMinutes: providerType === KeyProviderType.ELASTICSTACK,
  };
}

/**
 * The key resource's lifecycle: `create_before_destroy` unless turned off, and with a rotation on
 * the elasticstack provider `replace_triggered_by` its schedule; undefined when neither applies.
 */
export function keyLifecycle(key: Construct, props: CrossClusterApiKeyProps, providerType: KeyProviderType): TerraformResourceLifecycle | undefined {
  const createBeforeDestroy = props.createBeforeDestroy === false ? undefined : true;
  if (props.rotation === undefined || providerType === KeyProviderType.ECCX) return createBeforeDestroy ? { createBeforeDestroy } : undefined;
  return { createBeforeDestroy, replaceTriggeredBy: [rotationSchedule(key, rotationMinutes(rotationInput(props, providerType)))] };
}

/**
 * eccx's `rotation_period`: the period as given (`KeyRotation.every`; the provider checks a
 * deploy-time one at plan), or `expiration - renewBefore` as a time value (`beforeExpiry`).
 */
export function eccxRotationPeriod(props: CrossClusterApiKeyProps): string | undefined {
  const rotation = props.rotation;
  if (rotation === undefined) return undefined;
  if (rotation.renewBefore === undefined) return rotation.period;
  const nanos = rotationPeriodNanos(rotationInput(props, KeyProviderType.ECCX));
  return nanos === undefined ? undefined : timeValueText(nanos);
}

/** Problems of the key's rotation, and one when its period cannot be computed at synth. */
export function rotationProblems(props: CrossClusterApiKeyProps, providerType: KeyProviderType): Problem[] {
  if (props.rotation === undefined) return [];
  const input = rotationInput(props, providerType);
  const problems = checkRotation(input);
  if (problems.length > 0 || rotationPeriodNanos(input) !== undefined) return problems;
  // eccx takes a deploy-time period as it is (rotation_period is checked at plan).
  if (providerType === KeyProviderType.ECCX && input.renewBefore === undefined) return problems;
  return [{
    prop: input.renewBefore !== undefined ? 'rotation.renewBefore' : 'rotation.every',
    message: `depends on a value known only at deploy time (${input.renewBefore !== undefined ? 'renewBefore or expiration' : 'the period'}), but the rotation period is computed at synth`,
    fix: 'give the rotation period (and, with beforeExpiry, expiration) as literal time values such as "30d"',
  }];
}
