import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { CrossClusterApiKey, SearchAccess, SearchAccessProps } from '../src';
import { configuredStack, errorsOf, keyBlock, synthKey, synthStack, variable } from './support/synth';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

// The key-level rules (src/rules/api-key.ts: name, expiration, metadata) and the key's provider
// checks, through the constructs; the access rules are in access-rules.test.ts. Each rule: a good
// literal, a bad literal with its message (construct path, prop, value, fix), and a deploy-time
// value (token) that is skipped.

const SEARCH = [{ names: ['logs-*'] }];


const stripTokenIds = (s: string) => s.replace(/TOKEN\.\d+/g, 'TOKEN.n');

describe('name', () => {
  test.each([
    ['ccx ', ['[test/Key] name: "ccx " begins or ends with whitespace or a control character (Elasticsearch: "api key name may not begin or end with whitespace"). Fix: remove the leading and trailing whitespace']],
    ['\tccx', ['[test/Key] name: "\\tccx" begins or ends with whitespace or a control character (Elasticsearch: "api key name may not begin or end with whitespace"). Fix: remove the leading and trailing whitespace']],
    ['clé ', [
      '[test/Key] name: "clé " begins or ends with whitespace or a control character (Elasticsearch: "api key name may not begin or end with whitespace"). Fix: remove the leading and trailing whitespace',
      '[test/Key] name: "clé " contains characters other than printable ASCII and inner spaces, which the elasticstack provider\'s name validator rejects at plan time. Fix: use printable ASCII characters (spaces allowed only inside the name)',
    ]],
  ])('%j gets one message per cause', (name, expected) => {
    expect(synthKey({ name, search: SEARCH }).errors).toEqual(expected);
  });

  test.each([['ccx'], ['a'], ['x'.repeat(256)], ['search from local a'], ['ccx_with-underscore']])('accepts %j', (name) => {
    expect(synthKey({ name, search: SEARCH }).errors).toEqual([]);
  });

  test.each([
    ['', 'name: must not be empty (Elasticsearch: "api key name is required")'],
    ['x'.repeat(257), 'name: is 257 UTF-16 code units long, more than 256'],
    ['\u00e9'.repeat(200) + '\u{1F600}'.repeat(29), 'is 258 UTF-16 code units long'],
    [' ccx', 'name: " ccx" begins or ends with whitespace'],
    ['ccx\t', 'name: "ccx\\t" begins or ends with whitespace'],
    ['_ccx', 'name: "_ccx" begins with an underscore, which is reserved (Elasticsearch: "api key name may not begin with an underscore")'],
    ['clé', 'name: "clé" contains characters other than printable ASCII'],
  ])('rejects %j', (name, message) => {
    const { errors } = synthKey({ name, search: SEARCH });
    expect(errors.join('\n')).toContain('[test/Key] ');
    expect(errors.join('\n')).toContain(message);
    expect(errors.join('\n')).toMatch(/Fix: /);
  });

  test('skips a token', () => {
    const { errors, json } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: variable(stack, 'name').stringValue, search: SEARCH });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).name).toBe('${var.name}');
  });
});

describe('expiration (B05)', () => {
  test.each(['30d', '12h', '90s', '5m', '1D', '2H', '1000ms', '1000000micros', '1000000000nanos', '106751d', '+1d', '1 d'])('accepts %j', (expiration) => {
    expect(synthKey({ expiration, search: SEARCH }).errors).toEqual([]);
  });

  test.each([
    ['1y', 'failed to parse setting [expiration] with value [1y] as a time value: unit is missing or unrecognized'],
    ['1w', 'unit is missing or unrecognized'],
    ['5M', 'failed to parse setting [expiration] with value [5M] as a time value: unit is missing or unrecognized'],
    ['30 days', 'failed to parse [30 days]'],
    ['1.5d', 'failed to parse [1.5d], fractional time values are not supported'],
    ['-2d', 'negative durations are not supported'],
    ['0d', 'is shorter than one second'],
    ['500ms', 'is shorter than one second'],
    ['-1d', 'is negative'],
    ['-1', 'is a magic value (minus one)'],
    ['0', 'is a magic value (zero)'],
    ['106752d', 'is longer than 106751 days'],
    ['', 'unit is missing or unrecognized'],
  ])('rejects %j', (expiration, message) => {
    const { errors } = synthKey({ expiration, search: SEARCH });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`[test/Key] expiration: ${JSON.stringify(expiration)}`);
    expect(errors[0]).toContain(message);
    expect(errors[0]).toContain('Fix: ');
  });

  test('skips a token and passes it through', () => {
    const { errors, json } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', expiration: variable(stack, 'exp').stringValue, search: SEARCH });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).expiration).toBe('${var.exp}');
  });

  test('omitted expiration is absent from the resource, not null', () => {
    expect(keyBlock(synthKey({ search: SEARCH }).json)).not.toHaveProperty('expiration');
  });
});

