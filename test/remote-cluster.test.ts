import { readFileSync } from 'fs';
import { join } from 'path';
import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import * as ts from 'typescript';
import { defineRemoteClusterExample } from '../examples/remote-cluster/main';
import {
  CrossClusterApiKey,
  CrossClusterApiKeyProps,
  RemoteClusterConnection,
  RemoteClusterConnectionProps,
  RemoteClusterMode,
  RemoteIndexPrivileges,
  RemoteIndicesRole,
} from '../src';
import { StackJson, synthStack } from './support/synth';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';
import { parseRemoteAddress } from '../src/rules/remote-cluster';
import { wildcardCovers } from '../src/rules/remote-indices';

// The local-cluster side: RemoteClusterConnection (cluster settings cluster.remote.<alias>.*) and
// RemoteIndicesRole (a local role with remote_indices). Each rule: a good literal, a bad literal
// with its message (construct path, prop, value, fix), and a deploy-time value (token) skipped.

const ROOT = join(__dirname, '..');

const KEY: CrossClusterApiKeyProps = { name: 'ccx', search: [{ names: ['logs-*'] }], replication: [{ names: ['archive-*'] }] };

function variable(stack: TerraformStack, id: string, type = 'string') {
  return new TerraformVariable(stack, id, { type });
}

/** Synthesizes a key and a connection `test/Conn` with `props` on the default provider. */
function synthConnection(
  props: Partial<RemoteClusterConnectionProps>,
  extra?: (conn: RemoteClusterConnection, stack: TerraformStack) => void,
) {
  let conn!: RemoteClusterConnection;
  const result = synthStack((stack) => {
    const key = new CrossClusterApiKey(stack, 'Key', KEY);
    conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['remote.example.com:9443'], ...props });
    extra?.(conn, stack);
  });
  return { ...result, conn };
}

function warnings(c: IConstruct): string[] {
  return c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

function clusterSettings(json: StackJson): Array<{ name: string; value?: string; value_list?: string[] }> {
  const blocks = Object.values(json.resource?.elasticstack_elasticsearch_cluster_settings ?? {}) as any[];
  expect(blocks).toHaveLength(1);
  return blocks[0].persistent.setting;
}

function roles(json: StackJson): Record<string, any> {
  return json.resource?.elasticstack_elasticsearch_security_role ?? {};
}

function onlyRole(json: StackJson): Record<string, any> {
  const blocks = Object.values(roles(json));
  expect(blocks).toHaveLength(1);
  return blocks[0] as Record<string, any>;
}

/** A stack with two aliased providers: the key on the remote cluster, the rest on the local one. */
function twoClusterStack(stack: TerraformStack) {
  const remote = new ElasticstackProvider(stack, 'remote', {
    alias: 'remote',
    elasticsearch: [{ endpoints: ['https://remote.example.com:9200'], username: 'elastic', password: variable(stack, 'remote_password').stringValue }],
  });
  const local = new ElasticstackProvider(stack, 'local', {
    alias: 'local',
    elasticsearch: [{ endpoints: ['https://local.example.com:9200'], username: 'elastic', password: variable(stack, 'local_password').stringValue }],
  });
  const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, provider: remote, search: [{ names: ['logs-*', 'metrics-*'] }] });
  const conn = new RemoteClusterConnection(stack, 'RemoteA', {
    alias: 'remote-a',
    key,
    provider: local,
    seeds: ['es1.remote.example.com:9443', '[2001:db8::1]:9443'],
    nodeConnections: 5,
    skipUnavailable: false,
  });
  conn.grantSearch('Logs', { roleName: 'remote-a-logs', names: ['logs-*'] });
  conn.grantReplication('Archive', { roleName: 'remote-a-archive', names: ['archive-*'], followerIndices: ['archive-copy-*'] });
  conn.grantRemoteIndices('TeamA', {
    roleName: 'remote-a-team-a',
    names: ['metrics-team-a-*'],
    query: { term: { team: 'a' } },
    fieldSecurity: { grant: ['@timestamp', 'message'] },
  });
  return { key, conn };
}

