import { readFileSync } from 'fs';
import { join } from 'path';
import { TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { CrossClusterApiKey, RemoteClusterConnection, RemoteClusterConnectionProps, RemoteClusterMode } from '../src';
import { clusterSettings, KEY, synthConnection, warnings } from './support/remote-cluster';
import { synthStack, variable } from './support/synth';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';
import { parseRemoteAddress } from '../src/rules/remote-cluster';

// RemoteClusterConnection (cluster settings cluster.remote.<alias>.*). Each rule: a good literal, a
// bad literal with its message (construct path, prop, value, fix), and a deploy-time value (token)
// skipped.

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
    expect(clusterSettings(json).map((s) => s.name)).toEqual(['cluster.remote.${var.alias}.mode', 'cluster.remote.${var.alias}.seeds', 'cluster.remote.${var.alias}.skip_unavailable']);
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
      { name: 'cluster.remote.remote-a.skip_unavailable', value: 'true' },
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
      { name: 'cluster.remote.a.skip_unavailable', value: 'true' },
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
