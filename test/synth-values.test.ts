import { Lazy, Testing, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { knownAtSynth } from '../src/private/synth-values';
import { DEPLOY_TIME, hasDeployTimeKey } from '../src/rules';

// knownAtSynth: what the rules see of a prop value (tokens replaced by DEPLOY_TIME), by cdktf's
// public Token.isUnresolved.

function tokensOfEveryKind() {
  const stack = new TerraformStack(Testing.app(), 's');
  const v = new TerraformVariable(stack, 'v', { type: 'any' });
  return [v.stringValue, `prefix-${v.stringValue}`, v.numberValue, v.listValue, Token.asNumberList(v.value), Token.asAnyMap(v.value), Token.asStringMap(v.value), Token.asNumberMap(v.value), v.value, Lazy.stringValue({ produce: () => 'x' }), Lazy.numberValue({ produce: () => 1 }), Lazy.listValue({ produce: () => ['a'] }), Lazy.anyValue({ produce: () => 1 })];
}

test('tokens of every kind become DEPLOY_TIME, and literals stay themselves, as Token.isUnresolved says', () => {
  for (const t of tokensOfEveryKind()) expect([t, knownAtSynth(t)]).toEqual([t, DEPLOY_TIME]);
  const literals = ['a', '', 'has ${not} a token', 0, 1.5, -1, 1e300, Number.NaN, [], ['a'], ['a', 'b'], [1], [1e300], [-1e300], ['TfToken'], [true], [null], [['a']], {}, { a: 1 }, true, null, undefined];
  for (const l of literals) {
    expect([l, Object.is(knownAtSynth(l), l)]).toEqual([l, true]);
    expect([l, Token.isUnresolved(l as any)]).toEqual([l, false]);
  }
  expect(knownAtSynth(Token.asList('${var.x}'))).toBe(DEPLOY_TIME);
  // Not a list token as a whole, but its element has the form of a string token.
  expect(Token.isUnresolved(['${TfToken[TOKEN.0]}'])).toBe(false);
  expect(knownAtSynth(['${TfToken[TOKEN.0]}'])).toEqual([DEPLOY_TIME]);
});

test('tokens inside lists and plain objects are replaced in a copy; the original is untouched', () => {
  const [s, , n] = tokensOfEveryKind();
  const value = { names: ['a', s], nested: { x: [1, n] }, keep: 'k' };
  const known = knownAtSynth(value) as any;
  expect(known).toEqual({ names: ['a', DEPLOY_TIME], nested: { x: [1, DEPLOY_TIME] }, keep: 'k' });
  expect(value.names[1]).toBe(s);
  // A value without tokens comes back as itself, so a copy tells that it holds deploy-time values.
  expect(Object.is(knownAtSynth(value), value)).toBe(false);
  // Members before the first token are kept in the copy, in their order.
  expect(knownAtSynth({ a: 1, b: { c: 2 }, d: s })).toEqual({ a: 1, b: { c: 2 }, d: DEPLOY_TIME });
  expect(Object.keys(knownAtSynth({ a: 1, b: 2, d: s }) as object)).toEqual(['a', 'b', 'd']);
  expect(knownAtSynth([1, 'x', n])).toEqual([1, 'x', DEPLOY_TIME]);
  const literal = { a: [1, { b: 'c' }] };
  expect(knownAtSynth(literal)).toBe(literal);
});

test('a token key is marked on its object, and other objects are left for the rules to judge', () => {
  const [s] = tokensOfEveryKind();
  const known = knownAtSynth({ [s]: 1, ok: 2 }) as object;
  expect(hasDeployTimeKey(known)).toBe(true);
  expect(Object.keys(known)).toEqual(['ok']);
  const date = new Date(0);
  expect(knownAtSynth({ when: date })).toEqual({ when: date });
  const parsed = JSON.parse(`{"__proto__":{"x":1},"b":"${s}"}`);
  expect(Object.keys(knownAtSynth(parsed) as object)).toEqual(['__proto__', 'b']);
});

test('a copy keeps what comes before and after the first token: plain members, a token key, a hole, an own "__proto__" key', () => {
  const [s] = tokensOfEveryKind();
  const withKey = knownAtSynth({ ok: 1, [s]: 2, after: 'x' }) as object;
  expect(hasDeployTimeKey(withKey)).toBe(true);
  expect(Object.keys(withKey)).toEqual(['ok', 'after']);
  // eslint-disable-next-line no-sparse-arrays
  const list = knownAtSynth(['a', s, , 'b']) as unknown[];
  expect(2 in list).toBe(false);
  expect([list[0], list[1], list[3], list.length]).toEqual(['a', DEPLOY_TIME, 'b', 4]);
  const parsed = JSON.parse(`{"b":"${s}","__proto__":{"x":1}}`);
  const known = knownAtSynth(parsed) as Record<string, unknown>;
  expect(Object.keys(known)).toEqual(['b', '__proto__']);
  expect(Object.getOwnPropertyDescriptor(known, '__proto__')?.value).toEqual({ x: 1 });
});

test('each member is read once: a getter that makes a new object each time is not taken for a token', () => {
  let reads = 0;
  const value = {
    names: ['a'],
    get query() {
      reads++;
      return { term: { team: 'a' } };
    },
  };
  expect(knownAtSynth(value)).toBe(value);
  expect(reads).toBe(1);
});

test('holes in lists are kept (the rules skip them, as cdktf writes no element)', () => {
  // eslint-disable-next-line no-sparse-arrays
  const known = knownAtSynth([, 'a', tokensOfEveryKind()[0]]) as unknown[];
  expect(0 in known).toBe(false);
  expect(known.slice(1)).toEqual(['a', DEPLOY_TIME]);
});
