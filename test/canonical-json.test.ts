import { Testing, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { canonicalJson, isEmptyObject, sortKeysDeep } from '../src/private/canonical-json';

describe('canonicalJson', () => {
  test('sorts keys at every depth, keeps array order, is compact', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
  test('is stable: equal objects built in different orders encode identically', () => {
    expect(canonicalJson({ x: 1, y: { p: true, q: 'v' } })).toBe(canonicalJson({ y: { q: 'v', p: true }, x: 1 }));
  });
  test('drops undefined members like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
  test('re-encodes a JSON string canonically, and leaves a non-JSON string alone', () => {
    expect(canonicalJson('{ "b": 1, "a": 2 }')).toBe('{"a":2,"b":1}');
    expect(canonicalJson('not json')).toBe('not json');
  });
  test('uses jsonencode when a token is inside, which Terraform resolves at plan time', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    const encoded = canonicalJson({ z: v.stringValue, a: [1] });
    new TerraformOutput(stack, 'o', { value: encoded });
    expect(JSON.parse(Testing.synth(stack)).output.o.value).toBe('${jsonencode({"a" = [1], "z" = var.v})}');
  });
  test.each([
    [{ z: [1, { b: null, a: 'x"y' }], a: { c: true, b: -0.5, d: [] } }],
    [[3, 'a', null, { y: 1, x: 2 }]],
    [{ unicode: 'é\u2028', nested: { deep: { deeper: [{ k: 1e21 }] } } }],
    [{ skip: undefined, fn: () => 1, inf: Number.POSITIVE_INFINITY }],
  ])('equals JSON.stringify of the key-sorted copy for %j', (value) => {
    expect(canonicalJson(value)).toBe(JSON.stringify(sortKeysDeep(value)));
  });

  test('sortKeysDeep and isEmptyObject', () => {
    expect(Object.keys(sortKeysDeep({ b: 1, a: 2 }) as object)).toEqual(['a', 'b']);
    expect(isEmptyObject({})).toBe(true);
    expect(isEmptyObject(undefined)).toBe(true);
    expect(isEmptyObject({ a: 1 })).toBe(false);
  });
});
