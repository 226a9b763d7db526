import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps, KeyProviderType } from '../src';
import { keyBlock, synthStack } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

// The same validated model, compiled for this package's own provider (eccx).

function synthEccx(props: Partial<CrossClusterApiKeyProps>, build?: (stack: TerraformStack) => Partial<CrossClusterApiKeyProps>) {
  return synthStack((stack) => {
    const provider = new EccxProvider(stack, 'eccx', { endpoints: ['http://127.0.0.1:9200'], username: 'elastic', password: 'changeme' });
    const extra = build?.(stack) ?? {};
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', provider, ...props, ...extra } as CrossClusterApiKeyProps);
  }, { provider: false });
}

function eccxBlock(json: Record<string, any>): Record<string, any> {
  expect(json.resource?.elasticstack_elasticsearch_security_api_key).toBeUndefined();
  return keyBlock(json);
}

describe('providerType ECCX', () => {
  test('the seed example compiles to eccx_cross_cluster_api_key (snapshot)', () => {
    const { json, errors } = synthEccx({
      name: 'my-cross-cluster-api-key',
      expiration: '1d',
      search: [{ names: ['logs*'] }],
      replication: [{ names: ['archive*'] }],
      metadata: { description: 'phase one', environment: { level: 1, trusted: true, tags: ['dev', 'staging'] } },
      encodedOutputName: 'encoded',
    });
    expect(errors).toEqual([]);
    expect(json.resource.elasticstack_elasticsearch_security_api_key).toBeUndefined();
    expect(json).toMatchSnapshot();
  });

  test('the synthesized blocks are checked against schema/eccx.json', () => {
    expect(() => synthEccx({ search: [{ names: ['a'] }] }, () => ({ createBeforeDestroy: false })).json).not.toThrow();
    expect(() =>
      synthStack((stack) => {
        const provider = new EccxProvider(stack, 'eccx', {});
        const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', provider, search: [{ names: ['a'] }] });
        key.resource.addOverride('type', 'cross_cluster');
      }, { provider: false }),
    ).toThrow(/eccx_cross_cluster_api_key\.Key_[0-9A-F]+\.type: .*unknown-attribute/);
  });

  test('is inferred from an eccx provider, and required_providers asks for this package\'s version', () => {
    const { json } = synthEccx({ search: [{ names: ['a'] }] });
    expect(json.terraform.required_providers.eccx).toEqual({
      source: 'cdktf-elastic-cross-cluster/eccx',
      version: CrossClusterApiKey.eccxProviderVersion(),
    });
    expect(CrossClusterApiKey.eccxProviderVersion()).toMatch(/^\d+\.\d+\.\d+(-dev)?$/);
  });

  test('replication entries carry allow_restricted_indices, which this provider sends', () => {
    const { json, errors } = synthEccx({ replication: [{ names: ['.security*'], allowRestrictedIndices: true }, { names: ['b'] }] });
    expect(errors).toEqual([]);
    expect(eccxBlock(json).access.replication).toEqual([
      { names: ['.security*'], allow_restricted_indices: true },
      { names: ['b'], allow_restricted_indices: false },
    ]);
  });

  test('names outside printable ASCII are fine (only the elasticstack provider rejects them)', () => {
    expect(synthEccx({ name: 'clé', search: [{ names: ['a'] }] }).errors).toEqual([]);
  });

  test('Elasticsearch\'s rules apply the same way', () => {
    const { errors } = synthEccx({ name: '_x', expiration: '1y', search: [{ names: ['a'], query: { match_all: {} } }], replication: [{ names: ['b'] }] });
    const text = errors.join('\n');
    expect(text).toContain('name: "_x" begins with an underscore');
    expect(text).toContain('expiration: "1y" is not an Elasticsearch time value');
    expect(text).toContain('search entries may not use document or field level security');
  });
});

describe('certificate_identity (Elasticsearch >= 9.3)', () => {
  test('is emitted for eccx', () => {
    const { json, errors } = synthEccx({ search: [{ names: ['a'] }], certificateIdentity: 'CN=local-.*,O=Example' });
    expect(errors).toEqual([]);
    expect(eccxBlock(json).certificate_identity).toBe('CN=local-.*,O=Example');
  });

  test('rejects an empty string', () => {
    expect(synthEccx({ search: [{ names: ['a'] }], certificateIdentity: '' }).errors.join('\n')).toContain('[test/Key] certificate_identity: is an empty string');
  });

  test.each(['(?i)CN=local,.*', 'CN=a.*+'])('accepts the Java-only pattern %j (Elasticsearch compiles Java regexes)', (certificateIdentity) => {
    expect(synthEccx({ search: [{ names: ['a'] }], certificateIdentity }).errors).toEqual([]);
  });

  test('a pattern JavaScript cannot compile is a warning, not an error', () => {
    const stack = new TerraformStack(Testing.app(), 'w');
    const provider = new EccxProvider(stack, 'eccx', {});
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', provider, search: [{ names: ['a'] }], certificateIdentity: '(unclosed' });
    const warnings = key.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringContaining('certificate_identity: "(unclosed" could not be checked here')]);
  });

  test('a token is skipped', () => {
    const { errors } = synthEccx({ search: [{ names: ['a'] }] }, (stack) => ({ certificateIdentity: new TerraformVariable(stack, 'ci', { type: 'string' }).stringValue }));
    expect(errors).toEqual([]);
  });

  test('fails with the elasticstack provider, which cannot send it', () => {
    const { errors } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }], certificateIdentity: 'CN=.*' });
    });
    expect(errors.join('\n')).toContain('[test/Key] certificate_identity: is set, but the elasticstack provider cannot send certificate_identity. Fix: create the key with this package\'s provider: providerType: KeyProviderType.ECCX');
  });
});

describe('provider and providerType must agree', () => {
  test('an elasticstack provider with providerType ECCX fails', () => {
    const { errors } = synthStack((stack) => {
      const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{}] });
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', provider: remote, providerType: KeyProviderType.ECCX, search: [{ names: ['a'] }] });
      new EccxProvider(stack, 'eccx', {});
    });
    expect(errors.join('\n')).toContain('[test/Key] provider: is a "elasticstack" provider (test/remote), but providerType is "eccx"');
  });

  test('an eccx provider authenticating with api_key fails before anything is called', () => {
    const { errors } = synthStack((stack) => {
      const provider = new EccxProvider(stack, 'eccx', { apiKey: 'abc' });
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', provider, search: [{ names: ['a'] }] });
    }, { provider: false });
    expect(errors.join('\n')).toContain('[test/Key] provider: the eccx provider (test/eccx) authenticates with api_key');
  });
});
