/**
 * Settings of a remote alias that need the alias to be enabled (an address for its mode):
 * Elasticsearch's RemoteConnectionEnabled validator, "Cannot configure setting [...] if remote
 * cluster is not enabled." (upstream RemoteClustersIT and RemoteClusterSettingsTests).
 */
import { MODES, esError, useTarget } from './support';

describe.each(MODES)('Elasticsearch %s: settings that need an enabled remote alias', (mode) => {
  const ctx = useTarget(mode);
  const put = (persistent: Record<string, unknown>) => ctx.client.cluster.putSettings({ persistent } as any);
  const alias = () => ctx.unique('ra').replace(/[^a-z0-9_-]/g, '');

  afterEach(async () => {
    await ctx.client.cluster.putSettings({ persistent: { 'cluster.remote.*': null } } as any);
  });

  it('removing the seeds while skip_unavailable remains is a 400 naming skip_unavailable', async () => {
    const a = alias();
    await put({ [`cluster.remote.${a}.seeds`]: ['127.0.0.1:9443'], [`cluster.remote.${a}.skip_unavailable`]: false });
    const e = await esError(put({ [`cluster.remote.${a}.seeds`]: null }));
    expect(e.status).toBe(400);
    expect(e.body.error.type).toBe('illegal_argument_exception');
    expect(e.body.error.reason).toBe(`Cannot configure setting [cluster.remote.${a}.skip_unavailable] if remote cluster is not enabled.`);
    const kept = await ctx.client.cluster.getSettings({ flat_settings: true }) as any;
    expect(kept.persistent[`cluster.remote.${a}.seeds`]).toEqual(['127.0.0.1:9443']);
  });

  it('proxy mode: removing proxy_address while skip_unavailable remains is the same 400', async () => {
    const a = alias();
    await put({
      [`cluster.remote.${a}.mode`]: 'proxy', [`cluster.remote.${a}.proxy_address`]: '127.0.0.1:9443', [`cluster.remote.${a}.skip_unavailable`]: true,
    });
    const e = await esError(put({ [`cluster.remote.${a}.proxy_address`]: null }));
    expect(e.status).toBe(400);
    expect(e.body.error.reason).toBe(`Cannot configure setting [cluster.remote.${a}.skip_unavailable] if remote cluster is not enabled.`);
  });

  it('removing mode (back to sniff, which has no seeds) while skip_unavailable remains is the same 400', async () => {
    const a = alias();
    await put({
      [`cluster.remote.${a}.mode`]: 'proxy', [`cluster.remote.${a}.proxy_address`]: '127.0.0.1:9443', [`cluster.remote.${a}.skip_unavailable`]: true,
    });
    const e = await esError(put({ [`cluster.remote.${a}.mode`]: null, [`cluster.remote.${a}.proxy_address`]: null }));
    expect(e.status).toBe(400);
    expect(e.body.error.reason).toBe(`Cannot configure setting [cluster.remote.${a}.skip_unavailable] if remote cluster is not enabled.`);
  });

  it('skip_unavailable or transport.ping_schedule on an alias with no address at all is a 400', async () => {
    const a = alias();
    const e = await esError(put({ [`cluster.remote.${a}.skip_unavailable`]: true }));
    expect(e.body.error.reason).toBe(`Cannot configure setting [cluster.remote.${a}.skip_unavailable] if remote cluster is not enabled.`);
    const p = await esError(put({ [`cluster.remote.${a}.transport.ping_schedule`]: '5s' }));
    expect(p.body.error.reason).toBe(`Cannot configure setting [cluster.remote.${a}.transport.ping_schedule] if remote cluster is not enabled.`);
  });

  it('nulling every setting of the alias in one request succeeds and leaves nothing', async () => {
    const a = alias();
    await put({
      [`cluster.remote.${a}.mode`]: 'proxy', [`cluster.remote.${a}.proxy_address`]: '127.0.0.1:9443', [`cluster.remote.${a}.skip_unavailable`]: true,
    });
    await put({ [`cluster.remote.${a}.*`]: null });
    const got = await ctx.client.cluster.getSettings({ flat_settings: true }) as any;
    expect(Object.keys(got.persistent).filter((k) => k.startsWith(`cluster.remote.${a}.`))).toEqual([]);
  });
});
