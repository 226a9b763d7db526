/* eslint-disable no-bitwise */ // reading the bits of a float64 is bit manipulation
import { ValueError } from './value-error';

/**
 * Numbers. cty numbers are arbitrary-precision decimals. On the wire (msgpack) Terraform sends an
 * integer that fits int64 as the smallest msgpack integer, a non-integer that float64 holds exactly
 * as float64, and anything else as a decimal string (`"0.1"`, `"9223372036854775808"`).
 *
 * In JavaScript a number is a `number` when that is exact, a `bigint` for an integer beyond 2^53,
 * and an `ExactNumber` (decimal text) for a fraction that a `number` would change.
 */
export class ExactNumber {
  public readonly text: string;

  /**
   * @param text a decimal number (`-12.5e3`); normalized to plain notation
   * @throws ValueError for text that `parseDecimal` refuses (not a decimal, too long, out of range)
   */
  public constructor(text: string) {
    this.text = formatDecimal(parseDecimal(text));
    Object.freeze(this);
  }

  /** Nearest JavaScript number (may be inexact). */
  public toNumber(): number {
    return Number(this.text);
  }

  public toString(): string {
    return this.text;
  }

  public toJSON(): string {
    return this.text;
  }
}

export type NumberValue = number | bigint | ExactNumber;

export function isNumberValue(v: unknown): v is NumberValue {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof ExactNumber;
}

/** A decimal as sign * digits * 10^exp, digits without trailing zeros (0 has digits 0n, exp 0). */
interface Decimal { readonly neg: boolean; readonly digits: bigint; readonly exp: number }

/**
 * Numbers must lie between 10^-MAX_DECIMAL_EXPONENT and 10^MAX_DECIMAL_EXPONENT in magnitude (or be
 * zero), whatever exponent the input writes (`1e100000000`): every value eccx builds from a number
 * (a bigint, a plain decimal text) then stays under about 10,000 digits.
 */
export const MAX_DECIMAL_EXPONENT = 4096;

/**
 * The longest decimal text accepted, in characters: room for any number in the magnitude bound in
 * plain notation, which is how Terraform sends a number it cannot send as an integer or an exact
 * float64 (`1e300` arrives as "1" and 300 zeros, `1e-300` as "0.", 299 zeros and "1").
 */
export const MAX_DECIMAL_TEXT_LENGTH = 10_000;

const RANGE_NOTE = ` (numbers of magnitude 10^-${MAX_DECIMAL_EXPONENT} to 10^${MAX_DECIMAL_EXPONENT}, in at most ${MAX_DECIMAL_TEXT_LENGTH} digits)`;

const DECIMAL_RE = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses a decimal number (`-12.5e3`, surrounding white space allowed). Throws a `ValueError` for
 * text that is not a decimal, longer than MAX_DECIMAL_TEXT_LENGTH (as written, or in plain
 * notation), or out of the magnitude bound. Linear in the length of the text.
 */
export function parseDecimal(text: string): Decimal {
  if (text.length > MAX_DECIMAL_TEXT_LENGTH) {
    throw new ValueError([], `a number of ${text.length} characters is longer than the ${MAX_DECIMAL_TEXT_LENGTH} eccx accepts${RANGE_NOTE}`);
  }
  const m = DECIMAL_RE.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw new ValueError([], `not a decimal number: ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text)}`);
  }
  const frac = m[3] ?? '';
  const all = (m[2] || '0') + frac;
  // strip zeros on the text: leading ones do not count, trailing ones raise the exponent
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === 48) first++;
  let end = all.length;
  while (end > first && all.charCodeAt(end - 1) === 48) end--;
  if (first === end) return { neg: false, digits: 0n, exp: 0 };
  // Number() of a long exponent is at worst Infinity, which fails the bound below
  const exp = (m[4] ? Number(m[4]) : 0) - frac.length + (all.length - end);
  const magnitude = exp + (end - first) - 1; // the power of ten of the leading digit
  if (!(Math.abs(magnitude) <= MAX_DECIMAL_EXPONENT)) {
    const size = Number.isFinite(magnitude) ? `10^${magnitude}` : 'a huge exponent';
    throw new ValueError([], `a number of ${size} is out of the range eccx accepts${RANGE_NOTE}`);
  }
  // the value must also fit the length bound as Terraform would send it (plain notation)
  const plainLength = exp >= 0 ? magnitude + 1 : Math.max(end - first, -exp) + 2;
  if (plainLength > MAX_DECIMAL_TEXT_LENGTH) {
    throw new ValueError([], `a number of ${plainLength} digits in plain notation is longer than the ${MAX_DECIMAL_TEXT_LENGTH} eccx accepts${RANGE_NOTE}`);
  }
  return { neg: m[1] === '-', digits: BigInt(all.slice(first, end)), exp };
}

