import { TerraformStack } from 'cdktf';
import { CredentialDelivery, CrossClusterApiKey, KeyProviderType, RemoteClusterConnection, RemoteClusterConnectionProps } from '../src';
import { KEY } from './support/remote-cluster';
import { StackJson, synthStack } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

// RemoteClusterConnection on this package's eccx provider: the
// local-side resources, the dependency chain key -> delivery -> reload -> settings -> check, and
// roles with remote_cluster. Every document is also checked against schema/eccx.json (synthStack).

const DELIVER = CredentialDelivery.command({ command: 'deliver-to-keystore' });

function synthEccx(props: Partial<RemoteClusterConnectionProps>, extra?: (c: RemoteClusterConnection, stack: TerraformStack) => void) {
  let conn!: RemoteClusterConnection;
  const result = synthStack((stack) => {
    const remote = new EccxProvider(stack, 'remote', { alias: 'remote' });
    const local = new EccxProvider(stack, 'local', { alias: 'local' });
    const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, provider: remote });
    conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['remote.example.com:9443'], provider: local, ...props });
    extra?.(conn, stack);
  }, { provider: false });
  return { ...result, conn };
}

function only(json: StackJson, type: string): Record<string, any> {
  const blocks = Object.values(json.resource?.[type] ?? {}) as Array<Record<string, any>>;
  expect(blocks).toHaveLength(1);
  return blocks[0];
}

/** `<type>.<name>` of the only resource of `type`. */
function address(json: StackJson, type: string): string {
  const names = Object.keys(json.resource?.[type] ?? {});
  expect(names).toHaveLength(1);
  return `${type}.${names[0]}`;
}

describe('provider choice, as CrossClusterApiKey chooses', () => {
  test('an eccx provider selects eccx; providerType overrides; the default is elasticstack', () => {
    expect(synthEccx({}).conn.providerType).toBe(KeyProviderType.ECCX);
    const plain = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      const c = new RemoteClusterConnection(stack, 'Conn', { alias: 'a', key, seeds: ['h:9443'] });
      expect(c.providerType).toBe(KeyProviderType.ELASTICSTACK);
    });
    expect(Object.keys(plain.json.resource)).toContain('elasticstack_elasticsearch_cluster_settings');
  });

  test('a provider of the other type than providerType fails synth', () => {
    const { errors } = synthStack((stack) => {
      const es = new ElasticstackProvider(stack, 'es', { elasticsearch: [{}] });
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      new RemoteClusterConnection(stack, 'Conn', { alias: 'a', key, seeds: ['h:9443'], provider: es, providerType: KeyProviderType.ECCX });
    });
    expect(errors).toContainEqual(expect.stringMatching(/^\[test\/Conn\] provider: is a "elasticstack" provider \(test\/es\), but providerType is "eccx"\. Fix: pass a eccx provider/));
  });

  test('the stack asks for this package\'s eccx version', () => {
    const { json } = synthEccx({});
    expect(json.terraform.required_providers.eccx.version).toBe(CrossClusterApiKey.eccxProviderVersion());
  });
});

describe('eccx_remote_cluster_settings', () => {
  test('sniff: alias, mode, seeds, node_connections, skip_unavailable written explicitly (default true)', () => {
    const { json, errors, conn } = synthEccx({ nodeConnections: 2 });
    expect(errors).toEqual([]);
    expect(only(json, 'eccx_remote_cluster_settings')).toMatchObject({
      alias: 'remote-a', mode: 'sniff', seeds: ['remote.example.com:9443'], node_connections: 2, skip_unavailable: true, provider: 'eccx.local',
    });
    expect(conn.settingNames).toEqual([
      'cluster.remote.remote-a.mode', 'cluster.remote.remote-a.seeds', 'cluster.remote.remote-a.node_connections', 'cluster.remote.remote-a.skip_unavailable',
    ]);
  });

  test('proxy, with skipUnavailable false kept', () => {
    const { json } = synthEccx({ seeds: undefined, proxyAddress: 'p.example.com:9443', serverName: 'p.example.com', proxySocketConnections: 4, skipUnavailable: false });
    const block = only(json, 'eccx_remote_cluster_settings');
    expect(block).toMatchObject({ mode: 'proxy', proxy_address: 'p.example.com:9443', server_name: 'p.example.com', proxy_socket_connections: 4, skip_unavailable: false });
    expect(block.seeds).toBeUndefined();
  });

  test('the same validation as on elasticstack: both addresses fail', () => {
    expect(synthEccx({ proxyAddress: 'p.example.com:9443' }).errors.join('\n')).toMatch(/\[test\/Conn\] .*proxy_address/);
  });
});

