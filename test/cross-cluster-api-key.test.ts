import { Fn, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps, KeyProviderType, ReplicationAccess, SearchAccess } from '../src';
import { keyBlock, synthBuilt, synthStack } from './support/synth';
import { CrossClusterApiKey as EccxL1 } from '../src/generated/eccx/cross-cluster-api-key';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticsearchSecurityApiKey } from '../src/generated/elasticstack/elasticsearch-security-api-key';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

// The CrossClusterApiKey construct: what it synthesizes for both providers (access, JSON
// attributes with and without deploy-time values, escape hatches), its construction-time errors
// and warnings, and its provider checks. Rules have their own files (rules, access-rules).

function newStack(eccx = false): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  if (eccx) new EccxProvider(stack, 'eccx', {});
  else new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
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

function synthKey(props: Partial<CrossClusterApiKeyProps>, build?: (stack: TerraformStack) => Partial<CrossClusterApiKeyProps>) {
  return synthStack((stack) => {
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', ...props, ...(build?.(stack) ?? {}) } as CrossClusterApiKeyProps);
  });
}

describe.each([
  ['elasticstack', false],
  ['eccx', true],
])('synthesized key resource, %s provider', (_name, eccx) => {
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
      what: 'integer-like keys, null-prototype objects, -0 and undefined members encode canonically',
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

describe('deploy-time values', () => {
  test('a map token as metadata is encoded with jsonencode, not as its placeholder text', () => {
    const { errors, json } = synthKey({ search: [{ names: ['a'] }] }, (stack) => ({
      metadata: Token.asAnyMap(new TerraformVariable(stack, 'md', { type: 'map(string)' }).value),
    }));
    expect(errors).toEqual([]);
    expect(keyBlock(json).metadata).toBe('${jsonencode(var.md)}');
  });

  test('a map token as a query is encoded with jsonencode', () => {
    const { errors, json } = synthKey({}, (stack) => ({
      search: [{ names: ['a'], query: Token.asAnyMap(new TerraformVariable(stack, 'q', { type: 'map(any)' }).value) }],
    }));
    expect(errors).toEqual([]);
    expect(keyBlock(json).access.search[0].query).toBe('${jsonencode(var.q)}');
  });

  test.each(['metadata', 'query'])('a token used as an object key in %s fails synth instead of emitting a broken expression', (where) => {
    const { errors } = synthKey({}, (stack) => {
      const k = new TerraformVariable(stack, 'k', { type: 'string' }).stringValue;
      return where === 'metadata'
        ? { metadata: { [k]: 'x' }, search: [{ names: ['a'] }] }
        : { search: [{ names: ['a'], query: { term: { [k]: 'x' } } }] };
    });
    expect(errors.join('\n')).toContain('has a key known only at deploy time, which cannot be encoded');
  });

  test('a token for the whole search list fails at construction with the path and the fix', () => {
    expect(() =>
      synthKey({}, (stack) => ({ search: Token.asAny(new TerraformVariable(stack, 's', { type: 'any' }).value) as any })),
    ).toThrow(/^\[test\/Key\] search: must be a list of entries known at synth time, got a deploy-time value \(token\)[\s\S]*Fix: pass a literal list/);
  });
});

describe('construction and provider checks', () => {
  test('provider, certificate identity and replication checks run when those props are given, in declaration order', () => {
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

describe('edge cases', () => {
  test('an own "__proto__" key in a query is kept', () => {
    const stack = newStack();
    keyOf(stack, { search: [{ names: ['a'], query: JSON.parse('{"b":1,"__proto__":{"x":1}}') }] });
    expect(block(stack).access.search[0].query).toBe('{"__proto__":{"x":1},"b":1}');
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

describe('the generated L1 behind key.resource', () => {
  test.each([KeyProviderType.ELASTICSTACK, KeyProviderType.ECCX])('%s: setters of the generated class reach the synthesized block, and building a key leaves Error.prepareStackTrace alone', (providerType) => {
    const before = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
    let key!: CrossClusterApiKey;
    const { json, errors } = synthStack((stack) => {
      const provider = providerType === KeyProviderType.ECCX
        ? new EccxProvider(stack, 'eccx', { endpoints: ['http://127.0.0.1:9200'], username: 'elastic', password: 'changeme' })
        : new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
      key = new CrossClusterApiKey(stack, 'Key', { name: 'k', providerType, provider, search: [{ names: ['logs-*'] }] });
      // A setter of the generated class (the eccx resource has no timeouts).
      if (providerType === KeyProviderType.ECCX) (key.resource as any).certificateIdentity = 'CN=local,.*';
      else (key.resource as any).putTimeouts({ create: '5m' });
    }, { provider: false });
    expect(Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace')).toEqual(before);
    expect(errors).toEqual([]);
    if (providerType === KeyProviderType.ECCX) expect(keyBlock(json).certificate_identity).toBe('CN=local,.*');
    else expect(keyBlock(json).timeouts).toEqual({ create: '5m' });
    expect(keyBlock(json).access.search[0].names).toEqual(['logs-*']);
  });
});
