/**
 * POST /_security/cross_cluster/api_key: response, stored role descriptor, and every validation rule
 * of fact sheet §1.1, §2.1–§2.6 and §3, per Elasticsearch version.
 */
import { MODES, esError, itDouble, raw, useTarget } from './support';

const PATH = '/_security/cross_cluster/api_key';
const SEARCH_PRIVS = ['read', 'read_cross_cluster', 'view_index_metadata'];
const REPL_PRIVS = ['cross_cluster_replication', 'cross_cluster_replication_internal'];

describe.each(MODES)('Elasticsearch %s: create cross-cluster API key', (mode) => {
  const ctx = useTarget(mode);
  const create = (body: Record<string, unknown>) => raw(ctx.client, 'POST', PATH, body);
  const searchCluster = () => (ctx.atLeast(8, 15) ? ['cross_cluster_search', 'monitor_enrich'] : ['cross_cluster_search']);

  it('returns id, name, a 22-character api_key and encoded = base64(id:api_key) (§1.1)', async () => {
    const name = ctx.unique('seed-key');
    const res = await ctx.client.security.createCrossClusterApiKey({ name, access: { search: [{ names: ['logs*'] }] } });
    expect(Object.keys(res)).toEqual(['id', 'name', 'api_key', 'encoded']);
    expect(res.name).toBe(name);
    expect(res.api_key).toHaveLength(22);
    expect(Buffer.from(res.encoded, 'base64').toString('utf8')).toBe(`${res.id}:${res.api_key}`);
  });

  it('expiration is reported in epoch ms, whole seconds after creation (§1.1, §2.4, §8.9)', async () => {
    const before = Date.now();
    const res = await ctx.client.security.createCrossClusterApiKey({
      name: ctx.unique('exp'), expiration: '1d', access: { replication: [{ names: ['archive*'] }] },
    });
    expect(res.expiration).toBeGreaterThanOrEqual(before + 86_400_000 - 1000);
    expect(res.expiration).toBeLessThanOrEqual(Date.now() + 86_400_000 + 1000);
    const got = (await ctx.client.security.getApiKey({ id: res.id })).api_keys[0];
    expect(got.expiration).toBe(res.expiration);
    expect((got.expiration as number) - (got.creation as number)).toBe(86_400_000);
  });

  it('GET returns the seed\'s shape: one cross_cluster descriptor, access without privileges (§3, §3.1)', async () => {
    const name = ctx.unique('seed');
    const res = await ctx.client.security.createCrossClusterApiKey({
      name,
      expiration: '1d',
      access: { search: [{ names: ['logs*'] }], replication: [{ names: ['archive*'] }] },
      metadata: { description: 'phase one', environment: { level: 1, trusted: true, tags: ['dev', 'staging'] } },
    });
    const [key] = (await ctx.client.security.getApiKey({ id: res.id })).api_keys as any[];
    expect(key).toMatchObject({
      id: res.id,
      name,
      type: 'cross_cluster',
      invalidated: false,
      username: ctx.target.username,
      metadata: { description: 'phase one', environment: { level: 1, trusted: true, tags: ['dev', 'staging'] } },
    });
    expect(typeof key.creation).toBe('number');
    expect(key.role_descriptors).toEqual({
      cross_cluster: {
        cluster: [...searchCluster(), 'cross_cluster_replication'],
        indices: [
          { names: ['logs*'], privileges: SEARCH_PRIVS, allow_restricted_indices: false },
          { names: ['archive*'], privileges: REPL_PRIVS, allow_restricted_indices: false },
        ],
        applications: [],
        run_as: [],
        metadata: {},
        transient_metadata: { enabled: true },
      },
    });
    expect(key.access).toEqual({
      search: [{ names: ['logs*'], allow_restricted_indices: false }],
      replication: [{ names: ['archive*'], allow_restricted_indices: false }],
    });
    expect(key.limited_by).toBeUndefined();
    if (ctx.atLeast(8, 14)) expect(key.realm_type).toBeDefined();
    else expect(key.realm_type).toBeUndefined();
  });

  it('cluster privileges: search only, replication only (§3 table; monitor_enrich from 8.15)', async () => {
    const s = await ctx.client.security.createCrossClusterApiKey({ name: ctx.unique('s'), access: { search: [{ names: ['a'] }] } });
    const r = await ctx.client.security.createCrossClusterApiKey({ name: ctx.unique('r'), access: { replication: [{ names: ['a'] }] } });
    const got = await ctx.client.security.getApiKey({ id: s.id });
    expect((got.api_keys[0].role_descriptors as any).cross_cluster.cluster).toEqual(searchCluster());
    const gotR = await ctx.client.security.getApiKey({ id: r.id });
    expect((gotR.api_keys[0].role_descriptors as any).cross_cluster.cluster).toEqual(['cross_cluster_replication']);
  });

  it('DLS/FLS on a search-only key is kept, query rendered as a string (§2.3.4, §3)', async () => {
    const res = await create({
      name: ctx.unique('dls'),
      access: { search: [{ names: ['logs'], query: { term: { tag: 42 } }, field_security: { grant: ['*'], except: ['private'] }, allow_restricted_indices: true }] },
    }) as any;
    const [key] = (await ctx.client.security.getApiKey({ id: res.id })).api_keys as any[];
    expect(key.role_descriptors.cross_cluster.indices[0]).toEqual({
      names: ['logs'],
      privileges: SEARCH_PRIVS,
      field_security: { grant: ['*'], except: ['private'] },
      query: '{"term":{"tag":42}}',
      allow_restricted_indices: true,
    });
    expect(key.access.search[0]).toEqual({
      names: ['logs'], field_security: { grant: ['*'], except: ['private'] }, query: '{"term":{"tag":42}}', allow_restricted_indices: true,
    });
  });

  it('`names` may be a single string; replication allows allow_restricted_indices (§1.1, §2.2)', async () => {
    const res = await create({ name: ctx.unique('str'), access: { replication: [{ names: '.sys*', allow_restricted_indices: true }] } }) as any;
    const [key] = (await ctx.client.security.getApiKey({ id: res.id })).api_keys as any[];
    expect(key.access.replication).toEqual([{ names: ['.sys*'], allow_restricted_indices: true }]);
  });

  it('names are not unique: two keys with one name get two ids (§2.1)', async () => {
    const name = ctx.unique('dup');
    const a = await ctx.client.security.createCrossClusterApiKey({ name, access: { search: [{ names: ['a'] }] } });
    const b = await ctx.client.security.createCrossClusterApiKey({ name, access: { search: [{ names: ['a'] }] } });
    expect(a.id).not.toBe(b.id);
    expect((await ctx.client.security.getApiKey({ name })).api_keys.map((k) => k.id).sort()).toEqual([a.id, b.id].sort());
  });

  // §2.1 name rules
  it.each([
    ['', 'api key name is required'],
    ['x'.repeat(257), 'api key name may not be more than 256 characters long'],
    [' lead', 'api key name may not begin or end with whitespace'],
    ['trail\t', 'api key name may not begin or end with whitespace'],
    ['_underscore', 'api key name may not begin with an underscore'],
  ])('name %j → "%s" (§2.1, action_request_validation_exception)', async (name, message) => {
    const e = await esError(create({ name, access: { search: [{ names: ['a'] }] } }));
    expect(e.status).toBe(400);
    expect(e.body.error.type).toBe('action_request_validation_exception');
    expect(e.body.error.reason).toBe(`Validation Failed: 1: ${message};`);
  });

  it('a 256-character name and a name with inner/non-ASCII spaces are accepted (§2.1)', async () => {
    await expect(create({ name: 'y'.repeat(256), access: { search: [{ names: ['a'] }] } })).resolves.toHaveProperty('id');
    await expect(create({ name: 'a b\u00a0', access: { search: [{ names: ['a'] }] } })).resolves.toHaveProperty('id');
  });

  it('missing name / missing access → Required [...] (§1.1)', async () => {
    const noName = await esError(create({ access: { search: [{ names: ['a'] }] } }));
    expect(noName.status).toBe(400);
    expect(noName.reasons).toContain('Required [name]');
    const noAccess = await esError(create({ name: ctx.unique('x') }));
    expect(noAccess.reasons).toContain('Required [access]');
  });

  it('access null → "access doesn\'t support values of type: VALUE_NULL" (§1.1)', async () => {
    const e = await esError(create({ name: ctx.unique('x'), access: null }));
    expect(e.status).toBe(400);
    expect(e.body.error.type).toBe('x_content_parse_exception');
    expect(e.reasons.join('\n')).toMatch(/\[cross_cluster_api_key_request\] access doesn't support values of type: VALUE_NULL/);
  });

  it('unknown top-level and access fields are rejected by the strict parsers (§1.1)', async () => {
    const top = await esError(create({ name: ctx.unique('x'), access: { search: [{ names: ['a'] }] }, role_descriptors: {} }));
    expect(top.status).toBe(400);
    expect(top.body.error.type).toBe('x_content_parse_exception');
    expect(top.body.error.reason).toMatch(/^\[\d+:\d+\] \[cross_cluster_api_key_request\] unknown field \[role_descriptors\]/);
    const inner = await esError(create({ name: ctx.unique('x'), access: { search: [{ names: ['a'] }], other: [] } }));
    expect(inner.reasons.join('\n')).toMatch(/\[cross_cluster_api_key_request_access\] unknown field \[other\]/);
  });

  it.each([
    [{}, 'must specify non-empty access for either [search] or [replication]'],
    [{ search: [] }, 'must specify non-empty access for either [search] or [replication]'],
    [{ search: [], replication: [] }, 'must specify non-empty access for either [search] or [replication]'],
    [{ replication: [{ names: ['a'], query: '{"match_all":{}}' }] }, 'replication does not support document or field level security'],
    [{ replication: [{ names: ['a'], field_security: { grant: ['x'] } }] }, 'replication does not support document or field level security'],
  ])('access %j → "%s" (§2.2, §2.3.1)', async (access, message) => {
    const e = await esError(create({ name: ctx.unique('x'), access }));
    expect(e.status).toBe(400);
    expect(e.reasons).toContain(message);
  });

  it('search + replication with DLS/FLS in search: rejected from 8.14, accepted before (§2.3.2, §5)', async () => {
    const body = {
      name: ctx.unique('x'),
      access: { search: [{ names: ['logs'], query: { term: { a: 1 } } }], replication: [{ names: ['other-*'] }] },
    };
    if (ctx.atLeast(8, 14)) {
      const e = await esError(create(body));
      expect(e.status).toBe(400);
      expect(e.reasons).toContain('search does not support document or field level security if replication is assigned');
    } else {
      await expect(create(body)).resolves.toHaveProperty('id');
    }
  });

  it('grant ["*"] alone is not FLS, so it is allowed with replication (§2.3)', async () => {
    const res = await create({
      name: ctx.unique('grant-all'),
      access: { search: [{ names: ['logs'], field_security: { grant: ['*'] } }], replication: [{ names: ['r'] }] },
    });
    expect(res).toHaveProperty('id');
  });

  it.each([
    [{ names: ['a'], privileges: ['read'] }, 'failed to parse indices privileges for role [cross_cluster]. field [privileges] must not present'],
    [{ allow_restricted_indices: false }, 'failed to parse indices privileges for role [cross_cluster]. missing required [names] field'],
    [{ names: [] }, 'failed to parse indices privileges for role [cross_cluster]. [names] cannot be an empty array'],
    [{ names: ['a'], field_security: {} }, 'failed to parse indices privileges for role [cross_cluster]. "field_security" must not be empty.'],
    [{ names: ['a'], field_security: { except: ['x'] } }, 'failed to parse indices privileges for role [cross_cluster]. field_security requires grant if except is given'],
  ])('search entry %j → "%s" (§1.1, §2.2)', async (entry, message) => {
    const e = await esError(create({ name: ctx.unique('x'), access: { search: [entry] } }));
    expect(e.status).toBe(400);
    expect(e.body.error.root_cause[0]).toEqual({ type: 'parse_exception', reason: message });
    expect(e.body.error.reason).toMatch(/\[cross_cluster_api_key_request\] failed to parse field \[access\]/);
  });

  it('wrongly typed names / query / allow_restricted_indices are parse errors (§2.2)', async () => {
    const names = await esError(create({ name: ctx.unique('x'), access: { search: [{ names: 7 }] } }));
    expect(names.reasons.join('\n')).toContain('expected field [names] value to be a string or an array of strings');
    const query = await esError(create({ name: ctx.unique('x'), access: { search: [{ names: ['a'], query: 5 }] } }));
    expect(query.reasons.join('\n')).toContain('expected field [query] value to be null, a string, an array, or an object');
    const ari = await esError(create({ name: ctx.unique('x'), access: { search: [{ names: ['a'], allow_restricted_indices: 'yes' }] } }));
    expect(ari.reasons.join('\n')).toContain('expected field [allow_restricted_indices] value to be a boolean');
  });

  it('{"search": null} → VALUE_NULL (§2.2)', async () => {
    const e = await esError(create({ name: ctx.unique('x'), access: { search: null } }));
    expect(e.reasons.join('\n')).toContain("search doesn't support values of type: VALUE_NULL");
  });

  it('metadata: top-level "_" keys rejected, nested ones allowed (§2.5)', async () => {
    const e = await esError(create({ name: ctx.unique('x'), access: { search: [{ names: ['a'] }] }, metadata: { _reserved: 1 } }));
    expect(e.body.error.type).toBe('action_request_validation_exception');
    expect(e.body.error.reason).toBe('Validation Failed: 1: API key metadata keys may not start with [_];');
    await expect(create({ name: ctx.unique('x'), access: { search: [{ names: ['a'] }] }, metadata: { ok: { _nested: 1 } } })).resolves.toHaveProperty('id');
  });

  it('name and metadata errors are reported together, numbered (§2.1, §2.5)', async () => {
    const e = await esError(create({ name: '_x', access: { search: [{ names: ['a'] }] }, metadata: { _m: 1 } }));
    expect(e.body.error.reason).toBe(
      'Validation Failed: 1: api key name may not begin with an underscore;2: API key metadata keys may not start with [_];',
    );
  });

  // §8 TimeValue grammar, through the API
  it.each(['1d', '1D', '2H', '30S', '5MS', '10NANOS', '90m', ' 5m', '1 d', '+1d', '0d', '1000000micros'])(
    'expiration %j is accepted (§8)', async (expiration) => {
      await expect(create({ name: ctx.unique('tv'), access: { search: [{ names: ['a'] }] }, expiration })).resolves.toHaveProperty('id');
    });

  it.each([
    ['1w', 'failed to parse setting [expiration] with value [1w] as a time value: unit is missing or unrecognized'],
    ['5M', 'failed to parse setting [expiration] with value [5M] as a time value: unit is missing or unrecognized'],
    ['5m ', 'failed to parse setting [expiration] with value [5m ] as a time value: unit is missing or unrecognized'],
    ['1y', 'failed to parse setting [expiration] with value [1y] as a time value: unit is missing or unrecognized'],
    ['-2d', 'failed to parse setting [expiration] with value [-2d] as a time value: negative durations are not supported'],
    ['1.5d', 'failed to parse [1.5d], fractional time values are not supported'],
    ['1mins', 'failed to parse [1mins]'],
    ['99999999999999999999d', 'failed to parse [99999999999999999999d], fractional time values are not supported'],
  ])('expiration %j → "%s" (§2.4, §8)', async (expiration, message) => {
    const e = await esError(create({ name: ctx.unique('tv'), access: { search: [{ names: ['a'] }] }, expiration }));
    expect(e.status).toBe(400);
    expect(e.reasons).toContain(message);
  });

  it('expiration as a number or null is a parse error (§1.1: declared as a string)', async () => {
    const num = await esError(create({ name: ctx.unique('tv'), access: { search: [{ names: ['a'] }] }, expiration: 86400 }));
    expect(num.reasons.join('\n')).toContain("expiration doesn't support values of type: VALUE_NUMBER");
    const nul = await esError(create({ name: ctx.unique('tv'), access: { search: [{ names: ['a'] }] }, expiration: null }));
    expect(nul.reasons.join('\n')).toContain("expiration doesn't support values of type: VALUE_NULL");
  });

  itDouble('"0s" and "-1" on create give a key that expires at creation (§2.4, §8.8)', 'state inspection', async () => {
    for (const expiration of ['0s', '-1', '999ms']) {
      const res = await create({ name: ctx.unique('dead'), access: { search: [{ names: ['a'] }] }, expiration }) as any;
      const stored = ctx.double.state.apiKeys.get(res.id)!;
      expect(stored.expiration).toBe(stored.creation);
    }
    const past = await create({ name: ctx.unique('dead'), access: { search: [{ names: ['a'] }] }, expiration: '-1d' }) as any;
    expect(past.expiration).toBeLessThan(Date.now());
  });

  it('certificate_identity: unknown field before 9.3 (§1.1, §5)', async () => {
    const body = { name: ctx.unique('cert'), access: { search: [{ names: ['a'] }] }, certificate_identity: 'CN=local.*' };
    if (ctx.atLeast(9, 3)) {
      await expect(create(body)).resolves.toHaveProperty('id');
    } else {
      const e = await esError(create(body));
      expect(e.body.error.reason).toMatch(/unknown field \[certificate_identity\]/);
    }
  });

  itDouble('certificate_identity from 9.3: stored, returned on GET, must be a regex (§2.6)', 'version switching', async () => {
    ctx.double.setVersion('9.3.0');
    try {
      const res = await create({ name: ctx.unique('cert'), access: { search: [{ names: ['a'] }] }, certificate_identity: 'CN=local.*' }) as any;
      const [key] = (await ctx.client.security.getApiKey({ id: res.id })).api_keys as any[];
      expect(key.certificate_identity).toBe('CN=local.*');
      const e = await esError(create({ name: ctx.unique('cert'), access: { search: [{ names: ['a'] }] }, certificate_identity: '(' }));
      expect(e.reasons).toContain('Invalid certificate_identity format: [(]. Must be a valid regex.');
    } finally {
      ctx.double.setVersion(mode);
    }
  });

  it('a body is required', async () => {
    const e = await esError(raw(ctx.client, 'POST', PATH));
    expect(e.status).toBe(400);
    expect(e.reasons).toContain('request body is required');
  });

  itDouble('state records the key with the secret, owner and realm (double state)', 'state inspection', async () => {
    const res = await ctx.client.security.createCrossClusterApiKey({ name: ctx.unique('st'), access: { search: [{ names: ['a'] }] } });
    const stored = ctx.double.state.apiKeys.get(res.id)!;
    expect(stored).toMatchObject({ type: 'cross_cluster', apiKey: res.api_key, username: 'elastic', realm: 'reserved', invalidated: false });
  });
});