describe('two clusters: key on the remote provider, connection and roles on the local provider', () => {
  let json: StackJson;
  let errors: string[];
  let conn: RemoteClusterConnection;
  beforeAll(() => {
    ({ json, errors } = synthStack((stack) => {
      conn = twoClusterStack(stack).conn;
    }, { provider: false }));
  });

  test('synthesizes without errors or warnings, and matches the snapshot', () => {
    expect(errors).toEqual([]);
    expect(conn.node.findAll().flatMap(warnings)).toEqual([]);
    expect(json).toMatchSnapshot();
  });

  test('the key uses the remote provider; settings and roles use the local provider', () => {
    const [key] = Object.values(json.resource.elasticstack_elasticsearch_security_api_key) as any[];
    expect(key.provider).toBe('elasticstack.remote');
    const [settings] = Object.values(json.resource.elasticstack_elasticsearch_cluster_settings) as any[];
    expect(settings.provider).toBe('elasticstack.local');
    for (const role of Object.values(roles(json)) as any[]) expect(role.provider).toBe('elasticstack.local');
  });

  test('sniff mode settings: mode, seeds as value_list, node_connections and skip_unavailable as strings', () => {
    expect(clusterSettings(json)).toEqual([
      { name: 'cluster.remote.remote-a.mode', value: 'sniff' },
      { name: 'cluster.remote.remote-a.seeds', value_list: ['es1.remote.example.com:9443', '[2001:db8::1]:9443'] },
      { name: 'cluster.remote.remote-a.node_connections', value: '5' },
      { name: 'cluster.remote.remote-a.skip_unavailable', value: 'false' },
    ]);
  });

  test('roles: CCS privileges, CCR privileges with manage_ccr and follower indices, DLS/FLS as query string and field_security block', () => {
    const byName = Object.fromEntries((Object.values(roles(json)) as any[]).map((r) => [r.name, r]));
    expect(byName['remote-a-logs']).toEqual({
      name: 'remote-a-logs',
      provider: 'elasticstack.local',
      remote_indices: [{ clusters: ['remote-a'], names: ['logs-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'], allow_restricted_indices: false }],
    });
    expect(byName['remote-a-archive']).toMatchObject({
      cluster: ['manage_ccr'],
      indices: [{ names: ['archive-copy-*'], privileges: ['monitor', 'read', 'write', 'manage_follow_index'], allow_restricted_indices: false }],
      remote_indices: [{ clusters: ['remote-a'], names: ['archive-*'], privileges: ['cross_cluster_replication'], allow_restricted_indices: false }],
    });
    expect(byName['remote-a-team-a'].remote_indices).toEqual([
      {
        clusters: ['remote-a'],
        names: ['metrics-team-a-*'],
        privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
        allow_restricted_indices: false,
        query: '{"term":{"team":"a"}}',
        field_security: { grant: ['@timestamp', 'message'] },
      },
    ]);
  });
});

