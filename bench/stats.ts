// Small statistics shared by the bench scripts. No imports, so that scripts type-checked with the
// provider (bench/provider-startup.ts) do not pull in the library.

/** The median of `xs` (the mean of the two middle values for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
