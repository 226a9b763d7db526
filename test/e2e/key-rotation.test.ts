import { TerraformFixture, TerraformWorkdir, startTerraformFixture } from './terraform-workdir';
import { advanceClock, validKeyIds } from '../support/double-probes';
import { ElasticsearchDouble } from '../support/es-double';

// Rotation with real Terraform: a key with rotation_period and create_before_destroy plans
// nothing before the period; after the double's clock moves past it (POST /_double/clock), the
// plan replaces the key, the apply creates the new key before it invalidates the old one (the
// order of the double's requests), and the next plan is empty. The expiry warning shows in plan
// and apply output once the key is within the provider's expiry_warning_window.
jest.setTimeout(180_000);

const NAME = 'tf-rotation';
let fx: TerraformFixture;
let double: ElasticsearchDouble;
let tf: TerraformWorkdir;

beforeAll(async () => {
  fx = await startTerraformFixture({ expiry_warning_window: '5d' });
  ({ double, tf } = fx);
  tf.write({ expiry_warning_window: '5d' }, {
    key: {
      name: NAME,
      expiration: '10d',
      rotation_period: '7d',
      access: { search: [{ names: ['logs-*'] }] },
      lifecycle: { create_before_destroy: true },
    },
  });
});
afterAll(async () => { await fx?.close('key-rotation'); });

const advance = (by: string): Promise<void> => advanceClock(double, by);
const validKeys = (): string[] => validKeyIds(double, NAME);

test('empty plan before the period; after it a replacement, new key before the old is invalidated; then an empty plan', async () => {
  expect((await tf.apply()).code).toBe(0);
  const [first] = validKeys();
  expect(first).toBeDefined();
  const quiet = await tf.plan();
  expect(quiet.code).toBe(0);
  expect(quiet.output).not.toContain('expires soon');

  await advance('6d');
  const warned = await tf.plan();
  expect(warned.code).toBe(0); // 4 days before the expiry, within 5d: a warning, no change
  const flat = warned.output.replace(/\s+/g, ' ');
  expect(flat).toContain('Warning: Cross-cluster API key expires soon');
  expect(flat).toContain(`Key "${NAME}" (id ${first}) expires at ${new Date(double.state.apiKeys.get(first)!.expiration!).toISOString()}`);
  expect(flat).toContain('Its rotation is due at');

  await advance('1d');
  await advance('1h');
  const due = await tf.plan();
  expect(due.code).toBe(2);
  expect(due.output).toMatch(/must be replaced/);
  expect(due.output).toMatch(/rotation_timestamp\s+=.*# forces replacement/);

  const from = double.state.requests.length;
  const rotated = await tf.apply();
  expect(rotated.code).toBe(0);
  expect(rotated.output).toMatch(/1 added, 0 changed, 1 destroyed/);
  const calls = double.state.requests.slice(from).map((r) => `${r.method} ${r.path}`);
  const created = calls.indexOf('POST /_security/cross_cluster/api_key');
  const invalidated = calls.indexOf('DELETE /_security/api_key');
  expect(created).toBeGreaterThanOrEqual(0);
  expect(invalidated).toBeGreaterThan(created);
  expect(double.state.apiKeys.get(first)!.invalidated).toBe(true);
  const now = validKeys();
  expect(now).toHaveLength(1);
  expect(now[0]).not.toBe(first);

  const after = await tf.plan();
  expect(after.code).toBe(0);
  expect((await tf.run('destroy', '-input=false', '-auto-approve')).code).toBe(0);
  expect(validKeys()).toEqual([]);
});
