/**
 * PUT /_security/cross_cluster/api_key/{id}: fact sheet §1.2 and §2.7 (update rules, no-op detection,
 * secret unchanged, state and type errors, version gates).
 */
import { MODES, esError, itDouble, raw, useTarget } from './support';

describe.each(MODES)('Elasticsearch %s: update cross-cluster API key', (mode) => {
  const ctx = useTarget(mode);
  const path = (id: string) => `/_security/cross_cluster/api_key/${id}`;
  const newKey = async (extra: Record<string, unknown> = {}) => ctx.client.security.createCrossClusterApiKey({
    name: ctx.unique('upd'), access: { search: [{ names: ['logs-*'] }] }, metadata: { team: 'a' }, ...extra,
  });
  const get = async (id: string) => (await ctx.client.security.getApiKey({ id })).api_keys[0] as any;

  it('a body is required (§1.2)', async () => {
    const key = await newKey();
    const e = await esError(raw(ctx.client, 'PUT', path(key.id)));
    expect(e.status).toBe(400);
    expect(e.reasons).toContain('request body is required');
  });

  it('{} → "must update either [access] or [metadata] for cross-cluster API keys" (§1.2)', async () => {
    const key = await newKey();
    const e = await esError(raw(ctx.client, 'PUT', path(key.id), {}));
    expect(e.status).toBe(400);
    expect(e.body.error.type).toBe('action_request_validation_exception');
    expect(e.body.error.reason).toBe('Validation Failed: 1: must update either [access] or [metadata] for cross-cluster API keys;');
  });

  it('{"access":{}} → "must specify non-empty access for either [search] or [replication]" (§1.2)', async () => {
    const key = await newKey();
    const e = await esError(raw(ctx.client, 'PUT', path(key.id), { access: {} }));
    expect(e.reasons).toContain('must specify non-empty access for either [search] or [replication]');
  });

  it('access replaces access and the role descriptor wholesale; metadata untouched (§1.2)', async () => {
    const key = await newKey();
    const res = await ctx.client.security.updateCrossClusterApiKey({ id: key.id, access: { replication: [{ names: ['archive-*'] }] } });
    expect(res).toEqual({ updated: true });
    const got = await get(key.id);
    expect(got.access).toEqual({ replication: [{ names: ['archive-*'], allow_restricted_indices: false }] });
    expect(got.role_descriptors.cross_cluster.cluster).toEqual(['cross_cluster_replication']);
    expect(got.metadata).toEqual({ team: 'a' });
  });

  it('metadata replaces metadata wholesale; access and role descriptors untouched (§1.2)', async () => {
    const key = await newKey();
    const before = await get(key.id);
    await ctx.client.security.updateCrossClusterApiKey({ id: key.id, metadata: { other: true } } as any);
    const after = await get(key.id);
    expect(after.metadata).toEqual({ other: true });
    expect(after.role_descriptors).toEqual(before.role_descriptors);
    expect(after.access).toEqual(before.access);
    expect(after.expiration).toBe(before.expiration);
  });

  it('the access returned by GET, sent back, is a no-op: updated false (§1.2)', async () => {
    const key = await newKey({ access: { search: [{ names: ['a', 'b'], query: { term: { x: 1 } } }] } });
    const got = await get(key.id);
    expect(await ctx.client.security.updateCrossClusterApiKey({ id: key.id, access: got.access, metadata: got.metadata }))
      .toEqual({ updated: false });
  });

  it('same metadata again is a no-op; a different one is not (§1.2)', async () => {
    const key = await newKey();
    expect(await ctx.client.security.updateCrossClusterApiKey({ id: key.id, metadata: { team: 'a' } } as any)).toEqual({ updated: false });
    expect(await ctx.client.security.updateCrossClusterApiKey({ id: key.id, metadata: { team: 'b' } } as any)).toEqual({ updated: true });
  });

  it('expiration on update: from 8.13 always updated:true and recomputed from now; before 8.13 an unknown field (§1.2, §5)', async () => {
    const key = await newKey({ expiration: '1d' });
    if (ctx.atLeast(8, 13)) {
      const before = Date.now();
      expect(await ctx.client.security.updateCrossClusterApiKey({ id: key.id, metadata: { team: 'a' }, expiration: '2d' } as any))
        .toEqual({ updated: true });
      expect((await get(key.id)).expiration).toBeGreaterThanOrEqual(before + 2 * 86_400_000 - 1000);
      // Same expiration again is still reported as an update (no-op rule: no expiration sent).
      expect(await ctx.client.security.updateCrossClusterApiKey({ id: key.id, metadata: { team: 'a' }, expiration: '2d' } as any))
        .toEqual({ updated: true });
    } else {
      const e = await esError(raw(ctx.client, 'PUT', path(key.id), { metadata: {}, expiration: '2d' }));
      expect(e.body.error.reason).toMatch(/unknown field \[expiration\]/);
    }
  });

  it('an expiration-only body fails the emptiness check, which looks only at access and metadata (§1.2 note)', async () => {
    const key = await newKey({ expiration: '1d' });
    const e = await esError(raw(ctx.client, 'PUT', path(key.id), { expiration: '2d' }));
    expect(e.status).toBe(400);
    expect(e.reasons.join('\n')).toMatch(ctx.atLeast(8, 13)
      ? /must update either \[access\] or \[metadata\] for cross-cluster API keys/
      : /unknown field \[expiration\]/);
  });

  itDouble('expiration on update before 8.13 is unknown (§1.2: 8.13)', 'version switching', async () => {
    ctx.double.setVersion('8.12.2');
    try {
      const key = await newKey();
      const e = await esError(raw(ctx.client, 'PUT', path(key.id), { metadata: {}, expiration: '2d' }));
      expect(e.status).toBe(400);
      expect(e.body.error.reason).toMatch(/^\[\d+:\d+\] \[update_cross_cluster_api_key_request\] unknown field \[expiration\]/);
    } finally {
      ctx.double.setVersion(mode);
    }
  });

  it.each(['0', '0s', '-1', '-1d'])('expiration %j on update → "API key expiration must be in the future" (§2.4)', async (expiration) => {
    if (!ctx.atLeast(8, 13)) return expect(ctx.version).toMatch(/^8\.(1[0-2])\./);
    const key = await newKey();
    const e = await esError(raw(ctx.client, 'PUT', path(key.id), { metadata: {}, expiration }));
    expect(e.status).toBe(400);
    expect(e.body.error.reason).toBe('Validation Failed: 1: API key expiration must be in the future;');
  });

  it('metadata "_" keys rejected on update too (§2.5)', async () => {
    const key = await newKey();
    const e = await esError(raw(ctx.client, 'PUT', path(key.id), { metadata: { _x: 1 } }));
    expect(e.body.error.reason).toBe('Validation Failed: 1: API key metadata keys may not start with [_];');
  });

  it('DLS/FLS with replication is rejected on update from 8.14 as on create (§2.3.2)', async () => {
    const key = await newKey();
    const body = { access: { search: [{ names: ['a'], field_security: { grant: ['f'] } }], replication: [{ names: ['r'] }] } };
    if (ctx.atLeast(8, 14)) {
      const e = await esError(raw(ctx.client, 'PUT', path(key.id), body));
      expect(e.reasons).toContain('search does not support document or field level security if replication is assigned');
    } else {
      await expect(raw(ctx.client, 'PUT', path(key.id), body)).resolves.toEqual({ updated: true });
    }
  });

  itDouble('the secret never changes on update (§1.2)', 'state inspection', async () => {
    const key = await newKey({ expiration: '1d' });
    await ctx.client.security.updateCrossClusterApiKey({ id: key.id, access: { replication: [{ names: ['z'] }] }, metadata: { n: 1 } } as any);
    const stored = ctx.double.state.apiKeys.get(key.id)!;
    expect(stored.apiKey).toBe(key.api_key);
    expect(stored.name).toBe(key.name);
  });

  it('an invalidated key cannot be updated (§2.7)', async () => {
    const key = await newKey();
    await ctx.client.security.invalidateApiKey({ ids: [key.id] });
    const e = await esError(ctx.client.security.updateCrossClusterApiKey({ id: key.id, metadata: { a: 1 } } as any));
    expect(e.status).toBe(400);
    expect(e.reasons).toContain(`cannot update invalidated API key [${key.id}]`);
  });

  itDouble('an expired key cannot be updated (§2.7)', 'clock control', async () => {
    const key = await newKey({ expiration: '1h' });
    ctx.double.advanceTime(2 * 3_600_000);
    try {
      const e = await esError(ctx.client.security.updateCrossClusterApiKey({ id: key.id, metadata: { a: 1 } } as any));
      expect(e.reasons).toContain(`cannot update expired API key [${key.id}]`);
    } finally {
      ctx.double.advanceTime(-2 * 3_600_000);
    }
  });

  it('a REST key cannot be updated through the cross-cluster endpoint, nor the reverse (§2.7)', async () => {
    const rest = await ctx.client.security.createApiKey({ name: ctx.unique('rest') });
    const e = await esError(ctx.client.security.updateCrossClusterApiKey({ id: rest.id, metadata: { a: 1 } } as any));
    expect(e.status).toBe(400);
    expect(e.reasons).toContain('cannot update API key of type [rest] while expected type is [cross_cluster]');
    const cc = await newKey();
    const r = await esError(ctx.client.security.updateApiKey({ id: cc.id, metadata: { a: 1 } }));
    expect(r.reasons).toContain('cannot update API key of type [cross_cluster] while expected type is [rest]');
  });

  it('an unknown id → 404 "no API key owned by requesting user found" (§2.7)', async () => {
    const e = await esError(ctx.client.security.updateCrossClusterApiKey({ id: 'no-such-key-id-000000', metadata: {} } as any));
    expect(e.status).toBe(404);
    expect(e.body.error.reason).toBe('no API key owned by requesting user found');
  });

  it('unknown fields in the update body are rejected (§1.2 strict parser)', async () => {
    const key = await newKey();
    const e = await esError(raw(ctx.client, 'PUT', path(key.id), { metadata: {}, name: 'rename' }));
    expect(e.status).toBe(400);
    expect(e.body.error.reason).toMatch(/unknown field \[name\]/);
  });

  itDouble('certificate_identity on update from 9.3: set, then cleared with null (§1.2)', 'version switching', async () => {
    ctx.double.setVersion('9.3.0');
    try {
      const key = await newKey();
      expect(await raw(ctx.client, 'PUT', path(key.id), { certificate_identity: 'CN=a' })).toEqual({ updated: true });
      expect((await get(key.id)).certificate_identity).toBe('CN=a');
      expect(await raw(ctx.client, 'PUT', path(key.id), { certificate_identity: null })).toEqual({ updated: true });
      expect((await get(key.id)).certificate_identity).toBeUndefined();
    } finally {
      ctx.double.setVersion(mode);
    }
  });
});
