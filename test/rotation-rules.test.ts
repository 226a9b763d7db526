import { checkRotation, DEPLOY_TIME, rotationMinutes, rotationPeriodNanos, timeValueText } from '../src/rules';

// The pure rotation rules (src/rules/rotation.ts); the constructs' use of them is in key-rotation.test.ts.

describe('rotation period', () => {
  test.each([
    [{ period: '30d' }, 43_200],
    [{ period: '90m' }, 90],
    [{ renewBefore: '7d', expiration: '30d' }, 33_120],
    [{ renewBefore: '1h', expiration: '1d' }, 1_380],
  ])('%j is %d minutes', (input, minutes) => {
    expect(rotationMinutes({ ...input, wholeMinutes: true })).toBe(minutes);
  });

  test('unknown when a value is deploy-time or invalid', () => {
    expect(rotationPeriodNanos({ period: DEPLOY_TIME })).toBeUndefined();
    expect(rotationPeriodNanos({ renewBefore: '1d', expiration: DEPLOY_TIME })).toBeUndefined();
    expect(rotationPeriodNanos({ period: '4w' })).toBeUndefined();
  });

  test('deploy-time values are skipped by the check, createBeforeDestroy: false is not', () => {
    expect(checkRotation({ period: DEPLOY_TIME, expiration: '1d' })).toEqual([]);
    expect(checkRotation({ period: '1d', expiration: DEPLOY_TIME })).toEqual([]);
    expect(checkRotation({ period: DEPLOY_TIME, createBeforeDestroy: false }).map((p) => p.prop)).toEqual(['createBeforeDestroy']);
  });

  test('whole minutes only when asked', () => {
    expect(checkRotation({ period: '90s' })).toEqual([]);
    expect(checkRotation({ period: '90s', wholeMinutes: true }).map((p) => p.prop)).toEqual(['rotation.every']);
    expect(checkRotation({ renewBefore: '30s', expiration: '1h', wholeMinutes: true })[0].message).toMatch(/the rotation period \(expiration "1h" minus "30s"\) is not a whole number of minutes/);
  });
});

describe('timeValueText', () => {
  test.each([
    [23n * 86_400_000_000_000n, '23d'],
    [1_350n * 60_000_000_000n, '1350m'],
    [36n * 3_600_000_000_000n, '36h'],
    [90n * 1_000_000_000n, '90s'],
    [1_500_000_000n, '1500ms'],
    [1_500n, '1500nanos'],
    [2_000n, '2000nanos'], // whole micros are written as nanos
  ])('%s ns is %s', (nanos, text) => {
    expect(timeValueText(nanos)).toBe(text);
  });
});
