import { Fn, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps, KeyProviderType, ReplicationAccess, SearchAccess } from '../src';
import { keyBlock, synthBuilt } from './support/synth';
import { CrossClusterApiKey as EccxL1 } from '../src/generated/eccx/cross-cluster-api-key';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticsearchSecurityApiKey } from '../src/generated/elasticstack/elasticsearch-security-api-key';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

// Regression tests for the synth-speed changes after c2cf9af (canonical JSON fast path, plainJson
// shortcut in validation, L1 as the generated class with synthesize methods on the instance,
// memoized entry encoding, prototype markers, lazy rule messages). Every expectation here was
// checked to hold on c2cf9af too, so a failure means behaviour changed.

function newStack(eccx = false): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  if (eccx) new EccxProvider(stack, 'eccx', {});
  else new ElasticstackProvider(stack, 'elasticstack', {});
  return stack;
}

function keyOf(stack: TerraformStack, props: Partial<CrossClusterApiKeyProps>, eccx = false): CrossClusterApiKey {
  return new CrossClusterApiKey(stack, 'Key', {
    name: 'ccx',
    ...(eccx ? { providerType: KeyProviderType.ECCX } : {}),
    ...props,
  } as CrossClusterApiKeyProps);
}

/** The key's resource block; the synth also runs the document checks of test/support. */
function block(stack: TerraformStack): Record<string, any> {
  return keyBlock(synthBuilt(stack).json);
}

/** Validation error lines of a synth with validations, `[]` when it passes. */
function errorsOf(stack: TerraformStack): string[] {
  return synthBuilt(stack).errors;
}

const stripTokenIds = (s: string) => s.replace(/TOKEN\.\d+/g, 'TOKEN.n');

