import * as path from 'path';
import { installBuiltProvider, InstalledProvider } from './eccx-provider';
import { CommandResult, DeployHarness, elasticsearchEnv, REPO_ROOT } from '../support/deploy-harness';
import { ElasticsearchDouble, StoredApiKey } from '../support/es-double';

// End to end: the fixture cdktf app (test/fixtures/eccx-app) through the real
// cdktf CLI and Terraform, with the built eccx provider installed into a temporary filesystem
// mirror by the package's install CLI, against the Elasticsearch double started in this process.
// One harness and working directory for all steps, in order; the app is re-synthesized only
// when its configuration must change (ECCX_KEY).
jest.setTimeout(300_000);

const ADDRESS = 'eccx_cross_cluster_api_key.key';
const SEARCH_PRIVILEGES = ['read', 'read_cross_cluster', 'view_index_metadata'];

interface KeySpec {
  name: string;
  metadata?: string;
  access: { search?: Array<Record<string, unknown>>; replication?: Array<Record<string, unknown>> };
}

let double: ElasticsearchDouble;
let provider: InstalledProvider;
let h: DeployHarness;
let spec: KeySpec;
let keyId: string;
let secret: string;

const key = (id = keyId): StoredApiKey => {
  const k = double.state.apiKeys.get(id);
  if (!k) throw new Error(`no key ${id} on the double`);
  return k;
};
const keysOnDouble = (): number => double.state.apiKeys.size;

async function synth(next: KeySpec): Promise<void> {
  spec = next;
  await h.synth({ env: { ECCX_KEY: JSON.stringify(next) } });
}

/**
 * A Terraform command expected to fail: checks that it failed cleanly (a diagnostic, not a crash)
 * and returns its output with Terraform's line wrapping undone.
 */
async function failing(args: string[]): Promise<string> {
  const r = await h.terraform([...args, '-input=false', '-no-color'], { throwOnError: false });
  expect(r.exitCode).toBe(1);
  expect(r.output).not.toMatch(/plugin (crashed|exited)|panic:|unexpected EOF|Internal error in provider/i);
  return r.output.replace(/\s+/g, ' ');
}

/** Changes the key's access on the double behind Terraform's back, through the Elasticsearch API. */
async function changeBehindTerraformsBack(names: string[]): Promise<void> {
  const res = await fetch(`${double.url}/_security/cross_cluster/api_key/${keyId}`, {
    method: 'PUT',
    headers: { 'authorization': `Basic ${Buffer.from('elastic:changeme').toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ access: { search: [{ names }] } }),
  });
  expect(res.status).toBe(200);
}

async function invalidateOnDouble(id: string): Promise<void> {
  const res = await fetch(`${double.url}/_security/api_key`, {
    method: 'DELETE',
    headers: { 'authorization': `Basic ${Buffer.from('elastic:changeme').toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ids: [id] }),
  });
  expect(((await res.json()) as { invalidated_api_keys: string[] }).invalidated_api_keys).toEqual([id]);
}

async function encodedOutput(): Promise<{ value: string; sensitive: boolean }> {
  const out = await h.outputs();
  return { value: out.encoded.value as string, sensitive: out.encoded.sensitive };
}

beforeAll(async () => {
  double = await ElasticsearchDouble.start({
    version: '8.19.3',
    users: [
      { username: 'elastic', password: 'changeme' },
      // reads keys (manage_api_key) but may not create, update or invalidate cross-cluster keys
      { username: 'keys', password: 'keys-pw', roles: ['keys'], clusterPrivileges: ['manage_api_key'] },
    ],
  });
  provider = installBuiltProvider();
  spec = { name: 'eccx-e2e', metadata: '{"team":"search"}', access: { search: [{ names: ['logs-*'] }] } };
  h = await DeployHarness.create({
    appDir: path.join(REPO_ROOT, 'test/fixtures/eccx-app'),
    providerMirrorDir: provider.mirror,
    tfLog: 'off',
    env: {
      ...elasticsearchEnv({ endpoints: double.url, username: 'elastic', password: 'changeme' }),
      ELASTICSEARCH_API_KEY: undefined,
      ECCX_PROVIDER_VERSION: provider.version,
      ECCX_KEY: JSON.stringify(spec),
      ECCX_REQUEST_TIMEOUT: '2',
    },
  });
});

afterAll(async () => {
  await h?.cleanup();
  provider?.cleanup();
  await double?.close();
  // eslint-disable-next-line no-console
  console.log(`eccx e2e steps: ${h?.timings.map((t) => `${t.phase} ${(t.ms / 1000).toFixed(1)}s`).join(', ')}`);
});