describe('B14: the credential goes to the keystore, never into cluster settings', () => {
  test('no setting named *.credentials and no reference to the key in the cluster settings resource', () => {
    const { json, errors } = synthConnection({});
    expect(errors).toEqual([]);
    const settings = JSON.stringify(json.resource.elasticstack_elasticsearch_cluster_settings);
    expect(settings).not.toContain('credentials');
    expect(settings).not.toContain('elasticstack_elasticsearch_security_api_key');
    expect(clusterSettings(json).map((s) => s.name)).toEqual(['cluster.remote.remote-a.mode', 'cluster.remote.remote-a.seeds']);
  });

  test('credentialSettingName names the keystore setting; credential is the key\'s encoded token', () => {
    const { json, conn } = synthConnection({}, (c, stack) => {
      new TerraformOutput(stack, 'setting', { value: c.credentialSettingName });
      new TerraformOutput(stack, 'credential', { value: c.credential, sensitive: true });
    });
    expect(conn.credentialSettingName).toBe('cluster.remote.remote-a.credentials');
    expect(json.output.setting.value).toBe('cluster.remote.remote-a.credentials');
    expect(json.output.credential.value).toMatch(/^\$\{elasticstack_elasticsearch_security_api_key\.Key_[0-9A-F]+\.encoded\}$/);
    expect(conn.key.encoded).toBe(conn.credential);
  });

  test('type level: key accepts only a CrossClusterApiKey', () => {
    const stack = new TerraformStack(Testing.app(), 'types');
    const props: RemoteClusterConnectionProps = {
      alias: 'remote-a',
      // @ts-expect-error a string (e.g. someRestKey.encoded) is not a CrossClusterApiKey
      key: 'Zm9vOmJhcg==',
      seeds: ['remote.example.com:9443'],
    };
    // The same mistake from JavaScript, where no type stops it, fails at construction.
    expect(() => new RemoteClusterConnection(stack, 'Conn', props)).toThrow(
      /\[types\/Conn\] key: must be a CrossClusterApiKey, got a string; .*authentication expected API key type of \[cross_cluster\].*Fix: create the key with new CrossClusterApiKey/,
    );
  });

  test('type level, checked by the compiler: a string or a look-alike object is rejected, a key is accepted', () => {
    const errs = typeErrors(`
      import { TerraformStack, App } from 'cdktf';
      import { CrossClusterApiKey, RemoteClusterConnection } from '../src';
      const stack = new TerraformStack(new App(), 's');
      const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }] });
      new RemoteClusterConnection(stack, 'Ok', { alias: 'a', key, seeds: ['h:9443'] });
      new RemoteClusterConnection(stack, 'Str', { alias: 'a', key: 'Zm9vOmJhcg==', seeds: ['h:9443'] });
      new RemoteClusterConnection(stack, 'Obj', { alias: 'a', key: { encoded: 'x', keyId: 'y' }, seeds: ['h:9443'] });
    `);
    expect(errs).toHaveLength(2);
    expect(errs[0]).toMatch(/line 6: Type 'string' is not assignable to type 'CrossClusterApiKey'/);
    expect(errs[1]).toMatch(/line 7: Type '\{ encoded: string; keyId: string; \}' is missing the following properties from type 'CrossClusterApiKey'/);
  });
});

describe('alias', () => {
  test.each([['remote-a'], ['r1'], ['cluster_two'], ['0']])('accepts %j', (alias) => {
    expect(synthConnection({ alias }).errors).toEqual([]);
  });

  test.each([
    ['R1', 'alias: "R1" may only contain lowercase letters, digits, "-" and "_"', 'Fix: use "r1"'],
    ['remote.a', 'alias: "remote.a" may only contain lowercase letters, digits, "-" and "_"', 'Fix: use "remote-a"'],
    ['remote a', 'alias: "remote a" may only contain', 'Fix: use "remote-a"'],
    ['', 'alias: must not be empty (Elasticsearch: "remote index cluster alias cannot be an empty string")', 'Fix: name the remote cluster'],
  ])('rejects %j', (alias, message, fix) => {
    const text = synthConnection({ alias }).errors.join('\n');
    expect(text).toContain(`[test/Conn] ${message}`);
    expect(text).toContain(fix);
  });

  test('skips a token, and uses it in every setting name and in the keystore setting name', () => {
    const { errors, json } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      const c = new RemoteClusterConnection(stack, 'Conn', { alias: variable(stack, 'alias').stringValue, key, seeds: ['h:9443'] });
      new TerraformOutput(stack, 'setting', { value: c.credentialSettingName });
    });
    expect(errors).toEqual([]);
    expect(clusterSettings(json).map((s) => s.name)).toEqual(['cluster.remote.${var.alias}.mode', 'cluster.remote.${var.alias}.seeds']);
    expect(json.output.setting.value).toBe('cluster.remote.${var.alias}.credentials');
  });
});