describe.each([
  ['elasticstack', false],
  ['eccx', true],
])('%s provider', (_name, eccx) => {
  test('deploy-time values at any depth of metadata, query and fieldSecurity become jsonencode(...)', () => {
    const stack = newStack(eccx);
    const s = new TerraformVariable(stack, 's', { type: 'string' });
    const n = new TerraformVariable(stack, 'n', { type: 'number' });
    const l = new TerraformVariable(stack, 'l', { type: 'list(string)' });
    const m = new TerraformVariable(stack, 'm', { type: 'map(string)' });
    const a = new TerraformVariable(stack, 'a', {});
    keyOf(stack, {
      metadata: { z: { y: [1, { x: n.numberValue }] }, a: 1 },
      search: [
        { names: ['a'], query: { b: { terms: l.listValue }, a: Token.asAnyMap(m.value) } },
        { names: ['b'], query: { z: Token.asAny(a.value), y: Fn.upper(s.stringValue) } },
        { names: ['c'], fieldSecurity: { grant: [s.stringValue, 'b'], except: ['b.c'] } },
      ],
    }, eccx);
    const { json, errors } = synthBuilt(stack);
    const b = keyBlock(json);
    expect(b.metadata).toBe('${jsonencode({"a" = 1, "z" = {"y" = [1, {"x" = var.n}]}})}');
    expect(b.access.search.map((e: any) => e.query ?? e.field_security)).toEqual([
      '${jsonencode({"a" = var.m, "b" = {"terms" = var.l}})}',
      '${jsonencode({"y" = upper(var.s), "z" = var.a})}',
      '${jsonencode({"except" = ["b.c"], "grant" = [var.s, "b"]})}',
    ]);
    expect(errors).toEqual([]);
  });

  test.each([
    {
      what: 'strings and keys that merely contain "TfToken" are literal JSON',
      metadata: { TfToken: 'xTfTokeny' },
      query: { term: { TfToken: '${TfToken' } },
      metadataJson: '{"TfToken":"xTfTokeny"}',
      queryJson: '{"term":{"TfToken":"${TfToken"}}',
    },
    {
      what: 'integer-like keys, null-prototype objects, -0 and undefined members encode as before',
      metadata: { 10: 1, 9: 2, x: { 3: true, 22: false } },
      query: Object.assign(Object.create(null), { b: 1, a: { d: -0, c: undefined } }),
      metadataJson: '{"10":1,"9":2,"x":{"22":false,"3":true}}',
      queryJson: '{"a":{"d":0},"b":1}',
    },
  ])('$what', ({ metadata, query, metadataJson, queryJson }) => {
    const stack = newStack(eccx);
    keyOf(stack, { metadata, search: [{ names: ['a'], query }] }, eccx);
    const { json, errors } = synthBuilt(stack);
    const b = keyBlock(json);
    expect(b.metadata).toBe(metadataJson);
    expect(b.access.search[0].query).toBe(queryJson);
    expect(errors).toEqual([]);
  });

  test('key.resource is the generated L1 class, and access escape hatches merge into the synthesized access', () => {
    const stack = newStack(eccx);
    const key = keyOf(stack, { search: [{ names: ['a'], query: { b: 1, a: 2 } }], replication: [{ names: ['r'] }] }, eccx);
    expect(key.resource).toBeInstanceOf(eccx ? EccxL1 : ElasticsearchSecurityApiKey);
    expect(key.resource.terraformResourceType).toBe(eccx ? 'eccx_cross_cluster_api_key' : 'elasticstack_elasticsearch_security_api_key');
    key.resource.addOverride('access.search.0.names', ['z']);
    key.resource.addOverride('access.replication', [{ names: ['q'] }]);
    const b = block(stack);
    expect(b.access.search).toEqual([{ allow_restricted_indices: false, names: ['a', 'z'], query: '{"a":2,"b":1}' }]);
    expect(b.access.replication).toEqual([eccx ? { allow_restricted_indices: false, names: ['r'] } : { names: ['r'] }, { names: ['q'] }]);
  });

  test('synthesizing twice gives the same document; entries added after a synth appear in JSON and HCL', () => {
    const stack = newStack(eccx);
    const key = keyOf(stack, { search: [{ names: ['a'], query: { q: 1 } }] }, eccx);
    const first = block(stack);
    expect(block(stack)).toEqual(first);
    key.addSearch('More', { names: ['b'], query: { z: { y: 1, x: 2 } } });
    key.addReplication('Archive', { names: ['r'] });
    const { json, errors } = synthBuilt(stack);
    const b = keyBlock(json);
    expect(b.access.search.map((e: any) => e.query)).toEqual(['{"q":1}', '{"z":{"x":2,"y":1}}']);
    expect(b.access.replication.map((e: any) => e.names)).toEqual([['r']]);
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toMatch(/names = \[\s*"b"\s*\]/);
    expect(hcl).toMatch(/names = \[\s*"r"\s*\]/);
    // search entries with a query and a replication entry on one key: the CVE-2024-23445 rule names the entry
    expect(errors.join('\n')).toContain('search[0] (test/Key/Search0) sets query; search[1] (test/Key/More) sets query; replication: replication[0] (test/Key/Archive)');
  });

  test('HCL carries the canonical JSON of query, field_security and metadata', () => {
    const stack = newStack(eccx);
    keyOf(stack, { metadata: { z: 1, a: [true] }, search: [{ names: ['a'], query: { b: 1, a: 2 }, fieldSecurity: { grant: ['*'], except: ['p'] } }] }, eccx);
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toContain(JSON.stringify('{"a":[true],"z":1}'));
    expect(hcl).toContain(JSON.stringify('{"a":2,"b":1}'));
    expect(hcl).toContain(JSON.stringify('{"except":["p"],"grant":["*"]}'));
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
    const stack = newStack();
    keyOf(stack, { metadata: value(), search: [{ names: ['a'] }] });
    expect(errorsOf(stack)).toEqual([
      `[test/Key] metadata: values must be JSON: metadata.${where}. Fix: use only strings, finite numbers, booleans, null, arrays and plain objects`,
    ]);
  });
  test.each(cases)('query with %s', (_n, value, where) => {
    const stack = newStack();
    keyOf(stack, { search: [{ names: ['a'] }, { names: ['b'], query: value() }] });
    expect(errorsOf(stack)).toEqual([
      `[test/Key/Search1] search[1].query: must be JSON: search[1].query.${where}. Fix: pass the query as an object, e.g. { term: { team: "a" } }`,
    ]);
  });
  test('a deploy-time key with a value is reported and encoded with jsonencode', () => {
    const stack = newStack();
    const k = new TerraformVariable(stack, 'k', { type: 'string' });
    keyOf(stack, { metadata: { [k.stringValue]: 1 }, search: [{ names: ['a'] }] });
    expect(errorsOf(stack).map(stripTokenIds)).toEqual([
      "[test/Key] metadata: values must be JSON: metadata has a key known only at deploy time, which cannot be encoded (Terraform's jsonencode needs literal keys). Fix: use only strings, finite numbers, booleans, null, arrays and plain objects",
    ]);
  });
  test('the same invalid query in two synths is reported both times', () => {
    const stack = newStack();
    keyOf(stack, { search: [{ names: ['a'], query: { a: NaN } }] });
    expect(errorsOf(stack)).toHaveLength(1);
    expect(errorsOf(stack)).toHaveLength(1);
  });
});

