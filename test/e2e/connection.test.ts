import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { connectionStackJson } from './connection-stack';
import { installBuiltProvider, InstalledProvider, terraformEnv } from './eccx-provider';
import { ElasticsearchDouble } from '../support/es-double';

// The local side end to end with the real Terraform CLI and the built eccx
// provider, across two Elasticsearch doubles: the key on the remote, then on the local the
// credential delivered to the simulated keystore by a terraform_data local-exec (credential in an
// environment variable), the secure-settings reload, the alias settings, a role with
// remote_indices and remote_cluster, and the connection check. The stack is built with the
// generated eccx L1 classes and synthesized in process (connection-stack.ts): the L2
// RemoteClusterConnection does not compile to eccx yet. Every step runs
// with TF_LOG=trace into a file; all output and logs are searched for secrets at the end.
jest.setTimeout(400_000);

const ALIAS = 'r1';
const REMOTE_PW = 'remote-pw-Vd81q';
const LOCAL_PW = 'local-pw-Zr27k';

interface Knobs {
  /** The alias's seeds; default the remote's remote-cluster-server address. */
  seeds?: string[];
  /** Bumped to re-run the reload and the check (their triggers). */
  round?: number;
  /** Bumped to deliver the credential again. */
  delivery?: number;
}

let remote: ElasticsearchDouble;
let local: ElasticsearchDouble;
let provider: InstalledProvider;
let work: string;
const texts: string[] = [];
const timings: string[] = [];

beforeAll(async () => {
  remote = await ElasticsearchDouble.start({
    clusterName: 'remote', remoteClusterServer: true, transport: true, users: [{ username: 'elastic', password: REMOTE_PW }],
  });
  local = await ElasticsearchDouble.start({ clusterName: 'local', nodes: 2, connectTimeoutMs: 1000, users: [{ username: 'elastic', password: LOCAL_PW }] });
  provider = installBuiltProvider();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-connection-'));
});

afterAll(async () => {
  provider?.cleanup();
  await local?.close();
  await remote?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
  // eslint-disable-next-line no-console
  console.log(`connection e2e steps: ${timings.join(', ')}`);
});

function writeConfig(k: Knobs = {}): void {
  fs.writeFileSync(path.join(work, 'main.tf.json'), connectionStackJson({
    providerVersion: provider.version,
    remoteUrl: remote.url,
    localUrl: local.url,
    alias: ALIAS,
    seeds: k.seeds ?? [remote.remoteClusterAddress!],
    round: k.round ?? 0,
    delivery: k.delivery ?? 0,
  }));
}

interface Run { code: number; output: string }

