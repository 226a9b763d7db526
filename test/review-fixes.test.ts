import { TerraformOutput, TerraformStack, TerraformVariable, Testing, Token, Tokenization } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKey, CrossClusterApiKeyProps, KeyProviderType, RemoteClusterConnection } from '../src';
import { keyBlock, synthStack } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

// Cases found by trying the library as a newcomer would: each was wrong before it was fixed here.

function synthKey(props: Partial<CrossClusterApiKeyProps>, build?: (stack: TerraformStack) => Partial<CrossClusterApiKeyProps>) {
  return synthStack((stack) => {
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', ...props, ...(build?.(stack) ?? {}) } as CrossClusterApiKeyProps);
  });
}

function warningsOf(build: (stack: TerraformStack) => { node: { metadata: readonly { type: string; data: unknown }[] } }): string[] {
  const stack = new TerraformStack(Testing.app(), 'w');
  new ElasticstackProvider(stack, 'elasticstack', {});
  return build(stack).node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

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

describe('field_security except must be a subset of grant', () => {
  test.each([
    [{ grant: ['a'], except: ['b'] }, '"b" is not granted by grant ["a"]'],
    [{ grant: [], except: ['x'] }, '"x" is not granted by grant []'],
  ])('%j fails', (fieldSecurity, message) => {
    expect(synthKey({ search: [{ names: ['i'], fieldSecurity }] }).errors.join('\n')).toContain(`search[0].field_security.except: ${message}`);
  });
  test.each([[{ grant: ['*'], except: ['secret'] }], [{ grant: ['event.*'], except: ['event.secret'] }], [{ grant: ['a*'], except: ['a.*'] }]])('%j passes', (fieldSecurity) => {
    expect(synthKey({ search: [{ names: ['i'], fieldSecurity }] }).errors).toEqual([]);
  });
});

describe('fields the construct does not know fail instead of being dropped', () => {
  test('snake_case allow_restricted_indices (from JavaScript) names the camelCase spelling', () => {
    const { errors } = synthKey({ search: [{ names: ['a'], allow_restricted_indices: true } as any] });
    expect(errors.join('\n')).toContain('[test/Key/Search0] search[0].allow_restricted_indices: is not a field of this entry and would be ignored. Fix: spell it allowRestrictedIndices');
  });
  test('privileges are refused as Elasticsearch refuses them', () => {
    const { errors } = synthKey({ replication: [{ names: ['a'], privileges: ['all'] } as any] });
    expect(errors.join('\n')).toContain('replication[0].privileges: is given, but cross-cluster API keys take no explicit privileges (Elasticsearch: "field [privileges] must not present")');
  });
});

describe('names', () => {
  test('the elasticstack replication fix names the real prop', () => {
    const { errors } = synthKey({ replication: [{ names: ['a'], allowRestrictedIndices: true }] });
    expect(errors.join('\n')).toContain('providerType: KeyProviderType.ECCX');
  });
  test('a cluster alias prefix in the key\'s names is a warning', () => {
    const warnings = warningsOf((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['remote-a:logs-*', 'plain-*'] }] }).searchAccess[0]);
    expect(warnings).toEqual([expect.stringContaining('names: "remote-a:logs-*" carry a cluster alias prefix')]);
  });
});

describe('metadata', () => {
  test('undefined members are dropped as JSON does (optional props), not an error', () => {
    const { errors, json } = synthKey({ search: [{ names: ['a'] }], metadata: { team: undefined, b: 1 } });
    expect(errors).toEqual([]);
    expect(keyBlock(json).metadata).toBe('{"b":1}');
  });
});

