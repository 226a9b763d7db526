import { Lazy, Testing, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { cdktfIsUnresolved } from '../src/private/cdktf-tokens';
test('predicate agrees with cdktf on tokens of every kind', () => {
  const stack = new TerraformStack(Testing.app(), 's');
  const v = new TerraformVariable(stack, 'v', { type: 'any' });
  const tokens = [v.stringValue, `prefix-${v.stringValue}`, v.numberValue, v.listValue, Token.asNumberList(v.value), Token.asAnyMap(v.value), Token.asStringMap(v.value), Token.asNumberMap(v.value), v.value, Lazy.stringValue({ produce: () => 'x' }), Lazy.numberValue({ produce: () => 1 }), Lazy.listValue({ produce: () => ['a'] }), Lazy.anyValue({ produce: () => 1 })];
  for (const t of tokens) expect([t, cdktfIsUnresolved(t)]).toEqual([t, true]);
  const literals = ['a', '', 'has ${not} a token', 0, 1.5, -1, 1e300, Number.NaN, [], ['a'], ['a', 'b'], [1], [1e300], [-1e300], ['TfToken'], ['${TfToken[TOKEN.0]}'], [true], [null], [['a']], {}, { a: 1 }, true, null, undefined];
  for (const l of literals) expect([l, cdktfIsUnresolved(l)]).toEqual([l, Token.isUnresolved(l as any)]);
});
