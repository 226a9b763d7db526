/**
 * GET /_security/api_key (§3.1), DELETE /_security/api_key (§4), and REST keys
 * (POST/PUT /_security/api_key, PUT /_security/api_key/{id}) as the provider uses them (provider.md §5.4).
 */
import { MODES, esError, itDouble, raw, useTarget } from './support';

const USERS = [
  { username: 'elastic', password: 'changeme' },
  { username: 'key-manager', password: 'key-manager-pw', roles: ['api_key_admin'], clusterPrivileges: ['manage_api_key'] },
];

describe.each(MODES)('Elasticsearch %s: get and invalidate API keys', (mode) => {
  const ctx = useTarget(mode, { users: USERS });
  const cc = (name: string) => ctx.client.security.createCrossClusterApiKey({ name, access: { search: [{ names: ['a'] }] } });

  it('GET by id returns exactly one key (provider.md §5.4 requires exactly one)', async () => {
    const key = await cc(ctx.unique('by-id'));
    const res = await ctx.client.security.getApiKey({ id: key.id });
    expect(res.api_keys).toHaveLength(1);
    expect(res.api_keys[0].id).toBe(key.id);
  });

  it('GET by name, including a prefix wildcard (§2.1, §3.1)', async () => {
    const prefix = ctx.unique('wild');
    const a = await cc(`${prefix}-a`);
    const b = await cc(`${prefix}-b`);
    await cc(ctx.unique('other'));
    expect((await ctx.client.security.getApiKey({ name: `${prefix}-a` })).api_keys.map((k) => k.id)).toEqual([a.id]);
    const both = (await ctx.client.security.getApiKey({ name: `${prefix}-*` })).api_keys.map((k) => k.id);
    expect(both.sort()).toEqual([a.id, b.id].sort());
  });

  it('GET owner=true returns only the caller\'s keys (§3.1)', async () => {
    const mine = await cc(ctx.unique('mine'));
    const res = await ctx.client.security.getApiKey({ owner: true });
    expect(res.api_keys.map((k) => k.id)).toContain(mine.id);
    expect(res.api_keys.every((k) => k.username === ctx.target.username)).toBe(true);
  });

  it('GET an unknown id → 404 resource_not_found_exception [derived]', async () => {
    const e = await esError(ctx.client.security.getApiKey({ id: 'does-not-exist-00000' }));
    expect(e.status).toBe(404);
    expect(e.body.error.type).toBe('resource_not_found_exception');
  });

  it('with_limited_by: REST keys get limited_by, cross-cluster keys never do (§3, §3.1)', async () => {
    const rest = await ctx.client.security.createApiKey({ name: ctx.unique('rest') });
    const ccKey = await cc(ctx.unique('cc'));
    const r = (await ctx.client.security.getApiKey({ id: rest.id, with_limited_by: true })).api_keys[0] as any;
    expect(Array.isArray(r.limited_by)).toBe(true);
    expect(r.type).toBe('rest');
    const c = (await ctx.client.security.getApiKey({ id: ccKey.id, with_limited_by: true })).api_keys[0] as any;
    expect(c.limited_by).toBeUndefined();
  });

  it('invalidate by ids: key stays readable with invalidated true and an invalidation time (§4, §3.1 8.12+)', async () => {
    const key = await cc(ctx.unique('inv'));
    const res = await ctx.client.security.invalidateApiKey({ ids: [key.id] });
    expect(res).toEqual({ invalidated_api_keys: [key.id], previously_invalidated_api_keys: [], error_count: 0 });
    expect((res as any).error_details).toBeUndefined();
    const got = (await ctx.client.security.getApiKey({ id: key.id })).api_keys[0] as any;
    expect(got.invalidated).toBe(true);
    expect(typeof got.invalidation).toBe('number');
  });

  it('invalidating again reports previously_invalidated_api_keys (§4)', async () => {
    const key = await cc(ctx.unique('inv2'));
    await ctx.client.security.invalidateApiKey({ ids: [key.id] });
    expect(await ctx.client.security.invalidateApiKey({ ids: [key.id] }))
      .toEqual({ invalidated_api_keys: [], previously_invalidated_api_keys: [key.id], error_count: 0 });
  });

  it('an unknown id invalidates nothing: 200 and an empty response, not 404 (§4)', async () => {
    expect(await ctx.client.security.invalidateApiKey({ ids: ['no-such-key-0000000'] }))
      .toEqual({ invalidated_api_keys: [], previously_invalidated_api_keys: [], error_count: 0 });
  });

  it('invalidate by name hits every key with that name (§2.1, §4)', async () => {
    const name = ctx.unique('same');
    const a = await cc(name);
    const b = await cc(name);
    const res = await ctx.client.security.invalidateApiKey({ name });
    expect(res.invalidated_api_keys.sort()).toEqual([a.id, b.id].sort());
  });

  it('active_only hides invalidated keys (§3.1, 8.10+)', async () => {
    const name = ctx.unique('active');
    const a = await cc(name);
    const b = await cc(name);
    await ctx.client.security.invalidateApiKey({ ids: [a.id] });
    const res = await ctx.client.security.getApiKey({ name, active_only: true });
    expect(res.api_keys.map((k) => k.id)).toEqual([b.id]);
  });

  it('no selector → "One of [api key id, api key name, username, realm name] must be specified" (§4)', async () => {
    const e = await esError(raw(ctx.client, 'DELETE', '/_security/api_key', {}));
    expect(e.status).toBe(400);
    expect(e.reasons.join('\n')).toContain('One of [api key id, api key name, username, realm name] must be specified');
  });

  itDouble('manage_api_key cannot invalidate a cross-cluster key: 200, error_count 1, key untouched (§4)', 'needs configured users', async () => {
    const key = await cc(ctx.unique('guarded'));
    const km = ctx.clientFor({ username: 'key-manager', password: 'key-manager-pw' });
    const res = await km.security.invalidateApiKey({ ids: [key.id] }) as any;
    expect(res.invalidated_api_keys).toEqual([]);
    expect(res.error_count).toBe(1);
    expect(res.error_details[0].reason).toBe(`Cannot invalidate cross-cluster API key [${key.id}]`);
    expect(ctx.double.state.apiKeys.get(key.id)!.invalidated).toBe(false);
  });

  it('REST key with role_descriptors: stored as Elasticsearch normalises them (provider.md §5.4)', async () => {
    const res = await ctx.client.security.createApiKey({
      name: ctx.unique('rest-rd'),
      expiration: '30d',
      role_descriptors: { reader: { cluster: ['monitor'], indices: [{ names: ['logs-*'], privileges: ['read'] }] } },
      metadata: { owner: 'team-a' },
    });
    expect(res.api_key).toHaveLength(22);
    const key = (await ctx.client.security.getApiKey({ id: res.id })).api_keys[0] as any;
    expect(key.type).toBe('rest');
    expect(key.role_descriptors).toEqual({
      reader: {
        cluster: ['monitor'],
        indices: [{ names: ['logs-*'], privileges: ['read'], allow_restricted_indices: false }],
        applications: [],
        run_as: [],
        metadata: {},
        transient_metadata: { enabled: true },
      },
    });
    expect(key.metadata).toEqual({ owner: 'team-a' });
    expect(key.access).toBeUndefined();
  });

  it('PUT /_security/api_key creates a REST key too (the provider uses PUT)', async () => {
    const res = await raw(ctx.client, 'PUT', '/_security/api_key', { name: ctx.unique('put-rest') }) as any;
    expect(Buffer.from(res.encoded, 'base64').toString()).toBe(`${res.id}:${res.api_key}`);
  });

  it('REST key update: role descriptors replaced, updated:false on a no-op', async () => {
    const res = await ctx.client.security.createApiKey({ name: ctx.unique('rest-upd'), role_descriptors: {} });
    expect(await ctx.client.security.updateApiKey({ id: res.id, metadata: { v: 1 } })).toEqual({ updated: true });
    expect(await ctx.client.security.updateApiKey({ id: res.id, metadata: { v: 1 } })).toEqual({ updated: false });
  });
});