test('cdktf deploy creates the key with the declared access; encoded is sensitive, masked, and decodes to id:api_key', async () => {
  // the provider comes from a filesystem mirror only: no registry to compute other platforms' lock checksums from
  const deployed = await h.deploy({ args: ['--skip-provider-lock'] });
  expect(deployed.exitCode).toBe(0);
  const out = await encodedOutput();
  expect(out.sensitive).toBe(true);
  const decoded = Buffer.from(out.value, 'base64').toString('utf8');
  [keyId, secret] = decoded.split(':');
  expect(decoded).toBe(`${keyId}:${key().apiKey}`);
  expect(secret).toHaveLength(22);
  // masked in the CLI's output and absent from the outputs file
  expect(deployed.output).toMatch(/encoded\s*=\s*<sensitive>/);
  expect(deployed.output).not.toContain(out.value);
  expect(deployed.output).not.toContain(secret);
  expect(JSON.stringify(deployed.outputsFile ?? {})).not.toContain(secret);

  const k = key();
  expect(k).toMatchObject({ name: 'eccx-e2e', type: 'cross_cluster', invalidated: false, metadata: { team: 'search' } });
  expect(k.roleDescriptors).toEqual({
    cross_cluster: {
      cluster: ['cross_cluster_search', 'monitor_enrich'],
      indices: [{ names: ['logs-*'], privileges: SEARCH_PRIVILEGES, allow_restricted_indices: false }],
      applications: [],
      run_as: [],
      metadata: {},
      transient_metadata: { enabled: true },
    },
  });
  const state = await h.state();
  expect(state.resources).toEqual([ADDRESS]);
});

test('the second plan is empty', async () => {
  const plan = await h.plan();
  expect(plan.changes).toEqual([]);
  expect(plan.isEmpty).toBe(true);
});

test('adding a search pattern is an in-place update with the same id and secret', async () => {
  await synth({ ...spec, access: { search: [{ names: ['logs-*', 'metrics-*'] }], replication: [{ names: ['archive-*'] }] } });
  const plan = await h.plan();
  expect(plan.changes.map((c) => [c.address, c.actions])).toEqual([[ADDRESS, ['update']]]);
  await h.apply();
  expect(Buffer.from((await encodedOutput()).value, 'base64').toString()).toBe(`${keyId}:${secret}`);
  expect(key().apiKey).toBe(secret);
  expect(key().roleDescriptors.cross_cluster.indices.map((i) => i.names)).toEqual([['logs-*', 'metrics-*'], ['archive-*']]);
  expect(key().roleDescriptors.cross_cluster.cluster).toEqual(['cross_cluster_search', 'monitor_enrich', 'cross_cluster_replication']);
  expect((await h.plan()).isEmpty).toBe(true);
});

test('access changed behind Terraform\'s back shows as drift, and apply restores it', async () => {
  await changeBehindTerraformsBack(['everything-*']);
  const plan = await h.plan();
  expect(plan.changes.map((c) => [c.address, c.actions])).toEqual([[ADDRESS, ['update']]]);
  expect(plan.changes[0].raw.change.before.access.search[0].names).toEqual(['everything-*']);
  expect(plan.changes[0].raw.change.after.access.search[0].names).toEqual(['logs-*', 'metrics-*']);
  await h.apply();
  expect(key().roleDescriptors.cross_cluster.indices.map((i) => i.names)).toEqual([['logs-*', 'metrics-*'], ['archive-*']]);
  expect(key().apiKey).toBe(secret);
  expect((await h.plan()).isEmpty).toBe(true);
});

test('a key invalidated on the cluster is created again', async () => {
  await invalidateOnDouble(keyId);
  const plan = await h.plan();
  expect(plan.changes.map((c) => [c.address, c.actions])).toEqual([[ADDRESS, ['create']]]);
  await h.apply();
  const [newId, newSecret] = Buffer.from((await encodedOutput()).value, 'base64').toString().split(':');
  expect(newId).not.toBe(keyId);
  expect(key(newId)).toMatchObject({ invalidated: false, apiKey: newSecret });
  [keyId, secret] = [newId, newSecret];
  expect((await h.plan()).isEmpty).toBe(true);
});