describe('mode: exactly one of seeds / proxyAddress, matching the mode', () => {
  test('sniff with seeds, proxy with proxyAddress (mode derived or explicit)', () => {
    expect(synthConnection({}).conn.mode).toBe(RemoteClusterMode.SNIFF);
    const derived = synthConnection({ seeds: undefined, proxyAddress: 'proxy.example.com:9443', serverName: 'remote.example.com', proxySocketConnections: 6 });
    expect(derived.errors).toEqual([]);
    expect(derived.conn.mode).toBe(RemoteClusterMode.PROXY);
    expect(clusterSettings(derived.json)).toEqual([
      { name: 'cluster.remote.remote-a.mode', value: 'proxy' },
      { name: 'cluster.remote.remote-a.proxy_address', value: 'proxy.example.com:9443' },
      { name: 'cluster.remote.remote-a.server_name', value: 'remote.example.com' },
      { name: 'cluster.remote.remote-a.proxy_socket_connections', value: '6' },
    ]);
    expect(synthConnection({ mode: RemoteClusterMode.PROXY, seeds: undefined, proxyAddress: 'p.example.com:9443' }).errors).toEqual([]);
    expect(synthConnection({ mode: RemoteClusterMode.SNIFF, nodeConnections: 1 }).errors).toEqual([]);
  });

  test.each<[string, Partial<RemoteClusterConnectionProps>, string, string]>([
    ['neither address', { seeds: undefined }, 'seeds: neither seeds (sniff mode) nor proxy_address (proxy mode) is given', 'Fix: give seeds, e.g. ["remote.example.com:9443"]'],
    ['proxy mode without address', { seeds: undefined, mode: RemoteClusterMode.PROXY }, 'seeds: neither seeds', 'Fix: give proxyAddress'],
    ['both addresses', { proxyAddress: 'p.example.com:9443' }, 'seeds: seeds (sniff mode) and proxy_address (proxy mode) are both given', 'Fix: keep proxyAddress with mode PROXY'],
    [
      'sniff mode with proxyAddress',
      { mode: RemoteClusterMode.SNIFF, seeds: undefined, proxyAddress: 'p.example.com:9443' },
      'proxy_address: is a proxy mode setting, but the connection uses sniff mode (Elasticsearch: "Setting \\"cluster.remote.<alias>.proxy_address\\" cannot be used with the configured \\"cluster.remote.<alias>.mode\\" [required=PROXY, configured=SNIFF]")',
      'Fix: use mode PROXY (or leave mode out), or replace proxyAddress with seeds',
    ],
    ['proxy mode with seeds', { mode: RemoteClusterMode.PROXY }, 'seeds: is a sniff mode setting, but the connection uses proxy mode', '[required=SNIFF, configured=PROXY]'],
    ['serverName in sniff mode', { serverName: 'remote.example.com' }, 'server_name: is a proxy mode setting, but the connection uses sniff mode', 'Fix: remove serverName'],
    ['proxySocketConnections in sniff mode', { proxySocketConnections: 4 }, 'proxy_socket_connections: is a proxy mode setting', 'Fix: remove proxySocketConnections'],
    [
      'nodeConnections in proxy mode',
      { seeds: undefined, proxyAddress: 'p.example.com:9443', nodeConnections: 3 },
      'node_connections: is a sniff mode setting, but the connection uses proxy mode',
      'Fix: remove nodeConnections',
    ],
    ['empty seeds', { seeds: [] }, 'seeds: is empty, so sniff mode has no node to start from', 'Fix: list at least one remote node'],
    ['nodeConnections 0', { nodeConnections: 0 }, 'node_connections: must be an integer of at least 1, got 0', "Elasticsearch's default of 3"],
    ['proxySocketConnections 2.5', { seeds: undefined, proxyAddress: 'p:9443', proxySocketConnections: 2.5 }, 'proxy_socket_connections: must be an integer of at least 1, got 2.5', 'default of 18'],
    ['serverName with a port', { seeds: undefined, proxyAddress: 'p:9443', serverName: 'remote.example.com:443' }, 'server_name: "remote.example.com:443" is not a valid SNI host name', 'Fix: give the host name'],
  ])('rejects %s', (_, props, message, fix) => {
    const text = synthConnection(props).errors.join('\n');
    expect(text).toContain(`[test/Conn] ${message}`);
    expect(text).toContain(fix);
  });

  test('skips tokens: a seeds list token counts as seeds, a proxy address token is not inspected', () => {
    const list = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      new RemoteClusterConnection(stack, 'Conn', {
        alias: 'a',
        key,
        seeds: variable(stack, 'seeds', 'list(string)').listValue,
        nodeConnections: variable(stack, 'nodes', 'number').numberValue,
        skipUnavailable: variable(stack, 'skip', 'bool').booleanValue as unknown as boolean,
      });
    });
    expect(list.errors).toEqual([]);
    expect(clusterSettings(list.json)).toEqual([
      { name: 'cluster.remote.a.mode', value: 'sniff' },
      { name: 'cluster.remote.a.seeds', value_list: '${var.seeds}' },
      { name: 'cluster.remote.a.node_connections', value: '${var.nodes}' },
      { name: 'cluster.remote.a.skip_unavailable', value: '${var.skip}' },
    ]);
    const proxy = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      new RemoteClusterConnection(stack, 'Conn', {
        alias: 'a',
        key,
        proxyAddress: variable(stack, 'proxy').stringValue,
        serverName: variable(stack, 'sni').stringValue,
        proxySocketConnections: variable(stack, 'n', 'number').numberValue,
      });
    });
    expect(proxy.errors).toEqual([]);
    expect(clusterSettings(proxy.json)).toEqual([
      { name: 'cluster.remote.a.mode', value: 'proxy' },
      { name: 'cluster.remote.a.proxy_address', value: '${var.proxy}' },
      { name: 'cluster.remote.a.server_name', value: '${var.sni}' },
      { name: 'cluster.remote.a.proxy_socket_connections', value: '${var.n}' },
    ]);
  });
});

