import { validKeyIds } from '../support/double-probes';
import { ElasticsearchDouble, FaultSpec } from '../support/es-double';
import { Instance, applyOnce, converge } from './support/apply-loop';
import { Driver, Obj, config, errors, text } from './support/key-driver';

// No orphaned keys: after one fault on create, update or delete (a 5xx, an answer later than
// request_timeout, a dropped connection; each before Elasticsearch handled the call or after it
// committed), re-applying until the plan is empty leaves exactly the configured key valid, and
// Terraform's state holds that key with its secret. Provider-level: the Terraform side of each
// apply (refresh, plan, taint, create_before_destroy replacement) is test/provider/support/apply-loop.ts.

const TIMEOUT_S = 1;
const FAULTS: Record<string, Omit<FaultSpec, 'method' | 'path'>> = {
  '502': { status: 502, reason: 'bad gateway' },
  // well past it: the double and the client share one event loop, and on a loaded machine a
  // half-second margin let the delayed answer arrive before the client's timeout fired (seen once)
  'delay past the timeout': { delayMs: TIMEOUT_S * 1000 + 1500 },
  'dropped connection': { drop: true },
};
const OPERATIONS = {
  create: { method: 'POST', path: '/_security/cross_cluster/api_key' },
  update: { method: 'PUT', path: /^\/_security\/cross_cluster\/api_key\// },
  delete: { method: 'DELETE', path: '/_security/api_key' },
} as const;
type Operation = keyof typeof OPERATIONS;

const ROWS: Array<[Operation, string, 'before' | 'after']> = [];
for (const op of Object.keys(OPERATIONS) as Operation[]) {
  for (const fault of Object.keys(FAULTS)) for (const when of ['before', 'after'] as const) ROWS.push([op, fault, when]);
}

let double: ElasticsearchDouble;
let d: Driver;
beforeAll(async () => {
  double = await ElasticsearchDouble.start({ version: '8.19.3' });
  d = await Driver.connect(double.url, { username: 'elastic', password: 'changeme' }, TIMEOUT_S);
});
afterAll(async () => { await double.close(); });

/** Waits until the double has finished every call it received (a delayed one commits late). */
async function settled(): Promise<void> {
  while (double.state.requests.some((r) => r.status === undefined)) await new Promise((r) => setTimeout(r, 20));
}

/** The keys named `name` that Elasticsearch would accept now, with the index names of their first search entry. */
function validKeys(name: string): Array<{ id: string; names: unknown }> {
  return validKeyIds(double, name).map((id) => ({ id, names: double.state.apiKeys.get(id)!.roleDescriptors.cross_cluster?.indices?.[0]?.names }));
}

test.each(ROWS)('%s with a %s fault %s commit: a re-apply converges with no orphan', async (op, fault, when) => {
  const name = `orphans-${op}-${fault.replace(/\W+/g, '-')}-${when}`;
  const cfg = config({ name, search: [{ names: ['logs-*'] }] });
  const changed = config({ name, search: [{ names: ['logs-*', 'metrics-*'] }] });
  const target: Obj | null = op === 'create' ? cfg : op === 'update' ? changed : null;
  const inst: Instance = { state: null, tainted: false };
  if (op !== 'create') await converge(d, inst, cfg);

  const handle = double.injectFault({ ...OPERATIONS[op], ...FAULTS[fault], afterCommit: when === 'after' });
  const failed = await applyOnce(d, inst, target);
  expect(handle.hits).toBe(1);
  expect(failed.errors.length).toBeGreaterThan(0);
  await settled();

  const { applies } = await converge(d, inst, target);
  expect(applies).toBeLessThanOrEqual(3);
  const valid = validKeys(name);
  if (target === null) {
    expect(valid).toEqual([]);
    expect(inst.state).toBeNull();
    return;
  }
  expect(valid).toEqual([{ id: inst.state!.key_id, names: op === 'update' ? ['logs-*', 'metrics-*'] : ['logs-*'] }]);
  expect(inst.state!.api_key).toEqual(expect.any(String)); // Terraform holds the secret of the valid key
  expect(inst.tainted).toBe(false);
  // the next plan is empty
  expect((await applyOnce(d, inst, target)).changed).toBe(false);
});

test('a create that failed after commit is tainted, found again by its marker, and invalidated after the new key exists', async () => {
  const name = 'orphans-sequence';
  const cfg = config({ name, search: [{ names: ['logs-*'] }] });
  const inst: Instance = { state: null, tainted: false };
  double.injectFault({ ...OPERATIONS.create, status: 503, afterCommit: true });
  const failed = await applyOnce(d, inst, cfg);
  expect(text(failed.errors)).toContain('recorded as tainted (marked by create_token)');
  expect(inst).toMatchObject({ tainted: true, state: { key_id: null, api_key: null } });
  const [halfMade] = validKeys(name);
  expect(halfMade).toBeDefined();
  expect(double.state.apiKeys.get(halfMade.id)!.metadata).toEqual({ eccx_create_token: inst.state!.create_token });

  const from = double.state.requests.length;
  await converge(d, inst, cfg);
  const calls = double.state.requests.slice(from).map((r) => `${r.method} ${r.path}${r.query.name ? `?name=${r.query.name}` : ''}`);
  const created = calls.indexOf('POST /_security/cross_cluster/api_key');
  const invalidated = calls.indexOf('DELETE /_security/api_key');
  expect(calls[0]).toBe(`GET /_security/api_key?name=${name}`); // the refresh finds the half-made key by name and marker
  expect(created).toBeGreaterThan(0);
  expect(invalidated).toBeGreaterThan(created); // create_before_destroy
  expect(double.state.apiKeys.get(halfMade.id)!.invalidated).toBe(true);
  expect(validKeys(name).map((k) => k.id)).toEqual([inst.state!.key_id]);
});

test('a refused create (4xx) leaves no state and nothing to clean up', async () => {
  const inst: Instance = { state: null, tainted: false };
  double.injectFault({ ...OPERATIONS.create, status: 400, reason: 'bad request' });
  const failed = await applyOnce(d, inst, config({ name: 'orphans-refused', search: [{ names: ['logs-*'] }] }));
  expect(errors({ diagnostics: failed.errors })[0].summary).toBe('Elasticsearch refused to create the cross-cluster API key');
  expect(inst.state).toBeNull();
});

test('metadata may not use the marker\'s member', async () => {
  const diags = await d.validate(config({ name: 'k', metadata: '{"eccx_create_token":"mine"}', search: [{ names: ['a'] }] }));
  expect(text(diags)).toContain('metadata member "eccx_create_token" is reserved');
});
