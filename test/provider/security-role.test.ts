import { securityRole } from '../../src/provider/resources/security-role';
import { unknown } from '../../src/provider/values/unknown';
import { ElasticsearchDouble } from '../support/es-double';
import { ResourceDriver, errors, pathOf, text } from './support/resource-driver';

// eccx_security_role through the framework's handlers against the Elasticsearch double, which
// accepts remote_indices from 8.10 and remote_cluster from 8.15 with Elasticsearch's messages.

let double: ElasticsearchDouble;
let d: ResourceDriver;

beforeAll(async () => {
  double = await ElasticsearchDouble.start({ version: '8.19.3' });
  d = await ResourceDriver.connect(securityRole, double.url);
});
afterEach(() => {
  double.reset();
  double.setVersion('8.19.3');
});

/** The provider asks the cluster's version once per process: a fresh one for each version. */
async function driverFor(version: string): Promise<ResourceDriver> {
  double.setVersion(version);
  return ResourceDriver.connect(securityRole, double.url);
}
afterAll(async () => double.close());

const remoteSearch = {
  name: 'remote-search',
  cluster: ['monitor'],
  remote_indices: [{
    clusters: ['r1'],
    names: ['logs-*'],
    privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
    query: '{"term": {"team": "a"}}',
    field_security: '{"grant": ["@timestamp", "message"]}',
  }],
  remote_cluster: [{ clusters: ['r1'], privileges: ['monitor_enrich'] }],
  metadata: '{"owner": "search"}',
};

async function getRole(name: string): Promise<Record<string, any> | undefined> {
  const res = await fetch(`${double.url}/_security/role/${name}`, { headers: { authorization: `Basic ${Buffer.from('elastic:changeme').toString('base64')}` } });
  return res.status === 200 ? ((await res.json()) as Record<string, any>)[name] : undefined;
}

async function putRole(name: string, body: unknown): Promise<void> {
  const res = await fetch(`${double.url}/_security/role/${name}`, {
    method: 'PUT',
    body: JSON.stringify(body),
    headers: { 'authorization': `Basic ${Buffer.from('elastic:changeme').toString('base64')}`, 'content-type': 'application/json' },
  });
  expect(res.status).toBe(200);
}

describe('validateConfig', () => {
  test('an unknown remote_cluster privilege is an error at its element, quoting Elasticsearch', async () => {
    const diags = await d.validate(d.config({ ...remoteSearch, remote_cluster: [{ clusters: ['r1'], privileges: ['monitor_enrich', 'manage'] }] }));
    expect(diags.map(pathOf)).toEqual(['remote_cluster[0].privileges[1]']);
    expect(diags.map((x) => x.detail).join('\n')).toMatch(/Only \[monitor_enrich, monitor_stats\] are allowed/);
  });

  test('remote names with an alias prefix, empty privileges, an empty cluster alias and bad JSON are errors at their attributes', async () => {
    const diags = await d.validate(d.config({
      name: 'r',
      remote_indices: [{ clusters: [''], names: ['r1:logs-*'], privileges: [], query: '{not json' }],
    }));
    expect(diags.map(pathOf).sort()).toEqual(['remote_indices[0].clusters[0]', 'remote_indices[0].names[0]', 'remote_indices[0].privileges', 'remote_indices[0].query']);
  });
});

describe('null list elements', () => {
  test('a null element of indices or remote_cluster is an error at its index; the entries after it keep theirs', async () => {
    const diags = await d.validate(d.config({
      name: 'r',
      indices: [null, { names: [''], privileges: ['read'] }],
      remote_cluster: [null, { clusters: ['r1'], privileges: ['manage'] }],
    }));
    expect(diags.map(pathOf).sort()).toEqual(['indices[0]', 'indices[1].names[0]', 'remote_cluster[0]', 'remote_cluster[1].privileges[0]']);
    expect(text(diags)).toContain('indices[0]: must be an object, not null');
    expect(text(diags)).toContain('remote_cluster[0]: must be an object, not null');
  });

  test('a null element that reaches plan and apply is skipped: plan and request paths keep the index of the entries after it', async () => {
    const bad = await d.converge(null, { name: 'r', indices: [null, { names: ['a'], privileges: ['read'], query: '{not json' }] });
    expect(bad.errors.map(pathOf)).toEqual(['indices[1].query']);
    const old = await (await driverFor('8.16.0')).converge(null, { ...remoteSearch, remote_cluster: [null, { clusters: ['r1'], privileges: ['monitor_stats'] }] });
    expect(old.errors.map(pathOf)).toEqual(['remote_cluster[1].privileges[0]']);
  });
});

