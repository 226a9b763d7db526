import { TerraformFixture, startTerraformFixture } from './terraform-workdir';
import { validKeyIds } from '../support/double-probes';

// No orphaned keys with real Terraform (the rest of the fault table runs at provider level in
// test/provider/key-orphans.test.ts): a create whose answer is lost after Elasticsearch made the
// key fails the apply and leaves the instance tainted; the next apply replaces it and invalidates
// the half-made key; then the plan is empty and exactly one key with the name is valid.
jest.setTimeout(180_000);

let fx: TerraformFixture;
beforeAll(async () => { fx = await startTerraformFixture({ request_timeout: 1 }); });
afterAll(async () => { await fx?.close('key-orphans'); });
const validKeys = (name: string): string[] => validKeyIds(fx.double, name);

test.each([
  ['a 502', { status: 502, reason: 'bad gateway' }],
  ['a dropped connection', { drop: true }],
])('create with %s after commit: tainted, replaced by the next apply, no orphan', async (label, fault) => {
  const name = `tf-orphans-${label.replace(/\W+/g, '-')}`;
  fx.tf.write({ request_timeout: 1 }, {
    key: { name, access: { search: [{ names: ['logs-*'] }] }, lifecycle: { create_before_destroy: true } },
  });
  fx.double.injectFault({ method: 'POST', path: '/_security/cross_cluster/api_key', afterCommit: true, ...fault });
  const failed = await fx.tf.apply();
  expect(failed.code).toBe(1);
  expect(failed.output.replace(/\s+/g, ' ')).toContain('recorded as tainted (marked by create_token)');
  expect(failed.output).not.toMatch(/plugin (crashed|exited)|panic:|Internal error in provider|inconsistent result/i);
  const halfMade = validKeys(name);
  expect(halfMade).toHaveLength(1);
  const state = await fx.tf.run('state', 'show', 'eccx_cross_cluster_api_key.key');
  expect(state.output).toContain('(tainted)');

  const repaired = await fx.tf.apply();
  expect(repaired.code).toBe(0);
  expect(repaired.output).toMatch(/1 added, 0 changed, 1 destroyed/);
  const valid = validKeys(name);
  expect(valid).toHaveLength(1);
  expect(valid[0]).not.toBe(halfMade[0]);
  expect(fx.double.state.apiKeys.get(halfMade[0])!.invalidated).toBe(true);
  expect((await fx.tf.plan()).code).toBe(0);

  fx.tf.write({ request_timeout: 1 }, {});
  expect((await fx.tf.apply()).code).toBe(0);
  expect(validKeys(name)).toEqual([]);
});
