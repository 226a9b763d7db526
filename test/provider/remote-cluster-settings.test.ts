import { Unknown } from '../../src/provider';
import { remoteClusterSettings } from '../../src/provider/resources/remote-cluster-settings';
import { ElasticsearchDouble } from '../support/es-double';
import { ResourceDriver, errors, pathOf, text } from './support/resource-driver';

// eccx_remote_cluster_settings through the framework's handlers against the Elasticsearch double,
// which applies Elasticsearch's remote-alias rules (mode-specific settings, "Cannot configure
// setting [...] if remote cluster is not enabled").

let double: ElasticsearchDouble;
let d: ResourceDriver;

beforeAll(async () => {
  double = await ElasticsearchDouble.start({ version: '8.19.3' });
  d = await ResourceDriver.connect(remoteClusterSettings, double.url);
});
afterEach(() => double.reset());
afterAll(async () => double.close());

const settingsPuts = (): Array<Record<string, unknown>> => double.state.requests
  .filter((r) => r.method === 'PUT' && r.path === '/_cluster/settings')
  .map((r) => (r.body as { persistent: Record<string, unknown> }).persistent);
const stored = (alias: string): Record<string, unknown> => Object.fromEntries([...double.state.persistentSettings]
  .filter(([k]) => k.startsWith(`cluster.remote.${alias}.`)).map(([k, v]) => [k.slice(`cluster.remote.${alias}.`.length), v]));

describe('validateConfig applies the shared remote-cluster rules', () => {
  test('seeds and proxy_address together, a bad alias and a bad count are errors at their attributes', async () => {
    const diags = await d.validate(d.config({ alias: 'Remote A', seeds: ['r:9443'], proxy_address: 'r:9443', node_connections: 0 }));
    const errs = diags.filter((x) => x.severity === 'ERROR');
    expect(errs.map(pathOf).sort()).toEqual(['alias', 'node_connections', 'seeds']);
    expect(text(errs)).toMatch(/seeds \(sniff mode\) and proxy_address \(proxy mode\) are both given/);
    expect(text(errs)).toMatch(/"remote-a"/);
  });

  test('a proxy setting in sniff mode is an error naming Elasticsearch\'s message', async () => {
    const diags = await d.validate(d.config({ alias: 'a', seeds: ['r:9443'], server_name: 'r.example.com' }));
    expect(diags.map(pathOf)).toEqual(['server_name']);
    expect(diags.map((x) => x.detail).join('\n')).toMatch(/required=PROXY, configured=SNIFF/);
  });

  test('port 9300 is a warning, not an error', async () => {
    const diags = await d.validate(d.config({ alias: 'a', mode: 'proxy', proxy_address: 'r:9300' }));
    expect(diags.map((x) => [x.severity, pathOf(x)])).toEqual([['WARNING', 'proxy_address']]);
    expect(diags[0].detail).toMatch(/port 9443/);
  });

  test('values known only at apply are not checked', async () => {
    expect(await d.validate(d.config({ alias: 'a', seeds: Unknown.plain }))).toEqual([]);
    expect(await d.validate(d.config({ alias: 'a', mode: Unknown.plain, seeds: ['r:9443'], server_name: 'x.example.com' }))).toEqual([]);
  });
});

