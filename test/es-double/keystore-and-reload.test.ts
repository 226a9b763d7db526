/**
 * The simulated per-node keystore (double-only endpoints standing in for `elasticsearch-keystore add`,
 * ECK and Elastic Cloud) and `POST _nodes/reload_secure_settings` (Elasticsearch's
 * TransportNodesReloadSecureSettingsAction and NodesReloadSecureSettingsResponse).
 */
import { esError, raw } from './support';
import { describeTwoClusters, useTwoClusters } from './two-clusters';

const CRED = 'cluster.remote.r1.credentials';

describeTwoClusters('Simulated keystore and secure-settings reload', () => {
  const w = useTwoClusters();
  const nodes = () => w.local.state.nodes;

  it('writes an entry on every node, lists names but never values, removes it again', async () => {
    const put = await raw(w.localClient, 'PUT', `/_double/keystore/_all/${CRED}`, { value: 'c2VjcmV0' }) as any;
    expect(Object.keys(put.nodes).sort()).toEqual(nodes().map((n) => n.id).sort());
    const listed = await raw(w.localClient, 'GET', '/_double/keystore') as any;
    for (const n of nodes()) expect(listed.nodes[n.id]).toEqual({ name: n.name, settings: [CRED] });
    expect(JSON.stringify(listed)).not.toContain('c2VjcmV0');
    await raw(w.localClient, 'DELETE', `/_double/keystore/_all/${CRED}`);
    expect(nodes().map((n) => n.keystore.size)).toEqual([0, 0]);
  });

  it('takes a text/plain body as the value (one trailing newline dropped), as keystore add --stdin reads it', async () => {
    await w.localClient.transport.request(
      { method: 'PUT', path: `/_double/keystore/_all/${CRED}`, body: 'c3RkaW4=\n' },
      { headers: { 'content-type': 'text/plain' } },
    );
    expect(nodes().map((n) => n.keystore.get(CRED))).toEqual(['c3RkaW4=', 'c3RkaW4=']);
  });

  it('writes one node by name or id', async () => {
    const [first, second] = nodes();
    await raw(w.localClient, 'PUT', `/_double/keystore/${second.name}/${CRED}`, { value: 'b25l' });
    expect([first.keystore.has(CRED), second.keystore.get(CRED)]).toEqual([false, 'b25l']);
    await raw(w.localClient, 'PUT', `/_double/keystore/${first.id}/${CRED}`, { value: 'dHdv' });
    expect(first.keystore.get(CRED)).toBe('dHdv');
  });

  it('rejects a setting name outside the keystore pattern, an unknown node and a body without a value', async () => {
    const bad = await esError(raw(w.localClient, 'PUT', '/_double/keystore/_all/Bad@Name', { value: 'x' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.reason).toBe('Setting name [Bad@Name] does not match the allowed setting name pattern [[A-Za-z0-9_\\-.]+]');
    expect((await esError(raw(w.localClient, 'PUT', `/_double/keystore/nobody/${CRED}`, { value: 'x' }))).status).toBe(404);
    expect((await esError(raw(w.localClient, 'PUT', `/_double/keystore/_all/${CRED}`, { value: 1 }))).status).toBe(400);
  });

  it('needs the manage cluster privilege', async () => {
    w.local.addUser({ username: 'reader', password: 'reader-pw', roles: ['reader'], clusterPrivileges: ['monitor'] });
    const e = await esError(raw(w.localAs('reader', 'reader-pw'), 'PUT', `/_double/keystore/_all/${CRED}`, { value: 'x' }));
    expect(e.status).toBe(403);
  });

  it('a reload loads every node and answers one entry per node, without reload_exception', async () => {
    w.local.setKeystoreEntry(CRED, 'dmFsdWU=');
    const res = await w.localClient.nodes.reloadSecureSettings() as any;
    expect(res._nodes).toEqual({ total: 2, successful: 2, failed: 0 });
    expect(res.cluster_name).toBe('local');
    expect(res.nodes).toEqual(Object.fromEntries(nodes().map((n) => [n.id, { name: n.name }])));
    expect(nodes().map((n) => n.loaded.get(CRED))).toEqual(['dmFsdWU=', 'dmFsdWU=']);
  });

  it('a damaged entry on one node: 200, a reload_exception on that node only, and that node keeps its old settings', async () => {
    const [first, second] = nodes();
    w.local.setKeystoreEntry(CRED, 'b2xk');
    await w.localClient.nodes.reloadSecureSettings();
    w.local.setKeystoreEntry(CRED, 'bmV3');
    await raw(w.localClient, 'PUT', `/_double/keystore/${second.name}/cluster.remote.r2.credentials`, { corrupt: true });
    const res = await w.localClient.nodes.reloadSecureSettings({}, { meta: true });
    expect(res.statusCode).toBe(200);
    expect(res.body._nodes).toEqual({ total: 2, successful: 2, failed: 0 });
    expect((res.body.nodes as any)[first.id]).toEqual({ name: first.name });
    expect((res.body.nodes as any)[second.id]).toEqual({
      name: second.name,
      reload_exception: { type: 'security_exception', reason: 'Keystore has been corrupted or tampered with' },
    });
    expect([first.loaded.get(CRED), second.loaded.get(CRED)]).toEqual(['bmV3', 'b2xk']);
  });

  it('reloads only the nodes named in the path', async () => {
    const [first, second] = nodes();
    w.local.setKeystoreEntry(CRED, 'eA==');
    const res = await w.localClient.nodes.reloadSecureSettings({ node_id: second.id }) as any;
    expect(res._nodes.total).toBe(1);
    expect(Object.keys(res.nodes)).toEqual([second.id]);
    expect([first.loaded.has(CRED), second.loaded.has(CRED)]).toEqual([false, true]);
  });

  it('removing the entry and reloading unloads the credential: cluster_credentials disappears', async () => {
    await w.setAlias('r1', { seeds: ['127.0.0.1:9443'] });
    await w.deliver('r1', 'eA==');
    expect((await w.remoteInfo()).r1.cluster_credentials).toBe('::es_redacted::');
    await raw(w.localClient, 'DELETE', `/_double/keystore/_all/${CRED}`);
    await w.localClient.nodes.reloadSecureSettings();
    expect((await w.remoteInfo()).r1).not.toHaveProperty('cluster_credentials');
  });

  it('_remote/info reflects the coordinating (first) node: a credential only on the second node does not count', async () => {
    await w.setAlias('r1', { seeds: ['127.0.0.1:9443'] });
    w.local.setKeystoreEntry(CRED, 'eA==', nodes()[1].name);
    await w.localClient.nodes.reloadSecureSettings();
    expect((await w.remoteInfo()).r1).not.toHaveProperty('cluster_credentials');
  });
});
