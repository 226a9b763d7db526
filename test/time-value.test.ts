import { parseTimeValue } from '../src/rules/time-value';

// Elasticsearch's TimeValue grammar (reference sheet §8), as the rules emulate it.
describe('parseTimeValue', () => {
  test.each([
    ['1d', 86_400_000_000_000n],
    ['1D', 86_400_000_000_000n],
    ['2h', 7_200_000_000_000n],
    ['5m', 300_000_000_000n],
    ['30S', 30_000_000_000n],
    ['5MS', 5_000_000n],
    ['10NANOS', 10n],
    ['7micros', 7_000n],
    [' 5m', 300_000_000_000n],
    ['1 d', 86_400_000_000_000n],
    ['+1d', 86_400_000_000_000n],
    ['0d', 0n],
    ['-1d', -86_400_000_000_000n],
  ])('%j is %d ns', (raw, nanos) => {
    const r = parseTimeValue(raw);
    expect(r).toMatchObject({ ok: true, nanos });
  });

  test.each([
    ['-1', 'minus-one'],
    ['-001', 'minus-one'],
    ['0', 'zero'],
    ['000', 'zero'],
  ])('%j is the magic %s', (raw, magic) => {
    expect(parseTimeValue(raw)).toMatchObject({ ok: true, magic });
  });

  test.each([
    ['5M', 'failed to parse setting [expiration] with value [5M] as a time value: unit is missing or unrecognized'],
    ['5m ', 'failed to parse setting [expiration] with value [5m ] as a time value: unit is missing or unrecognized'],
    ['1w', 'failed to parse setting [expiration] with value [1w] as a time value: unit is missing or unrecognized'],
    ['1y', 'failed to parse setting [expiration] with value [1y] as a time value: unit is missing or unrecognized'],
    ['1mins', 'failed to parse [1mins]'],
    ['1.5d', 'failed to parse [1.5d], fractional time values are not supported'],
    ['0.5h', 'failed to parse [0.5h], fractional time values are not supported'],
    ['1e3s', 'failed to parse [1e3s], fractional time values are not supported'],
    ['99999999999999999999d', 'failed to parse [99999999999999999999d], fractional time values are not supported'],
    ['-2d', 'failed to parse setting [expiration] with value [-2d] as a time value: negative durations are not supported'],
    ['abcd', 'failed to parse [abcd]'],
  ])('%j fails with Elasticsearch\'s message', (raw, error) => {
    expect(parseTimeValue(raw)).toEqual({ ok: false, error });
  });
});