/** Plain notation without exponent, as Go's `big.Float.Text('f', -1)` prints. */
export function formatDecimal(d: Decimal): string {
  if (d.digits === 0n) return '0';
  let s = d.digits.toString();
  if (d.exp >= 0) {
    s += '0'.repeat(d.exp);
  } else {
    const point = s.length + d.exp;
    s = point > 0 ? `${s.slice(0, point)}.${s.slice(point)}` : `0.${'0'.repeat(-point)}${s}`;
  }
  return d.neg ? `-${s}` : s;
}

function decimalsEqual(a: Decimal, b: Decimal): boolean {
  return a.neg === b.neg && a.digits === b.digits && a.exp === b.exp;
}

/** The exact value of a finite float64 as a Decimal. */
function floatToDecimal(n: number): Decimal {
  if (n === 0) return { neg: false, digits: 0n, exp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(n));
  const bits = view.getBigUint64(0);
  const biasedExp = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (biasedExp === 0) {
    e2 = -1074;
  } else {
    mantissa |= 1n << 52n;
    e2 = biasedExp - 1075;
  }
  // value = mantissa * 2^e2; for e2 < 0, = mantissa * 5^-e2 * 10^e2
  let digits: bigint;
  let exp: number;
  if (e2 >= 0) {
    digits = mantissa << BigInt(e2);
    exp = 0;
  } else {
    digits = mantissa * 5n ** BigInt(-e2);
    exp = e2;
  }
  while (digits % 10n === 0n) { digits /= 10n; exp += 1; }
  return { neg: n < 0, digits, exp };
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * The value to hand to the msgpack encoder for a number, following cty's marshal rules:
 * int64 → integer (a safe one as `number`, else `bigint`), exact non-integer float → float64,
 * anything else → decimal string.
 */
export function numberToWire(v: NumberValue): number | bigint | string {
  if (v instanceof ExactNumber) {
    const d = parseDecimal(v.text);
    if (d.exp >= 0) return integerToWire((d.neg ? -1n : 1n) * d.digits * 10n ** BigInt(d.exp));
    const f = Number(v.text);
    return decimalsEqual(floatToDecimal(f), d) ? f : v.text;
  }
  if (typeof v === 'bigint') return integerToWire(v);
  if (Number.isNaN(v)) throw new RangeError('NaN is not a valid number');
  if (!Number.isFinite(v)) return v; // cty encodes infinities as float64
  if (Number.isInteger(v)) {
    return integerToWire(BigInt(v));
  }
  // The number stands for the shortest decimal that round-trips (what JavaScript prints): if that
  // decimal is exactly the float, cty would send float64, otherwise the decimal text.
  const shortest = parseDecimal(String(v));
  return decimalsEqual(floatToDecimal(v), shortest) ? v : formatDecimal(shortest);
}

/**
 * The msgpack encoder writes numbers in [-2^31, 2^32) in their smallest integer form but larger
 * ones as float64; bigints become uint64/int64, which is what cty's compact encoder writes there.
 */
function integerToWire(i: bigint): number | bigint | string {
  if (i >= -(2n ** 31n) && i < 2n ** 32n) return Number(i);
  if (i >= INT64_MIN && i <= INT64_MAX) return i;
  return i.toString();
}

/**
 * The JavaScript value for a number received from the wire (msgpack number, bigint or decimal text).
 * Throws a `ValueError` for NaN and for decimal text that `parseDecimal` refuses.
 */
export function numberFromWire(raw: number | bigint | string): NumberValue {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) throw new ValueError([], 'NaN is not a number Terraform can hold');
    return raw;
  }
  if (typeof raw === 'bigint') {
    return raw >= BigInt(Number.MIN_SAFE_INTEGER) && raw <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(raw) : raw;
  }
  return numberFromDecimalText(raw);
}

/**
 * A decimal text (from msgpack or state JSON) as the most convenient exact JavaScript value. Throws
 * a `ValueError` for text that `parseDecimal` refuses (not a decimal, too long, out of range).
 */
export function numberFromDecimalText(text: string): NumberValue {
  const d = parseDecimal(text);
  if (d.exp >= 0) {
    return numberFromWire((d.neg ? -1n : 1n) * d.digits * 10n ** BigInt(d.exp));
  }
  const f = Number(formatDecimal(d));
  // A number is enough when it stands for the same decimal (it prints back as this decimal).
  return decimalsEqual(parseDecimal(String(f)), d) ? f : new ExactNumber(formatDecimal(d));
}

/** Compares two numbers by value, whatever their representation. */
export function numbersEqual(a: NumberValue, b: NumberValue): boolean {
  const norm = (x: NumberValue): string => {
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) return String(x);
      return formatDecimal(Number.isInteger(x) ? parseDecimal(BigInt(x).toString()) : parseDecimal(String(x)));
    }
    return formatDecimal(parseDecimal(x.toString()));
  };
  return norm(a) === norm(b);
}
