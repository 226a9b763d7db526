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

/** `count` strings of 1 to `maxLength` characters drawn from `alphabet` by `next`. */
export function strings(next: (n: number) => number, alphabet: string[], count: number, maxLength: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const length = 1 + next(maxLength);
    for (let i = 0; i < length; i++) s += alphabet[next(alphabet.length)];
    out.push(s);
  }
  return out;
}