describe('outputs and lifecycle', () => {
  test('two keys exporting encoded under the same output name fail instead of losing one', () => {
    expect(() =>
      synthStack((stack) => {
        new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }], encodedOutputName: 'enc' });
        new CrossClusterApiKey(stack, 'K2', { name: 'b', search: [{ names: ['b'] }], encodedOutputName: 'enc' });
      }),
    ).toThrow('[test/K2] encodedOutputName: "enc" is already the encoded output of test/K1');
  });
  test.each([KeyProviderType.ELASTICSTACK, KeyProviderType.ECCX])('key.resource.overrideLogicalId() after construction renames the resource and the encoded output follows (%s)', (providerType) => {
    const { json, errors } = synthStack((stack) => {
      if (providerType === KeyProviderType.ECCX) new EccxProvider(stack, 'eccx', {});
      const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }], providerType, encodedOutputName: 'enc' });
      key.resource.overrideLogicalId('moved_key');
    });
    expect(errors).toEqual([]);
    const type = providerType === KeyProviderType.ECCX ? 'eccx_cross_cluster_api_key' : 'elasticstack_elasticsearch_security_api_key';
    expect(Object.keys(json.resource[type])).toEqual(['moved_key']);
    expect(json.output.enc.value).toBe(`\${${type}.moved_key.encoded}`);
  });
  test('the encoded output\'s value reused in another stack becomes a cross-stack reference', () => {
    const app = Testing.app();
    const keys = new TerraformStack(app, 'keys');
    new ElasticstackProvider(keys, 'elasticstack', {});
    const key = new CrossClusterApiKey(keys, 'Key', { name: 'ccx', search: [{ names: ['a'] }], encodedOutputName: 'enc' });
    const consumer = new TerraformStack(app, 'consumer');
    new TerraformOutput(consumer, 'reused', { value: key.encodedOutput!.value, sensitive: true });
    app.synth();
    const consumerJson = JSON.parse(Testing.synth(consumer));
    const keysJson = JSON.parse(Testing.synth(keys));
    const id = Object.keys(keysJson.resource.elasticstack_elasticsearch_security_api_key)[0];
    expect(consumerJson.output.reused.value).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-keys\.outputs\.cross-stack-output-/);
    expect(Object.values(keysJson.output)).toContainEqual({ sensitive: true, value: `\${elasticstack_elasticsearch_security_api_key.${id}.encoded}` });
    expect(keysJson.output.enc.value).toBe(`\${elasticstack_elasticsearch_security_api_key.${id}.encoded}`);
  });
  test('the encoded output\'s value, reversed to its token object, serializes like cdktf\'s own tokens', () => {
    const stack = new TerraformStack(Testing.app(), 'json');
    new ElasticstackProvider(stack, 'elasticstack', {});
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }] });
    const [token] = Tokenization.reverse(key.encodedOutput!.value);
    expect(JSON.stringify(token)).toBe(JSON.stringify(Tokenization.reverse(key.resource.getStringAttribute('encoded'))[0]));
  });
  test('createBeforeDestroy: false warns about the outage on replacement (B07)', () => {
    const warnings = warningsOf((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }], createBeforeDestroy: false }));
    expect(warnings).toEqual([expect.stringContaining('the old key is invalidated before the new one exists')]);
  });
});

describe('RemoteClusterConnection', () => {
  test('two connections with the same alias on the same local cluster fail', () => {
    expect(() =>
      synthStack((stack) => {
        const key = new CrossClusterApiKey(stack, 'Key', { name: 'a', search: [{ names: ['a'] }] });
        new RemoteClusterConnection(stack, 'C1', { alias: 'r1', key, proxyAddress: 'a.example:9443' });
        new RemoteClusterConnection(stack, 'C2', { alias: 'r1', key, proxyAddress: 'b.example:9443' });
      }),
    ).toThrow('[test/C2] alias: "r1" is already connected on the same local cluster ((the default provider)) by test/C1');
  });
  test('the same alias on two local clusters is fine', () => {
    const { errors } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', { name: 'a', search: [{ names: ['a'] }] });
      const l1 = new ElasticstackProvider(stack, 'l1', { alias: 'l1' });
      const l2 = new ElasticstackProvider(stack, 'l2', { alias: 'l2' });
      new RemoteClusterConnection(stack, 'C1', { alias: 'r1', key, proxyAddress: 'a.example:9443', provider: l1 });
      new RemoteClusterConnection(stack, 'C2', { alias: 'r1', key, proxyAddress: 'a.example:9443', provider: l2 });
    });
    expect(errors).toEqual([]);
  });
});

describe('a key on the default provider without a provider construct', () => {
  test('names the keys and the provider class to add', () => {
    const { errors } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }], providerType: KeyProviderType.ECCX });
      new CrossClusterApiKey(stack, 'K2', { name: 'b', search: [{ names: ['b'] }], providerType: KeyProviderType.ECCX });
    });
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringContaining("[test] provider: test/K1, test/K2 use the stack's default eccx provider, but the stack has no eccx provider construct. Fix: add new eccx.provider.EccxProvider(stack, 'eccx', { ... })"),
    ]));
  });
  test('is quiet when the provider construct exists', () => {
    const { errors } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }] });
    });
    expect(errors).toEqual([]);
  });
  test('finds a provider construct wherever it is, even below a key (the first scan skips keys)', () => {
    const { errors } = synthStack((stack) => {
      const k1 = new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }], providerType: KeyProviderType.ECCX });
      new EccxProvider(k1, 'eccx', {});
      new CrossClusterApiKey(stack, 'K2', { name: 'b', search: [{ names: ['b'] }], providerType: KeyProviderType.ECCX });
    });
    expect(errors.filter((e) => e.includes("stack's default eccx provider"))).toEqual([]);
  });
  test('reports a key nested in another key (the provider scan does not descend into keys)', () => {
    const { errors } = synthStack((stack) => {
      const k1 = new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }] });
      new CrossClusterApiKey(k1, 'K2', { name: 'b', search: [{ names: ['b'] }], providerType: KeyProviderType.ECCX });
    });
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining("[test] provider: test/K1/K2 uses the stack's default eccx provider")]));
  });
  test('reports keys nested in other constructs', () => {
    const { errors } = synthStack((stack) => {
      const team = new Construct(stack, 'Team');
      new CrossClusterApiKey(team, 'K1', { name: 'a', search: [{ names: ['a'] }], providerType: KeyProviderType.ECCX });
    });
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining("[test] provider: test/Team/K1 uses the stack's default eccx provider")]));
  });
});
