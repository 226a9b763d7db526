/**
 * `GET _remote/info` on a local double connected to a remote double (fact sheet §6.2; the remote
 * clusters troubleshooting page): connected only when the alias reaches the remote cluster server
 * port and the loaded credential is a valid cross-cluster key on that remote.
 */
import * as net from 'node:net';
import { raw } from './support';
import { describeTwoClusters, useTwoClusters } from './two-clusters';

const SEARCH = { search: [{ names: ['logs-*'] }] };

describeTwoClusters('Two doubles: _remote/info connection state', () => {
  const w = useTwoClusters();

  it('the remote listens on a remote cluster server port of its own, and says so in its settings defaults', async () => {
    expect(w.remote.remoteClusterPort).toEqual(expect.any(Number));
    expect(w.remote.remoteClusterPort).not.toBe(w.remote.port);
    expect(w.remote.remoteClusterAddress).toBe(`127.0.0.1:${w.remote.remoteClusterPort}`);
    const got = await w.remoteClient.cluster.getSettings({ include_defaults: true, flat_settings: true }) as any;
    expect(got.defaults['remote_cluster_server.enabled']).toBe('true');
    expect(got.defaults['remote_cluster.port']).toBe(String(w.remote.remoteClusterPort));
    const local = await w.localClient.cluster.getSettings({ include_defaults: true, flat_settings: true }) as any;
    expect(local.defaults['remote_cluster_server.enabled']).toBe('false');
    expect(w.local.remoteClusterPort).toBeUndefined();
  });

  it('sniff mode: seeds at the remote cluster port and a delivered key → connected with cluster_credentials', async () => {
    const key = await w.createKey(SEARCH);
    await w.setAlias('sniffed', { seeds: [w.remote.remoteClusterAddress] });
    await w.deliver('sniffed', key.encoded);
    const info = await w.remoteInfo();
    expect(info.sniffed).toEqual({
      connected: true,
      mode: 'sniff',
      seeds: [w.remote.remoteClusterAddress],
      num_nodes_connected: 1,
      max_connections_per_cluster: 3,
      initial_connect_timeout: '30s',
      skip_unavailable: true,
      cluster_credentials: '::es_redacted::',
    });
  });

  it('proxy mode: proxy_address at the remote cluster port → connected, with the proxy-mode fields', async () => {
    const key = await w.createKey(SEARCH);
    await w.setAlias('proxied', { mode: 'proxy', proxy_address: w.remote.remoteClusterAddress, server_name: 'remote.example' });
    await w.deliver('proxied', key.encoded);
    expect((await w.remoteInfo()).proxied).toEqual({
      connected: true,
      mode: 'proxy',
      proxy_address: w.remote.remoteClusterAddress,
      server_name: 'remote.example',
      num_proxy_sockets_connected: 18,
      max_proxy_socket_connections: 18,
      initial_connect_timeout: '30s',
      skip_unavailable: true,
      cluster_credentials: '::es_redacted::',
    });
  });

  it('the transport port never connects with an API key, in either mode', async () => {
    const key = await w.createKey(SEARCH);
    await w.setAlias('viasniff', { seeds: [w.remote.transportAddress] });
    await w.setAlias('viaproxy', { mode: 'proxy', proxy_address: w.remote.transportAddress });
    await w.deliver('viasniff', key.encoded);
    await w.deliver('viaproxy', key.encoded);
    const info = await w.remoteInfo();
    expect(info.viasniff).toMatchObject({ connected: false, num_nodes_connected: 0, cluster_credentials: '::es_redacted::' });
    expect(info.viaproxy).toMatchObject({ connected: false, num_proxy_sockets_connected: 0, cluster_credentials: '::es_redacted::' });
  });

  it('the transport port without a credential: the certificate model connects (TLS trust is not simulated), no cluster_credentials', async () => {
    await w.setAlias('certmodel', { seeds: [w.remote.transportAddress] });
    const info = await w.remoteInfo();
    expect(info.certmodel).toMatchObject({ connected: true, num_nodes_connected: 1 });
    expect(info.certmodel).not.toHaveProperty('cluster_credentials');
  });

  it('the remote HTTP port, a closed port and an unknown host do not connect', async () => {
    const key = await w.createKey(SEARCH);
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    await w.setAlias('http', { seeds: [`127.0.0.1:${w.remote.port}`] });
    await w.setAlias('closed', { seeds: [`127.0.0.1:${closed}`] });
    await w.setAlias('nohost', { mode: 'proxy', proxy_address: 'no-such-host.invalid:9443' });
    for (const a of ['http', 'closed', 'nohost']) await w.deliver(a, key.encoded);
    const info = await w.remoteInfo();
    expect([info.http.connected, info.closed.connected, info.nohost.connected]).toEqual([false, false, false]);
  });

  it('without a loaded credential (certificate model) the remote cluster port refuses: not connected, no cluster_credentials', async () => {
    await w.setAlias('nocred', { seeds: [w.remote.remoteClusterAddress] });
    const info = await w.remoteInfo();
    expect(info.nocred.connected).toBe(false);
    expect(info.nocred).not.toHaveProperty('cluster_credentials');
  });

  it('a keystore entry counts only after a reload', async () => {
    const key = await w.createKey(SEARCH);
    await w.setAlias('later', { seeds: [w.remote.remoteClusterAddress] });
    await raw(w.localClient, 'PUT', '/_double/keystore/_all/cluster.remote.later.credentials', { value: key.encoded });
    expect((await w.remoteInfo()).later).toMatchObject({ connected: false });
    expect((await w.remoteInfo()).later).not.toHaveProperty('cluster_credentials');
    await w.localClient.nodes.reloadSecureSettings();
    expect((await w.remoteInfo()).later).toMatchObject({ connected: true, cluster_credentials: '::es_redacted::' });
  });

  it('invalidating the key on the remote disconnects; cluster_credentials stays (the credential is still loaded)', async () => {
    const key = await w.createKey(SEARCH);
    await w.setAlias('inv', { seeds: [w.remote.remoteClusterAddress] });
    await w.deliver('inv', key.encoded);
    expect((await w.remoteInfo()).inv.connected).toBe(true);
    await w.remoteClient.security.invalidateApiKey({ ids: [key.id] });
    expect((await w.remoteInfo()).inv).toMatchObject({ connected: false, cluster_credentials: '::es_redacted::' });
  });

  it('a key that expires on the remote clock disconnects (clock moved over HTTP, no sleeping)', async () => {
    const key = await w.createKey(SEARCH, '1h');
    await w.setAlias('exp', { seeds: [w.remote.remoteClusterAddress] });
    await w.deliver('exp', key.encoded);
    expect((await w.remoteInfo()).exp.connected).toBe(true);
    await raw(w.remoteClient, 'POST', '/_double/clock', { advance: '59m' });
    expect((await w.remoteInfo()).exp.connected).toBe(true);
    await raw(w.remoteClient, 'POST', '/_double/clock', { advance: '1m' });
    expect((await w.remoteInfo()).exp.connected).toBe(false);
  });

  it('a REST key, a key of another cluster and a malformed value do not connect', async () => {
    const rest = await w.remoteClient.security.createApiKey({ name: 'rest' });
    const elsewhere = await w.localClient.security.createCrossClusterApiKey({ name: 'not-on-remote', access: SEARCH });
    const cases: Record<string, string> = {
      rest: rest.encoded,
      elsewhere: elsewhere.encoded,
      malformed: Buffer.from('no-colon-here').toString('base64'),
    };
    for (const [alias, encoded] of Object.entries(cases)) {
      await w.setAlias(alias, { seeds: [w.remote.remoteClusterAddress] });
      await w.deliver(alias, encoded);
    }
    const info = await w.remoteInfo();
    expect(Object.keys(cases).map((a) => [a, info[a].connected, info[a].cluster_credentials])).toEqual(
      Object.keys(cases).map((a) => [a, false, '::es_redacted::']),
    );
  });

  it('an alias whose settings lack an address is not listed; removing the alias removes its entry', async () => {
    const key = await w.createKey(SEARCH);
    await w.setAlias('gone', { seeds: [w.remote.remoteClusterAddress] });
    await w.deliver('gone', key.encoded);
    expect(Object.keys(await w.remoteInfo())).toEqual(['gone']);
    await w.localClient.cluster.putSettings({ persistent: { 'cluster.remote.gone.seeds': null } } as any);
    expect(await w.remoteInfo()).toEqual({});
  });
});