describe('host:port addresses', () => {
  test.each([['remote.example.com:9443'], ['10.0.0.7:9443'], ['[2001:db8::1]:9443'], ['es_1:1']])('accepts %j', (seed) => {
    expect(synthConnection({ seeds: [seed] }).errors).toEqual([]);
  });

  test.each([
    ['remote.example.com', 'seeds[0]: "remote.example.com" has no port', 'Fix: add the remote cluster server port, e.g. "remote.example.com:9443"'],
    ['2001:db8::1:9443', 'seeds[0]: "2001:db8::1:9443" looks like an IPv6 address without brackets', 'Fix: put IPv6 hosts in brackets'],
    ['https://remote.example.com:9443', 'seeds[0]: "https://remote.example.com:9443" is a URL', 'Fix: drop the scheme: "remote.example.com:9443"'],
    ['remote.example.com:70000', 'seeds[0]: "remote.example.com:70000" has port 70000, outside 1 to 65535', 'Fix: write it as host:port'],
    [' remote.example.com:9443', 'seeds[0]: " remote.example.com:9443" is not a host:port address', 'Fix: write it as host:port'],
  ])('rejects %j', (seed, message, fix) => {
    const text = synthConnection({ seeds: [seed] }).errors.join('\n');
    expect(text).toContain(`[test/Conn] ${message}`);
    expect(text).toContain(fix);
  });

  test('checks proxy_address the same way', () => {
    const text = synthConnection({ seeds: undefined, proxyAddress: 'proxy.example.com' }).errors.join('\n');
    expect(text).toContain('[test/Conn] proxy_address: "proxy.example.com" has no port');
  });

  test('skips a token inside a literal list', () => {
    const { errors, json } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      new RemoteClusterConnection(stack, 'Conn', { alias: 'a', key, seeds: ['h1:9443', variable(stack, 'seed').stringValue] });
    });
    expect(errors).toEqual([]);
    expect(clusterSettings(json)[1].value_list).toEqual(['h1:9443', '${var.seed}']);
  });

  test('parseRemoteAddress', () => {
    expect(parseRemoteAddress('[::1]:9443')).toEqual({ host: '::1', port: 9443 });
    expect(parseRemoteAddress('a.b:1')).toEqual({ host: 'a.b', port: 1 });
    expect(parseRemoteAddress('[a.b]:9443')).toBeUndefined();
    expect(parseRemoteAddress('a.b:0')).toBeUndefined();
    expect(parseRemoteAddress('-a:9443')).toBeUndefined();
  });
});