describe('metadata (B10)', () => {
  test('nested keys may start with "_"; output is canonical JSON with sorted keys', () => {
    const { errors, json } = synthKey({ search: SEARCH, metadata: { zeta: 1, alpha: { _nested: true, b: [2, 1] } } });
    expect(errors).toEqual([]);
    expect(keyBlock(json).metadata).toBe('{"alpha":{"_nested":true,"b":[2,1]},"zeta":1}');
  });

  test('empty metadata is omitted, not "{}"', () => {
    expect(keyBlock(synthKey({ search: SEARCH, metadata: {} }).json)).not.toHaveProperty('metadata');
    expect(keyBlock(synthKey({ search: SEARCH }).json)).not.toHaveProperty('metadata');
  });

  test.each([
    [{ _owner: 'team' }, 'metadata: top-level key(s) "_owner" begin with "_", which Elasticsearch reserves (Elasticsearch: "API key metadata keys may not start with [_]")'],
    [{ when: new Date(0) }, 'metadata: values must be JSON: metadata.when is a Date object, not a JSON object'],
    [{ n: Number.NaN }, 'metadata: values must be JSON: metadata.n is NaN'],
    [{ f: () => 1 }, 'metadata: values must be JSON: metadata.f is a function'],
    [['a'], 'metadata: must be a JSON object'],
  ])('rejects %j', (metadata, message) => {
    const { errors } = synthKey({ search: SEARCH, metadata: metadata as any });
    expect(errors.join('\n')).toContain(`[test/Key] ${message}`);
  });

  test('a token value inside metadata is skipped and encoded with jsonencode', () => {
    const { errors, json } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, metadata: { owner: variable(stack, 'owner').stringValue, a: 1 } });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).metadata).toBe('${jsonencode({"a" = 1, "owner" = var.owner})}');
  });
});

describe('provider authentication (B12)', () => {
  test('username/password is fine', () => {
    const { errors } = synthStack((stack) => {
      const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{ username: 'elastic', password: 'x', endpoints: ['https://remote:9200'] }] });
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, provider: remote });
    });
    expect(errors).toEqual([]);
  });

  test('a literal api_key fails synth, naming the provider', () => {
    const { errors } = synthStack((stack) => {
      const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{ apiKey: 'abc', endpoints: ['https://remote:9200'] }] });
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, provider: remote });
    });
    expect(errors.join('\n')).toContain('[test/Key] provider: the elasticstack provider (test/remote) authenticates with api_key');
  });

  test('a token api_key only warns (it may be empty at deploy time)', () => {
    let warnings: string[] = [];
    const { errors } = synthStack((stack) => {
      const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{ apiKey: variable(stack, 'k').stringValue }] });
      const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, provider: remote });
      warnings = key.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    });
    expect(errors).toEqual([]);
    // warned once, at construction (not once per validation run)
    expect(warnings).toEqual([expect.stringContaining('provider: the provider authenticates with api_key')]);
  });
});

describe('construct tree', () => {
  test('SearchAccess outside a key fails with the path and the fix', () => {
    expect(() =>
      synthStack((stack) => {
        new SearchAccess(stack, 'Loose', { names: ['a'] } as SearchAccessProps);
      }),
    ).toThrow("[test/Loose] SearchAccess: the scope must be a CrossClusterApiKey, got TerraformStack at \"test\". Fix: create it as new SearchAccess(key, 'Loose', props) or call key.addSearch('Loose', props).");
  });

  test('all problems of a key are reported at once', () => {
    const { errors } = synthKey({ name: '_x', expiration: '1y', metadata: { _a: 1 }, search: [{ names: [] }] });
    expect(errors).toHaveLength(4);
  });

  test('every synth test checks the document against the provider schema', () => {
    expect(() => synthKey({ search: SEARCH }, (key) => key.resource.addOverride('privileges', ['read']))).toThrow(
      /\.privileges: .*unknown-attribute/,
    );
  });

  test('escape hatch: overrides merge into access, which is a plain value at synth', () => {
    const { json } = synthKey({ search: SEARCH }, (key) => key.resource.addOverride('access.search.0.allow_restricted_indices', true));
    expect(keyBlock(json).access.search[0]).toEqual({ names: ['logs-*'], allow_restricted_indices: true });
  });

  test('HCL synthesis renders access too', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'hcl');
    new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['logs-*'], query: { match_all: {} } }] });
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toContain('names');
    expect(hcl).toContain('logs-*');
    expect(hcl).toContain('allow_restricted_indices = false');
  });
});

