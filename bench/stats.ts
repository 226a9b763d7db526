// The one statistic the bench scripts use. No imports, so that bench/provider-startup.ts, which is
// type-checked with the provider, does not pull in the library.

/** The median of `xs` (the mean of the two middle values for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
