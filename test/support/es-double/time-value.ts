/**
 * Elasticsearch's `TimeValue.parseTimeValue` (fact sheet §8), reproduced step by step so the double
 * accepts and rejects exactly what Elasticsearch does, with the same messages.
 */
import { illegalArgument, EsError } from './errors';

export interface TimeValue {
  /** The duration in nanoseconds (a bigint, because `106751d` in nanos exceeds 2^53). */
  readonly nanos: bigint;
}

const NANOS_PER: Record<string, bigint> = {
  nanos: 1n,
  micros: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
  d: 86_400_000_000_000n,
};

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

/** Java `String.trim()`: strips chars <= U+0020 at both ends. */
export function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return s.slice(start, end);
}

/** Java `Long.parseLong`: optional sign, ASCII digits, 64-bit range. */
function parseLong(s: string): bigint | undefined {
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const v = BigInt(s);
  return v > LONG_MAX || v < LONG_MIN ? undefined : v;
}

/** Whether Java `Double.parseDouble` would accept the string (close enough for the error choice). */
function parsesAsDouble(s: string): boolean {
  const t = javaTrim(s);
  return /^[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)$/.test(t);
}

/**
 * Parse like `TimeValue.parseTimeValue(value, null, settingName)`. Throws an `EsError`
 * (`illegal_argument_exception`) with Elasticsearch's message on failure.
 */
export function parseTimeValue(raw: string, settingName: string): TimeValue {
  const normalized = javaTrim(raw.toLowerCase());
  const unitOf = (): [string, string] | undefined => {
    for (const suffix of ['nanos', 'micros', 'ms', 's']) {
      if (normalized.endsWith(suffix)) return [normalized.slice(0, normalized.length - suffix.length), suffix];
    }
    // minutes are checked on the raw input: 'M' is months, and trailing whitespace defeats it
    if (raw.endsWith('m')) return [normalized.slice(0, normalized.length - 1), 'm'];
    for (const suffix of ['h', 'd']) {
      if (normalized.endsWith(suffix)) return [normalized.slice(0, normalized.length - suffix.length), suffix];
    }
    return undefined;
  };
  const unit = unitOf();
  if (!unit) {
    if (/^-0*1$/.test(normalized)) return { nanos: -1_000_000n };
    if (/^0+$/.test(normalized)) return { nanos: 0n };
    throw illegalArgument(
      `failed to parse setting [${settingName}] with value [${raw}] as a time value: unit is missing or unrecognized`,
    );
  }
  const [numberPart, suffix] = unit;
  const trimmed = javaTrim(numberPart);
  const value = parseLong(trimmed);
  if (value === undefined) {
    if (parsesAsDouble(trimmed)) {
      throw illegalArgument(`failed to parse [${raw}], fractional time values are not supported`);
    }
    throw illegalArgument(`failed to parse [${raw}]`);
  }
  if (value < -1n) {
    throw illegalArgument(
      `failed to parse setting [${settingName}] with value [${raw}] as a time value: negative durations are not supported`,
    );
  }
  return { nanos: value * NANOS_PER[suffix] };
}

/** `TimeValue.getSeconds()`: truncates towards zero. */
export function wholeSeconds(tv: TimeValue): number {
  return Number(tv.nanos / 1_000_000_000n);
}

export function isEsError(e: unknown): e is EsError {
  return e instanceof EsError;
}
