import { TerraformOutput, TerraformStack, Testing, Tokenization } from 'cdktf';
import { CrossClusterApiKey, KeyProviderType } from '../src';
import { keyBlock, synthStack } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

// What a key adds besides its resource: the sensitive `encoded` output (B15/B16), its name and
// logical id, and the lifecycle that replaces a key without an outage (B07).

function warningsOf(build: (stack: TerraformStack) => { node: { metadata: readonly { type: string; data: unknown }[] } }): string[] {
  const stack = new TerraformStack(Testing.app(), 'w');
  new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  return build(stack).node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

describe('encoded output and lifecycle', () => {
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
  test('the encoded output\'s value reused in another stack becomes a sensitive() cross-stack reference', () => {
    const app = Testing.app();
    const keys = new TerraformStack(app, 'keys');
    new ElasticstackProvider(keys, 'elasticstack', { elasticsearch: [{}] });
    const key = new CrossClusterApiKey(keys, 'Key', { name: 'ccx', search: [{ names: ['a'] }], encodedOutputName: 'enc' });
    const consumer = new TerraformStack(app, 'consumer');
    new TerraformOutput(consumer, 'reused', { value: key.encodedOutput!.value, sensitive: true });
    app.synth();
    const consumerJson = JSON.parse(Testing.synth(consumer));
    const keysJson = JSON.parse(Testing.synth(keys));
    const id = Object.keys(keysJson.resource.elasticstack_elasticsearch_security_api_key)[0];
    expect(consumerJson.output.reused.value).toMatch(/^\$\{sensitive\(data\.terraform_remote_state\.cross-stack-reference-input-keys\.outputs\.cross-stack-output-[^)]+\)\}$/);
    expect(Object.values(keysJson.output)).toContainEqual({ sensitive: true, value: `\${elasticstack_elasticsearch_security_api_key.${id}.encoded}` });
    expect(keysJson.output.enc.value).toBe(`\${elasticstack_elasticsearch_security_api_key.${id}.encoded}`);
  });
  test('the encoded output\'s value, reversed to its token object, serializes like cdktf\'s own tokens', () => {
    const stack = new TerraformStack(Testing.app(), 'json');
    new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }] });
    const [token] = Tokenization.reverse(key.encodedOutput!.value);
    expect(JSON.stringify(token)).toBe(JSON.stringify(Tokenization.reverse(key.resource.getStringAttribute('encoded'))[0]));
  });
  test('createBeforeDestroy: false warns about the outage on replacement (B07)', () => {
    const warnings = warningsOf((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }], createBeforeDestroy: false }));
    expect(warnings).toEqual([expect.stringContaining('the old key is invalidated before the new one exists')]);
  });
});

describe('B03: all four search options round-trip into the provider config', () => {
  test('names, query, field_security (JSON strings) and allow_restricted_indices', () => {
    const { errors, json } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'k', {
        name: 'ccx-full',
        expiration: '300d',
        search: [
          {
            names: ['logs*'],
            query: { bool: { must_not: { term: { field2: 'value2' } } } },
            fieldSecurity: { grant: ['field2'] },
            allowRestrictedIndices: true,
          },
        ],
      });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).access.search[0]).toMatchSnapshot();
  });
});

describe('B07: replacement creates the new key before the old one is invalidated', () => {
  test('create_before_destroy is on by default and can be turned off', () => {
    const on = keyBlock(synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', search: [{ names: ['x'] }] })).json);
    const off = keyBlock(synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', search: [{ names: ['x'] }], createBeforeDestroy: false })).json);
    expect(on.lifecycle).toEqual({ create_before_destroy: true });
    expect(off).not.toHaveProperty('lifecycle');
  });
});

describe('B15/B16: every output the construct creates is sensitive', () => {
  test('the encoded output is sensitive and carries only the encoded attribute', () => {
    const { json } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', search: [{ names: ['x'] }], encodedOutputName: 'ccx_encoded' }));
    expect(Object.keys(json.output)).toEqual(['ccx_encoded']);
    expect(json.output.ccx_encoded.sensitive).toBe(true);
    expect(json.output.ccx_encoded.value).toMatch(/^\$\{elasticstack_elasticsearch_security_api_key\.k_[0-9A-F]+\.encoded\}$/);
  });
  test('exportEncoded: false adds no output', () => {
    const { json } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', search: [{ names: ['x'] }], exportEncoded: false }));
    expect(json.output).toBeUndefined();
  });
});
