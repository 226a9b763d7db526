/**
 * Cluster settings, roles with remote_indices, remote info and secure-settings reload: what the
 * elasticstack cluster_settings and security_role resources need (provider.md §5.5, §5.6; fact sheet §6).
 */
import { MODES, esError, itDouble, raw, useTarget } from './support';

describe.each(MODES)('Elasticsearch %s: cluster settings, roles, remote info', (mode) => {
  const ctx = useTarget(mode);

  afterEach(async () => {
    // Leave no remote aliases behind (also tidy on a real cluster).
    await ctx.client.cluster.putSettings({ persistent: { 'cluster.remote.*': null }, transient: { 'cluster.remote.*': null } } as any);
  });

  it('PUT then GET with flat_settings=true returns flat keys, string values and string lists (provider.md §5.5)', async () => {
    const alias = ctx.unique('a').replace(/[^a-z0-9_-]/g, '');
    const put = await ctx.client.cluster.putSettings({
      persistent: { [`cluster.remote.${alias}.mode`]: 'sniff', [`cluster.remote.${alias}.seeds`]: ['127.0.0.1:9443'], [`cluster.remote.${alias}.skip_unavailable`]: true },
    } as any);
    expect(put.acknowledged).toBe(true);
    const got = await ctx.client.cluster.getSettings({ flat_settings: true });
    expect(got.persistent).toMatchObject({
      [`cluster.remote.${alias}.mode`]: 'sniff',
      [`cluster.remote.${alias}.seeds`]: ['127.0.0.1:9443'],
      [`cluster.remote.${alias}.skip_unavailable`]: 'true',
    });
  });

  it('nested input is accepted and GET without flat_settings nests (§6.2)', async () => {
    await ctx.client.cluster.putSettings({ persistent: { cluster: { remote: { nested1: { mode: 'proxy', proxy_address: 'r.example:9443' } } } } } as any);
    const got = await ctx.client.cluster.getSettings() as any;
    expect(got.persistent.cluster.remote.nested1).toEqual({ mode: 'proxy', proxy_address: 'r.example:9443' });
  });

  it('null deletes a setting; transient settings are kept apart (provider.md §5.5 delete)', async () => {
    await ctx.client.cluster.putSettings({
      persistent: { 'cluster.remote.del1.mode': 'proxy', 'cluster.remote.del1.proxy_address': 'h:9443' },
      transient: { 'cluster.remote.tr1.seeds': ['t:9443'] },
    } as any);
    await ctx.client.cluster.putSettings({ persistent: { 'cluster.remote.del1.proxy_address': null, 'cluster.remote.del1.mode': null } } as any);
    const got = await ctx.client.cluster.getSettings({ flat_settings: true }) as any;
    expect(got.persistent['cluster.remote.del1.mode']).toBeUndefined();
    expect(got.persistent['cluster.remote.del1.proxy_address']).toBeUndefined();
    expect(got.transient['cluster.remote.tr1.seeds']).toEqual(['t:9443']);
  });

  it('a proxy-only setting without mode proxy is rejected (§6.2 mode table)', async () => {
    const e = await esError(ctx.client.cluster.putSettings({ persistent: { 'cluster.remote.m1.proxy_address': 'h:9443' } } as any));
    expect(e.status).toBe(400);
    expect(e.reasons).toContain(
      'Setting "cluster.remote.m1.proxy_address" cannot be used with the configured "cluster.remote.m1.mode" [required=PROXY, configured=SNIFF]',
    );
  });

  itDouble('unknown settings are rejected; the credentials secure setting is not a cluster setting (§6.2)', 'double-only message set', async () => {
    const e = await esError(ctx.client.cluster.putSettings({ persistent: { 'no.such.setting': 1 } } as any));
    expect(e.reasons).toContain('persistent setting [no.such.setting], not recognized');
    const c = await esError(ctx.client.cluster.putSettings({ persistent: { 'cluster.remote.x.credentials': 'abc' } } as any));
    expect(c.status).toBe(400);
  });

  it('GET /_remote/info shows a sniff alias; cluster_credentials only with a keystore credential (§6.2)', async () => {
    await ctx.client.cluster.putSettings({ persistent: { 'cluster.remote.ri1.seeds': ['10.0.0.1:9443'] } } as any);
    const info = await ctx.client.cluster.remoteInfo() as any;
    expect(info.ri1).toMatchObject({ mode: 'sniff', seeds: ['10.0.0.1:9443'], max_connections_per_cluster: 3, initial_connect_timeout: '30s' });
    expect(info.ri1.skip_unavailable).toBe(ctx.atLeast(8, 15));
    expect(info.ri1.cluster_credentials).toBeUndefined();
  });

  itDouble('keystore credential + reload_secure_settings → cluster_credentials "::es_redacted::" (§6.2)', 'keystore control', async () => {
    await ctx.client.cluster.putSettings({ persistent: { 'cluster.remote.ks1.mode': 'proxy', 'cluster.remote.ks1.proxy_address': 'r:9443' } } as any);
    ctx.double.state.keystore.set('cluster.remote.ks1.credentials', 'ZW5jb2RlZA==');
    expect((await ctx.client.cluster.remoteInfo() as any).ks1.cluster_credentials).toBeUndefined();
    const reload = await ctx.client.nodes.reloadSecureSettings();
    expect(reload._nodes).toEqual({ total: 1, successful: 1, failed: 0 });
    const info = await ctx.client.cluster.remoteInfo() as any;
    expect(info.ks1).toMatchObject({ mode: 'proxy', proxy_address: 'r:9443', max_proxy_socket_connections: 18, cluster_credentials: '::es_redacted::' });
    expect(ctx.double.state.reloadCount).toBe(1);
  });

  it('role with remote_indices round-trips; PUT reports created then not created (provider.md §5.6)', async () => {
    const name = ctx.unique('ccs-reader');
    const body = {
      cluster: ['monitor'],
      indices: [{ names: ['local-*'], privileges: ['read'] }],
      remote_indices: [{ clusters: ['my_remote'], names: ['logs-*'], privileges: ['read', 'read_cross_cluster'], query: '{"match_all":{}}' }],
    };
    expect(await raw(ctx.client, 'PUT', `/_security/role/${name}`, body)).toEqual({ role: { created: true } });
    expect(await raw(ctx.client, 'PUT', `/_security/role/${name}`, body)).toEqual({ role: { created: false } });
    const got = await ctx.client.security.getRole({ name }) as any;
    expect(got[name].remote_indices).toEqual([
      { names: ['logs-*'], privileges: ['read', 'read_cross_cluster'], query: '{"match_all":{}}', allow_restricted_indices: false, clusters: ['my_remote'] },
    ]);
    expect(got[name].indices).toEqual([{ names: ['local-*'], privileges: ['read'], allow_restricted_indices: false }]);
    expect(await ctx.client.security.deleteRole({ name })).toEqual({ found: true });
  });

  it('an empty cluster alias in remote_indices is rejected (§6.3)', async () => {
    const e = await esError(raw(ctx.client, 'PUT', `/_security/role/${ctx.unique('bad')}`, {
      remote_indices: [{ clusters: [''], names: ['a'], privileges: ['read'] }],
    }));
    expect(e.status).toBe(400);
    expect(e.reasons.join('\n')).toContain('remote index cluster alias cannot be an empty string');
  });

  it('GET and DELETE of an unknown role are 404 (provider.md §5.6: 404 = gone)', async () => {
    const name = ctx.unique('ghost');
    const g = await esError(ctx.client.security.getRole({ name }));
    expect(g.status).toBe(404);
    expect(g.body).toEqual({});
    const d = await esError(ctx.client.security.deleteRole({ name }));
    expect(d.status).toBe(404);
    expect(d.body).toEqual({ found: false });
  });

  it('remote_cluster in a role: from 8.15, monitor_enrich only (monitor_stats from 8.17) (§6.3)', async () => {
    const name = ctx.unique('rc');
    const body = { remote_cluster: [{ clusters: ['my_remote'], privileges: ['monitor_enrich'] }] };
    if (ctx.atLeast(8, 15)) {
      await raw(ctx.client, 'PUT', `/_security/role/${name}`, body);
      expect(((await ctx.client.security.getRole({ name })) as any)[name].remote_cluster).toEqual([{ privileges: ['monitor_enrich'], clusters: ['my_remote'] }]);
    } else {
      const e = await esError(raw(ctx.client, 'PUT', `/_security/role/${name}`, body));
      expect(e.reasons.join('\n')).toContain('unexpected field [remote_cluster]');
    }
  });
});
