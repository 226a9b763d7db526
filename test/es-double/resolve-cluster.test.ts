/**
 * `GET /_resolve/cluster[/{name}]` across two doubles ("Resolve a cluster before cross-cluster
 * search", docs-content): it contacts each remote and says why one is not usable, which
 * `_remote/info` does not.
 */
import { esError, raw } from './support';
import { describeTwoClusters, useTwoClusters } from './two-clusters';

const SEARCH = { search: [{ names: ['logs-*'] }] };

describeTwoClusters('Two doubles: _resolve/cluster', () => {
  const w = useTwoClusters();
  const resolve = (name?: string) => w.localClient.indices.resolveCluster(name === undefined ? {} : { name }) as Promise<Record<string, any>>;

  it('a connected remote: connected, skip_unavailable, matching_indices and the remote version', async () => {
    await w.remoteClient.index({ index: 'logs-a', document: { msg: 'a' } });
    await w.setAlias('r1', { seeds: [w.remote.remoteClusterAddress] });
    await w.deliver('r1', (await w.createKey(SEARCH)).encoded);
    await w.localClient.index({ index: 'local-a', document: { msg: 'l' } });
    const res = await resolve('local-*,r1:logs-*');
    expect(res['(local)']).toEqual({ connected: true, skip_unavailable: false, matching_indices: true, version: expect.objectContaining({ number: '8.19.3' }) });
    expect(res.r1).toEqual({
      connected: true,
      skip_unavailable: true,
      matching_indices: true,
      version: { number: '8.19.3', build_flavor: 'default', minimum_wire_compatibility_version: '7.17.0', minimum_index_compatibility_version: '7.0.0' },
    });
    expect((await resolve('r1:nothing-*')).r1.matching_indices).toBe(false);
  });

  it('nothing answers: not connected and no error; an invalidated key: not connected with the remote\'s reason', async () => {
    const key = await w.createKey(SEARCH);
    await w.setAlias('down', { seeds: [w.remote.transportAddress!.replace(/:\d+$/, ':1')], skip_unavailable: false });
    await w.setAlias('inv', { seeds: [w.remote.remoteClusterAddress] });
    await w.deliver('down', key.encoded);
    await w.deliver('inv', key.encoded);
    await w.remoteClient.security.invalidateApiKey({ ids: [key.id] });
    const res = await resolve('down:*,inv:*');
    expect(res.down).toEqual({ connected: false, skip_unavailable: false });
    expect(res.inv).toEqual({
      connected: false,
      skip_unavailable: true,
      error: `unable to authenticate user [${key.id}] for action [cluster:internal/remote_cluster/handshake]`,
    });
  });

  it('the transport port and a missing credential each give their reason', async () => {
    const key = await w.createKey(SEARCH);
    await w.setAlias('tp', { seeds: [w.remote.transportAddress] });
    await w.deliver('tp', key.encoded);
    await w.setAlias('nocred', { seeds: [w.remote.remoteClusterAddress] });
    const res = await resolve('tp:*,nocred:*');
    expect(res.tp.error).toBe('missing authentication credentials for action [cluster:internal/remote_cluster/handshake]');
    expect(res.nocred.error).toContain('require transport header [_cross_cluster_access_credentials] but none found');
  });

  it('a user without remote_indices for the alias: not connected, with the local 403 reason', async () => {
    await w.setAlias('r1', { seeds: [w.remote.remoteClusterAddress] });
    await w.deliver('r1', (await w.createKey(SEARCH)).encoded);
    await raw(w.localClient, 'PUT', '/_security/role/nothing-remote', { indices: [{ names: ['x'], privileges: ['read'] }] });
    w.local.addUser({ username: 'plain', password: 'plain-pw', roles: ['nothing-remote'] });
    const res = await w.localAs('plain', 'plain-pw').indices.resolveCluster({ name: 'r1:*' }) as any;
    expect(res.r1).toEqual({
      connected: false,
      skip_unavailable: true,
      error: 'action [indices:admin/resolve/cluster] towards remote cluster [r1] is unauthorized for user [plain] with effective roles '
        + '[nothing-remote] because no remote indices privileges apply for the target cluster',
    });
  });

  it('without an expression (8.18+) every remote is listed with connected and version, without matching_indices', async () => {
    await w.setAlias('r1', { seeds: [w.remote.remoteClusterAddress] });
    await w.deliver('r1', (await w.createKey(SEARCH)).encoded);
    const res = await resolve();
    expect(Object.keys(res)).toEqual(['r1']);
    expect(res.r1).toMatchObject({ connected: true, skip_unavailable: true, version: { number: '8.19.3' } });
    expect(res.r1).not.toHaveProperty('matching_indices');
    w.local.setVersion('8.17.2');
    try {
      expect((await esError(raw(w.localClient, 'GET', '/_resolve/cluster'))).status).toBe(400);
    } finally {
      w.local.setVersion('8.19.3');
    }
  });
});
