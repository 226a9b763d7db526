/**
 * The double's TimeValue parser against fact sheet §8, step by step.
 */
import { EsError, parseTimeValue, wholeSeconds } from '../support/es-double';

const secs = (s: string) => wholeSeconds(parseTimeValue(s, 'expiration'));
const message = (s: string): string => {
  try {
    parseTimeValue(s, 'expiration');
  } catch (e) {
    if (e instanceof EsError) return e.reason;
    throw e;
  }
  throw new Error(`${s} parsed`);
};

describe('TimeValue (fact sheet §8)', () => {
  it.each([
    ['1d', 86_400], ['1D', 86_400], ['2H', 7_200], ['30S', 30], ['90m', 5_400], [' 5m', 300], ['1 d', 86_400], ['+1d', 86_400],
    ['0d', 0], ['1500ms', 1], ['999ms', 0], ['10NANOS', 0], ['1000000micros', 1], ['-1', 0], ['-001', 0], ['000', 0], ['-1d', -86_400],
  ])('%j → %d whole seconds (§8.2–§8.9)', (input, expected) => {
    expect(secs(input)).toBe(expected);
  });

  it.each([
    ['1w', 'failed to parse setting [expiration] with value [1w] as a time value: unit is missing or unrecognized'],
    ['5M', 'failed to parse setting [expiration] with value [5M] as a time value: unit is missing or unrecognized'],
    ['5m ', 'failed to parse setting [expiration] with value [5m ] as a time value: unit is missing or unrecognized'],
    ['', 'failed to parse setting [expiration] with value [] as a time value: unit is missing or unrecognized'],
    ['-2s', 'failed to parse setting [expiration] with value [-2s] as a time value: negative durations are not supported'],
    ['1.5d', 'failed to parse [1.5d], fractional time values are not supported'],
    ['1e3s', 'failed to parse [1e3s], fractional time values are not supported'],
    ['0.5h', 'failed to parse [0.5h], fractional time values are not supported'],
    ['1mins', 'failed to parse [1mins]'],
    ['abcd', 'failed to parse [abcd]'],
  ])('%j → %s (§2.4, §8)', (input, expected) => {
    expect(message(input)).toBe(expected);
  });
});