describe('lifecycle against the double', () => {
  test('create writes every key in one request, reads back equal, and plans no change', async () => {
    const state = await d.ok(null, { alias: 'r1', seeds: ['127.0.0.1:9443'], node_connections: 2, skip_unavailable: true });
    expect(state).toMatchObject({ id: 'r1', mode: 'sniff', seeds: ['127.0.0.1:9443'], node_connections: 2, skip_unavailable: true });
    expect(settingsPuts()).toHaveLength(1);
    expect(stored('r1')).toEqual({ mode: 'sniff', seeds: ['127.0.0.1:9443'], node_connections: '2', skip_unavailable: 'true' });
    const read = await d.read(state);
    expect(errors(read.res)).toEqual([]);
    expect(read.state).toEqual(state);
    const again = await d.plan(state, d.config({ alias: 'r1', seeds: ['127.0.0.1:9443'], node_connections: 2, skip_unavailable: true }));
    expect(again.planned).toEqual(state);
  });

  test('a sniff -> proxy switch nulls the sniff settings in the same request', async () => {
    const sniff = await d.ok(null, { alias: 'r1', seeds: ['127.0.0.1:9443'], node_connections: 2 });
    const proxy = await d.ok(sniff, { alias: 'r1', proxy_address: 'remote.example.com:9443', server_name: 'remote.example.com' });
    expect(proxy.mode).toBe('proxy');
    const puts = settingsPuts();
    expect(puts).toHaveLength(2);
    expect(puts[1]).toMatchObject({
      'cluster.remote.r1.mode': 'proxy', 'cluster.remote.r1.proxy_address': 'remote.example.com:9443', 'cluster.remote.r1.seeds': null, 'cluster.remote.r1.node_connections': null,
    });
    expect(stored('r1')).toEqual({ mode: 'proxy', proxy_address: 'remote.example.com:9443', server_name: 'remote.example.com' });
    expect((await d.read(proxy)).state).toEqual(proxy);
  });

  test('drift made outside Terraform shows in the read and the plan repairs it', async () => {
    const state = await d.ok(null, { alias: 'r1', mode: 'proxy', proxy_address: '127.0.0.1:9443' });
    double.state.persistentSettings.set('cluster.remote.r1.skip_unavailable', 'false');
    double.state.persistentSettings.set('cluster.remote.r1.proxy_address', '127.0.0.1:9300');
    const drifted = (await d.read(state)).state!;
    expect(drifted).toMatchObject({ skip_unavailable: false, proxy_address: '127.0.0.1:9300' });
    const repaired = await d.converge(drifted, { alias: 'r1', mode: 'proxy', proxy_address: '127.0.0.1:9443' });
    expect(repaired.planned).toMatchObject({ skip_unavailable: null, proxy_address: '127.0.0.1:9443' });
    expect(repaired.errors).toEqual([]);
    expect(stored('r1')).toEqual({ mode: 'proxy', proxy_address: '127.0.0.1:9443' });
  });

  test('destroy nulls every key of the alias, managed or not, in one request; the alias is then gone', async () => {
    const state = await d.ok(null, { alias: 'r1', seeds: ['127.0.0.1:9443'], skip_unavailable: false });
    double.state.persistentSettings.set('cluster.remote.r1.transport.ping_schedule', '30s');
    double.state.persistentSettings.set('cluster.remote.other.seeds', ['127.0.0.1:9999']);
    expect(errors(await d.destroy(state))).toEqual([]);
    const puts = settingsPuts();
    expect(puts).toHaveLength(2);
    expect(Object.values(puts[1]).every((v) => v === null)).toBe(true);
    expect(Object.keys(puts[1])).toContain('cluster.remote.r1.transport.ping_schedule');
    expect(stored('r1')).toEqual({});
    expect(stored('other')).toEqual({ seeds: ['127.0.0.1:9999'] });
    expect((await d.read(state)).state).toBeNull();
  });

  test('Elasticsearch\'s refusal is an error diagnostic and nothing is stored', async () => {
    double.injectFault({ method: 'PUT', path: '/_cluster/settings', status: 403, times: 1 });
    const r = await d.converge(null, { alias: 'r1', seeds: ['127.0.0.1:9443'] });
    expect(r.errors).toHaveLength(1);
    expect(text(r.errors)).toMatch(/HTTP 403/);
    expect(stored('r1')).toEqual({});
  });
});