describe('port 9300 warning (B14)', () => {
  const MESSAGE = 'uses port 9300, the transport port of the certificate security model; with a cross-cluster API key the local cluster must connect to the remote cluster server, port 9443 by default';

  test('a seed on 9300 is a warning on the connection, not an error', () => {
    const { errors, conn } = synthConnection({ seeds: ['remote.example.com:9443', 'remote.example.com:9300'] });
    expect(errors).toEqual([]);
    expect(warnings(conn)).toEqual([expect.stringContaining(`seeds[1]: "remote.example.com:9300" ${MESSAGE}`)]);
    expect(warnings(conn)[0]).toContain('Fix: use "remote.example.com:9443"');
  });

  test('a proxy address on 9300 too, and the warning reaches the synthesized manifest', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
    const key = new CrossClusterApiKey(stack, 'Key', KEY);
    new RemoteClusterConnection(stack, 'Conn', { alias: 'a', key, proxyAddress: '[2001:db8::1]:9300' });
    const manifest = JSON.parse(readFileSync(join(Testing.fullSynth(stack), 'manifest.json'), 'utf8'));
    expect(manifest.stacks.test.annotations).toEqual([
      expect.objectContaining({ constructPath: 'test/Conn', level: '@cdktf/warn', message: expect.stringContaining(`proxy_address: "[2001:db8::1]:9300" ${MESSAGE}`) }),
    ]);
  });

  test('no warning for 9443 or a token', () => {
    expect(warnings(synthConnection({}).conn)).toEqual([]);
    let conn!: RemoteClusterConnection;
    synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'a', key, seeds: [variable(stack, 'seed').stringValue] });
    });
    expect(warnings(conn)).toEqual([]);
  });
});

