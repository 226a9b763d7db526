import { parseTimeValue } from '../../../rules';
import { Diagnostic, Value, attrPath, isNumberValue } from '../../values';

/**
 * Rotation built into the key: with `rotation_period` (an Elasticsearch time value such as
 * `30d`), the key is due for rotation at `creation_timestamp + rotation_period`, kept in the
 * computed `rotation_timestamp`. A plan that runs at or after that moment (by the cluster's clock)
 * plans a replacement: `rotation_timestamp` becomes unknown and requires replacement. With
 * `create_before_destroy` on the resource, Terraform creates the new key, updates what depends on
 * it, and only then invalidates the old one.
 */

/** A time value in milliseconds (whole milliseconds, rounded down), or null when it does not parse. */
export function durationMs(text: string, setting: string): number | null {
  const parsed = parseTimeValue(text, setting);
  return parsed.ok && !parsed.magic ? Number(parsed.nanos / 1_000_000n) : null;
}

/** When the key is due for rotation, in ms since the epoch; null without a period or a known creation time. */
export function rotationTimestamp(creation: Value | undefined, period: Value | undefined): number | null {
  if (typeof period !== 'string' || creation === null || creation === undefined || !isNumberValue(creation)) return null;
  const ms = durationMs(period, 'rotation_period');
  return ms === null ? null : Number(String(creation)) + ms;
}

/**
 * Configuration errors of `rotation_period`: not a positive time value, or longer than
 * `expiration` (the key would expire before it is rotated). Unknown values are not checked.
 */
export function checkRotation(period: Value | undefined, expiration: Value | undefined): Diagnostic[] {
  if (typeof period !== 'string') return [];
  const path = attrPath('rotation_period');
  const parsed = parseTimeValue(period, 'rotation_period');
  if (!parsed.ok || parsed.magic || parsed.nanos <= 0n) {
    const reason = parsed.ok ? 'it must be longer than zero' : parsed.error;
    return [{
      severity: 'error',
      summary: 'Invalid rotation_period',
      detail: `rotation_period "${period}" is not a positive Elasticsearch time value (${reason}). Give a duration such as "30d" or "12h".`,
      path,
    }];
  }
  if (typeof expiration !== 'string') return [];
  const exp = parseTimeValue(expiration, 'expiration');
  if (exp.ok && !exp.magic && parsed.nanos > exp.nanos) {
    return [{
      severity: 'error',
      summary: 'rotation_period longer than expiration',
      detail: `rotation_period "${period}" is longer than expiration "${expiration}": the key would expire before it is rotated. `
        + 'Shorten rotation_period, or lengthen expiration so that it is at least the rotation period plus the time your plans run apart.',
      path,
    }];
  }
  return [];
}
