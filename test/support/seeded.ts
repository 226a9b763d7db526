// The generator lives with the bench's statistics, which use it too.
export { seeded } from '../../bench/stats';

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