describe('remote_indices roles', () => {
  type Grant = (conn: RemoteClusterConnection, stack: TerraformStack) => RemoteIndicesRole;

  function synthRole(grant: Grant, keyProps: Partial<CrossClusterApiKeyProps> = {}) {
    return synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, ...keyProps });
      const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['h:9443'] });
      grant(conn, stack);
    });
  }

  test('grantRemoteIndices defaults to the search privileges; custom privileges and cluster privileges are written as given', () => {
    const def = synthRole((c) => c.grantRemoteIndices('R', { roleName: 'r', names: ['logs-*'] }));
    expect(def.errors).toEqual([]);
    expect(onlyRole(def.json).remote_indices[0].privileges).toEqual(RemoteIndexPrivileges.SEARCH);
    expect(onlyRole(def.json).cluster).toBeUndefined();
    const custom = synthRole((c) =>
      c.grantRemoteIndices('R', { roleName: 'r', names: ['logs-*'], privileges: ['read'], clusterPrivileges: ['monitor'], allowRestrictedIndices: true }),
    );
    expect(custom.errors).toEqual([]);
    expect(onlyRole(custom.json)).toMatchObject({ cluster: ['monitor'], remote_indices: [{ privileges: ['read'], allow_restricted_indices: true }] });
  });

  test('a role can be created on its own with an explicit provider', () => {
    const { errors, json } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['h:9443'] });
      const other = new ElasticstackProvider(stack, 'other', { alias: 'other', elasticsearch: [{}] });
      new RemoteIndicesRole(stack, 'Role', { connection: conn, roleName: 'r', names: ['logs-*'], provider: other });
    });
    expect(errors).toEqual([]);
    expect(onlyRole(json).provider).toBe('elasticstack.other');
  });

  test('the connection must be a RemoteClusterConnection', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    expect(() => new RemoteIndicesRole(stack, 'Role', { connection: {} as any, roleName: 'r', names: ['a'] })).toThrow(
      /\[s\/Role\] connection: must be a RemoteClusterConnection\. Fix: /,
    );
  });

  test.each<[string, (c: RemoteClusterConnection) => RemoteIndicesRole, string, string]>([
    ['an empty role name', (c) => c.grantSearch('R', { roleName: '', names: ['logs-*'] }), 'name: is empty (Elasticsearch: "Role names must be at least 1 and no more than 507 characters.', 'Fix: use a short ASCII name'],
    ['a role name with a trailing space', (c) => c.grantSearch('R', { roleName: 'reader ', names: ['logs-*'] }), 'name: "reader " begins or ends with a space', 'Leading or trailing whitespace is not allowed.'],
    ['a non-ASCII role name', (c) => c.grantSearch('R', { roleName: 'lecteur-é', names: ['logs-*'] }), 'name: "lecteur-é" contains characters outside printable ASCII', 'Fix: '],
    ['a 508 character role name', (c) => c.grantSearch('R', { roleName: 'r'.repeat(508), names: ['logs-*'] }), 'name: is 508 characters long', 'Fix: '],
    ['empty names', (c) => c.grantSearch('R', { roleName: 'r', names: [] }), 'remote_indices[0].names: is empty, so the role grants nothing on the remote cluster', 'Fix: list at least one remote index name'],
    ['an empty name', (c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*', ''] }), 'remote_indices[0].names[1]: is an empty string', 'Fix: remove it'],
    ['a name with the alias prefix', (c) => c.grantSearch('R', { roleName: 'r', names: ['remote-a:logs-*'] }), 'remote_indices[0].names[0]: "remote-a:logs-*" carries a cluster prefix', 'Fix: use "logs-*"'],
    ['empty privileges', (c) => c.grantRemoteIndices('R', { roleName: 'r', names: ['logs-*'], privileges: [] }), 'remote_indices[0].privileges: must be a non-empty list of index privileges, got []', 'Fix: use RemoteIndexPrivileges.SEARCH'],
    ['a query that is not JSON', (c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*'], query: '{term' }), 'remote_indices[0].query: is a string that is not valid JSON', 'Fix: pass the query as an object'],
    ['except without grant', (c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*'], fieldSecurity: { except: ['secret'] } }), 'remote_indices[0].field_security.except: is given without grant', 'Fix: add grant'],
    ['empty follower indices', (c) => c.grantReplication('R', { roleName: 'r', names: ['archive-*'], followerIndices: [] }), 'indices[0].names: is empty, so the role grants nothing on the local cluster', 'Fix: list at least one local index name'],
  ])('rejects %s', (_, grant, message, fix) => {
    const text = synthRole(grant).errors.join('\n');
    expect(text).toContain(`[test/Conn/R] ${message}`);
    expect(text).toContain(fix);
  });

  test('skips tokens in role name, names, privileges and query', () => {
    const { errors, json } = synthRole((c, stack) =>
      c.grantRemoteIndices('R', {
        roleName: variable(stack, 'role').stringValue,
        names: variable(stack, 'names', 'list(string)').listValue,
        privileges: variable(stack, 'privileges', 'list(string)').listValue,
        query: variable(stack, 'query').stringValue,
      }),
    );
    expect(errors).toEqual([]);
    expect(onlyRole(json)).toMatchObject({
      name: '${var.role}',
      remote_indices: [{ names: '${var.names}', privileges: '${var.privileges}', query: '${var.query}' }],
    });
  });
});

describe('warning: the role grants remote indices the key does not cover (effective access is the intersection)', () => {
  type Grant = (conn: RemoteClusterConnection, stack: TerraformStack) => RemoteIndicesRole;

  function roleWarnings(grant: Grant, keyProps: Partial<CrossClusterApiKeyProps> = {}) {
    let role!: RemoteIndicesRole;
    const { errors } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, ...keyProps });
      const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['h:9443'] });
      role = grant(conn, stack);
    });
    expect(errors).toEqual([]);
    return warnings(role);
  }

  test('covered names give no warning (exact, wildcard, narrower pattern)', () => {
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*', 'logs-app', 'logs-app-*'] }))).toEqual([]);
    expect(roleWarnings((c) => c.grantReplication('R', { roleName: 'r', names: ['archive-2024'] }))).toEqual([]);
  });

  test('a search name outside the key\'s search names', () => {
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*', 'metrics-*'] }))).toEqual([
      'remote_indices[0].names[1]: "metrics-*" is not covered by the cross-cluster API key behind alias "remote-a": the key\'s search names are ["logs-*"]. Effective access is the intersection of the local role and the key\'s access, so this grant gives no search access to "metrics-*". Fix: add "metrics-*" (or a pattern covering it) to the key\'s search names, or narrow the role',
    ]);
  });

  test('a broader pattern than the key\'s is not covered', () => {
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['log*'] }))).toEqual([expect.stringContaining('"log*" is not covered')]);
  });

  test('replication privileges are compared with the key\'s replication names, search privileges with its search names', () => {
    expect(roleWarnings((c) => c.grantReplication('R', { roleName: 'r', names: ['logs-*'] }))).toEqual([
      expect.stringContaining('"logs-*" is not covered by the cross-cluster API key behind alias "remote-a": the key\'s replication names are ["archive-*"]'),
    ]);
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['archive-*'] }), { replication: [{ names: ['archive-*'] }] })).toEqual([
      expect.stringContaining('"archive-*" is not covered by the cross-cluster API key behind alias "remote-a": the key\'s search names are ["logs-*"]'),
    ]);
    expect(roleWarnings((c) => c.grantReplication('R', { roleName: 'r', names: ['archive-*'] }), { replication: [] })).toEqual([
      expect.stringContaining('the key has no replication entry'),
    ]);
  });

  test('access added to the key after the role was declared counts (checked at synth)', () => {
    expect(
      roleWarnings((c) => {
        const role = c.grantSearch('R', { roleName: 'r', names: ['metrics-*'] });
        c.key.addSearch('Metrics', { names: ['metrics-*'] });
        return role;
      }),
    ).toEqual([]);
  });

  test('skips regex patterns and tokens in the role, and keys whose names are regexes or tokens', () => {
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['/metrics-.*/'] }))).toEqual([]);
    expect(roleWarnings((c, stack) => c.grantSearch('R', { roleName: 'r', names: [variable(stack, 'n').stringValue] }))).toEqual([]);
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['metrics-*'] }), { search: [{ names: ['/.*/'] }] })).toEqual([]);
  });

  test('the warning is added once even when the stack is synthesized twice', () => {
    let role!: RemoteIndicesRole;
    synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['h:9443'] });
      role = conn.grantSearch('R', { roleName: 'r', names: ['metrics-*'] });
    });
    expect(warnings(role)).toHaveLength(1);
  });

  test('wildcardCovers', () => {
    expect(wildcardCovers('logs*', 'logs-*')).toBe(true);
    expect(wildcardCovers('*', 'anything*')).toBe(true);
    expect(wildcardCovers('a*b', 'a-x-b')).toBe(true);
    expect(wildcardCovers('a*', 'a*b')).toBe(true);
    expect(wildcardCovers('logs-a*', 'logs-*')).toBe(false);
    expect(wildcardCovers('a*c', 'a*')).toBe(false);
    expect(wildcardCovers('logs', 'logs*')).toBe(false);
    expect(wildcardCovers('x*', '*x')).toBe(false);
  });
});

