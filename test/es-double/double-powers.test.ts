/**
 * The double's own powers: state inspection, fault injection (status, delay, dropped connection),
 * request log and reset. These only exist on the double, so the suite is skipped on a real cluster.
 */
import { Client, errors } from '@elastic/elasticsearch';
import { MODES, REAL, esError, useTarget } from './support';
import { ElasticsearchDouble } from '../support/es-double';

const describeDouble = REAL ? describe.skip : describe;
if (REAL) {
  // eslint-disable-next-line no-console
  console.log('skipped against a real cluster: double-powers suite (state inspection and fault injection are double-only)');
}

describeDouble.each(MODES)('Elasticsearch %s: double powers', (mode) => {
  const ctx = useTarget(mode);
  afterEach(() => ctx.double.clearFaults());

  it('injects a status with an Elasticsearch-shaped body and the product header, once by default', async () => {
    const fault = ctx.double.injectFault({ method: 'GET', path: /^\/_security\/api_key$/, status: 500, reason: 'boom' });
    const e = await esError(ctx.client.security.getApiKey({ owner: true }));
    expect(e.status).toBe(500);
    expect(e.headers['x-elastic-product']).toBe('Elasticsearch');
    expect(e.body).toEqual({ error: { root_cause: [{ type: 'exception', reason: 'boom' }], type: 'exception', reason: 'boom' }, status: 500 });
    expect(fault.hits).toBe(1);
    expect(fault.remaining).toBe(0);
    await expect(ctx.client.security.getApiKey({ owner: true })).resolves.toHaveProperty('api_keys');
  });

  it('matches on method and path: other calls are untouched', async () => {
    const fault = ctx.double.injectFault({ method: 'POST', path: '/_security/cross_cluster/api_key', status: 403, times: 2 });
    await expect(ctx.client.info()).resolves.toHaveProperty('cluster_uuid');
    const access = { search: [{ names: ['a'] }] };
    expect((await esError(ctx.client.security.createCrossClusterApiKey({ name: 'f1', access }))).status).toBe(403);
    expect((await esError(ctx.client.security.createCrossClusterApiKey({ name: 'f2', access }))).status).toBe(403);
    await expect(ctx.client.security.createCrossClusterApiKey({ name: 'f3', access })).resolves.toHaveProperty('id');
    expect(fault.hits).toBe(2);
    expect([...ctx.double.state.apiKeys.values()].map((k) => k.name)).toEqual(['f3']);
  });

  it('delays a call and then handles it normally', async () => {
    ctx.double.injectFault({ path: '/', delayMs: 300 });
    const start = Date.now();
    await expect(ctx.client.info()).resolves.toHaveProperty('cluster_uuid');
    expect(Date.now() - start).toBeGreaterThanOrEqual(280);
  });

  it('a delay longer than the client timeout surfaces as a TimeoutError', async () => {
    ctx.double.injectFault({ path: '/', delayMs: 400 });
    await expect(ctx.client.info({}, { requestTimeout: 100 })).rejects.toBeInstanceOf(errors.TimeoutError);
  });

  it('drops the connection: the client sees a ConnectionError, the next call succeeds', async () => {
    const fault = ctx.double.injectFault({ path: '/_security/api_key', drop: true });
    await expect(ctx.client.security.getApiKey({ owner: true })).rejects.toBeInstanceOf(errors.ConnectionError);
    expect(fault.hits).toBe(1);
    await expect(ctx.client.security.getApiKey({ owner: true })).resolves.toHaveProperty('api_keys');
  });

  it('times: Infinity keeps failing until cleared; 503 is retried by a client with retries', async () => {
    ctx.double.injectFault({ path: '/', status: 503, times: Infinity });
    const retrying = new Client({
      node: ctx.target.url, auth: { username: ctx.target.username, password: ctx.target.password }, maxRetries: 2,
    });
    try {
      const before = ctx.double.state.requests.length;
      expect((await esError(retrying.info())).status).toBe(503);
      expect(ctx.double.state.requests.length - before).toBe(3);
      expect((await esError(ctx.client.info())).status).toBe(503);
      ctx.double.clearFaults();
      await expect(ctx.client.info()).resolves.toHaveProperty('version');
    } finally {
      await retrying.close();
    }
  });

  it('records requests with method, path, query, parsed body, principal and status', async () => {
    const name = 'recorded';
    await ctx.client.security.createCrossClusterApiKey({ name, access: { search: [{ names: ['a'] }] } });
    const last = ctx.double.state.requests[ctx.double.state.requests.length - 1];
    expect(last).toMatchObject({ method: 'POST', path: '/_security/cross_cluster/api_key', principal: 'elastic', status: 200 });
    expect(last.body).toEqual({ name, access: { search: [{ names: ['a'] }] } });
  });

  it('reset() clears keys, roles, settings, requests and faults', async () => {
    await ctx.client.security.createCrossClusterApiKey({ name: 'gone', access: { search: [{ names: ['a'] }] } });
    ctx.double.injectFault({ path: '/nothing', status: 500 });
    ctx.double.reset();
    expect(ctx.double.state.apiKeys.size).toBe(0);
    expect(ctx.double.state.requests).toHaveLength(0);
    await expect(ctx.client.info()).resolves.toHaveProperty('version');
  });

  it('advanceTime expires keys: an expired REST key no longer authenticates', async () => {
    const key = await ctx.client.security.createApiKey({ name: 'short', expiration: '1m' });
    const viaKey = ctx.clientFor({ apiKey: key.encoded });
    await expect(viaKey.info()).resolves.toHaveProperty('version');
    ctx.double.advanceTime(61_000);
    try {
      const e = await esError(viaKey.info());
      expect(e.status).toBe(401);
      expect(JSON.stringify(e.body)).toContain('api key is expired');
    } finally {
      ctx.double.advanceTime(-61_000);
    }
  });
});

describeDouble('ElasticsearchDouble.start', () => {
  it('listens on 127.0.0.1 on an ephemeral port by default and closes cleanly', async () => {
    const a = await ElasticsearchDouble.start();
    const b = await ElasticsearchDouble.start({ version: '9.1.2', clusterUuid: 'fixed-uuid-for-test' });
    try {
      expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(a.port).not.toBe(b.port);
      expect(a.version).toBe('8.19.3');
      expect(b.clusterUuid).toBe('fixed-uuid-for-test');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('rejects a malformed version', async () => {
    await expect(ElasticsearchDouble.start({ version: '8.19' })).rejects.toThrow('version must look like 8.19.3');
  });
});
