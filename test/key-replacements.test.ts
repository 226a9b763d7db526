import { TerraformStack, Testing } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps, KeyProviderType, testing } from '../src';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

type KeyProps = Omit<CrossClusterApiKeyProps, 'provider'>;

/** The synthesized JSON of a stack with the given keys (id -> props) on one provider. */
function synth(keys: Record<string, KeyProps>, providerType = KeyProviderType.ELASTICSTACK): string {
  const stack = new TerraformStack(Testing.app(), 'stack');
  const provider = providerType === KeyProviderType.ECCX ? new EccxProvider(stack, 'eccx', {}) : new ElasticstackProvider(stack, 'es', { elasticsearch: [{}] });
  for (const [id, props] of Object.entries(keys)) new CrossClusterApiKey(stack, id, { provider, ...props });
  return Testing.synth(stack, true);
}

const base: KeyProps = { name: 'k', expiration: '30d', search: [{ names: ['logs-*'] }], metadata: { team: 'a' } };

describe('KeyReplacements.between', () => {
  test('an unchanged stack replaces nothing', () => {
    expect(testing.KeyReplacements.between(synth({ Key: base }), synth({ Key: base }))).toEqual([]);
  });

  test('access and metadata changes are in place', () => {
    const after = synth({ Key: { ...base, search: [{ names: ['logs-*', 'metrics-*'] }], replication: [{ names: ['a-*'] }], metadata: { team: 'b' } } });
    expect(testing.KeyReplacements.between(synth({ Key: base }), after)).toEqual([]);
  });

  test('elasticstack: name and expiration changes replace the key', () => {
    const found = testing.KeyReplacements.between(synth({ Key: base, Other: base }), synth({ Key: { ...base, name: 'k2', expiration: '60d' }, Other: base }));
    expect(found).toEqual([
      { address: expect.stringMatching(/^elasticstack_elasticsearch_security_api_key\.Key_\w+$/), attributes: ['name', 'expiration'], conditionalAttributes: [] },
    ]);
  });

  test('eccx: a name change replaces, an expiration change replaces only below Elasticsearch 8.13', () => {
    const before = synth({ Key: base }, KeyProviderType.ECCX);
    expect(testing.KeyReplacements.between(before, synth({ Key: { ...base, name: 'k2' } }, KeyProviderType.ECCX))).toEqual([
      { address: expect.stringMatching(/^eccx_cross_cluster_api_key\.Key_\w+$/), attributes: ['name'], conditionalAttributes: [] },
    ]);
    expect(testing.KeyReplacements.between(before, synth({ Key: { ...base, expiration: '60d' } }, KeyProviderType.ECCX))).toEqual([
      { address: expect.any(String), attributes: [], conditionalAttributes: ['expiration'] },
    ]);
  });

  test('eccx: removing the expiration replaces the key (Elasticsearch cannot remove an expiry)', () => {
    const { expiration: _, ...noExpiry } = base;
    const found = testing.KeyReplacements.between(synth({ Key: base }, KeyProviderType.ECCX), synth({ Key: noExpiry }, KeyProviderType.ECCX));
    expect(found).toEqual([{ address: expect.any(String), attributes: ['expiration'], conditionalAttributes: [] }]);
  });

  test('attributes in lifecycle.ignore_changes are not reported', () => {
    const after = new TerraformStack(Testing.app(), 'stack');
    const provider = new ElasticstackProvider(after, 'es', { elasticsearch: [{}] });
    const key = new CrossClusterApiKey(after, 'Key', { provider, ...base, name: 'k2', expiration: '60d' });
    key.resource.addOverride('lifecycle.ignore_changes', ['name']);
    expect(testing.KeyReplacements.between(synth({ Key: base }), Testing.synth(after))).toEqual([
      { address: expect.any(String), attributes: ['expiration'], conditionalAttributes: [] },
    ]);
  });

  test('a new key replaces nothing', () => {
    expect(testing.KeyReplacements.between(synth({ Key: base }), synth({ Key: base, New: base }))).toEqual([]);
  });

  test('text that is not JSON names the argument', () => {
    expect(() => testing.KeyReplacements.between(synth({ Key: base }), 'nope')).toThrow(/^after: is not JSON/);
  });
});

describe('KeyReplacements.destroyed', () => {
  test('a key whose construct id changed is destroyed at its old address', () => {
    const before = synth({ Key: base });
    const [address] = Object.keys(JSON.parse(before).resource.elasticstack_elasticsearch_security_api_key);
    expect(testing.KeyReplacements.destroyed(before, synth({ Renamed: base }))).toEqual([`elasticstack_elasticsearch_security_api_key.${address}`]);
    expect(testing.KeyReplacements.destroyed(before, synth({ Key: base }))).toEqual([]);
  });

  test('a key kept at its address with overrideLogicalId, or moved by a moved block, is not destroyed', () => {
    const before = synth({ Key: base });
    const [oldId] = Object.keys(JSON.parse(before).resource.elasticstack_elasticsearch_security_api_key);

    const kept = new TerraformStack(Testing.app(), 'stack');
    const provider = new ElasticstackProvider(kept, 'es', { elasticsearch: [{}] });
    new CrossClusterApiKey(kept, 'Renamed', { provider, ...base }).resource.overrideLogicalId(oldId);
    expect(testing.KeyReplacements.destroyed(before, Testing.synth(kept))).toEqual([]);

    const moved = new TerraformStack(Testing.app(), 'stack');
    const movedProvider = new ElasticstackProvider(moved, 'es', { elasticsearch: [{}] });
    const key = new CrossClusterApiKey(moved, 'Renamed', { provider: movedProvider, ...base, name: 'k2' });
    key.resource.moveFromId(`elasticstack_elasticsearch_security_api_key.${oldId}`);
    const after = Testing.synth(moved);
    expect(testing.KeyReplacements.destroyed(before, after)).toEqual([]);
    // and the moved key is compared with its old self
    expect(testing.KeyReplacements.between(before, after)).toEqual([{ address: expect.stringContaining('Renamed'), attributes: ['name'], conditionalAttributes: [] }]);
  });
});