describe('the chain: key -> delivery -> reload -> settings -> check', () => {
  test('depends_on puts each link after the one before it', () => {
    const { json, errors, conn } = synthEccx({ credentialDelivery: DELIVER, checkTimeoutSeconds: 30 });
    expect(errors).toEqual([]);
    const delivery = only(json, 'terraform_data');
    const reload = only(json, 'eccx_secure_settings_reload');
    const settings = only(json, 'eccx_remote_cluster_settings');
    const check = only(json, 'eccx_remote_cluster_check');
    // the delivery reads the key (implicit dependency), the rest is explicit
    expect(JSON.stringify(delivery)).toMatch(/eccx_cross_cluster_api_key\.Key_[0-9A-F]+\.encoded/);
    expect(reload.depends_on).toEqual([address(json, 'terraform_data')]);
    expect(settings.depends_on).toEqual([address(json, 'eccx_secure_settings_reload')]);
    expect(check.depends_on).toEqual([address(json, 'eccx_remote_cluster_settings')]);
    expect(check).toMatchObject({ alias: 'remote-a', timeout_seconds: 30, provider: 'eccx.local' });
    expect(reload.provider).toBe('eccx.local');
    expect(conn.reloadResource?.terraformResourceType).toBe('eccx_secure_settings_reload');
    expect(conn.checkResource?.terraformResourceType).toBe('eccx_remote_cluster_check');
  });

  test('a new key re-runs the reload and the check; a new address re-runs the check', () => {
    const { json } = synthEccx({ credentialDelivery: DELIVER });
    const keyId = expect.stringMatching(/^\$\{eccx_cross_cluster_api_key\.Key_[0-9A-F]+\.key_id\}$/);
    expect(only(json, 'eccx_secure_settings_reload').triggers).toEqual({ key_id: keyId, setting: 'cluster.remote.remote-a.credentials' });
    expect(only(json, 'eccx_remote_cluster_check').triggers).toEqual({ key_id: keyId, address: 'remote.example.com:9443' });
  });

  test.each([['manual', CredentialDelivery.manual()], ['none', undefined]])('%s delivery: settings only, no reload or check', (_, credentialDelivery) => {
    const { json, conn } = synthEccx({ credentialDelivery });
    expect(Object.keys(json.resource).sort()).toEqual(['eccx_cross_cluster_api_key', 'eccx_remote_cluster_settings']);
    expect(only(json, 'eccx_remote_cluster_settings').depends_on).toBeUndefined();
    expect(conn.checkResource).toBeUndefined();
  });
});

describe('roles on eccx_security_role', () => {
  test('remote_indices with JSON query and field_security, and remote_cluster', () => {
    const { json, errors } = synthEccx({}, (c) => c.grantSearch('Search', {
      roleName: 'ccs',
      names: ['logs-*'],
      query: { term: { team: 'a' } },
      fieldSecurity: { grant: ['*'], except: ['secret'] },
      remoteClusterPrivileges: ['monitor_enrich', 'monitor_stats'],
    }));
    expect(errors).toEqual([]);
    const role = only(json, 'eccx_security_role');
    expect(role).toMatchObject({
      name: 'ccs',
      provider: 'eccx.local',
      remote_indices: [{
        clusters: ['remote-a'],
        names: ['logs-*'],
        privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
        allow_restricted_indices: false,
        query: '{"term":{"team":"a"}}',
        field_security: '{"except":["secret"],"grant":["*"]}',
      }],
      remote_cluster: [{ clusters: ['remote-a'], privileges: ['monitor_enrich', 'monitor_stats'] }],
    });
    expect(json.resource.elasticstack_elasticsearch_security_role).toBeUndefined();
  });

  test('replication with follower indices', () => {
    const { json } = synthEccx({}, (c) => c.grantReplication('Repl', { roleName: 'ccr', names: ['archive-*'], followerIndices: ['follow-*'] }));
    expect(only(json, 'eccx_security_role')).toMatchObject({
      cluster: ['manage_ccr'],
      indices: [{ names: ['follow-*'], privileges: ['monitor', 'read', 'write', 'manage_follow_index'], allow_restricted_indices: false }],
    });
  });

  test('an unknown remote_cluster privilege fails synth with the path, the prop and the fix', () => {
    const { errors } = synthEccx({}, (c) => c.grantSearch('Search', { roleName: 'r', names: ['logs-*'], remoteClusterPrivileges: ['monitor_enrich', 'manage'] }));
    expect(errors).toEqual([
      '[test/Conn/Search] remote_cluster[0].privileges[1]: "manage" is not a remote_cluster privilege (Elasticsearch: "Invalid remote_cluster permissions found. Please remove the following: [manage] Only [monitor_enrich, monitor_stats] are allowed"). Fix: use one of monitor_enrich (Elasticsearch 8.15+), monitor_stats (Elasticsearch 8.17+); for index access use remote_indices',
    ]);
    expect(synthEccx({}, (c) => c.grantSearch('S', { roleName: 'r', names: ['l'], remoteClusterPrivileges: [] })).errors)
      .toEqual([expect.stringMatching(/remote_cluster\[0\]\.privileges: must be a non-empty list/)]);
  });

  test('remote_cluster on the elasticstack provider fails synth: that role has no remote_cluster block', () => {
    const { errors } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      const c = new RemoteClusterConnection(stack, 'Conn', { alias: 'a', key, seeds: ['h:9443'] });
      c.grantSearch('Search', { roleName: 'r', names: ['logs-*'], remoteClusterPrivileges: ['monitor_enrich'] });
    });
    expect(errors).toEqual([expect.stringMatching(
      /^\[test\/Conn\/Search\] remote_cluster: is given, but the elasticstack provider's elasticstack_elasticsearch_security_role has no remote_cluster block\. Fix: .*KeyProviderType\.ECCX/,
    )]);
  });
});

describe('reloadSecureSettings: false', () => {
  test('no reload resource: the settings follow the delivery directly, the check still runs', () => {
    const { json, errors, conn } = synthEccx({ credentialDelivery: DELIVER, reloadSecureSettings: false });
    expect(errors).toEqual([]);
    expect(json.resource.eccx_secure_settings_reload).toBeUndefined();
    expect(conn.reloadResource).toBeUndefined();
    expect(only(json, 'eccx_remote_cluster_settings').depends_on).toEqual([address(json, 'terraform_data')]);
    expect(only(json, 'eccx_remote_cluster_check').depends_on).toEqual([address(json, 'eccx_remote_cluster_settings')]);
  });
});