describe('field_security rules', () => {
  test('except outside grant, globs and object prefixes', () => {
    const stack = newStack();
    keyOf(stack, { search: [{ names: ['a'], fieldSecurity: { grant: ['a.*', 'b', 'c?d', 'x'], except: ['a.q', 'b.c', 'cxd', 'c?d', 'bb', 'x.', 'b'] } }] });
    expect(errorsOf(stack)).toEqual([
      '[test/Key/Search0] search[0].field_security.except: "cxd", "bb" are not granted by grant ["a.*","b","c?d","x"]; Elasticsearch requires except to be a subset of grant ("failed to parse indices privileges for role [cross_cluster] - Exceptions for field permissions must be a subset of the granted fields"). Fix: remove those names from except, or add them (or a pattern covering them) to grant',
    ]);
  });
  test('unknown fields, empty names and non-list grant', () => {
    const stack = newStack();
    keyOf(stack, { search: [{ names: ['a'], fieldSecurity: { grant: ['a', ''], except: 'x', extra: 1 } as any }] });
    expect(errorsOf(stack)).toEqual([
      '[test/Key/Search0] search[0].field_security: has unknown field(s) "extra". Fix: use only grant and except',
      '[test/Key/Search0] search[0].field_security.grant[1]: must be a non-empty field name, got "". Fix: use field names or patterns such as "message" or "event.*"',
      '[test/Key/Search0] search[0].field_security.except: must be a list of field names, got "x". Fix: pass e.g. except: ["message"]',
    ]);
  });
});

