/**
 * The double's document store (`POST /{index}/_doc`, `PUT /{index}/_doc/{id}`, local `_search`) and
 * its clock endpoint (`GET|POST /_double/clock`, double-only).
 */
import { esError, raw } from './support';
import { describeTwoClusters, useTwoClusters } from './two-clusters';

describeTwoClusters('Double documents and clock', () => {
  const w = useTwoClusters();

  it('POST /{index}/_doc creates (201), PUT with an id overwrites (200, version 2)', async () => {
    const created = await w.remoteClient.index({ index: 'logs-a', document: { msg: 'one' } }, { meta: true });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatchObject({ _index: 'logs-a', result: 'created', _version: 1, _primary_term: 1 });
    expect(created.body._id).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const first = await w.remoteClient.index({ index: 'logs-a', id: 'fixed', document: { msg: 'two' } }, { meta: true });
    const again = await w.remoteClient.index({ index: 'logs-a', id: 'fixed', document: { msg: 'three' } }, { meta: true });
    expect([first.statusCode, first.body.result, again.statusCode, again.body.result, again.body._version]).toEqual([201, 'created', 200, 'updated', 2]);
    expect(w.remote.state.indices.get('logs-a')!.get('fixed')!.source).toEqual({ msg: 'three' });
  });

  it('invalid index names are rejected as Elasticsearch does', async () => {
    const upper = await esError(w.remoteClient.index({ index: 'Logs', document: {} }));
    expect(upper.status).toBe(400);
    expect(upper.body.error).toMatchObject({ type: 'invalid_index_name_exception', reason: 'Invalid index name [Logs], must be lowercase' });
  });

  it('a user without the all privilege may not write documents', async () => {
    w.local.addUser({ username: 'ro', password: 'ro-pw', roles: ['viewer'], clusterPrivileges: ['monitor'] });
    const denied = await esError(w.localAs('ro', 'ro-pw').index({ index: 'logs-a', document: {} }));
    expect(denied.status).toBe(403);
    expect(denied.body.error.reason).toContain('action [indices:data/write/index] is unauthorized for user [ro]');
  });

  it('local _search: wildcard, concrete, a query, and 404 for a missing index', async () => {
    await w.remoteClient.index({ index: 'logs-a', document: { msg: 'a', team: 'red' } });
    await w.remoteClient.index({ index: 'logs-b', document: { msg: 'b', team: 'blue' } });
    const all = await w.remoteClient.search({ index: 'logs-*' });
    expect(all.hits.hits.map((h) => h._index).sort()).toEqual(['logs-a', 'logs-b']);
    const red = await w.remoteClient.search({ index: 'logs-*', query: { match: { team: 'red' } } });
    expect(red.hits.hits.map((h: any) => h._source.msg)).toEqual(['a']);
    expect(red.hits.total).toEqual({ value: 1, relation: 'eq' });
    expect(red).not.toHaveProperty('_clusters');
    const missing = await esError(w.remoteClient.search({ index: 'nope' }));
    expect([missing.status, missing.body.error.type]).toEqual([404, 'index_not_found_exception']);
  });

  it('an unknown query type is a 400 parsing_exception', async () => {
    await w.remoteClient.index({ index: 'logs-a', document: { msg: 'a' } });
    const e = await esError(w.remoteClient.search({ index: 'logs-a', query: { fuzzy_wuzzy: {} } as any }));
    expect(e.status).toBe(400);
    expect(e.body.error).toMatchObject({ type: 'parsing_exception', reason: 'unknown query [fuzzy_wuzzy]' });
  });

  it('the clock moves forward over HTTP by a time value or by milliseconds, never back', async () => {
    const before = (await raw(w.remoteClient, 'GET', '/_double/clock') as any).now;
    const after = (await raw(w.remoteClient, 'POST', '/_double/clock', { advance: '2h' }) as any).now;
    expect(after - before).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(after - before).toBeLessThan(2 * 3_600_000 + 5_000);
    const more = (await raw(w.remoteClient, 'POST', '/_double/clock', { advance_ms: 1000 }) as any).now;
    expect(more - after).toBeGreaterThanOrEqual(1000);
    expect((await esError(raw(w.remoteClient, 'POST', '/_double/clock', { advance_ms: -5 }))).status).toBe(400);
    expect((await esError(raw(w.remoteClient, 'POST', '/_double/clock', { advance: '2y' }))).body.error.reason)
      .toBe('failed to parse setting [advance] with value [2y] as a time value: unit is missing or unrecognized');
  });

  it('reset() rewinds the clock and forgets documents', async () => {
    await w.remoteClient.index({ index: 'logs-a', document: {} });
    w.remote.advanceTime(3_600_000);
    w.remote.reset();
    expect(Math.abs(w.remote.now() - Date.now())).toBeLessThan(5_000);
    expect(w.remote.state.indices.size).toBe(0);
  });
});
