/**
 * `GET /<alias>:<index>/_search` through a local double (fact sheet §6.3; upstream
 * RemoteClusterSecurityRestIT and the remote clusters troubleshooting page): it succeeds only when
 * connected and returns what both the key's `access.search` and the user's `remote_indices` allow.
 */
import { Client } from '@elastic/elasticsearch';
import { esError, raw } from './support';
import { TwoClusters, describeTwoClusters, useTwoClusters } from './two-clusters';

const KEY_ACCESS = { search: [{ names: ['logs-*', 'shared'] }] };
/** Remote errors fail the search only when the alias does not skip an unavailable remote (default true since 8.15). */
const STRICT = { skip_unavailable: false };

async function seed(w: TwoClusters): Promise<void> {
  const docs: [string, Record<string, unknown>][] = [
    ['logs-a', { msg: 'a1', team: 'red', secret: 's1' }],
    ['logs-a', { msg: 'a2', team: 'blue', secret: 's2' }],
    ['logs-b', { msg: 'b1', team: 'red', secret: 's3' }],
    ['metrics', { msg: 'm1', team: 'red' }],
    ['shared', { msg: 'x1', team: 'red' }],
  ];
  for (const [index, doc] of docs) await w.remoteClient.index({ index, document: doc });
}

/** A local user whose role gives `remote_indices` on `names` of cluster `r1`. */
async function reader(w: TwoClusters, names: string[], extra: Record<string, unknown> = {}): Promise<Client> {
  await raw(w.localClient, 'PUT', '/_security/role/remote-reader', {
    remote_indices: [{ clusters: ['r1'], names, privileges: ['read', 'read_cross_cluster'], ...extra }],
  });
  w.local.addUser({ username: 'reader', password: 'reader-pw', roles: ['remote-reader'] });
  return w.localAs('reader', 'reader-pw');
}

async function connect(w: TwoClusters, access: Record<string, unknown> = KEY_ACCESS, settings: Record<string, unknown> = {}) {
  const key = await w.createKey(access);
  await w.setAlias('r1', { seeds: [w.remote.remoteClusterAddress], ...settings });
  await w.deliver('r1', key.encoded);
  return key;
}

const messages = (res: any) => res.hits.hits.map((h: any) => h._source.msg).sort();

