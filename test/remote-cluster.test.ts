import { join } from 'path';
import { TerraformOutput, TerraformStack, Testing } from 'cdktf';
import * as ts from 'typescript';
import { defineRemoteClusterExample } from '../examples/remote-cluster/main';
import { CrossClusterApiKey, RemoteClusterConnection, RemoteClusterConnectionProps } from '../src';
import { clusterSettings, KEY, roles, synthConnection, warnings } from './support/remote-cluster';
import { StackJson, synthStack, variable } from './support/synth';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

// The local-cluster side as a whole: a key on the remote cluster, the connection and roles on the
// local one, and the credential that goes to the keystore. The connection's and the role's own
// rules are in remote-cluster-connection.test.ts and remote-indices-role.test.ts.

const ROOT = join(__dirname, '..');

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
    expect(clusterSettings(json).map((s) => s.name)).toEqual(['cluster.remote.remote-a.mode', 'cluster.remote.remote-a.seeds', 'cluster.remote.remote-a.skip_unavailable']);
  });

  test('credentialSettingName names the keystore setting; credential is the key\'s encoded attribute (sensitive by the provider schema; other stacks: test/cross-stack-secrets)', () => {
    const { json, conn } = synthConnection({}, (c, stack) => {
      new TerraformOutput(stack, 'setting', { value: c.credentialSettingName });
      new TerraformOutput(stack, 'credential', { value: c.credential, sensitive: true });
    });
    expect(conn.credentialSettingName).toBe('cluster.remote.remote-a.credentials');
    expect(json.output.setting.value).toBe('cluster.remote.remote-a.credentials');
    expect(json.output.credential.value).toMatch(/^\$\{elasticstack_elasticsearch_security_api_key\.Key_[0-9A-F]+\.encoded\}$/);
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
