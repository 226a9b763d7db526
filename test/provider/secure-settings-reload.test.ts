import { secureSettingsReload } from '../../src/provider/resources/secure-settings-reload';
import { raw } from '../es-double/support';
import { describeTwoClusters, useTwoClusters } from '../es-double/two-clusters';
import { ResourceDriver, errors, pathOf, text } from './support/resource-driver';

// eccx_secure_settings_reload against the local double (two nodes, each with its own keystore).

const CRED = 'cluster.remote.r1.credentials';

describeTwoClusters('eccx_secure_settings_reload', () => {
  const w = useTwoClusters();
  let d: ResourceDriver;
  beforeAll(async () => { d = await ResourceDriver.connect(secureSettingsReload, w.local.url); });
  const reloads = (): number => w.local.state.requests.filter((r) => r.method === 'POST' && /reload_secure_settings$/.test(r.path)).length;

  test('create reloads every node: the keystore entry is then loaded on both', async () => {
    await raw(w.localClient, 'PUT', `/_double/keystore/_all/${CRED}`, { value: 'aWQ6c2VjcmV0' });
    const state = await d.ok(null, { triggers: { key: 'k1' } });
    expect(state).toMatchObject({ id: '_all', reloaded_nodes: w.local.state.nodes.map((n) => n.name).sort() });
    expect(w.local.state.nodes.map((n) => n.loaded.get(CRED))).toEqual(['aWQ6c2VjcmV0', 'aWQ6c2VjcmV0']);
    expect(reloads()).toBe(1);
  });

  test('an unchanged plan does not reload; a change of triggers reloads again', async () => {
    const state = await d.ok(null, { triggers: { key: 'k1' } });
    const same = await d.plan(state, d.config({ triggers: { key: 'k1' } }));
    expect(same.planned).toEqual(state);
    await d.ok(state, { triggers: { key: 'k2' } });
    expect(reloads()).toBe(2);
  });

  test('a node whose keystore fails to reload is an error naming that node, and nothing is stored', async () => {
    const [, second] = w.local.state.nodes;
    await raw(w.localClient, 'PUT', `/_double/keystore/${second.name}/${CRED}`, { corrupt: true });
    const r = await d.converge(null, { triggers: { key: 'k1' } });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].summary).toBe(`Secure settings reload failed on node ${second.name}`);
    expect(text(r.errors)).toMatch(new RegExp(`id ${second.id}.*security_exception: Keystore has been corrupted or tampered with`));
    expect(r.errors.map(pathOf)).toEqual(['']);
    expect(r.state).toBeNull();
  });

  test('node_ids selects nodes; one that matches nothing is an error', async () => {
    const [first] = w.local.state.nodes;
    const state = await d.ok(null, { node_ids: [first.name] });
    expect(state.reloaded_nodes).toEqual([first.name]);
    const none = await d.converge(null, { node_ids: ['no-such-node'] });
    expect(errors({ diagnostics: none.errors })).toHaveLength(1);
    expect(text(none.errors)).toMatch(/selected no node/);
  });
});
