import { Testing, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { seeded } from './support/seeded';
import { isEmptyObject, jsonAttribute } from '../src/private/json-attribute';
import { knownAtSynth } from '../src/private/synth-values';
import { jsonProblem } from '../src/rules/api-key';
import { canonicalJson, sortKeysDeep } from '../src/rules/canonical-json';

// The one canonical JSON (src/rules/canonical-json.ts, pure) and the constructs' JSON attributes
// (src/private/json-attribute.ts), which use it and fall back to jsonencode(...) for tokens.

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
  test.each([
    [{ z: [1, { b: null, a: 'x"y' }], a: { c: true, b: -0.5, d: [] } }],
    [[3, 'a', null, { y: 1, x: 2 }]],
    [{ unicode: 'é\u2028', nested: { deep: { deeper: [{ k: 1e21 }] } } }],
    [{ skip: undefined, fn: () => 1, inf: Number.POSITIVE_INFINITY }],
  ])('equals JSON.stringify of the key-sorted copy for %j', (value) => {
    expect(canonicalJson(value)).toBe(JSON.stringify(sortKeysDeep(value)));
  });
  test('keys that look like array indices keep string order', () => {
    // JavaScript enumerates "9" before "10" whatever the insertion order; canonical order is "10" < "9".
    expect(canonicalJson({ 9: 'a', 10: 'b', x: { 2: true, 11: false } })).toBe('{"10":"b","9":"a","x":{"11":false,"2":true}}');
  });
  test('indents like JSON.stringify when asked', () => {
    const value = { b: [1, { d: [], c: {} }], a: 'x' };
    expect(canonicalJson(value, 2)).toBe(JSON.stringify(sortKeysDeep(value), null, 2));
  });
  test('own "__proto__" keys are kept, and toJSON is honoured', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"x":1}}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":1},"b":1}');
    expect(canonicalJson({ z: parsed })).toBe('{"z":{"__proto__":{"x":1},"b":1}}');
    const list = Object.assign([{ b: 1, a: 2 }], { toJSON: () => 'X' });
    expect(canonicalJson({ q: list })).toBe('{"q":"X"}');
  });
  test('sortKeysDeep keeps what it is told to keep', () => {
    expect(Object.keys(sortKeysDeep({ b: 1, a: 2 }) as object)).toEqual(['a', 'b']);
    const kept = { z: 1, y: 2 };
    expect(sortKeysDeep({ b: kept, a: { d: 1, c: 2 } }, (v) => v === kept)).toEqual({ a: { c: 2, d: 1 }, b: kept });
    expect((sortKeysDeep({ b: kept }, (v) => v === kept) as { b: object }).b).toBe(kept);
  });
});

describe('jsonAttribute', () => {
  test('re-encodes a JSON string canonically, and leaves a non-JSON string alone', () => {
    expect(jsonAttribute('{ "b": 1, "a": 2 }')).toBe('{"a":2,"b":1}');
    expect(jsonAttribute('not json')).toBe('not json');
  });
  test('uses jsonencode when a token is inside, which Terraform resolves at plan time', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    const encoded = jsonAttribute({ z: v.stringValue, a: [1] });
    new TerraformOutput(stack, 'o', { value: encoded });
    expect(JSON.parse(Testing.synth(stack)).output.o.value).toBe('${jsonencode({"a" = [1], "z" = var.v})}');
  });
  test('tokens deep inside switch to jsonencode', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    const n = new TerraformVariable(stack, 'n', { type: 'number' });
    const l = new TerraformVariable(stack, 'l', { type: 'list(string)' });
    const m = new TerraformVariable(stack, 'm', { type: 'map(string)' });
    for (const value of [{ a: { b: [n.numberValue] } }, { a: l.listValue }, { a: [{ b: m.value }] }, { b: 1, a: { z: l.listValue } }]) {
      expect(jsonAttribute(value)).toMatch(/^\$\{TfToken\[/);
    }
  });
  test('without tokens it is the canonical JSON, on generated values (sorted, unsorted, odd members)', () => {
    const next = seeded(42);
    const keyPool = ['a', 'b', 'Z', 'é', '_x', 'k1', 'k10', 'k2', '0', '7', '42', '01', '-1', 'TfTokenish'];
    const leaf = (): unknown => [null, true, false, 0, -0.5, 1e21, 'text', 'with "quotes"', '', undefined, Number.NaN, Number.POSITIVE_INFINITY, 'TfToken[not really]', new Date(0)][next(14)];
    const gen = (depth: number): unknown => {
      if (depth === 0 || next(3) === 0) return leaf();
      if (next(2) === 0) return Array.from({ length: next(4) }, () => gen(depth - 1));
      const o: Record<string, unknown> = {};
      for (let i = next(5); i > 0; i--) o[keyPool[next(keyPool.length)]] = gen(depth - 1);
      return o;
    };
    let withKeys = 0;
    for (let i = 0; i < 2000; i++) {
      const value = next(2) === 0 ? gen(4) : sortKeysDeep(gen(4));
      if (value === null || typeof value !== 'object') continue;
      expect(knownAtSynth(value)).toBe(value);
      expect(jsonAttribute(value)).toBe(canonicalJson(value));
      if (/"[^"]*":/.test(JSON.stringify(value))) withKeys++;
    }
    expect(withKeys).toBeGreaterThan(100);
  });
  test('values the rules accept as JSON encode to text that parses back to the same canonical JSON', () => {
    class Point {
      constructor(public x: number) {}
    }
    const plain = [{ a: 1, b: [true, null, 'x'], c: { d: -2.5 } }, { z: undefined, y: [] }, [{ b: 1, a: 2 }], { 1: 'index-like key' }, { a: 'TfToken-looking text' }];
    const notJson = [
      { a: [1, undefined] }, { a: () => 1 }, { a: Symbol('s') }, { a: new Point(1) }, { a: new Map() }, { a: Number.NaN },
      { a: Number.NEGATIVE_INFINITY }, { a: new Date(0) }, { a: BigInt(1) },
    ];
    for (const value of plain) {
      expect(jsonProblem(value, 'v')).toBeUndefined();
      expect(knownAtSynth(value)).toBe(value);
      expect(canonicalJson(JSON.parse(jsonAttribute(value)))).toBe(jsonAttribute(value));
    }
    for (const value of notJson) expect(jsonProblem(value, 'v')).toBeDefined();
    const next = seeded(7);
    const leaf = (): unknown => [null, true, 1, 'x', undefined, Number.NaN, () => 0, new Point(2), [], {}][next(10)];
    const gen = (d: number): unknown => {
      if (d === 0 || next(3) === 0) return leaf();
      return next(2) === 0 ? [gen(d - 1), gen(d - 1)] : { k: gen(d - 1), j: gen(d - 1) };
    };
    let jsonSeen = 0;
    for (let i = 0; i < 1000; i++) {
      const value = { root: gen(4) };
      if (jsonProblem(value, 'v') === undefined) {
        jsonSeen++;
        expect(canonicalJson(JSON.parse(jsonAttribute(value)))).toBe(jsonAttribute(value));
      }
    }
    expect(jsonSeen).toBeGreaterThan(50);
  });
  test('isEmptyObject', () => {
    expect(isEmptyObject({})).toBe(true);
    expect(isEmptyObject(undefined)).toBe(true);
    expect(isEmptyObject(null)).toBe(true);
    expect(isEmptyObject({ a: 1 })).toBe(false);
    expect(isEmptyObject([])).toBe(false);
  });
});