describe('validation messages for metadata and query that are not JSON are unchanged', () => {
  const cases: Array<[string, () => Record<string, any>, string]> = [
    ['NaN deep in a list', () => ({ a: { b: [1, NaN] } }), 'a.b[1] is NaN, which JSON cannot represent'],
    ['Infinity', () => ({ a: { b: { c: [Infinity] } } }), 'a.b.c[0] is Infinity, which JSON cannot represent'],
    ['a Date', () => ({ a: { when: new Date(0) } }), 'a.when is a Date object, not a JSON object'],
    ['a Map', () => ({ m: new Map() }), 'm is a Map object, not a JSON object'],
    ['a class instance', () => ({ x: new (class Thing {})() }), 'x is a Thing object, not a JSON object'],
    ['a function in a list', () => ({ a: [() => 1] }), 'a[0] is a function, which JSON cannot represent'],
    ['undefined in a list', () => ({ a: [undefined] }), 'a[0] is undefined, which JSON cannot represent'],
    ['a bigint', () => ({ a: { b: BigInt(2) } }), 'a.b is a bigint, which JSON cannot represent'],
  ];
  test.each(cases)('metadata with %s', (_n, value, where) => {
    const stack = configuredStack();
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', metadata: value(), search: [{ names: ['a'] }] });
    expect(errorsOf(stack)).toEqual([
      `[test/Key] metadata: values must be JSON: metadata.${where}. Fix: use only strings, finite numbers, booleans, null, arrays and plain objects`,
    ]);
  });
  test.each(cases)('query with %s', (_n, value, where) => {
    const stack = configuredStack();
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }, { names: ['b'], query: value() }] });
    expect(errorsOf(stack)).toEqual([
      `[test/Key/Search1] search[1].query: must be JSON: search[1].query.${where}. Fix: pass the query as an object, e.g. { term: { team: "a" } }`,
    ]);
  });
  test('a deploy-time key with a value is reported and encoded with jsonencode', () => {
    const stack = configuredStack();
    const k = new TerraformVariable(stack, 'k', { type: 'string' });
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', metadata: { [k.stringValue]: 1 }, search: [{ names: ['a'] }] });
    expect(errorsOf(stack).map(stripTokenIds)).toEqual([
      "[test/Key] metadata: values must be JSON: metadata has a key known only at deploy time, which cannot be encoded (Terraform's jsonencode needs literal keys). Fix: use only strings, finite numbers, booleans, null, arrays and plain objects",
    ]);
  });
  test('the same invalid query in two synths is reported both times', () => {
    const stack = configuredStack();
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'], query: { a: NaN } }] });
    expect(errorsOf(stack)).toHaveLength(1);
    expect(errorsOf(stack)).toHaveLength(1);
  });
  test('a deploy-time key whose value is undefined is still reported in metadata', () => {
    const stack = configuredStack();
    const k = new TerraformVariable(stack, 'k', { type: 'string' });
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', metadata: { [k.stringValue]: undefined, ok: 1 }, search: [{ names: ['a'] }] });
    expect(errorsOf(stack).map(stripTokenIds)).toEqual([
      "[test/Key] metadata: values must be JSON: metadata has a key known only at deploy time, which cannot be encoded (Terraform's jsonencode needs literal keys). Fix: use only strings, finite numbers, booleans, null, arrays and plain objects",
    ]);
  });
});

describe('metadata: undefined members', () => {
  test('undefined members are dropped as JSON does (optional props), not an error', () => {
    const { errors, json } = synthKey({ search: [{ names: ['a'] }], metadata: { team: undefined, b: 1 } });
    expect(errors).toEqual([]);
    expect(keyBlock(json).metadata).toBe('{"b":1}');
  });
});

describe('B05: only Elasticsearch time units; changing expiration is a replacement with the elasticstack provider', () => {
  test.each(['1y', '30 days'])('%j fails synth', (expiration) => {
    const { errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-exp', expiration, search: [{ names: ['a'] }] }));
    expect(errors.join('\n')).toContain('expiration:');
  });
  test.each(['30d', '12h'])('%j passes', (expiration) => {
    const { errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-exp', expiration, search: [{ names: ['a'] }] }));
    expect(errors).toEqual([]);
  });
});

describe('B10: metadata', () => {
  test('{} is omitted; "_owner" fails', () => {
    const empty = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-md', metadata: {}, search: [{ names: ['a'] }] }));
    expect(keyBlock(empty.json)).not.toHaveProperty('metadata');
    const reserved = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-md', metadata: { _owner: 'team' }, search: [{ names: ['a'] }] }));
    expect(reserved.errors.join('\n')).toContain('may not start with [_]');
  });
});
