// Checks written by hand instead of with a regular expression (compiling one on the first synth of
// every app showed in small stacks' synth time) must accept exactly what the expression accepts.
// Each is compared with its expression on generated strings; the counts make sure both outcomes
// were exercised.
import { encodeCanonical } from '../src/private/canonical-json';
import { checkNameForElasticstackProvider, namesWithClusterPrefix, parseTimeValue } from '../src/rules';
import { seeded, strings } from './support/seeded';

/** Tallies how often a predicate held, so that a test can insist on both outcomes. */
function tally(values: string[], accepted: (s: string) => boolean, expected: (s: string) => boolean) {
  const mismatches = values.filter((s) => accepted(s) !== expected(s));
  return { mismatches, yes: values.filter(expected).length, no: values.filter((s) => !expected(s)).length };
}

test('the elasticstack name check is ^[!-~]([!-~ ]*[!-~])?$', () => {
  const names = strings(seeded(7), [' ', '\t', 'a', 'Z', '!', '~', '\x7f', '\u00e9', '0', '_'], 6000, 6);
  const t = tally(names, (s) => checkNameForElasticstackProvider(s).length === 0, (s) => /^[!-~]([!-~ ]*[!-~])?$/.test(s));
  expect(t.mismatches).toEqual([]);
  expect(t.yes).toBeGreaterThan(500);
  expect(t.no).toBeGreaterThan(500);
});

test('the number part of a time value is ^[+-]?[0-9]+$ (Java Long.parseLong), from -1 up', () => {
  const parts = strings(seeded(11), ['+', '-', '0', '1', '9', ' ', '.', 'e', '\u0663', '_'], 6000, 5);
  const expected = (x: string) => {
    const t = x.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''); // Java's String.trim(), written independently
    return /^[+-]?[0-9]+$/.test(t) && BigInt(t) >= -1n;
  };
  const t = tally(parts, (x) => parseTimeValue(`${x}d`).ok, expected);
  expect(t.mismatches).toEqual([]);
  expect(t.yes).toBeGreaterThan(300);
  expect(t.no).toBeGreaterThan(300);
});

test('a cluster-prefixed name is one that ^[^:]+: matches', () => {
  const names = strings(seeded(13), [':', 'a', '-', '*', '/', ' '], 4000, 5);
  const t = tally(names, (s) => namesWithClusterPrefix([s]).length === 1, (s) => !s.startsWith('/') && /^[^:]+:/.test(s));
  expect(t.mismatches).toEqual([]);
  expect(t.yes).toBeGreaterThan(300);
  expect(t.no).toBeGreaterThan(300);
});

test('keys that look like array indices (^(0|[1-9][0-9]{0,9})$) leave the fast path of the encoder', () => {
  const keys = strings(seeded(17), ['0', '1', '9', 'a', '-', '.'], 3000, 4);
  const t = tally(keys, (k) => !encodeCanonical({ [k]: 1, zz: 2 }).plainJson, (k) => /^(0|[1-9][0-9]{0,9})$/.test(k));
  expect(t.mismatches).toEqual([]);
  expect(t.yes).toBeGreaterThan(100);
  expect(t.no).toBeGreaterThan(300);
});
