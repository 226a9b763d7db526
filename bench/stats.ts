// Small statistics shared by the bench scripts. No imports, so that scripts type-checked with the
// provider (bench/provider-startup.ts) do not pull in the library.

/** The median of `xs` (the mean of the two middle values for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * How far `median(a) / median(b)` could move with other draws of the same noise: a bootstrap
 * percentile interval. Each sample is resampled with replacement, `resamples` times, and the
 * central `level` share of the resampled ratios is returned. The generator has a fixed seed, so
 * one set of runs always gives the same interval.
 */
export function bootstrapMedianRatio(a: number[], b: number[], level = 0.9, resamples = 2000): { low: number; high: number } {
  if (a.length === 0 || b.length === 0) throw new Error('bootstrapMedianRatio: both samples need at least one value');
  const next = seeded(20261130);
  const pick = (xs: number[]): number => xs[next(xs.length)];
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    ratios.push(median(a.map(() => pick(a))) / median(b.map(() => pick(b))));
  }
  ratios.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return { low: ratios[Math.floor(tail * (resamples - 1))], high: ratios[Math.ceil((1 - tail) * (resamples - 1))] };
}

/**
 * A small deterministic generator (Park-Miller, exact in doubles): `next(n)` is an integer in
 * [0, n) taken from the high end of the state. `seed % n` of a linear congruential generator takes
 * its low bits, which repeat with a short period.
 */
export function seeded(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 48271) % 2147483647;
    return Math.floor((state / 2147483647) * n);
  };
}
