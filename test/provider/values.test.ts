import {
  CtyType, ExactNumber, T, TypedValue, Unknown, Value, ValueError, attrPath, decodeJson, decodeMsgpack,
  encodeMsgpack, impliedType, numbersEqual, pathToString, typeFromJson, typeToJson, unknown, valuesEqual,
} from '../../src/provider/values';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').replace(/(..)(?!$)/g, '$1 ');
const bytes = (h: string): Uint8Array => Buffer.from(h.replace(/\s+/g, ''), 'hex');
const str = (s: string): string => {
  const b = Buffer.from(s, 'utf8');
  if (b.length > 31) throw new Error('fixstr only');
  return `${(0xa0 + b.length).toString(16)} ${hex(b)}`;
};

/** Encodes, compares with the expected bytes, and checks that decoding gives the value back. */
function roundTrip(value: Value, type: CtyType, expected: string, decodedAs: Value = value): void {
  const encoded = encodeMsgpack(value, type);
  expect(hex(encoded)).toBe(hex(bytes(expected)));
  expect(decodeMsgpack(encoded, type)).toEqual(decodedAs);
}

describe('msgpack codec, cty conventions, byte for byte', () => {
  test('null is c0, for every type; an empty DynamicValue is null', () => {
    for (const t of [T.string, T.number, T.bool, T.list(T.string), T.object({ a: T.string })]) {
      expect(hex(encodeMsgpack(null, t))).toBe('c0');
      expect(decodeMsgpack(bytes('c0'), t)).toBeNull();
    }
    expect(decodeMsgpack(new Uint8Array(0), T.string)).toBeNull();
  });

  test('unknown is fixext1 type 0 (d4 00 00)', () => {
    roundTrip(unknown(), T.string, 'd4 00 00', Unknown.plain);
    roundTrip(unknown(), T.object({ a: T.string }), 'd4 00 00', Unknown.plain);
    expect(hex(encodeMsgpack({ a: unknown() }, T.object({ a: T.number })))).toBe(`81 ${str('a')} d4 00 00`);
  });

  test('a refined unknown (extension 12) is passed back byte for byte', () => {
    // not null (key 1 → false) and a string prefix (key 2 → "ab"): a 2-entry map payload
    const payload = `82 01 c2 02 ${str('ab')}`;
    const len = bytes(payload).length;
    const wire = `c7 ${len.toString(16).padStart(2, '0')} 0c ${payload}`;
    const decoded = decodeMsgpack(bytes(wire), T.string);
    expect(decoded).toBeInstanceOf(Unknown);
    expect((decoded as Unknown).extType).toBe(12);
    expect((decoded as Unknown).refined).toBe(true);
    expect(hex(encodeMsgpack(decoded, T.string))).toBe(hex(bytes(wire)));
    // inside an object too
    const obj = decodeMsgpack(bytes(`82 ${str('a')} ${wire} ${str('b')} c0`), T.object({ a: T.string, b: T.string }));
    expect(hex(encodeMsgpack(obj, T.object({ a: T.string, b: T.string })))).toBe(hex(bytes(`82 ${str('a')} ${wire} ${str('b')} c0`)));
    // a one-byte refinement payload fits fixext1
    const notNull = decodeMsgpack(bytes('d4 0c 80'), T.number);
    expect(hex(encodeMsgpack(notNull, T.number))).toBe('d4 0c 80');
  });

  test('strings and bools', () => {
    roundTrip('hi', T.string, 'a2 68 69');
    roundTrip('', T.string, 'a0');
    roundTrip('é', T.string, 'a2 c3 a9');
    roundTrip('x'.repeat(40), T.string, `d9 28 ${'78 '.repeat(40)}`);
    roundTrip(true, T.bool, 'c3');
    roundTrip(false, T.bool, 'c2');
  });

  test('integers use the smallest form, unsigned forms for positive values', () => {
    roundTrip(0, T.number, '00');
    roundTrip(1, T.number, '01');
    roundTrip(127, T.number, '7f');
    roundTrip(128, T.number, 'cc 80');
    roundTrip(200, T.number, 'cc c8');
    roundTrip(65535, T.number, 'cd ff ff');
    roundTrip(70000, T.number, 'ce 00 01 11 70');
    roundTrip(2 ** 40, T.number, 'cf 00 00 01 00 00 00 00 00');
    roundTrip(-1, T.number, 'ff');
    roundTrip(-32, T.number, 'e0');
    roundTrip(-33, T.number, 'd0 df');
    roundTrip(-200, T.number, 'd1 ff 38');
    roundTrip(-(2 ** 40), T.number, 'd3 ff ff ff 00 00 00 00 00');
  });

  test('64-bit integers beyond 2^53 are bigints, without loss', () => {
    roundTrip(2n ** 53n + 1n, T.number, 'cf 00 20 00 00 00 00 00 01');
    roundTrip(-(2n ** 62n), T.number, 'd3 c0 00 00 00 00 00 00 00');
    roundTrip(2n ** 63n - 1n, T.number, 'cf 7f ff ff ff ff ff ff ff');
    // a bigint that fits a number comes back as a number
    expect(hex(encodeMsgpack(5n, T.number))).toBe('05');
    expect(decodeMsgpack(bytes('cf 00 00 00 00 00 00 00 05'), T.number)).toBe(5);
    expect(decodeMsgpack(bytes('d3 ff ff ff ff ff ff ff fb'), T.number)).toBe(-5);
  });

  test('numbers beyond int64 and inexact fractions travel as decimal strings; exact fractions as float64', () => {
    roundTrip(0.5, T.number, 'cb 3f e0 00 00 00 00 00 00');
    roundTrip(-1.25, T.number, 'cb bf f4 00 00 00 00 00 00');
    roundTrip(0.1, T.number, str('0.1'));
    roundTrip(1e-7, T.number, str('0.0000001'));
    roundTrip(2n ** 63n, T.number, str('9223372036854775808'));
    roundTrip(2 ** 64, T.number, str('18446744073709551616'), 2n ** 64n);
    roundTrip(10n ** 30n, T.number, str('1000000000000000000000000000000'));
    // a decimal that a JavaScript number cannot hold exactly stays exact
    const exact = decodeMsgpack(bytes(str('0.30000000000000000001')), T.number);
    expect(exact).toBeInstanceOf(ExactNumber);
    expect(hex(encodeMsgpack(exact, T.number))).toBe(hex(bytes(str('0.30000000000000000001'))));
    // float64 on the wire (what cty sends for exact fractions) and float32 decode to numbers
    expect(decodeMsgpack(bytes('cb 3f b9 99 99 99 99 99 9a'), T.number)).toBe(0.1);
    expect(decodeMsgpack(bytes('ca 3f c0 00 00'), T.number)).toBe(1.5);
    expect(() => encodeMsgpack(NaN, T.number)).toThrow(ValueError);
    expect(numbersEqual(new ExactNumber('1.50'), 1.5)).toBe(true);
    expect(numbersEqual(2n ** 53n, 2 ** 53)).toBe(true);
  });

  test('lists keep order; sets are sorted and without duplicates, as cty orders them', () => {
    roundTrip(['b', 'a'], T.list(T.string), `92 ${str('b')} ${str('a')}`);
    expect(hex(encodeMsgpack(['b', 'a', 'b'], T.set(T.string)))).toBe(hex(bytes(`92 ${str('a')} ${str('b')}`)));
    expect(hex(encodeMsgpack([10, 2, 300], T.set(T.number)))).toBe('93 02 0a cd 01 2c');
    expect(hex(encodeMsgpack([true, false], T.set(T.bool)))).toBe('92 c2 c3');
    roundTrip([], T.set(T.string), '90');
    expect(valuesEqual(['a', 'b'], ['b', 'a'], T.set(T.string))).toBe(true);
    expect(valuesEqual(['a', 'b'], ['b', 'a'], T.list(T.string))).toBe(false);
  });

  test('maps and objects are sorted by key; objects carry every attribute, nulls included', () => {
    roundTrip({ z: 1, a: 2 }, T.map(T.number), `82 ${str('a')} 02 ${str('z')} 01`);
    const t = T.object({ b: T.string, a: T.number, c: T.list(T.string) });
    expect(hex(encodeMsgpack({ b: 'x' }, t))).toBe(hex(bytes(`83 ${str('a')} c0 ${str('b')} ${str('x')} ${str('c')} c0`)));
    expect(decodeMsgpack(bytes(`83 ${str('a')} c0 ${str('b')} ${str('x')} ${str('c')} c0`), t)).toEqual({ a: null, b: 'x', c: null });
  });

  test('nested objects, lists of objects and sets of objects with nulls inside', () => {
    const inner = T.object({ names: T.list(T.string), query: T.string, allow: T.bool });
    const t = T.object({ access: T.object({ search: T.list(inner), replication: T.set(T.object({ names: T.list(T.string) })) }), name: T.string });
    const value = {
      name: 'k',
      access: { search: [{ names: ['logs*'], query: null, allow: false }], replication: [{ names: ['a'] }] },
    };
    const expected = [
      '82',
      str('access'), '82',
      str('replication'), '91', '81', str('names'), '91', str('a'),
      str('search'), '91', '83', str('allow'), 'c2', str('names'), '91', str('logs*'), str('query'), 'c0',
      str('name'), str('k'),
    ].join(' ');
    roundTrip(value, t, expected);
  });

  test('dynamic values carry their type as JSON bytes', () => {
    roundTrip(new TypedValue(T.string, 'x'), T.dynamic, `92 c4 08 ${hex(Buffer.from('"string"'))} ${str('x')}`);
    roundTrip(new TypedValue(T.list(T.number), [1]), T.dynamic,
      `92 c4 11 ${hex(Buffer.from('["list","number"]'))} 91 01`);
    expect(hex(encodeMsgpack(unknown(), T.dynamic))).toBe('d4 00 00');
  });

  test('a value that does not fit its type is an error naming the attribute path', () => {
    const t = T.object({ access: T.object({ names: T.list(T.string) }) });
    expect(() => encodeMsgpack({ access: { names: ['a', 3] } } as unknown as Value, t)).toThrow('access.names[1]: string required, got number');
    expect(() => encodeMsgpack({ other: 'x' }, T.object({ a: T.string }))).toThrow('unsupported attribute "other"');
    expect(() => decodeMsgpack(bytes(`81 ${str('zz')} c0`), T.object({ a: T.string }))).toThrow('unsupported attribute "zz"');
    expect(() => decodeMsgpack(bytes('c1'), T.string)).toThrow(ValueError);
  });
});

