import { TerraformStack, Testing } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps, KeyProviderType, RemoteClusterConnection, RemoteClusterMode, RemoteIndicesRole } from '../src';
import { StackJson, synthBuilt, synthStack } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

// Behaviours of the elastic/elasticstack provider (0.16.3) that the synthesized JSON depends on,
// encoded as synth-time tests because the provider binary cannot run here. Each describe names the
// fact it encodes (the fact sheet on the provider, sections 3 to 5).

const SEARCH = [{ names: ['logs-*'] }];
const NO_BLOCK = 'has no elasticsearch block';

function stackWith(providerConfig: Record<string, unknown> | undefined): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  if (providerConfig) new ElasticstackProvider(stack, 'elasticstack', providerConfig);
  return stack;
}

function errorsOf(stack: TerraformStack): string[] {
  return synthBuilt(stack).errors;
}

describe('the provider reads ELASTICSEARCH_* only when it has an elasticsearch block (gotcha 2: "Elasticsearch client not configured")', () => {
  test('a key on a default provider without the block fails synth, naming the provider, the key and the fix', () => {
    const stack = stackWith({});
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH });
    expect(errorsOf(stack)).toEqual([
      '[test] provider: the elasticstack provider test/elasticstack has no elasticsearch block, and test/Key sets no elasticsearch_connection: the provider then ignores ELASTICSEARCH_* and fails every request at apply ("elasticsearch client is not configured: set elasticsearch.endpoints, elasticsearch_connection.endpoints, or ELASTICSEARCH_ENDPOINTS"). Fix: give the provider an elasticsearch block: elasticsearch: [{}] to take the endpoint and credentials from ELASTICSEARCH_*, or elasticsearch: [{ endpoints: [\'https://...:9200\'], username, password }]',
    ]);
  });

  test('several keys and a connection on that provider are named in one message', () => {
    const stack = stackWith({});
    const key = new CrossClusterApiKey(stack, 'K1', { name: 'a', search: SEARCH });
    new CrossClusterApiKey(stack, 'K2', { name: 'b', search: SEARCH });
    new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, proxyAddress: 'remote.example.com:9443' });
    const errors = errorsOf(stack);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`test/elasticstack ${NO_BLOCK}, and test/K1, test/K2, test/Conn set no elasticsearch_connection`);
  });

  test('an explicit provider without the block fails on the key and on the connection, with their paths', () => {
    const stack = stackWith(undefined);
    const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote' });
    const local = new ElasticstackProvider(stack, 'local', { alias: 'local', elasticsearch: [] });
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, provider: remote });
    new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, proxyAddress: 'remote.example.com:9443', provider: local });
    expect(errorsOf(stack).map((e) => e.replace(/: the provider then ignores[\s\S]*/, ''))).toEqual([
      `[test/Key] provider: the elasticstack provider test/remote ${NO_BLOCK}, and the key's resource sets no elasticsearch_connection`,
      `[test/Conn] provider: the elasticstack provider test/local ${NO_BLOCK}, and the connection's resource sets no elasticsearch_connection`,
    ]);
  });

  test('a role on its own provider without the block fails; a role on its connection\'s provider is reported once, by the connection', () => {
    const stack = stackWith(undefined);
    const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{}] });
    const local = new ElasticstackProvider(stack, 'local', { alias: 'local' });
    const other = new ElasticstackProvider(stack, 'other', { alias: 'other' });
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, provider: remote });
    const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, proxyAddress: 'remote.example.com:9443', provider: local });
    conn.grantSearch('Same', { roleName: 'same', names: ['logs-*'] });
    new RemoteIndicesRole(stack, 'Own', { connection: conn, roleName: 'own', names: ['logs-*'], provider: other });
    expect(errorsOf(stack).map((e) => e.replace(/: the provider then ignores[\s\S]*/, ''))).toEqual([
      `[test/Conn] provider: the elasticstack provider test/local ${NO_BLOCK}, and the connection's resource sets no elasticsearch_connection`,
      `[test/Own] provider: the elasticstack provider test/other ${NO_BLOCK}, and the role's resource sets no elasticsearch_connection`,
    ]);
  });

  test.each([
    ['an empty block (endpoint and credentials from ELASTICSEARCH_*)', { elasticsearch: [{}] }],
    ['a configured block', { elasticsearch: [{ endpoints: ['https://remote.example.com:9200'], username: 'elastic', password: 'changeme' }] }],
  ])('%s passes, and is written to the provider block', (_what, config) => {
    const stack = stackWith(config);
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH });
    const { json, errors } = synthBuilt(stack);
    expect(errors).toEqual([]);
    expect(json.provider.elasticstack[0].elasticsearch).toHaveLength(1);
  });

  test('a per-resource elasticsearch_connection is enough without the block', () => {
    const stack = stackWith({});
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH });
    (key.resource as any).putElasticsearchConnection([{ endpoints: ['https://remote.example.com:9200'] }]);
    expect(errorsOf(stack)).toEqual([]);
  });

  test('keys created by eccx do not need an elasticstack block', () => {
    const stack = stackWith({});
    new EccxProvider(stack, 'eccx', {});
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, providerType: KeyProviderType.ECCX });
    expect(errorsOf(stack)).toEqual([]);
  });
});