/** One Terraform command with TF_LOG=trace into its own file; output and log are kept for the secret search. */
function terraform(step: string, ...args: string[]): Promise<Run> {
  const logFile = path.join(work, `${step}.log`);
  const env = {
    ...terraformEnv(work, provider),
    TF_LOG: 'trace',
    TF_LOG_PATH: logFile,
    TF_VAR_remote_password: REMOTE_PW,
    TF_VAR_local_password: LOCAL_PW,
  };
  const started = Date.now();
  return new Promise((resolve) => {
    execFile('terraform', [...args, '-input=false', '-no-color'], { cwd: work, env, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`;
      texts.push(output, fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
      timings.push(`${step} ${((Date.now() - started) / 1000).toFixed(1)}s`);
      resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, output });
    });
  });
}

async function ok(step: string, ...args: string[]): Promise<Run> {
  const r = await terraform(step, ...args);
  if (r.code !== 0) throw new Error(`terraform ${step} failed:\n${r.output.slice(-4000)}`);
  return r;
}

/** An apply expected to fail: a clean diagnostic (no crash), output with Terraform's line wrapping undone. */
async function failingApply(step: string, ...extra: string[]): Promise<string> {
  const r = await terraform(step, 'apply', '-auto-approve', ...extra);
  expect(r.code).toBe(1);
  expect(r.output).not.toMatch(/plugin (crashed|exited)|panic:|Internal error in provider/i);
  return r.output.replace(/[\s│]+/g, ' ');
}

/** A call behind Terraform's back, as user elastic. */
async function call(d: ElasticsearchDouble, password: string, method: string, p: string, body?: unknown): Promise<any> {
  const res = await fetch(`${d.url}${p}`, {
    method,
    headers: { 'authorization': `Basic ${Buffer.from(`elastic:${password}`).toString('base64')}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}
const localEs = (method: string, p: string, body?: unknown): Promise<any> => call(local, LOCAL_PW, method, p, body);

const aliasSettings = (): string[] => [...local.state.persistentSettings.keys()].filter((k) => k.startsWith(`cluster.remote.${ALIAS}.`));

test('deploy: key, delivery, reload, settings, role and check; _remote/info then shows r1 connected with API-key credentials', async () => {
  writeConfig();
  await ok('init', 'init');
  const applied = await ok('apply', 'apply', '-auto-approve');
  expect(applied.output).toMatch(/Apply complete! Resources: 6 added/);
  const info = await localEs('GET', '/_remote/info');
  expect(info[ALIAS]).toMatchObject({ connected: true, cluster_credentials: '::es_redacted::', mode: 'sniff', seeds: [remote.remoteClusterAddress] });
  expect(local.state.nodes.every((n) => n.loaded.has(`cluster.remote.${ALIAS}.credentials`))).toBe(true);
  expect(local.state.roles.has('remote-search')).toBe(true);
});

test('the second plan is empty', async () => {
  expect((await terraform('plan-empty', 'plan', '-detailed-exitcode')).code).toBe(0);
});

test('drift in the alias settings and in the role shows in the plan and is repaired', async () => {
  local.state.persistentSettings.set(`cluster.remote.${ALIAS}.skip_unavailable`, 'false');
  const role = (await localEs('GET', '/_security/role/remote-search'))['remote-search'];
  role.remote_indices[0].names = ['*'];
  await localEs('PUT', '/_security/role/remote-search', role);
  const plan = await terraform('plan-drift', 'plan', '-detailed-exitcode');
  expect(plan.code).toBe(2);
  expect(plan.output).toMatch(/eccx_remote_cluster_settings\.alias will be updated in-place[\s\S]*skip_unavailable\s+= false -> true/);
  expect(plan.output).toMatch(/eccx_security_role\.role will be updated in-place/);
  expect(plan.output).toMatch(/Plan: 0 to add, 2 to change, 0 to destroy/);
  await ok('apply-repair', 'apply', '-auto-approve');
  expect(local.state.persistentSettings.get(`cluster.remote.${ALIAS}.skip_unavailable`)).toBe('true');
  expect((await localEs('GET', '/_security/role/remote-search'))['remote-search'].remote_indices[0].names).toEqual(['logs-*']);
  expect((await terraform('plan-after-repair', 'plan', '-detailed-exitcode')).code).toBe(0);
});

test('a transport port fails the check with the transport-port diagnostic; the right port then passes', async () => {
  writeConfig({ seeds: [remote.transportAddress!] });
  const out = await failingApply('apply-transport-port');
  expect(out).toContain(`Error: Remote cluster ${ALIAS} is addressed at the transport port`);
  expect(out).toContain('9443');
  expect(out).not.toMatch(/within \d+ s|timed out|did not answer in time/i);
  writeConfig();
  await ok('apply-right-port', 'apply', '-auto-approve');
});

test('an invalidated key fails the check with the rejected-key diagnostic; a new key then connects', async () => {
  const [key] = [...remote.state.apiKeys.values()].filter((k) => !k.invalidated);
  expect((await call(remote, REMOTE_PW, 'DELETE', '/_security/api_key', { ids: [key.id] })).invalidated_api_keys).toEqual([key.id]);
  writeConfig({ round: 1 });
  // without refresh Terraform does not see the invalidation, so only the reload and the check run
  const out = await failingApply('apply-invalidated', '-refresh=false');
  expect(out).toContain(`Error: Remote cluster ${ALIAS} rejected the cross-cluster API key`);
  expect(out).toContain(`unable to authenticate user [${key.id}]`);
  // with refresh the key is gone from state: a new key is created, delivered, reloaded and checked
  const healed = await ok('apply-new-key', 'apply', '-auto-approve');
  expect(healed.output).toMatch(/eccx_cross_cluster_api_key\.key: Creation complete/);
  expect((await localEs('GET', '/_remote/info'))[ALIAS].connected).toBe(true);
});

test('a missing keystore entry fails the check with the no-credential diagnostic after timeout_seconds; delivering again passes', async () => {
  await localEs('DELETE', `/_double/keystore/_all/cluster.remote.${ALIAS}.credentials`);
  writeConfig({ round: 2 });
  const out = await failingApply('apply-no-credential');
  expect(out).toContain(`Error: No API-key credential loaded for remote cluster ${ALIAS}`);
  expect(out).toContain(`cluster.remote.${ALIAS}.credentials`);
  expect(out).not.toMatch(/timed out|did not answer in time/i);
  writeConfig({ round: 2, delivery: 1 });
  await ok('apply-redeliver', 'apply', '-auto-approve');
  expect((await terraform('plan-final', 'plan', '-detailed-exitcode')).code).toBe(0);
});

test('destroy leaves no settings for the alias and no role, and invalidates the key', async () => {
  await ok('destroy', 'destroy', '-auto-approve');
  expect(aliasSettings()).toEqual([]);
  expect(local.state.roles.has('remote-search')).toBe(false);
  expect([...remote.state.apiKeys.values()].every((k) => k.invalidated)).toBe(true);
});

test('nothing secret in any CLI output or TF_LOG=trace log', () => {
  const all = texts.join('\n');
  expect(all).toContain('[TRACE]');
  const keys = [...remote.state.apiKeys.values()];
  expect(keys.length).toBeGreaterThanOrEqual(2);
  const secrets: Record<string, string> = { 'remote password': REMOTE_PW, 'local password': LOCAL_PW };
  for (const k of keys) {
    secrets[`api_key of ${k.id}`] = k.apiKey;
    secrets[`encoded of ${k.id}`] = Buffer.from(`${k.id}:${k.apiKey}`).toString('base64');
  }
  for (const pw of [REMOTE_PW, LOCAL_PW]) secrets[`basic auth with ${pw}`] = Buffer.from(`elastic:${pw}`).toString('base64');
  expect(Object.entries(secrets).filter(([, v]) => all.includes(v)).map(([name]) => name)).toEqual([]);
});
