import { remoteClusterCheck } from '../../src/provider/resources/remote-cluster-check';
import { observe } from '../../src/provider/resources/remote-cluster-check/diagnose';
import { describeTwoClusters, useTwoClusters } from '../es-double/two-clusters';
import { ResourceDriver, pathOf } from './support/resource-driver';

// eccx_remote_cluster_check across two doubles: each cause of a failed connection gets its own
// diagnostic; causes polling cannot cure end the check at once, the others after timeout_seconds.

describeTwoClusters('eccx_remote_cluster_check', () => {
  const w = useTwoClusters();
  let d: ResourceDriver;
  beforeAll(async () => { d = await ResourceDriver.connect(remoteClusterCheck, w.local.url); });

  async function connect(seeds?: string[]): Promise<{ id: string }> {
    const key = await w.createKey({ search: [{ names: ['logs-*'] }] });
    await w.setAlias('r1', { seeds: seeds ?? [w.remote.remoteClusterAddress] });
    await w.deliver('r1', key.encoded);
    return key;
  }

  async function failure(given: Record<string, unknown>): Promise<{ summary: string; detail: string; seconds: number }> {
    const started = Date.now();
    const r = await d.converge(null, { alias: 'r1', ...given } as never);
    expect(r.errors).toHaveLength(1);
    expect(r.errors.map(pathOf)).toEqual(['alias']);
    return { summary: r.errors[0].summary, detail: r.errors[0].detail ?? '', seconds: (Date.now() - started) / 1000 };
  }

  test('a connected alias with API-key credentials passes at once', async () => {
    await connect();
    const state = await d.ok(null, { alias: 'r1' });
    expect(state).toMatchObject({ id: 'r1', connected: true, mode: 'sniff' });
  });

  test('no settings for the alias fails at once, naming the settings', async () => {
    const f = await failure({ timeout_seconds: 30 });
    expect(f.summary).toBe('Remote cluster r1 has no settings');
    expect(f.detail).toMatch(/cluster\.remote\.r1\.seeds/);
    expect(f.seconds).toBeLessThan(5);
  });

  test('no credential loaded (certificate model) fails after the timeout, naming the keystore entry and the reload', async () => {
    await w.setAlias('r1', { seeds: [w.remote.remoteClusterAddress] });
    const f = await failure({ timeout_seconds: 2 });
    expect(f.summary).toBe('No API-key credential loaded for remote cluster r1');
    expect(f.detail).toMatch(/cluster\.remote\.r1\.credentials.*reload_secure_settings/s);
    expect(f.seconds).toBeGreaterThanOrEqual(1);
  });

  test('the transport port fails at once, naming port 9443', async () => {
    await connect([w.remote.transportAddress!]);
    const f = await failure({ timeout_seconds: 30 });
    expect(f.summary).toBe('Remote cluster r1 is addressed at the transport port');
    expect(f.detail).toMatch(/missing authentication credentials.*9443/s);
    expect(f.seconds).toBeLessThan(5);
  });

  test('an invalidated key fails at once with the remote\'s reason; so does an expired one', async () => {
    const key = await connect();
    await w.remoteClient.security.invalidateApiKey({ ids: [key.id] });
    const f = await failure({ timeout_seconds: 30 });
    expect(f.summary).toBe('Remote cluster r1 rejected the cross-cluster API key');
    // _resolve/cluster carries the remote's reason, which names the key id but not why it failed
    expect(f.detail).toContain(`unable to authenticate user [${key.id}] for action [cluster:internal/remote_cluster/handshake]`);
    expect(f.detail).toMatch(/invalidated, expired, unknown/);
    expect(f.seconds).toBeLessThan(5);

    w.remote.reset();
    w.local.reset();
    const key2 = await w.createKey({ search: [{ names: ['logs-*'] }] }, '1h');
    await w.setAlias('r1', { seeds: [w.remote.remoteClusterAddress] });
    await w.deliver('r1', key2.encoded);
    w.remote.advanceTime(2 * 3600_000);
    expect((await failure({})).summary).toBe('Remote cluster r1 rejected the cross-cluster API key');
  });

  test('an address that nothing answers fails after the timeout, naming the address', async () => {
    await connect(['127.0.0.1:1']);
    const f = await failure({ timeout_seconds: 2 });
    expect(f.summary).toBe('Remote cluster r1 cannot be reached');
    expect(f.detail).toMatch(/127\.0\.0\.1:1/);
    expect(f.seconds).toBeGreaterThanOrEqual(1);
  });

  test('a change of triggers checks again', async () => {
    const key = await connect();
    const state = await d.ok(null, { alias: 'r1', triggers: { key: key.id } });
    expect((await d.plan(state, d.config({ alias: 'r1', triggers: { key: key.id } }))).planned).toEqual(state);
    await w.remoteClient.security.invalidateApiKey({ ids: [key.id] });
    const again = await d.converge(state, { alias: 'r1', triggers: { key: 'other' } });
    expect(again.errors.map((e) => e.summary)).toEqual(['Remote cluster r1 rejected the cross-cluster API key']);
  });

  test('timeout_seconds out of range is a validation error', async () => {
    const diags = await d.validate(d.config({ alias: 'r1', timeout_seconds: 0 }));
    expect(diags.map(pathOf)).toEqual(['timeout_seconds']);
  });
});

describe('classifying one look (pure)', () => {
  const info = { r1: { connected: true, mode: 'proxy', proxy_address: 'r.example.com:9443', cluster_credentials: '::es_redacted::' } };

  test('an open connection in _remote/info does not pass when a fresh contact is refused (real clusters keep old connections open)', () => {
    const reason = 'unable to authenticate user [k1] for action [cluster:internal/remote_cluster/handshake]';
    expect(observe('r1', info, { connected: false, skip_unavailable: true, error: reason })).toMatchObject({ cause: 'key-rejected', reason });
    expect(observe('r1', info, { connected: false, skip_unavailable: true })).toMatchObject({ cause: 'unreachable', address: 'r.example.com:9443' });
  });

  test('the provider user lacking remote_indices (8.13 to 8.17 form) does not count as a refusal', () => {
    const reason = 'action [indices:admin/resolve/cluster] towards remote cluster [r1] is unauthorized for user [ops] with effective roles [ops] '
      + 'because no remote indices privileges apply for the target cluster';
    expect(observe('r1', info, { connected: false, skip_unavailable: true, error: reason }).cause).toBe('connected');
    expect(observe('r1', info, null).cause).toBe('connected');
  });

  test('port 9300 with no reason is the transport port; no entry is no settings', () => {
    const on9300 = { r1: { connected: false, mode: 'sniff', seeds: ['r.example.com:9300'], cluster_credentials: '::es_redacted::' } };
    expect(observe('r1', on9300, null).cause).toBe('transport-port');
    expect(observe('r2', info, null).cause).toBe('no-settings');
  });
});
