import { isDeployTime } from './deploy-time';
import { Problem, show } from './problem';
import { NANOS_PER, parseTimeValue } from './time-value';

/** A key's rotation as the rules see it: one of `period` or `renewBefore`, with the key's other props. */
export interface RotationInput {
  /** Replace the key every this long (an Elasticsearch time value). */
  readonly period?: unknown;
  /** Replace the key this long before it expires (an Elasticsearch time value). */
  readonly renewBefore?: unknown;
  /** The key's `expiration`, when set. */
  readonly expiration?: unknown;
  /** The key's `createBeforeDestroy` prop. */
  readonly createBeforeDestroy?: boolean;
  /**
   * The period must be whole minutes (Terraform's `time_rotating`, used with the elasticstack
   * provider, counts in minutes; eccx's `rotation_period` takes any time value).
   */
  readonly wholeMinutes?: boolean;
}

/**
 * Problems of a key's rotation. A rotation replaces the key on the first `terraform apply` after it
 * is due, so:
 *
 * - the period (`period`, or `expiration - renewBefore`) is a positive Elasticsearch time value,
 *   of whole minutes when `wholeMinutes` is set;
 * - it is shorter than the key's `expiration`: otherwise the key expires before it is rotated;
 * - `renewBefore` needs an `expiration` known at synth;
 * - the key is created before the old one is destroyed (`createBeforeDestroy` not false): a
 *   rotation that invalidates the old key first takes every connection using it down.
 *
 * Values known only at deploy time are skipped.
 */
export function checkRotation(input: RotationInput): Problem[] {
  const problems: Problem[] = [];
  if (input.createBeforeDestroy === false) {
    problems.push({
      prop: 'createBeforeDestroy',
      message: 'is false with a rotation: each rotation would invalidate the old key before the new one exists and is in the local keystore, and every connection using it fails until then',
      fix: 'remove createBeforeDestroy: false (the default, true, creates the new key first), or remove rotation',
    });
  }
  const prop = input.renewBefore !== undefined ? 'rotation.renewBefore' : 'rotation.every';
  const given = input.renewBefore ?? input.period;
  if (given === undefined || isDeployTime(given)) return problems;
  const duration = durationOf(given, prop);
  if (!duration.ok) return [...problems, duration.problem];
  const expiration = input.expiration === undefined || isDeployTime(input.expiration) ? undefined : durationOf(input.expiration, 'expiration');
  if (expiration !== undefined && !expiration.ok) return problems; // reported by checkExpiration
  if (input.renewBefore !== undefined) {
    if (input.expiration === undefined) {
      return [...problems, { prop, message: `${show(given)} is set but the key has no expiration, so there is nothing to renew before`, fix: 'set expiration (e.g. "90d"), or use KeyRotation.every(period) for a key that never expires' }];
    }
    if (expiration === undefined) return problems;
    if (duration.nanos >= expiration.nanos) {
      return [...problems, { prop, message: `${show(given)} is not shorter than expiration ${show(input.expiration)}: the key would be due for rotation when it is created`, fix: 'give a renewBefore shorter than expiration, e.g. "7d" for a "30d" key' }];
    }
    if (!input.wholeMinutes) return problems;
    return [...problems, ...wholeMinutes(expiration.nanos - duration.nanos, prop, `the rotation period (expiration ${show(input.expiration)} minus ${show(given)})`)];
  }
  if (input.wholeMinutes) problems.push(...wholeMinutes(duration.nanos, prop, show(given)));
  if (expiration !== undefined && duration.nanos >= expiration.nanos) {
    problems.push({
      prop,
      message: `${show(given)} is not shorter than expiration ${show(input.expiration)}: the key expires before the rotation is due, and connections using it fail until the next apply`,
      fix: 'give a period shorter than expiration (e.g. KeyRotation.every("23d") for a "30d" key, leaving time for an apply), or use KeyRotation.beforeExpiry(lead)',
    });
  }
  return problems;
}

/**
 * The rotation period in nanoseconds: `period`, or `expiration - renewBefore`. Undefined when it is
 * not known at synth or not valid (see {@link checkRotation}).
 */
export function rotationPeriodNanos(input: RotationInput): bigint | undefined {
  if (checkRotation({ ...input, createBeforeDestroy: undefined }).length > 0) return undefined;
  const nanosOf = (v: unknown) => {
    const d = v === undefined || isDeployTime(v) ? undefined : durationOf(v, '');
    return d?.ok ? d.nanos : undefined;
  };
  if (input.renewBefore === undefined) return nanosOf(input.period);
  const expiration = nanosOf(input.expiration);
  const lead = nanosOf(input.renewBefore);
  return expiration === undefined || lead === undefined ? undefined : expiration - lead;
}

/** {@link rotationPeriodNanos} in whole minutes (rounded down), for `time_rotating.rotation_minutes`. */
export function rotationMinutes(input: RotationInput): number | undefined {
  const nanos = rotationPeriodNanos(input);
  return nanos === undefined ? undefined : Number(nanos / NANOS_PER.m);
}

/** The units {@link timeValueText} writes, largest first (micros are written as nanos). */
const TEXT_UNITS = ['d', 'h', 'm', 's', 'ms'];

/** A duration as an Elasticsearch time value in the largest unit that holds it exactly, e.g. `23d`, `90m`, `1500ms`. */
export function timeValueText(nanos: bigint): string {
  const unit = TEXT_UNITS.find((u) => nanos % NANOS_PER[u] === 0n);
  return unit === undefined ? `${nanos}nanos` : `${nanos / NANOS_PER[unit]}${unit}`;
}

type Duration = { readonly ok: true; readonly nanos: bigint } | { readonly ok: false; readonly problem: Problem };

/** A positive time value, or the problem with it. */
function durationOf(value: unknown, prop: string): Duration {
  const fix = 'give an Elasticsearch time value of whole minutes or more, e.g. "30d", "12h" or "90m"';
  if (typeof value !== 'string') return { ok: false, problem: { prop, message: `must be a string time value, got ${show(value)}`, fix } };
  const parsed = parseTimeValue(value, prop);
  if (!parsed.ok) return { ok: false, problem: { prop, message: `${show(value)} is not an Elasticsearch time value (Elasticsearch: "${parsed.error}")`, fix } };
  if (parsed.magic !== undefined || parsed.nanos <= 0n) return { ok: false, problem: { prop, message: `${show(value)} is not a positive duration`, fix } };
  return { ok: true, nanos: parsed.nanos };
}

function wholeMinutes(nanos: bigint, prop: string, what: string): Problem[] {
  if (nanos >= NANOS_PER.m && nanos % NANOS_PER.m === 0n) return [];
  return [{
    prop,
    message: `${what} is not a whole number of minutes (at least one): the rotation is scheduled by Terraform's time_rotating, which counts in minutes`,
    fix: 'give durations in whole minutes, e.g. "90m", "12h" or "30d"',
  }];
}
