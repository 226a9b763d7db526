import { bootstrapMedianRatio, median } from '../bench/stats';
import { seeded } from './support/seeded';

/** `n` values around `center`, spread by up to ±`spread` (a fraction), from a fixed generator. */
function noisy(n: number, center: number, spread: number, seed: number): number[] {
  const next = seeded(seed);
  next(1); // the first draw of a small seed is tiny: skip it
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(center * (1 + spread * (2 * (next(1e9) / 1e9) - 1)));
  return out;
}

describe('bootstrapMedianRatio', () => {
  test('samples without noise give the exact ratio at both ends', () => {
    expect(bootstrapMedianRatio([2, 2, 2, 2], [1, 1, 1])).toEqual({ low: 2, high: 2 });
  });

  test('the interval holds the ratio of the medians', () => {
    const a = noisy(33, 110, 0.1, 123456789);
    const b = noisy(33, 100, 0.1, 987654321);
    const { low, high } = bootstrapMedianRatio(a, b);
    const point = median(a) / median(b);
    expect(low).toBeLessThan(point);
    expect(high).toBeGreaterThan(point);
  });

  test('a 90% interval covers the true ratio in about 90% of generated run sets', () => {
    let covered = 0;
    const sets = 100;
    for (let k = 0; k < sets; k++) {
      const { low, high } = bootstrapMedianRatio(noisy(33, 110, 0.1, 1000 + 7919 * k), noisy(33, 100, 0.1, 5000 + 104729 * k), 0.9, 1000);
      if (low <= 1.1 && 1.1 <= high) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(80);
    expect(covered).toBeLessThanOrEqual(99);
  });

  test('noisier runs give a wider interval, and more runs a narrower one', () => {
    const width = (i: { low: number; high: number }) => i.high - i.low;
    const quiet = bootstrapMedianRatio(noisy(33, 100, 0.02, 3), noisy(33, 100, 0.02, 5));
    const loud = bootstrapMedianRatio(noisy(33, 100, 0.2, 3), noisy(33, 100, 0.2, 5));
    const many = bootstrapMedianRatio(noisy(301, 100, 0.2, 3), noisy(301, 100, 0.2, 5));
    expect(width(loud)).toBeGreaterThan(5 * width(quiet));
    expect(width(many)).toBeLessThan(width(loud) / 2);
  });

  test('the same runs always give the same interval, and a wider level a wider one', () => {
    const a = noisy(11, 100, 0.1, 13);
    const b = noisy(11, 100, 0.1, 17);
    expect(bootstrapMedianRatio(a, b)).toEqual(bootstrapMedianRatio(a, b));
    const i90 = bootstrapMedianRatio(a, b, 0.9);
    const i99 = bootstrapMedianRatio(a, b, 0.99);
    expect(i99.low).toBeLessThanOrEqual(i90.low);
    expect(i99.high).toBeGreaterThanOrEqual(i90.high);
    expect(i99.high - i99.low).toBeGreaterThan(i90.high - i90.low);
  });

  test('an empty sample is refused', () => {
    expect(() => bootstrapMedianRatio([], [1])).toThrow(/at least one value/);
    expect(() => bootstrapMedianRatio([1], [])).toThrow(/at least one value/);
  });
});