describe('signing settings (strong identity, Elasticsearch 9.3)', () => {
  let signed: ElasticsearchDouble;
  let s: ResourceDriver;
  beforeAll(async () => {
    signed = await ElasticsearchDouble.start({ version: '9.3.0' });
    s = await ResourceDriver.connect(remoteClusterSettings, signed.url);
  });
  afterEach(() => signed.reset());
  afterAll(async () => signed.close());

  const NAMES = ['certificate', 'key', 'keystore_path', 'keystore_alias', 'keystore_type', 'keystore_algorithm'];
  /** The nested `signing` value: the given attributes, null for the rest (as Terraform sends it). */
  const signing = (given: Record<string, string>): Record<string, string | null> => Object.fromEntries(NAMES.map((n) => [n, given[n] ?? null]));
  const signedPuts = (): Array<Record<string, unknown>> => signed.state.requests
    .filter((r) => r.method === 'PUT' && r.path === '/_cluster/settings')
    .map((r) => (r.body as { persistent: Record<string, unknown> }).persistent);
  const signedStored = (alias: string): Record<string, unknown> => Object.fromEntries([...signed.state.persistentSettings]
    .filter(([k]) => k.startsWith(`cluster.remote.${alias}.`)).map(([k, v]) => [k.slice(`cluster.remote.${alias}.`.length), v]));
  const PEM = { alias: 'r1', seeds: ['127.0.0.1:9443'], signing: signing({ certificate: 'signing.crt', key: 'signing.key' }) };

  test('a PEM pair is written with the connection settings in one request, reads back equal, and plans no change', async () => {
    const state = await s.ok(null, PEM);
    expect(state.signing).toEqual(PEM.signing);
    expect(signedPuts()).toHaveLength(1);
    expect(signedPuts()[0]).toMatchObject({
      'cluster.remote.r1.seeds': ['127.0.0.1:9443'],
      'cluster.remote.r1.signing.certificate': 'signing.crt',
      'cluster.remote.r1.signing.key': 'signing.key',
      'cluster.remote.r1.signing.keystore.path': null,
    });
    expect(signedStored('r1')).toEqual({ 'mode': 'sniff', 'seeds': ['127.0.0.1:9443'], 'signing.certificate': 'signing.crt', 'signing.key': 'signing.key' });
    expect((await s.read(state)).state).toEqual(state);
    expect((await s.plan(state, s.config(PEM))).planned).toEqual(state);
  });

  test('a keystore with alias, type and algorithm uses the dotted setting names', async () => {
    const keystore = signing({ keystore_path: 'sign.p12', keystore_alias: 'signer', keystore_type: 'PKCS12', keystore_algorithm: 'PKIX' });
    const state = await s.ok(null, { alias: 'r1', mode: 'proxy', proxy_address: '127.0.0.1:9443', signing: keystore });
    expect(signedStored('r1')).toEqual({
      'mode': 'proxy',
      'proxy_address': '127.0.0.1:9443',
      'signing.keystore.path': 'sign.p12',
      'signing.keystore.alias': 'signer',
      'signing.keystore.type': 'PKCS12',
      'signing.keystore.algorithm': 'PKIX',
    });
    expect((await s.read(state)).state).toEqual(state);
  });

  test('a signing setting changed outside Terraform shows as drift and the plan repairs it', async () => {
    const state = await s.ok(null, PEM);
    signed.state.persistentSettings.set('cluster.remote.r1.signing.certificate', 'other.crt');
    signed.state.persistentSettings.set('cluster.remote.r1.signing.keystore.type', 'jks');
    const drifted = (await s.read(state)).state!;
    expect(drifted.signing).toEqual(signing({ certificate: 'other.crt', key: 'signing.key', keystore_type: 'jks' }));
    const repaired = await s.converge(drifted, PEM);
    expect(repaired.errors).toEqual([]);
    expect(signedStored('r1')).toMatchObject({ 'signing.certificate': 'signing.crt', 'signing.key': 'signing.key' });
    expect(signedStored('r1')).not.toHaveProperty(['signing.keystore.type']);
  });

  test('signing removed from the configuration nulls every signing setting in the update', async () => {
    const state = await s.ok(null, PEM);
    const unsigned = await s.ok(state, { alias: 'r1', seeds: ['127.0.0.1:9443'] });
    expect(unsigned.signing).toBeNull();
    expect(signedPuts()[1]).toMatchObject({ 'cluster.remote.r1.signing.certificate': null, 'cluster.remote.r1.signing.key': null });
    expect(signedStored('r1')).toEqual({ mode: 'sniff', seeds: ['127.0.0.1:9443'] });
    expect((await s.read(unsigned)).state).toEqual(unsigned);
  });

  test('destroy nulls the signing settings with the rest of the alias', async () => {
    const state = await s.ok(null, PEM);
    expect(errors(await s.destroy(state))).toEqual([]);
    expect(signedPuts()[1]).toMatchObject({ 'cluster.remote.r1.signing.certificate': null, 'cluster.remote.r1.signing.key': null });
    expect(signedStored('r1')).toEqual({});
  });

  test('validateConfig applies the shared signing rules at the signing attributes; unknown values count as given', async () => {
    const halfPem = await s.validate(s.config({ alias: 'r1', seeds: ['h:9443'], signing: signing({ certificate: 'c.crt' }) }));
    expect(halfPem.map(pathOf)).toEqual(['signing.key']);
    expect(text(halfPem)).toMatch(/cluster\.remote\.r1\.signing\.key is needed with cluster\.remote\.r1\.signing\.certificate/);
    const both = await s.validate(s.config({ alias: 'r1', seeds: ['h:9443'], signing: signing({ certificate: 'c.crt', key: 'c.key', keystore_path: 'k.p12' }) }));
    expect(both.map(pathOf)).toEqual(['signing']);
    const refinement = await s.validate(s.config({ alias: 'r1', seeds: ['h:9443'], signing: signing({ keystore_type: 'jks' }) }));
    expect(refinement.map(pathOf)).toEqual(['signing.keystore_path']);
    const unknownKey = { ...signing({ certificate: 'c.crt' }), key: Unknown.plain };
    expect(await s.validate(s.config({ alias: 'r1', seeds: ['h:9443'], signing: unknownKey }))).toEqual([]);
  });

  test('a cluster before 9.3 refuses the signing settings, and the error says so', async () => {
    const r = await d.converge(null, { alias: 'r1', seeds: ['127.0.0.1:9443'], signing: signing({ certificate: 'c.crt', key: 'c.key' }) });
    expect(text(r.errors)).toMatch(/persistent setting \[cluster\.remote\.r1\.signing\.certificate\], not recognized/);
    expect(stored('r1')).toEqual({});
  });
});