describeTwoClusters('Two doubles: cross-cluster search', () => {
  const w = useTwoClusters();

  it('returns the intersection: key allows logs-* and shared, the user logs-a and metrics → only logs-a', async () => {
    await seed(w);
    const key = await connect(w);
    const user = await reader(w, ['logs-a', 'metrics']);
    const res = await user.search({ index: 'r1:*' }) as any;
    expect(messages(res)).toEqual(['a1', 'a2']);
    expect(res.hits.hits[0]._index).toBe('r1:logs-a');
    expect(res.hits.total).toEqual({ value: 2, relation: 'eq' });
    expect(res._clusters).toMatchObject({ total: 1, successful: 1, skipped: 0, details: { r1: { status: 'successful', indices: '*' } } });
    expect(key.id).toBeTruthy();
  });

  it('a concrete index the user may not read (skip_unavailable false): 403 naming user, role, key, owner and index', async () => {
    await seed(w);
    const key = await connect(w, KEY_ACCESS, STRICT);
    const user = await reader(w, ['logs-a']);
    const e = await esError(user.search({ index: 'r1:logs-b' }));
    expect(e.status).toBe(403);
    expect(e.body.error.reason).toBe('action [indices:data/read/search] towards remote cluster is unauthorized for user [reader] with assigned roles '
      + `[remote-reader] authenticated by API key id [${key.id}] of user [elastic] on indices [logs-b], this action is granted by the index privileges [read,all]`);
  });

  it('a concrete index the key does not cover: the same 403, even for the superuser (the key is the ceiling)', async () => {
    await seed(w);
    const key = await connect(w, KEY_ACCESS, STRICT);
    const e = await esError(w.localClient.search({ index: 'r1:metrics' }));
    expect(e.status).toBe(403);
    expect(e.body.error.reason).toContain(`authenticated by API key id [${key.id}] of user [elastic] on indices [metrics]`);
    expect(messages(await w.localClient.search({ index: 'r1:*' }))).toEqual(['a1', 'a2', 'b1', 'x1']);
  });

  it('a user without remote_indices for the alias: 403 "no remote indices privileges apply for the target cluster"', async () => {
    await seed(w);
    await connect(w);
    await raw(w.localClient, 'PUT', '/_security/role/local-only', {
      indices: [{ names: ['local'], privileges: ['read'] }],
      remote_indices: [{ clusters: ['other_*'], names: ['*'], privileges: ['read'] }],
    });
    w.local.addUser({ username: 'local-user', password: 'pw-local', roles: ['local-only'] });
    const e = await esError(w.localAs('local-user', 'pw-local').search({ index: 'r1:*' }));
    expect(e.status).toBe(403);
    expect(e.body.error.reason).toBe('action [indices:data/read/search] towards remote cluster [r1] is unauthorized for user [local-user] '
      + 'with effective roles [local-only] because no remote indices privileges apply for the target cluster');
  });

  it('document- and field-level security of both the key and the role apply', async () => {
    await seed(w);
    await connect(w, { search: [{ names: ['logs-*'], query: { term: { team: 'red' } }, field_security: { grant: ['msg', 'team'] } }] });
    const user = await reader(w, ['logs-*'], { query: '{"match":{"msg":"b1"}}' });
    const res = await user.search({ index: 'r1:logs-*' }) as any;
    expect(res.hits.hits.map((h: any) => h._source)).toEqual([{ msg: 'b1', team: 'red' }]);
  });

  it('the search body query narrows the hits', async () => {
    await seed(w);
    await connect(w);
    const res = await w.localClient.search({ index: 'r1:logs-*', query: { term: { team: 'blue' } } }) as any;
    expect(messages(res)).toEqual(['a2']);
  });

  it('a missing index the user and key may read (skip_unavailable false): 404 index_not_found_exception', async () => {
    await seed(w);
    await connect(w, KEY_ACCESS, STRICT);
    const e = await esError(w.localClient.search({ index: 'r1:logs-zzz' }));
    expect(e.status).toBe(404);
    expect(e.body.error.type).toBe('index_not_found_exception');
    expect(e.body.error.reason).toBe('no such index [logs-zzz]');
  });

  it('not connected with skip_unavailable false: the remote\'s error (here, the invalidated key) fails the search', async () => {
    await seed(w);
    const key = await connect(w, KEY_ACCESS, STRICT);
    await w.remoteClient.security.invalidateApiKey({ ids: [key.id] });
    const e = await esError(w.localClient.search({ index: 'r1:logs-*' }));
    expect(e.status).toBe(401);
    expect(e.body.error.reason).toBe(`unable to authenticate user [${key.id}] for action [cluster:internal/remote_cluster/handshake]`);
  });

  it('not connected with skip_unavailable true: 200 with the cluster skipped and no hits', async () => {
    await seed(w);
    await w.setAlias('r1', { seeds: [w.remote.transportAddress], skip_unavailable: true });
    await w.deliver('r1', (await w.createKey(KEY_ACCESS)).encoded);
    const res = await w.localClient.search({ index: 'r1:logs-*' }) as any;
    expect(res.hits.hits).toEqual([]);
    expect(res._clusters).toMatchObject({ total: 1, successful: 0, skipped: 1, details: { r1: { status: 'skipped' } } });
    expect(res._clusters.details.r1.failures[0].reason.reason).toBe('missing authentication credentials for action [cluster:internal/remote_cluster/handshake]');
  });

  it('a credential the remote does not know, and a REST key, fail the search with 401 (skip_unavailable false)', async () => {
    await seed(w);
    const elsewhere = await w.localClient.security.createCrossClusterApiKey({ name: 'elsewhere', access: KEY_ACCESS });
    await w.setAlias('r1', { seeds: [w.remote.remoteClusterAddress], ...STRICT });
    await w.deliver('r1', elsewhere.encoded);
    const unknown = await esError(w.localClient.search({ index: 'r1:logs-*' }));
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.reason).toBe(`unable to authenticate user [${elsewhere.id}] for action [cluster:internal/remote_cluster/handshake]`);
    expect(unknown.body.error.additional_unsuccessful_credentials).toBe(`API key: unable to find apikey with id ${elsewhere.id}`);
    const rest = await w.remoteClient.security.createApiKey({ name: 'rest' });
    await w.deliver('r1', rest.encoded);
    const wrongType = await esError(w.localClient.search({ index: 'r1:logs-*' }));
    expect(wrongType.status).toBe(401);
    expect(wrongType.body.error.reason).toBe(`authentication expected API key type of [cross_cluster], but API key [${rest.id}] has type [rest]`);
  });

  it('with skip_unavailable true a remote authorization error also skips the cluster', async () => {
    await seed(w);
    await connect(w);
    const res = await w.localClient.search({ index: 'r1:metrics' }) as any;
    expect(res._clusters).toMatchObject({ skipped: 1, details: { r1: { status: 'skipped' } } });
    expect(res._clusters.details.r1.failures[0].reason.type).toBe('security_exception');
  });

  it('without a credential (certificate model) against the remote cluster port, the search fails with the missing-header error', async () => {
    await seed(w);
    await w.setAlias('r1', { seeds: [w.remote.remoteClusterAddress], ...STRICT });
    const e = await esError(w.localClient.search({ index: 'r1:logs-*' }));
    expect(e.status).toBe(400);
    expect(e.body.error.reason).toContain('require transport header [_cross_cluster_access_credentials] but none found');
  });

  it('an alias that is not configured: 404 no such remote cluster', async () => {
    const e = await esError(w.localClient.search({ index: 'nowhere:logs-*' }));
    expect(e.status).toBe(404);
    expect(e.body.error.type).toBe('no_such_remote_cluster_exception');
    expect(e.body.error.reason).toBe('no such remote cluster: [nowhere]');
  });

  it('local and remote indices in one search', async () => {
    await seed(w);
    await connect(w);
    await w.localClient.index({ index: 'local-logs', document: { msg: 'l1' } });
    const res = await w.localClient.search({ index: 'local-logs,r1:shared' }) as any;
    expect(res.hits.hits.map((h: any) => h._index).sort()).toEqual(['local-logs', 'r1:shared']);
  });
});