describe('decoders accept only what Terraform sends', () => {
  const t = T.object({ a: T.string });
  const inherited = ['constructor', 'toString', 'hasOwnProperty'];

  test.each(inherited)('an unknown attribute named %s is reported like any unknown attribute (msgpack and JSON)', (name) => {
    expect(() => decodeMsgpack(bytes(`82 ${str('a')} c0 ${str(name)} c0`), t)).toThrow(`unsupported attribute "${name}"`);
    expect(() => decodeJson(`{"a":null,${JSON.stringify(name)}:null}`, t, { ignoreUndefinedAttributes: false }))
      .toThrow(`unsupported attribute "${name}"`);
    expect(() => encodeMsgpack(JSON.parse(`{"a":null,${JSON.stringify(name)}:"x"}`), t)).toThrow(`unsupported attribute "${name}"`);
  });

  test('an unknown attribute named __proto__: reported by the JSON decoder, refused by the msgpack reader itself', () => {
    expect(() => decodeJson('{"a":null,"__proto__":null}', t, { ignoreUndefinedAttributes: false })).toThrow('unsupported attribute "__proto__"');
    expect(() => encodeMsgpack(JSON.parse('{"a":null,"__proto__":"x"}'), t)).toThrow('unsupported attribute "__proto__"');
    // @msgpack/msgpack refuses the key in any map; that is a ValueError too
    expect(() => decodeMsgpack(bytes(`82 ${str('a')} c0 ${str('__proto__')} c0`), t)).toThrow(ValueError);
  });

  test('an attribute the value lacks is null, not what the object inherits', () => {
    const withInheritedName = T.object({ constructor: T.string, to_string: T.string });
    expect(decodeMsgpack(bytes(`81 ${str('to_string')} ${str('x')}`), withInheritedName)).toEqual({ constructor: null, to_string: 'x' });
    expect(decodeJson('{}', withInheritedName)).toEqual({ constructor: null, to_string: null });
  });

  test('map keys named like inherited properties are kept as keys', () => {
    const m = decodeJson('{"__proto__":"p","constructor":"c"}', T.map(T.string)) as Record<string, Value>;
    expect(Object.keys(m).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(m.constructor).toBe('c');
    expect(hex(encodeMsgpack(m, T.map(T.string)))).toBe(`82 ${str('__proto__')} ${str('p')} ${str('constructor')} ${str('c')}`);
  });

  test.each([
    ['extension type 1', 'd4 01 00', 1],
    ['extension type 11', 'd4 0b 00', 11],
    ['extension type 13', 'd4 0d 80', 13],
    ['extension type 127', 'c7 00 7f', 127],
    ['a msgpack timestamp (type -1)', 'd6 ff 00 00 00 01', -1],
    ['a malformed timestamp (type -1)', 'd4 ff 00', -1],
  ])('%s is rejected with an error naming the attribute and the types Terraform sends', (_name, wire, type) => {
    expect(() => decodeMsgpack(bytes(`81 ${str('a')} ${wire}`), t))
      .toThrow(`a: msgpack extension type ${type} is not a Terraform value (Terraform sends unknown values as extension 0, or 12 with refinements)`);
  });

  test('extension 12 must carry a msgpack map of refinements', () => {
    expect(() => decodeMsgpack(bytes(`81 ${str('a')} d4 0c 01`), t)).toThrow('a: malformed unknown value: the refinements of msgpack extension 12 must be a msgpack map');
    expect(() => decodeMsgpack(bytes(`81 ${str('a')} c7 00 0c`), t)).toThrow('a: malformed unknown value');
    expect(decodeMsgpack(bytes(`81 ${str('a')} d4 0c 80`), t)).toEqual({ a: expect.any(Unknown) });
  });
});

describe('JSON state decoding (UpgradeResourceState)', () => {
  const t = T.object({ id: T.string, size: T.number, ratio: T.number, tags: T.set(T.string), meta: T.map(T.string), dyn: T.dynamic });

  test('decodes against the type without losing precision; missing attributes are null, removed ones dropped', () => {
    const json = '{"id":"x","size":9007199254740993,"ratio":0.1,"tags":["b","a"],"removed":{"n":1},"dyn":{"value":["a"],"type":["list","string"]}}';
    expect(decodeJson(json, t)).toEqual({
      id: 'x', size: 9007199254740993n, ratio: 0.1, tags: ['b', 'a'], meta: null, dyn: new TypedValue(T.list(T.string), ['a']),
    });
    expect(() => decodeJson(json, t, { ignoreUndefinedAttributes: false })).toThrow('unsupported attribute "removed"');
  });

  test('strings with escapes and numbers as strings, as cty\'s JSON decoder accepts them', () => {
    expect(decodeJson('{"id":"a\\"b\\u00e9","size":"12","ratio":1.5e2}', t)).toMatchObject({ id: 'a"bé', size: 12, ratio: 150 });
    expect(() => decodeJson('{"id":}', t)).toThrow(ValueError);
    expect(() => decodeJson('{"id":1} x', t)).toThrow(ValueError);
  });
});

describe('types and paths', () => {
  test('schema types map to cty types and their JSON form', () => {
    const schemaType = impliedType({
      attributes: {
        name: { type: T.string, required: true },
        access: { optional: true, nested: { nesting: 'single', attributes: { search: { optional: true, nested: { nesting: 'list', attributes: { names: { type: T.list(T.string), required: true } } } } } } },
        tags: { type: T.set(T.string), optional: true },
      },
      blocks: { timeouts: { nesting: 'single', attributes: { create: { type: T.string, optional: true } } }, rule: { nesting: 'set', attributes: { n: { type: T.number, required: true } } } },
    });
    expect(typeToJson(schemaType)).toEqual(['object', {
      access: ['object', { search: ['list', ['object', { names: ['list', 'string'] }]] }],
      name: 'string',
      rule: ['set', ['object', { n: 'number' }]],
      tags: ['set', 'string'],
      timeouts: ['object', { create: 'string' }],
    }]);
    expect(typeFromJson(typeToJson(schemaType))).toEqual(schemaType);
    expect(() => typeFromJson(['list'])).toThrow(TypeError);
  });

  test('attribute paths print as Terraform prints them', () => {
    expect(pathToString(attrPath('access', 'search', 0, 'names'))).toBe('access.search[0].names');
    expect(pathToString(attrPath('metadata', { key: 'team' }))).toBe('metadata["team"]');
  });
});