describe('examples/remote-cluster', () => {
  test('synthesizes without errors or warnings, with the key on the remote and the connection and roles on the local provider', () => {
    let built!: ReturnType<typeof defineRemoteClusterExample>;
    const { json, errors } = synthStack((stack) => {
      built = defineRemoteClusterExample(stack);
    }, { provider: false });
    expect(errors).toEqual([]);
    expect(built.connection.node.findAll().flatMap(warnings)).toEqual([]);
    expect(json).toMatchSnapshot();
    expect(json.output.keystore_setting.value).toBe('cluster.remote.remote-a.credentials');
    expect(json.output.encoded.sensitive).toBe(true);
    expect(clusterSettings(json).map((s) => s.name)).toEqual([
      'cluster.remote.remote-a.mode',
      'cluster.remote.remote-a.proxy_address',
      'cluster.remote.remote-a.server_name',
      'cluster.remote.remote-a.skip_unavailable',
    ]);
    expect(Object.values(roles(json)).map((r: any) => r.provider)).toEqual(['elasticstack.local', 'elasticstack.local']);
  });
});

/** Type-checks `source` as if it were a file in test/, returning `line N: message` per error. */
function typeErrors(source: string): string[] {
  const configPath = join(ROOT, 'test', 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, join(ROOT, 'test'));
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, noUnusedLocals: false };
  const file = join(ROOT, 'test', '__remote_cluster_type_check__.ts');
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (name === file ? ts.createSourceFile(name, source, lang) : getSourceFile(name, lang, ...rest));
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  const sf = program.getSourceFile(file)!;
  return ts
    .getPreEmitDiagnostics(program, sf)
    .filter((d) => d.file === sf)
    .map((d) => `line ${sf.getLineAndCharacterOfPosition(d.start ?? 0).line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

describe('one connection per alias and local cluster', () => {
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
      const l1 = new ElasticstackProvider(stack, 'l1', { alias: 'l1', elasticsearch: [{}] });
      const l2 = new ElasticstackProvider(stack, 'l2', { alias: 'l2', elasticsearch: [{}] });
      new RemoteClusterConnection(stack, 'C1', { alias: 'r1', key, proxyAddress: 'a.example:9443', provider: l1 });
      new RemoteClusterConnection(stack, 'C2', { alias: 'r1', key, proxyAddress: 'a.example:9443', provider: l2 });
    });
    expect(errors).toEqual([]);
  });
});