describe('unknown list elements', () => {
  test('an element known only at apply is not judged at validation; the entries after it keep their index', async () => {
    const diags = await d.validate(d.config({
      name: 'r',
      indices: [unknown(), { names: [''], privileges: ['read'] }],
      remote_cluster: [unknown(), { clusters: ['r1'], privileges: ['manage'] }],
    }));
    expect(diags.map(pathOf).sort()).toEqual(['indices[1].names[0]', 'remote_cluster[1].privileges[0]']);
  });
});

describe('lifecycle against the double', () => {
  test('create stores remote_indices and remote_cluster; read back equals the state; the next plan changes nothing', async () => {
    const state = await d.ok(null, remoteSearch);
    const role = await getRole('remote-search');
    expect(role).toMatchObject({
      cluster: ['monitor'],
      remote_indices: [{ clusters: ['r1'], names: ['logs-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'], allow_restricted_indices: false }],
      remote_cluster: [{ clusters: ['r1'], privileges: ['monitor_enrich'] }],
      metadata: { owner: 'search' },
    });
    const read = (await d.read(state)).state;
    expect(read).toEqual(state);
    expect((await d.plan(state, d.config(remoteSearch))).planned).toEqual(state);
  });

  test('JSON attributes are compared by value: Elasticsearch\'s key order and spacing are no drift', async () => {
    const state = await d.ok(null, remoteSearch);
    const role = (await getRole('remote-search'))!;
    role.remote_indices[0].query = { term: { team: 'a' } };
    role.remote_indices[0].field_security = { grant: ['@timestamp', 'message'] };
    role.metadata = { owner: 'search' };
    await putRole('remote-search', role);
    expect((await d.read(state)).state).toEqual(state);
  });

  test('drift in privileges shows in the read and is repaired by the plan', async () => {
    const state = await d.ok(null, remoteSearch);
    const role = (await getRole('remote-search'))!;
    role.remote_indices[0].names = ['*'];
    delete role.remote_cluster;
    await putRole('remote-search', role);
    const drifted = (await d.read(state)).state!;
    expect(drifted).toMatchObject({ remote_cluster: null });
    expect((drifted.remote_indices as any)[0].names).toEqual(['*']);
    const fixed = await d.converge(drifted, remoteSearch);
    expect(fixed.errors).toEqual([]);
    expect(await getRole('remote-search')).toMatchObject({ remote_indices: [{ names: ['logs-*'] }], remote_cluster: [{ privileges: ['monitor_enrich'] }] });
  });

  test('destroy deletes the role; a role deleted outside Terraform leaves state', async () => {
    const state = await d.ok(null, remoteSearch);
    expect(errors(await d.destroy(state))).toEqual([]);
    expect(await getRole('remote-search')).toBeUndefined();
    expect((await d.read(state)).state).toBeNull();
    expect(errors(await d.destroy(state))).toEqual([]); // already gone counts as done
  });
});

describe('version rules at plan time', () => {
  test('remote_cluster on 8.14 fails the plan at the attribute', async () => {
    const r = await (await driverFor('8.14.3')).converge(null, remoteSearch);
    expect(r.errors.map(pathOf)).toEqual(['remote_cluster[0]']);
    expect(text(r.errors)).toMatch(/remote_cluster needs Elasticsearch 8\.15 or later.*8\.14\.3/s);
    expect(await getRole('remote-search')).toBeUndefined();
  });

  test('monitor_stats on 8.16 fails the plan; on 8.17 it is created', async () => {
    const cfg = { ...remoteSearch, remote_cluster: [{ clusters: ['r1'], privileges: ['monitor_stats'] }] };
    const r = await (await driverFor('8.16.0')).converge(null, cfg);
    expect(r.errors.map(pathOf)).toEqual(['remote_cluster[0].privileges[0]']);
    expect((await (await driverFor('8.17.0')).converge(null, cfg)).errors).toEqual([]);
  });

  test('a role without remote privileges plans on an old cluster without asking its version', async () => {
    const old = await driverFor('8.9.0');
    expect((await old.converge(null, { name: 'plain', cluster: ['monitor'], indices: [{ names: ['a'], privileges: ['read'] }] })).errors).toEqual([]);
    expect(double.state.requests.some((x) => x.path === '/')).toBe(false);
  });
});