describe('key-level checks', () => {
  test('keys on a missing default provider are listed once per type, three by name', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    for (let i = 0; i < 5; i++) new CrossClusterApiKey(stack, `K${i}`, { name: 'x', search: [{ names: ['a'] }] });
    new CrossClusterApiKey(stack, 'E', { name: 'x', providerType: KeyProviderType.ECCX, search: [{ names: ['a'] }] });
    const errors = errorsOf(stack).join('\n');
    expect(errors).toContain("provider: test/K0, test/K1, test/K2 and 2 more use the stack's default elasticstack provider, but the stack has no elasticstack provider construct.");
    expect(errors).toContain("provider: test/E uses the stack's default eccx provider, but the stack has no eccx provider construct.");
  });

  test('provider, certificate identity and replication checks run when those props are given, in the old order', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const literal = new ElasticstackProvider(stack, 'es', { alias: 'b', elasticsearch: [{ apiKey: 'lit' }] });
    const eccx = new EccxProvider(stack, 'ec', {});
    new CrossClusterApiKey(stack, 'K2', { name: 'x', provider: literal, search: [{ names: ['a'] }], replication: [{ names: ['b'], allowRestrictedIndices: true }] });
    new CrossClusterApiKey(stack, 'K3', { name: 'x', provider: eccx, providerType: KeyProviderType.ELASTICSTACK, certificateIdentity: '', search: [{ names: ['a'] }] });
    new CrossClusterApiKey(stack, 'K4', { name: 'x', provider: eccx, certificateIdentity: '', search: [{ names: ['a'] }] });
    const errors = errorsOf(stack).map((l) => l.replace(/\. Fix: .*/, ''));
    expect(errors).toEqual([
      '[test/K2] replication[0].allow_restricted_indices: is set, but the elasticstack provider only sends names for replication entries and would drop it silently',
      '[test/K2] provider: the elasticstack provider (test/es) authenticates with api_key, and Elasticsearch refuses cross-cluster API key creation for API-key callers ("authentication via API key not supported: An API key cannot be used to create a cross-cluster API key")',
      '[test/K3] certificate_identity: is set, but the elasticstack provider cannot send certificate_identity',
      '[test/K3] provider: is a "eccx" provider (test/ec), but providerType is "elasticstack"',
      '[test/K4] certificate_identity: is an empty string',
    ]);
  });

  test('construction-time warnings: deploy-time api_key, certificate identity dialect, createBeforeDestroy', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    const p = new ElasticstackProvider(stack, 'es', { elasticsearch: [{ apiKey: v.stringValue }] });
    const key = new CrossClusterApiKey(stack, 'K', {
      name: 'x',
      provider: p,
      providerType: KeyProviderType.ECCX,
      certificateIdentity: '(?i)cn=x',
      createBeforeDestroy: false,
      search: [{ names: ['a'] }],
    });
    const warnings = key.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data).slice(0, 40));
    expect(warnings).toEqual([
      'certificate_identity: "(?i)cn=x" could n',
      'provider: the provider authenticates wit',
      'createBeforeDestroy is false: when the k',
    ]);
  });

  test('search and replication must be literal lists; the error names the key', () => {
    const stack = newStack();
    const l = new TerraformVariable(stack, 'l', { type: 'list(string)' });
    expect(() => new CrossClusterApiKey(stack, 'A', { name: 'x', search: l.listValue as any })).toThrow(
      '[test/A] search: must be a list of entries known at synth time, got a deploy-time value (token); each entry becomes a SearchAccess construct.',
    );
    expect(() => new CrossClusterApiKey(stack, 'B', { name: 'x', replication: 'x' as any })).toThrow(
      '[test/B] replication: must be a list of entries known at synth time, got "x"; each entry becomes a ReplicationAccess construct.',
    );
  });

  test('markers recognise instances and nothing else', () => {
    const stack = newStack();
    const key = keyOf(stack, { search: [{ names: ['a'] }], replication: [{ names: ['r'] }] });
    expect(CrossClusterApiKey.isCrossClusterApiKey(key)).toBe(true);
    expect(SearchAccess.isSearchAccess(key.searchAccess[0])).toBe(true);
    expect(ReplicationAccess.isReplicationAccess(key.replicationAccess[0])).toBe(true);
    expect(CrossClusterApiKey.isCrossClusterApiKey(key.resource)).toBe(false);
    expect(SearchAccess.isSearchAccess(key.replicationAccess[0])).toBe(false);
    expect(ReplicationAccess.isReplicationAccess({})).toBe(false);
    expect(() => new SearchAccess(key.resource as any, 'S', { names: ['a'] })).toThrow(/the scope must be a CrossClusterApiKey/);
  });
});

// Behaviour of c2cf9af that the first version of the change lost, found in review and fixed.
describe('regressions found in review, fixed', () => {
  test('an own "__proto__" key in a query is kept (the sorted copy drops it)', () => {
    const stack = newStack();
    keyOf(stack, { search: [{ names: ['a'], query: JSON.parse('{"b":1,"__proto__":{"x":1}}') }] });
    expect(block(stack).access.search[0].query).toBe('{"__proto__":{"x":1},"b":1}');
  });

  test('a deploy-time key whose value is undefined is still reported in metadata', () => {
    const stack = newStack();
    const k = new TerraformVariable(stack, 'k', { type: 'string' });
    keyOf(stack, { metadata: { [k.stringValue]: undefined, ok: 1 }, search: [{ names: ['a'] }] });
    expect(errorsOf(stack).map(stripTokenIds)).toEqual([
      "[test/Key] metadata: values must be JSON: metadata has a key known only at deploy time, which cannot be encoded (Terraform's jsonencode needs literal keys). Fix: use only strings, finite numbers, booleans, null, arrays and plain objects",
    ]);
  });

  test('a key whose constructor threw does not crash the stack-level provider check', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => new CrossClusterApiKey(stack, 'Bad', { name: 'x', replication: {} as any })).toThrow(/must be a list of entries/);
    let message = '';
    try {
      Testing.synth(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toContain("Cannot read properties of undefined (reading 'provider')");
    // The list is checked before the key joins the tree: nothing is left behind, and synth runs.
    expect(stack.node.tryFindChild('Bad')).toBeUndefined();
    expect(message).toBe('');
  });
});