/** The key blocks and cluster-settings blocks of a synthesized stack. */
function blocks(json: StackJson, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

describe('access is valid only with type = "cross_cluster", and an empty access is sent as {} (RequiresType, section 1.2)', () => {
  const keys: Array<Partial<CrossClusterApiKeyProps>> = [
    { search: SEARCH },
    { replication: [{ names: ['archive-*'] }] },
    { search: [{ names: ['a'], query: { match_all: {} }, fieldSecurity: { grant: ['*'], except: ['secret'] } }] },
  ];
  test.each(keys)('every key block says type = "cross_cluster", has no role_descriptors and a non-empty access: %j', (props) => {
    const { json, errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', ...props }));
    expect(errors).toEqual([]);
    const [key] = blocks(json, 'elasticstack_elasticsearch_security_api_key');
    expect(key.type).toBe('cross_cluster');
    expect(key).not.toHaveProperty('role_descriptors');
    expect((key.access.search ?? []).length + (key.access.replication ?? []).length).toBeGreaterThan(0);
  });
  test('a key without entries fails synth instead of sending "access":{}', () => {
    const { errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx' }));
    expect(errors.join('\n')).toContain('access: has no search and no replication entry');
  });
});

describe('how access goes on the wire: query and field_security as JSON text, replication entries with names only (section 1.2)', () => {
  test('query and field_security are JSON strings; field_security holds only grant and except', () => {
    const { json } = synthStack((stack) => new CrossClusterApiKey(stack, 'Key', {
      name: 'ccx',
      search: [{ names: ['a'], query: { term: { team: 'a' } }, fieldSecurity: { grant: ['*'], except: ['secret'] } }],
    }));
    const [entry] = blocks(json, 'elasticstack_elasticsearch_security_api_key')[0].access.search;
    expect(JSON.parse(entry.query)).toEqual({ term: { team: 'a' } });
    expect(Object.keys(JSON.parse(entry.field_security)).sort()).toEqual(['except', 'grant']);
  });
  test('fields the provider would drop from field_security fail synth', () => {
    const { errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'], fieldSecurity: { grant: ['*'], other: 1 } as any }] }));
    expect(errors.join('\n')).toContain('search[0].field_security: has unknown field(s) "other"');
  });
  test('replication entries carry only names; allowRestrictedIndices, which it never sends, fails synth', () => {
    const ok = synthStack((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', replication: [{ names: ['archive-*'] }, { names: ['old-*'], allowRestrictedIndices: false }] }));
    expect(blocks(ok.json, 'elasticstack_elasticsearch_security_api_key')[0].access.replication).toEqual([{ names: ['archive-*'] }, { names: ['old-*'] }]);
    const bad = synthStack((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', replication: [{ names: ['a'], allowRestrictedIndices: true }] }));
    expect(bad.errors.join('\n')).toContain('replication[0].allow_restricted_indices: is set, but the elasticstack provider only sends names');
  });
  test('an empty names list, which the provider would drop with its entry, fails synth', () => {
    const { errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, replication: [{ names: [] }] }));
    expect(errors.join('\n')).toContain('replication[0].names: is empty');
  });
});

describe('cluster settings: a non-empty persistent block, one of value / value_list per setting, unique names (section 4.1)', () => {
  test.each([
    ['sniff', { seeds: ['a.example.com:9443', 'b.example.com:9443'], nodeConnections: 3, skipUnavailable: true }],
    ['proxy', { mode: RemoteClusterMode.PROXY, proxyAddress: 'p.example.com:9443', serverName: 'p.example.com', proxySocketConnections: 18 }],
  ])('%s mode', (_mode, props) => {
    const { json, errors } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH });
      new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, ...props });
    });
    expect(errors).toEqual([]);
    const [settings] = blocks(json, 'elasticstack_elasticsearch_cluster_settings');
    expect(settings).not.toHaveProperty('transient');
    const list: Array<Record<string, unknown>> = settings.persistent.setting;
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) expect([s.name, ['value', 'value_list'].filter((k) => s[k] !== undefined)]).toEqual([s.name, [expect.any(String)]]);
    expect(new Set(list.map((s) => s.name)).size).toBe(list.length);
  });
});

describe('security role: remote_indices with query as JSON text and field_security as a single block (section 4.2)', () => {
  test('the role the connection grants', () => {
    const { json, errors } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH });
      const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, proxyAddress: 'p.example.com:9443' });
      conn.grantSearch('Logs', { roleName: 'logs', names: ['logs-*'], query: { term: { team: 'a' } }, fieldSecurity: { grant: ['*'], except: ['secret'] } });
    });
    expect(errors).toEqual([]);
    const [role] = blocks(json, 'elasticstack_elasticsearch_security_role');
    const [remote] = role.remote_indices;
    expect(remote.clusters).toEqual(['remote-a']);
    expect(JSON.parse(remote.query)).toEqual({ term: { team: 'a' } });
    expect(remote.field_security).toEqual({ grant: ['*'], except: ['secret'] });
    expect(role).not.toHaveProperty('remote_cluster');
  });
});
