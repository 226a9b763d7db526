/**
 * Elasticsearch's `TimeValue` grammar, as `TimeValue.parseTimeValue` applies it to the
 * `expiration` of an API key (see the Elasticsearch API conventions, "Time units":
 * https://www.elastic.co/docs/reference/elasticsearch/rest-apis/api-conventions#time-units).
 *
 * Units: `nanos`, `micros`, `ms`, `s`, `m`, `h`, `d`. Case-insensitive except minutes: `5M` is
 * months to Elasticsearch's date math and is rejected here as it is there.
 */

/** Nanoseconds per unit of a time value. */
export const NANOS_PER: Readonly<Record<string, bigint>> = {
  nanos: 1n,
  micros: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60n * 1_000_000_000n,
  h: 3_600n * 1_000_000_000n,
  d: 86_400n * 1_000_000_000n,
};

/** Result of parsing a time value: the duration in nanoseconds, or Elasticsearch's error. */
type TimeValueResult =
  | { readonly ok: true; readonly nanos: bigint; readonly unit: string; readonly magic?: 'minus-one' | 'zero' }
  | { readonly ok: false; readonly error: string };

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

/** Java `String.trim()`: strips every char <= U+0020 from both ends. */
export function javaTrim(s: string): string {
  return s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** Java `Long.parseLong`: optional sign, ASCII digits, within 64 bits. */
function parseJavaLong(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const v = BigInt(s);
  return v > LONG_MAX || v < LONG_MIN ? undefined : v;
}

/** Java `Double.parseDouble` acceptance (decimal, exponent, NaN/Infinity, type suffix, hex). */
function isJavaDouble(s: string): boolean {
  const t = javaTrim(s);
  return (
    /^[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?))$/.test(t) ||
    /^[+-]?0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+[fFdD]?$/.test(t)
  );
}

/**
 * Parses `raw` exactly as Elasticsearch's `TimeValue.parseTimeValue(raw, null, settingName)`
 * does, returning the duration or the message Elasticsearch would answer with.
 */
export function parseTimeValue(raw: string, settingName = 'expiration'): TimeValueResult {
  const normalized = javaTrim(raw.toLowerCase());
  let unit: string | undefined;
  for (const suffix of ['nanos', 'micros', 'ms', 's']) {
    if (normalized.endsWith(suffix)) {
      unit = suffix;
      break;
    }
  }
  // Minutes are matched on the raw input: `M` (months) must not count as minutes.
  if (!unit && raw.endsWith('m')) unit = 'm';
  if (!unit && normalized.endsWith('h')) unit = 'h';
  if (!unit && normalized.endsWith('d')) unit = 'd';
  if (!unit) return parseWithoutUnit(raw, normalized, settingName);
  const numberPart = javaTrim(normalized.slice(0, normalized.length - unit.length));
  const value = parseJavaLong(numberPart);
  if (value === undefined) return notALong(raw, numberPart);
  if (value < -1n) return negativeDuration(raw, settingName);
  return { ok: true, nanos: value * NANOS_PER[unit], unit };
}

/** A value without a unit: only the magic values `-1` and `0` are allowed. */
function parseWithoutUnit(raw: string, normalized: string, settingName: string): TimeValueResult {
  if (/^-0*1$/.test(normalized)) return { ok: true, nanos: -1_000_000n, unit: 'ms', magic: 'minus-one' };
  if (/^0+$/.test(normalized)) return { ok: true, nanos: 0n, unit: 'ms', magic: 'zero' };
  return {
    ok: false,
    error: `failed to parse setting [${settingName}] with value [${raw}] as a time value: unit is missing or unrecognized`,
  };
}

function notALong(raw: string, numberPart: string): TimeValueResult {
  if (isJavaDouble(numberPart)) {
    return { ok: false, error: `failed to parse [${raw}], fractional time values are not supported` };
  }
  return { ok: false, error: `failed to parse [${raw}]` };
}

function negativeDuration(raw: string, settingName: string): TimeValueResult {
  return {
    ok: false,
    error: `failed to parse setting [${settingName}] with value [${raw}] as a time value: negative durations are not supported`,
  };
}

/** One second in nanoseconds: API key expirations are truncated to whole seconds. */
export const ONE_SECOND_NANOS = 1_000_000_000n;
/** The largest expiration Elasticsearch can represent in nanoseconds: 106751 days. */
export const MAX_EXPIRATION_NANOS = 106_751n * NANOS_PER.d;
