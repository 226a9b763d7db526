import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Unknown, Value, valuesEqual } from '../../src/provider';
import { KEY_PROP_PATHS } from '../../src/provider/resources/cross-cluster-api-key';
import { accessBody } from '../../src/provider/resources/cross-cluster-api-key/converters';
import { propPath } from '../../src/provider/resources/rule-problems';
import { ElasticsearchDouble } from '../support/es-double';
import { TestTarget, realClusterConfigured, testTarget } from '../support/target';
import { Driver, Obj, config, errors, fromDv, keyType, logged, pathOf, text, warnings } from './support/key-driver';

// The resource driven through the framework's tfplugin6 handlers (msgpack values, as Terraform
// sends them), against the Elasticsearch double in several versions, or a real cluster when the
// ELASTICSEARCH_* variables are set (double-only checks are then skipped with a printed reason).

/** Calls the target directly (changes behind Terraform's back). */
async function es(target: TestTarget, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${target.url}${path}`, {
    method,
    headers: {
      'authorization': `Basic ${Buffer.from(`${target.username}:${target.password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json().catch(() => undefined) };
}

function atLeast(version: string, major: number, minor: number): boolean {
  const [a, b] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

const onDouble = (t: TestTarget, what: string): boolean => {
  if (t.isDouble) return true;
  // eslint-disable-next-line no-console
  console.log(`skipped on a real cluster: ${what} (needs the double's state, users or faults)`);
  return false;
};

beforeEach(() => { logged.length = 0; });

describe('validateConfig runs the rules shared with the constructs', () => {
  let d: Driver;
  beforeAll(async () => { d = await Driver.connect('http://127.0.0.1:9', { username: 'u', password: 'p' }); });

  test('each problem is an error diagnostic at its attribute path', async () => {
    const diags = await d.validate(config({
      name: '_reserved',
      expiration: '1w',
      metadata: '{"_internal": true}',
      search: [{ names: [], query: 'not json' }, { names: ['ok'], field_security: '{"except":["a"]}' }],
    }));
    const byPath = new Map(diags.map((x) => [pathOf(x), x]));
    expect(diags.every((x) => x.severity === 'ERROR')).toBe(true);
    expect(byPath.get('name')?.detail).toContain('may not begin with an underscore');
    expect(byPath.get('expiration')?.detail).toContain('unit is missing or unrecognized');
    expect(byPath.get('metadata')?.detail).toContain('API key metadata keys may not start with [_]');
    expect(byPath.get('access.search[0].names')?.detail).toContain('[names] cannot be an empty array');
    expect(byPath.get('access.search[0].query')?.detail).toContain('not valid JSON');
    expect(byPath.get('access.search[1].field_security')?.detail).toContain('field_security requires grant if except is given');
  });

  test('DLS with replication, empty access and bad JSON text are reported; a valid configuration has none', async () => {
    const dls = await d.validate(config({ name: 'k', search: [{ names: ['a'], query: '{"match_all":{}}' }], replication: [{ names: ['b'] }] }));
    expect(dls.map(pathOf)).toEqual(['access']);
    expect(dls[0].detail).toContain('search does not support document or field level security if replication is assigned');
    const empty = await d.validate(config({ name: 'k' }));
    expect(empty.map(pathOf)).toEqual(['access']);
    expect(empty[0].detail).toContain('must specify non-empty access');
    const badJson = await d.validate(config({ name: 'k', metadata: '{', search: [{ names: ['a'], field_security: '[' }] }));
    expect(badJson.map(pathOf).sort()).toEqual(['access.search[0].field_security', 'metadata']);
    expect(await d.validate(config({
      name: 'fine',
      expiration: '30d',
      metadata: '{"team":"a"}',
      search: [{ names: ['logs-*'], query: '{"term":{"team":"a"}}', field_security: '{"grant":["*"],"except":["secret"]}' }],
    }))).toEqual([]);
  });

  test('values known only at apply are not checked', async () => {
    const u = Unknown.plain;
    const unknownString = u as unknown as string;
    expect(await d.validate(config({ name: unknownString, expiration: unknownString, search: [{ names: u, query: u }] }))).toEqual([]);
    expect(await d.validate(config({ name: 'k', search: [{ names: ['a', u] }] }))).toEqual([]);
  });

  test('a null element of access.search or access.replication is an error at its index; the entries after it keep theirs', async () => {
    const diags = await d.validate(config({ name: 'k', search: [null, { names: [''] }], replication: [{ names: ['b'] }, null] }));
    expect(diags.map(pathOf).sort()).toEqual(['access.replication[1]', 'access.search[0]', 'access.search[1].names[0]']);
    expect(diags.every((x) => x.severity === 'ERROR')).toBe(true);
    expect(text(diags)).toContain('access.search[0]: must be an object, not null');
    expect(text(diags)).toContain('access.replication[1]: must be an object, not null');
  });

  test('problem props map to attribute paths, stopping at JSON text attributes', () => {
    expect(propPath('access.search[2].field_security.except[0]', KEY_PROP_PATHS)).toEqual([{ attribute: 'access' }, { attribute: 'search' }, { index: 2 }, { attribute: 'field_security' }]);
    expect(propPath('access.search[2].field_security.except[0]')).toEqual([{ attribute: 'access' }, { attribute: 'search' }, { index: 2 }, { attribute: 'field_security' }, { attribute: 'except' }, { index: 0 }]);
    expect(propPath('access.replication[0].names[3]', KEY_PROP_PATHS)).toEqual([{ attribute: 'access' }, { attribute: 'replication' }, { index: 0 }, { attribute: 'names' }, { index: 3 }]);
  });
});

describe('the access request body', () => {
  test('a null element that reaches apply is left out of the access body, not a TypeError; later entries keep their index', () => {
    const search = (query: string | null): Value[] => [null, { names: ['a'], query, field_security: null, allow_restricted_indices: null }];
    expect(accessBody({ search: search(null), replication: [null, { names: ['b'], allow_restricted_indices: true }] }))
      .toEqual({ search: [{ names: ['a'], allow_restricted_indices: false }], replication: [{ names: ['b'], allow_restricted_indices: true }] });
    expect(() => accessBody({ search: search('{not json'), replication: null })).toThrow(/access\.search\[1\]\.query/);
  });
});

const VERSIONS: Array<[string, string | undefined]> = realClusterConfigured()
  ? [['real cluster', undefined]]
  : [['double 8.13.4', '8.13.4'], ['double 8.19.3', '8.19.3'], ['double 9.3.0', '9.3.0']];

describe.each(VERSIONS)('against %s', (_label, doubleVersion) => {
  let target: TestTarget;
  let d: Driver;
  let version: string;
  let seq = 0;
  const name = (): string => `eccx-unit-${process.pid}-${++seq}`;

  beforeAll(async () => {
    target = await testTarget({ version: doubleVersion });
    d = await Driver.connect(target.url, target);
    version = (await es(target, 'GET', '/')).json.version.number;
  });
  afterAll(async () => { await target.close(); });

  test('create, read, an empty second plan, delete', async () => {
    const cfg = config({
      name: name(),
      metadata: '{ "team": "a", "tier": 1 }',
      search: [
        { names: ['logs-*', 'metrics-*'] },
        { names: ['private-*'], query: '{ "term": { "team": "a" } }', field_security: '{"grant": ["*"], "except": ["secret"]}' },
      ],
    });
    const state = await d.create(cfg);
    expect(state.id).toEqual(state.key_id);
    expect(state.api_key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(state.encoded as string, 'base64').toString()).toBe(`${String(state.id)}:${String(state.api_key)}`);
    expect(state.expiration_timestamp).toBeNull();
    expect((state.access as Obj).search).toEqual([
      { names: ['logs-*', 'metrics-*'], query: null, field_security: null, allow_restricted_indices: false },
      { names: ['private-*'], query: '{ "term": { "team": "a" } }', field_security: '{"grant": ["*"], "except": ["secret"]}', allow_restricted_indices: false },
    ]);
    expect(state.metadata).toBe('{ "team": "a", "tier": 1 }');

    const got = (await es(target, 'GET', `/_security/api_key?id=${String(state.id)}`)).json.api_keys[0];
    expect(got.type).toBe('cross_cluster');
    // the creation marker rides in Elasticsearch's metadata, never in the metadata attribute
    expect(got.metadata).toEqual({ team: 'a', tier: 1, eccx_create_token: state.create_token });
    expect(state.create_token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const rd = got.role_descriptors.cross_cluster;
    expect(rd.cluster).toEqual(atLeast(version, 8, 15) ? ['cross_cluster_search', 'monitor_enrich'] : ['cross_cluster_search']);
    expect(rd.indices[1]).toMatchObject({
      names: ['private-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'], field_security: { grant: ['*'], except: ['secret'] },
    });
    expect(JSON.parse(rd.indices[1].query)).toEqual({ term: { team: 'a' } });

    // read keeps the configured JSON text (same value, other spelling than the server's)
    const read = await d.read(state);
    expect(errors(read.res)).toEqual([]);
    expect(read.state).toEqual(state);
    const again = await d.plan(read.state, cfg);
    expect(errors(again.res)).toEqual([]);
    expect(again.replace).toEqual([]);
    expect(valuesEqual(again.planned, read.state, keyType)).toBe(true);

    expect(errors(await d.destroy(state))).toEqual([]);
    expect((await es(target, 'GET', `/_security/api_key?id=${String(state.id)}`)).json.api_keys[0].invalidated).toBe(true);
    expect((await d.read(state)).state).toBeNull();
    // already invalidated, and never existed: both succeed
    expect(errors(await d.destroy(state))).toEqual([]);
    expect(errors(await d.destroy({ ...state, id: 'no-such-key-0000000', key_id: 'no-such-key-0000000' }))).toEqual([]);
    // nothing secret was logged
    expect(logged.join('\n')).not.toContain(String(state.api_key));
    expect(logged.join('\n')).not.toContain(String(state.encoded));
  });

  test('access, metadata and expiration change in place with the same id and secret; the name replaces', async () => {
    const base = { name: name(), expiration: '1d', metadata: '{"phase":1}', search: [{ names: ['logs-*'] }] };
    const state = await d.create(config(base));
    expect(typeof state.expiration_timestamp).toBe('number');

    const added = await d.update(state, config({ ...base, search: [{ names: ['logs-*', 'more-*'] }], replication: [{ names: ['archive-*'], allow_restricted_indices: true }] }));
    expect(added.planned.id).toBe(state.id);
    expect(added.planned.api_key).toBe(state.api_key);
    expect(added.planned.expiration_timestamp).toBe(state.expiration_timestamp);
    expect(added.state).toMatchObject({
      id: state.id, api_key: state.api_key, encoded: state.encoded, expiration_timestamp: state.expiration_timestamp,
    });
    let got = (await es(target, 'GET', `/_security/api_key?id=${String(state.id)}`)).json.api_keys[0];
    expect(got.access).toEqual({
      search: [{ names: ['logs-*', 'more-*'], allow_restricted_indices: false }],
      replication: [{ names: ['archive-*'], allow_restricted_indices: true }],
    });

    // metadata removed from the configuration: cleared on the server ({}), null in state
    const noMeta = await d.update(added.state, config({ ...base, metadata: null, search: [{ names: ['logs-*', 'more-*'] }], replication: [{ names: ['archive-*'], allow_restricted_indices: true }] }));
    expect(noMeta.state.metadata).toBeNull();
    got = (await es(target, 'GET', `/_security/api_key?id=${String(state.id)}`)).json.api_keys[0];
    expect(got.metadata).toEqual({ eccx_create_token: state.create_token }); // the marker stays

    // expiration: in place from 8.13 (the expiry is recomputed), the timestamp unknown in the plan
    const cfgLonger = config({ ...base, expiration: '2d', metadata: null, search: [{ names: ['logs-*', 'more-*'] }], replication: [{ names: ['archive-*'], allow_restricted_indices: true }] });
    const longer = await d.update(noMeta.state, cfgLonger);
    expect(longer.planned.expiration_timestamp).toBeInstanceOf(Unknown);
    expect(longer.state.api_key).toBe(state.api_key);
    expect(longer.state.expiration_timestamp as number).toBeGreaterThan(state.expiration_timestamp as number + 23 * 3600_000);
    expect((await d.read(longer.state)).state).toEqual(longer.state);

    // removing the expiration, and a new name, replace the key
    expect((await d.plan(longer.state, { ...cfgLonger, expiration: null })).replace).toEqual(['expiration']);
    const renamed = await d.plan(longer.state, { ...cfgLonger, name: `${String(cfgLonger.name)}-renamed` });
    expect(renamed.replace).toEqual(['name']);
    expect(errors(await d.destroy(longer.state))).toEqual([]);
  });

  test('access and metadata changed behind Terraform\'s back show as drift; an invalidated key leaves state', async () => {
    const cfg = config({ name: name(), metadata: '{"a":1}', search: [{ names: ['logs-*'] }] });
    const state = await d.create(cfg);
    const put = await es(target, 'PUT', `/_security/cross_cluster/api_key/${String(state.id)}`, {
      access: { search: [{ names: ['everything-*'], query: { match_all: {} } }] }, metadata: { a: 2 },
    });
    expect(put.status).toBe(200);
    const read = await d.read(state);
    expect(errors(read.res)).toEqual([]);
    expect((read.state!.access as Obj).search).toEqual([{ names: ['everything-*'], query: '{"match_all":{}}', field_security: null, allow_restricted_indices: false }]);
    expect(read.state!.metadata).toBe('{"a":2}');
    // the next plan changes it back in place
    const back = await d.update(read.state!, cfg);
    expect(back.state.id).toBe(state.id);
    expect((await es(target, 'GET', `/_security/api_key?id=${String(state.id)}`)).json.api_keys[0].access).toEqual({ search: [{ names: ['logs-*'], allow_restricted_indices: false }] });

    expect((await es(target, 'DELETE', '/_security/api_key', { ids: [state.id] })).json.invalidated_api_keys).toEqual([state.id]);
    const gone = await d.read(back.state);
    expect(errors(gone.res)).toEqual([]);
    expect(gone.state).toBeNull();
  });

  test('an expired key leaves state, so the next plan creates it again', async () => {
    if (!onDouble(target, 'moves the cluster clock')) return;
    const cfg = config({ name: name(), expiration: '1h', search: [{ names: ['logs-*'] }] });
    const state = await d.create(cfg);
    expect((await d.read(state)).state).toEqual(state);
    target.double!.advanceTime(2 * 3600_000);
    const gone = await d.read(state);
    expect(errors(gone.res)).toEqual([]);
    expect(gone.state).toBeNull();
    const again = await d.plan(null, cfg);
    expect(again.planned.id).toBeInstanceOf(Unknown);
    expect(again.planned.expiration_timestamp).toBeInstanceOf(Unknown);
  });

  test('import by key id: state from Elasticsearch, with a warning that the secret stays null', async () => {
    const cfg = config({ name: name(), metadata: '{"owner":"ops"}', search: [{ names: ['logs-*'], field_security: '{"grant":["message"]}' }], replication: null });
    const created = await d.create({ ...cfg });
    const imported = await d.import(String(created.id));
    expect(errors(imported.res)).toEqual([]);
    expect(warnings(imported.res).map((w) => w.summary)).toEqual(['The imported key\'s secret cannot be read back']);
    expect(warnings(imported.res)[0].detail).toContain('api_key and encoded stay null');
    const read = await d.read(imported.state!);
    expect(read.state).toMatchObject({ id: created.id, key_id: created.id, name: cfg.name, api_key: null, encoded: null, metadata: '{"owner":"ops"}' });
    expect(((read.state!.access as Obj).search as Obj[])[0].field_security).toBe('{"grant":["message"]}');
    // the configuration matches: the next plan changes nothing
    const plan = await d.plan(read.state, cfg);
    expect(valuesEqual(plan.planned, read.state, keyType)).toBe(true);

    const missing = await d.import('no-such-key-0000000');
    expect(text(errors(missing.res))).toContain('has no API key with id no-such-key-0000000');
    expect(errors(await d.destroy(created))).toEqual([]);
    const invalidated = await d.import(String(created.id));
    expect(text(errors(invalidated.res))).toContain('is invalidated');
  });

  test('certificate_identity: set and cleared in place on 9.3+, a clear error before 9.3', async () => {
    const cfg = config({ name: name(), search: [{ names: ['logs-*'] }], certificate_identity: 'CN=local-.*' });
    if (!atLeast(version, 9, 3)) {
      const plan = await d.plan(null, cfg);
      expect(errors(plan.res).map(pathOf)).toEqual(['certificate_identity']);
      expect(text(errors(plan.res))).toContain(`runs Elasticsearch ${version}`);
      const applied = await d.apply(null, { ...cfg, id: Unknown.plain, key_id: Unknown.plain, api_key: Unknown.plain, encoded: Unknown.plain }, cfg);
      expect(text(errors(applied.res))).toContain('certificate_identity needs Elasticsearch 9.3 or later');
      return;
    }
    const state = await d.create(cfg);
    expect((await es(target, 'GET', `/_security/api_key?id=${String(state.id)}`)).json.api_keys[0].certificate_identity).toBe('CN=local-.*');
    const cleared = await d.update(state, { ...cfg, certificate_identity: null });
    expect(cleared.state).toMatchObject({ id: state.id, api_key: state.api_key, certificate_identity: null });
    expect((await es(target, 'GET', `/_security/api_key?id=${String(state.id)}`)).json.api_keys[0].certificate_identity).toBeUndefined();
    expect(errors(await d.destroy(cleared.state))).toEqual([]);
  });

  test('an API-key-authenticated provider is refused before any call', async () => {
    const keyRes = await es(target, 'POST', '/_security/api_key', { name: `eccx-unit-rest-${seq}` });
    const apiKeyDriver = await Driver.connect(target.url, { apiKey: keyRes.json.encoded });
    const before = target.double?.state.requests.length;
    const cfg = config({ name: name(), search: [{ names: ['logs-*'] }] });
    const plan = await apiKeyDriver.plan(null, cfg);
    expect(text(errors(plan.res))).toContain('Elasticsearch refuses to create or update cross-cluster API keys for a caller authenticated by an API key');
    const unknownIds = { id: Unknown.plain, key_id: Unknown.plain, api_key: Unknown.plain, encoded: Unknown.plain };
    const applied = await apiKeyDriver.apply(null, { ...cfg, ...unknownIds }, cfg);
    expect(text(errors(applied.res))).toContain('Configure username and password');
    expect(applied.state).toBeNull();
    if (onDouble(target, 'no request reached Elasticsearch')) expect(target.double!.state.requests.length).toBe(before);
  });

  test('a user without manage_security gets Elasticsearch\'s message, for create and for invalidate', async () => {
    if (!onDouble(target, 'users with chosen privileges')) return;
    target.double!.addUser({ username: 'keys', password: 'pw-keys', roles: ['keys'], clusterPrivileges: ['manage_api_key'] });
    const limited = await Driver.connect(target.url, { username: 'keys', password: 'pw-keys' });
    const cfg = config({ name: name(), search: [{ names: ['logs-*'] }] });
    const { planned } = await limited.plan(null, cfg);
    const created = await limited.apply(null, planned, cfg);
    expect(created.state).toBeNull();
    expect(errors(created.res)[0].summary).toBe('Elasticsearch refused to create the cross-cluster API key');
    expect(errors(created.res)[0].detail).toMatch(/^HTTP 403: security_exception: action \[cluster:admin\/xpack\/security\/cross_cluster\/api_key\/create\] is unauthorized for user \[keys\]/);

    const state = await d.create(cfg);
    const del = await limited.destroy(state);
    expect(text(errors(del))).toContain(`Cannot invalidate cross-cluster API key [${String(state.id)}]`);
    expect(fromDv((await limited.apply(state, null, null)).res.new_state)).toEqual(state); // kept in state
    expect(target.double!.state.apiKeys.get(String(state.id))!.invalidated).toBe(false);
    expect(errors(await d.destroy(state))).toEqual([]);
  });

  test('faults end as diagnostics: 5xx, a delay past the timeout, a dropped connection; a re-run converges', async () => {
    if (!onDouble(target, 'injected faults')) return;
    const double = target.double!;
    const fast = await Driver.connect(target.url, target, 1);
    const cfg = config({ name: name(), search: [{ names: ['logs-*'] }] });
    const { planned } = await fast.plan(null, cfg);

    double.injectFault({ method: 'POST', path: '/_security/cross_cluster/api_key', status: 503, reason: 'master not discovered yet' });
    const failed = await fast.apply(null, planned, cfg);
    // a 5xx leaves the outcome unknown: a tainted state with the creation marker, no id, no secret
    expect(failed.state).toMatchObject({ name: cfg.name, key_id: null, api_key: null, create_token: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
    expect((await fast.read(failed.state!)).state).toBeNull(); // refused before commit: nothing to find
    expect(errors(failed.res)).toEqual([expect.objectContaining({ summary: 'Elasticsearch failed to create the cross-cluster API key', detail: expect.stringContaining('HTTP 503: ') })]);
    expect(errors(failed.res)[0].detail).toContain('master not discovered yet');
    const state = (await fast.apply(null, planned, cfg)).state!;
    expect(typeof state.id).toBe('string');

    double.injectFault({ method: 'GET', path: '/_security/api_key', delayMs: 1_500 });
    const slow = await fast.read(state);
    expect(errors(slow.res)[0].summary).toBe('Elasticsearch did not answer in time');
    expect(errors(slow.res)[0].detail).toContain('within 1 s (provider attribute request_timeout)');
    expect(slow.state).toEqual(state); // state kept as it was

    const more = config({ name: String(cfg.name), search: [{ names: ['logs-*', 'more-*'] }] });
    const plan2 = await fast.plan(state, more);
    double.injectFault({ method: 'PUT', path: /^\/_security\/cross_cluster\/api_key\//, drop: true });
    const dropped = await fast.apply(state, plan2.planned, more);
    expect(errors(dropped.res)[0].summary).toBe('Connection to Elasticsearch failed');
    expect(dropped.state).toEqual(state);
    await new Promise((r) => setTimeout(r, 1_600)); // let the delayed GET finish
    const converged = await fast.update((await fast.read(state)).state!, more);
    expect(converged.state.id).toBe(state.id);
    expect(double.state.apiKeys.get(String(state.id))!.roleDescriptors.cross_cluster.indices[0]).toMatchObject({ names: ['logs-*', 'more-*'] });
    expect(errors(await fast.destroy(converged.state))).toEqual([]);
  });
});

describe('before Elasticsearch 8.13', () => {
  test('a new expiration replaces the key instead of updating it; access updates without expiration', async () => {
    if (realClusterConfigured()) {
      // eslint-disable-next-line no-console
      console.log('skipped on a real cluster: needs a double impersonating 8.12');
      return;
    }
    const old = await ElasticsearchDouble.start({ version: '8.12.2' });
    try {
      const od = await Driver.connect(old.url, { username: 'elastic', password: 'changeme' });
      const base = { name: 'eccx-unit-old', expiration: '1d', search: [{ names: ['logs-*'] }] };
      const state = await od.create(config(base));
      const plan = await od.plan(state, config({ ...base, expiration: '2d' }));
      expect(plan.replace).toEqual(['expiration']);
      expect(plan.planned.expiration_timestamp).toBeInstanceOf(Unknown);
      const updated = await od.update(state, config({ ...base, search: [{ names: ['logs-*', 'x-*'] }] }));
      expect(updated.state.expiration_timestamp).toBe(state.expiration_timestamp);
      const put = old.state.requests.filter((r) => r.method === 'PUT');
      expect(put.map((r) => Object.keys(r.body as object).sort())).toEqual([['access', 'metadata']]);
    } finally {
      await old.close();
    }
  });
});

describe('malformed answers', () => {
  let server: http.Server;
  let url: string;
  const secret = 'SECRETsecretSECRETsecr';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.setHeader('X-elastic-product', 'Elasticsearch');
      res.setHeader('content-type', 'application/json');
      if (req.url === '/') res.end(JSON.stringify({ version: { number: '8.19.3' } }));
      else if (req.method === 'POST') res.end(`{"id":"abc","api_key":"${secret}","encoded":`); // cut off
      else if (req.method === 'GET') res.end(JSON.stringify({ unexpected: true }));
      else res.end(JSON.stringify({ error_count: 1, error_details: [{ type: 'exception', reason: 'could not invalidate', caused_by: { type: 'io_exception', reason: 'disk' } }] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => { await new Promise((r) => server.close(r)); });

  test('a cut-off create answer, a read without api_keys and invalidation errors are diagnostics without the secret', async () => {
    const d = await Driver.connect(url, { username: 'elastic', password: 'changeme' });
    const cfg = config({ name: 'k', search: [{ names: ['a'] }] });
    const { planned } = await d.plan(null, cfg);
    const created = await d.apply(null, planned, cfg);
    expect(errors(created.res)).toEqual([{ severity: 'ERROR', summary: 'Malformed Elasticsearch response', detail: expect.stringContaining('not valid JSON') }]);
    expect(JSON.stringify(created.res.diagnostics)).not.toContain(secret);
    const state = { ...cfg, id: 'abc', key_id: 'abc', api_key: 'x', encoded: 'y', access: planned.access };
    expect(text(errors((await d.read(state)).res))).toContain('has no api_keys list');
    expect(text(errors(await d.destroy(state)))).toContain('exception: could not invalidate; caused by io_exception: disk');
  });
});