test('a user without manage_security gets Elasticsearch\'s message and nothing else changes', async () => {
  await changeBehindTerraformsBack(['drifted-*']);
  const before = JSON.stringify(key());
  const keys = keysOnDouble();
  const stateBefore = (await h.state()).json.values.root_module.resources[0].values;
  h.setEnv({ ELASTICSEARCH_USERNAME: 'keys', ELASTICSEARCH_PASSWORD: 'keys-pw' });
  try {
    const r = await failing(['apply', '-auto-approve']);
    expect(r).toContain('Elasticsearch refused to update cross-cluster API key');
    expect(r).toContain(
      'HTTP 403: security_exception: action [cluster:admin/xpack/security/cross_cluster/api_key/update] is unauthorized for user [keys]');
  } finally {
    h.setEnv({ ELASTICSEARCH_USERNAME: 'elastic', ELASTICSEARCH_PASSWORD: 'changeme' });
  }
  expect(JSON.stringify(key())).toBe(before);
  expect(keysOnDouble()).toBe(keys);
  const stateAfter = (await h.state()).json.values.root_module.resources[0].values;
  expect({ ...stateAfter, access: undefined }).toEqual({ ...stateBefore, access: undefined });
  expect(stateAfter.encoded).toBe(stateBefore.encoded);
});

test('injected faults (5xx, a delay past the timeout, a dropped connection) end in diagnostics; a re-run converges', async () => {
  // the drift from the previous step is still to be undone: each apply tries the update
  double.injectFault({ method: 'PUT', path: /^\/_security\/cross_cluster\/api_key\//, status: 500, reason: 'injected: node failure' });
  const fiveHundred = await failing(['apply', '-auto-approve']);
  expect(fiveHundred).toContain('Elasticsearch failed to update cross-cluster API key');
  expect(fiveHundred).toContain('HTTP 500: exception: injected: node failure');

  double.injectFault({ method: 'GET', path: '/_security/api_key', delayMs: 3_000 });
  const slow = await failing(['plan']);
  expect(slow).toContain('Elasticsearch did not answer in time');
  expect(slow).toContain('within 2 s (provider attribute request_timeout)');

  double.injectFault({ method: 'PUT', path: /^\/_security\/cross_cluster\/api_key\//, drop: true });
  const dropped = await failing(['apply', '-auto-approve']);
  expect(dropped).toContain('Connection to Elasticsearch failed');

  // nothing else happened to the key, and the next apply converges
  expect(key().roleDescriptors.cross_cluster.indices[0].names).toEqual(['drifted-*']);
  await h.plan();
  await h.apply();
  expect(key().roleDescriptors.cross_cluster.indices.map((i) => i.names)).toEqual([['logs-*', 'metrics-*'], ['archive-*']]);
  expect(key().apiKey).toBe(secret);
  expect((await h.plan()).isEmpty).toBe(true);
});

test('changing the name replaces the key', async () => {
  await synth({ ...spec, name: 'eccx-e2e-renamed' });
  const plan = await h.plan();
  expect(plan.changes).toHaveLength(1);
  expect([...plan.changes[0].actions].sort()).toEqual(['create', 'delete']);
  expect(plan.changes[0].replacePaths).toEqual([['name']]);
  await h.apply();
  const [newId, newSecret] = Buffer.from((await encodedOutput()).value, 'base64').toString().split(':');
  expect(newId).not.toBe(keyId);
  expect(key(newId)).toMatchObject({ name: 'eccx-e2e-renamed', invalidated: false, apiKey: newSecret });
  expect(key(keyId).invalidated).toBe(true);
  [keyId, secret] = [newId, newSecret];
});

test('with TF_LOG=trace, neither Terraform\'s nor the provider\'s logs show the secret', async () => {
  await invalidateOnDouble(keyId); // the apply creates a new key, so a fresh secret passes through
  h.setTfLog('TRACE');
  let applied: CommandResult;
  try {
    await h.plan();
    applied = await h.apply();
  } finally {
    h.setTfLog('off');
  }
  const [newId, newSecret] = Buffer.from((await encodedOutput()).value, 'base64').toString().split(':');
  const encoded = Buffer.from(`${newId}:${newSecret}`).toString('base64');
  expect(key(newId).apiKey).toBe(newSecret);
  const log = h.terraformLog();
  // the log is real: Terraform's trace lines and the provider's own (hclog JSON relayed by Terraform)
  expect(log).toContain('[TRACE]');
  expect(log).toMatch(/terraform-provider-eccx/);
  expect(log).toContain('created cross-cluster API key'); // the provider's debug line, with the key id only
  expect(log).toContain(newId);
  for (const text of [log, applied.output]) {
    expect(text).not.toContain(newSecret);
    expect(text).not.toContain(encoded);
  }
  [keyId, secret] = [newId, newSecret];
});

test('destroy invalidates the key', async () => {
  const keys = keysOnDouble();
  await h.destroy();
  expect(key().invalidated).toBe(true);
  expect(keysOnDouble()).toBe(keys);
  expect((await h.state()).resources).toEqual([]);
});
