import { advanceClock } from '../support/double-probes';
import { ElasticsearchDouble } from '../support/es-double';
import { Instance, applyOnce, converge } from './support/apply-loop';
import { Driver, config, errors, pathOf, warnings } from './support/key-driver';

// Expiry visible before it bites: every plan warns about a key that expires within the provider's
// expiry_warning_window (default 14d), by the cluster's clock. Time moves with the double's clock
// (POST /_double/clock); each step connects a new provider, as each terraform command starts a
// new provider process (the cluster's clock offset is measured once per process).

const DAY = 86_400_000;
let double: ElasticsearchDouble;
const auth = { username: 'elastic', password: 'changeme' };

beforeEach(async () => { double = await ElasticsearchDouble.start({ version: '8.19.3' }); });
afterEach(async () => { await double.close(); });

const advance = (by: string): Promise<void> => advanceClock(double, by);

test('no warning while the expiry is beyond 14 days; then one naming the key, its id, the UTC date and the fix, in every plan', async () => {
  const cfg = config({ name: 'expiring', expiration: '30d', search: [{ names: ['logs-*'] }] });
  const inst: Instance = { state: null, tainted: false };
  await converge(await Driver.connect(double.url, auth), inst, cfg);
  const expiresAt = inst.state!.expiration_timestamp as number;
  expect(expiresAt - double.now()).toBeGreaterThan(29 * DAY);

  expect((await applyOnce(await Driver.connect(double.url, auth), inst, cfg)).warnings).toEqual([]);
  await advance('17d');
  const later = await Driver.connect(double.url, auth);
  const first = await applyOnce(later, inst, cfg);
  expect(first.changed).toBe(false);
  expect(first.warnings).toHaveLength(1);
  const [w] = first.warnings;
  expect(w.summary).toBe('Cross-cluster API key expires soon');
  expect(w.detail).toContain(`Key "expiring" (id ${String(inst.state!.key_id)}) expires at ${new Date(expiresAt).toISOString()}`);
  expect(w.detail).toMatch(/in about (311|312|313) h/);
  expect(w.detail).toContain('Set rotation_period on the key');
  expect(pathOf(w)).toBe('expiration');
  // a plan with a change (metadata) warns too, and the update goes ahead
  const changed = await applyOnce(later, inst, { ...cfg, metadata: '{"a":1}' });
  expect(changed).toMatchObject({ changed: true, errors: [] });
  expect(changed.warnings.map((x) => x.summary)).toEqual(['Cross-cluster API key expires soon']);
});

test('the window is configurable: 40d warns at once, 0s never; after expiry the key is created again', async () => {
  const cfg = config({ name: 'window', expiration: '30d', search: [{ names: ['logs-*'] }] });
  const inst: Instance = { state: null, tainted: false };
  await converge(await Driver.connect(double.url, auth), inst, cfg);
  const wide = await applyOnce(await Driver.connect(double.url, auth, 30, '40d'), inst, cfg);
  expect(wide.warnings.map((x) => x.summary)).toEqual(['Cross-cluster API key expires soon']);
  await advance('29d');
  expect((await applyOnce(await Driver.connect(double.url, auth, 30, '0s'), inst, cfg)).warnings).toEqual([]);

  await advance('2d');
  const oldId = inst.state!.key_id;
  const after = await applyOnce(await Driver.connect(double.url, auth), inst, cfg);
  expect(after).toMatchObject({ changed: true, errors: [] });
  expect(inst.state!.key_id).not.toBe(oldId); // the expired key left state on refresh; a new one was created
});

test('a key without expiration never warns', async () => {
  const cfg = config({ name: 'forever', search: [{ names: ['logs-*'] }] });
  const inst: Instance = { state: null, tainted: false };
  await converge(await Driver.connect(double.url, auth), inst, cfg);
  await advance('3650d');
  expect((await applyOnce(await Driver.connect(double.url, auth), inst, cfg)).warnings).toEqual([]);
});

test.each([
  ['-1d', 'negative durations are not supported'],
  ['-1', 'negative durations are not supported'],
  ['two weeks', 'failed to parse [two weeks]'],
  ['14', 'unit is missing or unrecognized'],
])('expiry_warning_window %p is a configuration error at that attribute', async (value, reason) => {
  const { res } = await Driver.configure(double.url, auth, 30, value);
  const [e] = errors(res);
  expect(e.summary).toBe('Invalid expiry_warning_window');
  expect(e.detail).toContain(reason);
  expect(pathOf(e)).toBe('expiry_warning_window');
});

test('when the cluster does not tell its time (GET /_cat/health fails), the host clock stands in', async () => {
  const cfg = config({ name: 'no-cluster-clock', expiration: '10d', search: [{ names: ['logs-*'] }] });
  const inst: Instance = { state: null, tainted: false };
  await converge(await Driver.connect(double.url, auth), inst, cfg);
  await advance('20d'); // the double's clock: the key has expired there, but the host clock is 20 days behind
  double.injectFault({ method: 'GET', path: '/_cat/health', status: 500, times: Infinity });
  const d = await Driver.connect(double.url, auth);
  const plan = await d.plan(inst.state, cfg); // a plan on the state as it was (no refresh, which would drop the expired key)
  expect(errors(plan.res)).toEqual([]);
  expect(warnings(plan.res)[0].detail).toMatch(/in about (23[0-9]) h/); // 10 days from the host's now
  expect(double.state.requests.filter((q) => q.path === '/_cat/health').map((q) => q.status)).toContain(500);
});
