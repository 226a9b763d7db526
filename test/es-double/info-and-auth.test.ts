/**
 * GET /, the product header, authentication and authorization (fact sheet §2.7; provider.md §5.1, §5.2).
 */
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { Client, errors } from '@elastic/elasticsearch';
import { MODES, esError, itDouble, raw, useTarget } from './support';

const USERS = [
  { username: 'elastic', password: 'changeme' },
  { username: 'key-manager', password: 'key-manager-pw', roles: ['api_key_admin'], clusterPrivileges: ['manage_api_key'] },
  { username: 'own-keys', password: 'own-keys-pw', roles: ['own_keys'], clusterPrivileges: ['manage_own_api_key'] },
  { username: 'sec-admin', password: 'sec-admin-pw', roles: ['sec_admin'], clusterPrivileges: ['manage_security'] },
];

const ACCESS = { search: [{ names: ['logs-*'] }] };

describe.each(MODES)('Elasticsearch %s: info and auth', (mode) => {
  const ctx = useTarget(mode, { users: USERS });

  it('GET / reports cluster_uuid, version.number, build_flavor default and the tagline (provider.md §5.2)', async () => {
    const res = await ctx.client.info({}, { meta: true });
    expect(res.headers['x-elastic-product']).toBe('Elasticsearch');
    expect(res.body.cluster_uuid).toMatch(/^[A-Za-z0-9_-]{10,}$/);
    expect(res.body.cluster_uuid).not.toBe('_na_');
    expect(res.body.version.number).toMatch(/^\d+\.\d+\.\d+$/);
    if (mode !== 'real') expect(res.body.version.number).toBe(mode);
    expect(res.body.version.build_flavor).toBe('default');
    expect(res.body.version.build_snapshot).toBe(false);
    expect(res.body.tagline).toBe('You Know, for Search');
  });

  it('401 without credentials, with security_exception, WWW-Authenticate and the product header', async () => {
    const anon = new Client({ node: ctx.target.url, maxRetries: 0 });
    try {
      const e = await esError(anon.info());
      expect(e.status).toBe(401);
      expect(e.headers['x-elastic-product']).toBe('Elasticsearch');
      expect(String(e.headers['www-authenticate'])).toContain('Basic realm="security"');
      expect(e.body.error.type).toBe('security_exception');
      expect(e.body.error.root_cause[0].type).toBe('security_exception');
      expect(e.body.error.reason).toBe('missing authentication credentials for REST request [/]');
      expect(e.body.status).toBe(401);
    } finally {
      await anon.close();
    }
  });

  it('401 with a wrong password names the user', async () => {
    const bad = ctx.clientFor({ username: ctx.target.username, password: 'definitely-wrong' });
    const e = await esError(bad.info());
    expect(e.status).toBe(401);
    expect(e.body.error.type).toBe('security_exception');
    expect(e.body.error.reason).toBe(`unable to authenticate user [${ctx.target.username}] for REST request [/]`);
  });

  it('a REST API key authenticates; it cannot create a cross-cluster key (§2.7, 400 and the exact message)', async () => {
    const key = await ctx.client.security.createApiKey({ name: ctx.unique('rest-caller') });
    const viaKey = ctx.clientFor({ apiKey: key.encoded });
    expect((await viaKey.info()).cluster_name).toBeTruthy();
    const e = await esError(viaKey.security.createCrossClusterApiKey({ name: ctx.unique('cc'), access: ACCESS }));
    expect(e.status).toBe(400);
    expect(e.body.error.type).toBe('illegal_argument_exception');
    expect(e.body.error.reason).toBe(
      'authentication via API key not supported: An API key cannot be used to create a cross-cluster API key',
    );
  });

  it('an API key cannot update a cross-cluster key either (§2.7)', async () => {
    const cc = await ctx.client.security.createCrossClusterApiKey({ name: ctx.unique('cc'), access: ACCESS });
    const key = await ctx.client.security.createApiKey({ name: ctx.unique('rest-caller') });
    const viaKey = ctx.clientFor({ apiKey: key.encoded });
    const e = await esError(viaKey.security.updateCrossClusterApiKey({ id: cc.id, metadata: { a: 1 } }));
    expect(e.status).toBe(400);
    expect(e.reasons).toContain('authentication via API key not supported: only the owner user can update an API key');
  });

  it('a cross-cluster key cannot authenticate on the REST interface (§2.7, 401)', async () => {
    const cc = await ctx.client.security.createCrossClusterApiKey({ name: ctx.unique('cc'), access: ACCESS });
    const viaCc = ctx.clientFor({ apiKey: cc.encoded });
    const e = await esError(viaCc.info());
    expect(e.status).toBe(401);
    expect(e.body.error.type).toBe('security_exception');
    expect(JSON.stringify(e.body)).toContain(
      `authentication expected API key type of [rest], but API key [${cc.id}] has type [cross_cluster]`,
    );
  });

  itDouble('403 for a user with manage_api_key but not manage_security (§2.7)', 'needs configured users', async () => {
    const km = ctx.clientFor({ username: 'key-manager', password: 'key-manager-pw' });
    const e = await esError(km.security.createCrossClusterApiKey({ name: ctx.unique('cc'), access: ACCESS }));
    expect(e.status).toBe(403);
    expect(e.headers['x-elastic-product']).toBe('Elasticsearch');
    expect(e.body.error.type).toBe('security_exception');
    expect(e.body.error.reason).toMatch(
      /^action \[cluster:admin\/xpack\/security\/cross_cluster\/api_key\/create\] is unauthorized for user \[key-manager\]/,
    );
  });

  itDouble('403 on update names the update action (§2.7)', 'needs configured users', async () => {
    const cc = await ctx.client.security.createCrossClusterApiKey({ name: ctx.unique('cc'), access: ACCESS });
    const own = ctx.clientFor({ username: 'own-keys', password: 'own-keys-pw' });
    const e = await esError(own.security.updateCrossClusterApiKey({ id: cc.id, metadata: {} }));
    expect(e.status).toBe(403);
    expect(e.body.error.reason).toMatch(/^action \[cluster:admin\/xpack\/security\/cross_cluster\/api_key\/update\] is unauthorized for user \[own-keys\]/);
  });

  itDouble('manage_security without superuser is enough to create a cross-cluster key (§2.7)', 'needs configured users', async () => {
    const sec = ctx.clientFor({ username: 'sec-admin', password: 'sec-admin-pw' });
    const res = await sec.security.createCrossClusterApiKey({ name: ctx.unique('cc'), access: ACCESS });
    const got = await ctx.client.security.getApiKey({ id: res.id });
    expect(got.api_keys[0].username).toBe('sec-admin');
  });

  itDouble('another user cannot update the key: 404 "no API key owned by requesting user found" (§2.7)', 'needs configured users', async () => {
    const cc = await ctx.client.security.createCrossClusterApiKey({ name: ctx.unique('cc'), access: ACCESS });
    const sec = ctx.clientFor({ username: 'sec-admin', password: 'sec-admin-pw' });
    const e = await esError(sec.security.updateCrossClusterApiKey({ id: cc.id, metadata: { x: 1 } }));
    expect(e.status).toBe(404);
    expect(e.body.error.type).toBe('resource_not_found_exception');
    expect(e.body.error.reason).toBe('no API key owned by requesting user found');
  });

  it('every error carries the product header and Elasticsearch\'s error shape', async () => {
    const e = await esError(raw(ctx.client, 'POST', '/_security/cross_cluster/api_key', { access: ACCESS }));
    expect(e.headers['x-elastic-product']).toBe('Elasticsearch');
    expect(e.body).toEqual({
      error: expect.objectContaining({ root_cause: expect.any(Array), type: expect.any(String), reason: expect.any(String) }),
      status: 400,
    });
  });

  it('a known path with the wrong method is 405 with the allowed methods', async () => {
    const e = await esError(raw(ctx.client, 'GET', '/_security/cross_cluster/api_key'));
    expect(e.status).toBe(405);
    expect(e.reasons[0]).toContain('Incorrect HTTP method for uri [/_security/cross_cluster/api_key] and method [GET], allowed: [POST]');
  });

  itDouble('before 8.10 the cross-cluster endpoints do not exist (§5: 8.10)', 'version switching', async () => {
    ctx.double.setVersion('8.9.2');
    try {
      const e = await esError(ctx.client.security.createCrossClusterApiKey({ name: 'old', access: ACCESS }));
      expect(e.status).toBe(400);
      expect(e.reasons[0]).toBe('no handler found for uri [/_security/cross_cluster/api_key] and method [POST]');
    } finally {
      ctx.double.setVersion(mode);
    }
  });

  it('the client rejects a server without the product header (sanity check of the check itself)', async () => {
    // Shows that the product check is live in this client, so the passing calls above are meaningful.
    const srv = http.createServer((_q, s) => {
      s.setHeader('content-type', 'application/json');
      s.end('{"version":{"number":"8.19.3"}}');
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as AddressInfo).port;
    const c = new Client({ node: `http://127.0.0.1:${port}`, maxRetries: 0 });
    try {
      await expect(c.info()).rejects.toBeInstanceOf(errors.ProductNotSupportedError);
    } finally {
      await c.close();
      srv.close();
    }
  });
});
