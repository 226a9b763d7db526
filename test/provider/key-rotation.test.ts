import { Unknown } from '../../src/provider';
import { ElasticsearchDouble } from '../support/es-double';
import { Instance, applyOnce, converge } from './support/apply-loop';
import { Driver, config, errors, pathOf, text } from './support/key-driver';

// Rotation built into eccx_cross_cluster_api_key: with rotation_period, a plan after
// creation_timestamp + rotation_period (by the cluster's clock) replaces the key; with
// create_before_destroy (apply-loop.ts replaces that way) the new key exists before the old one
// is invalidated. Time moves with the double's clock; each step connects a new provider, as each
// terraform command starts a new provider process.

const DAY = 86_400_000;
let double: ElasticsearchDouble;
const auth = { username: 'elastic', password: 'changeme' };

beforeEach(async () => { double = await ElasticsearchDouble.start({ version: '8.19.3' }); });
afterEach(async () => { await double.close(); });

const provider = (): Promise<Driver> => Driver.connect(double.url, auth);

test('empty plans before the period, a replacement after it: new key first, then the old one invalidated; then an empty plan', async () => {
  const cfg = config({ name: 'rotating', expiration: '30d', rotation_period: '7d', search: [{ names: ['logs-*'] }] });
  const inst: Instance = { state: null, tainted: false };
  await converge(await provider(), inst, cfg);
  const first = { ...inst.state! };
  const created = double.state.apiKeys.get(String(first.key_id))!.creation;
  expect(first.creation_timestamp).toBe(created);
  expect(first.rotation_timestamp).toBe(created + 7 * DAY);
  expect((await applyOnce(await provider(), inst, cfg)).changed).toBe(false);

  double.advanceTime(6 * DAY);
  expect((await applyOnce(await provider(), inst, cfg)).changed).toBe(false);

  double.advanceTime(DAY + 3_600_000); // past the period (the cluster clock is read in whole seconds)
  const d = await provider();
  const plan = await d.plan(inst.state, cfg);
  expect(errors(plan.res)).toEqual([]);
  expect(plan.replace).toEqual(['rotation_timestamp']);
  expect(plan.planned.rotation_timestamp).toBeInstanceOf(Unknown);

  const from = double.state.requests.length;
  const rotated = await applyOnce(d, inst, cfg);
  expect(rotated).toMatchObject({ changed: true, errors: [] });
  const calls = double.state.requests.slice(from).map((r) => `${r.method} ${r.path}`);
  const createdAt = calls.indexOf('POST /_security/cross_cluster/api_key');
  const invalidatedAt = calls.indexOf('DELETE /_security/api_key');
  expect(createdAt).toBeGreaterThanOrEqual(0);
  expect(invalidatedAt).toBeGreaterThan(createdAt);
  expect((double.state.requests.slice(from)[invalidatedAt].body as { ids: string[] }).ids).toEqual([first.key_id]);

  expect(inst.state!.key_id).not.toBe(first.key_id);
  expect(inst.state!.api_key).not.toBe(first.api_key);
  expect(double.state.apiKeys.get(String(first.key_id))!.invalidated).toBe(true);
  expect(inst.state!.rotation_timestamp).toBe(double.state.apiKeys.get(String(inst.state!.key_id))!.creation + 7 * DAY);
  expect((await applyOnce(await provider(), inst, cfg)).changed).toBe(false);
});

test('a changed rotation_period updates rotation_timestamp in place; removing it stops rotation', async () => {
  const cfg = config({ name: 'period-change', rotation_period: '7d', search: [{ names: ['logs-*'] }] });
  const inst: Instance = { state: null, tainted: false };
  await converge(await provider(), inst, cfg);
  const id = inst.state!.key_id;
  const creation = inst.state!.creation_timestamp as number;
  const longer = { ...cfg, rotation_period: '14d' };
  const plan = await (await provider()).plan(inst.state, longer);
  expect(plan.replace).toEqual([]);
  expect(plan.planned.rotation_timestamp).toBe(creation + 14 * DAY);
  await converge(await provider(), inst, longer);
  expect(inst.state).toMatchObject({ key_id: id, rotation_timestamp: creation + 14 * DAY });

  double.advanceTime(20 * DAY);
  const none = { ...cfg, rotation_period: null };
  await converge(await provider(), inst, none);
  expect(inst.state).toMatchObject({ key_id: id, rotation_timestamp: null });
});

test.each([
  ['thirty days', null, 'failed to parse [thirty days]'],
  ['0s', null, 'it must be longer than zero'],
  ['-1', null, 'it must be longer than zero'],
  ['31d', '30d', 'is longer than expiration "30d"'],
])('rotation_period %p (expiration %p) is an error at rotation_period', async (period, expiration, message) => {
  const d = await provider();
  const diags = await d.validate(config({ name: 'k', rotation_period: period, expiration, search: [{ names: ['a'] }] }));
  expect(diags.map(pathOf)).toEqual(['rotation_period']);
  expect(text(diags)).toContain(message);
});

test('a period equal to the expiration, or a rotation without expiration, is valid; unknown values are not checked', async () => {
  const d = await provider();
  expect(await d.validate(config({ name: 'k', rotation_period: '30d', expiration: '30d', search: [{ names: ['a'] }] }))).toEqual([]);
  expect(await d.validate(config({ name: 'k', rotation_period: '90d', search: [{ names: ['a'] }] }))).toEqual([]);
  const unknown = Unknown.plain as unknown as string;
  expect(await d.validate(config({ name: 'k', rotation_period: unknown, expiration: '1d', search: [{ names: ['a'] }] }))).toEqual([]);
});
