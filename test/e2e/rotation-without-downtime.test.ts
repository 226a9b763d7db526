import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TerraformStack, Testing } from 'cdktf';
import { installBuiltProvider, InstalledProvider, terraformEnv } from './eccx-provider';
import { RequestTimeline } from './request-timeline';
import { DELIVER, startTwoClusters, twoClusterProviders } from './two-cluster-app';
import { CredentialDelivery, CrossClusterApiKey, KeyRotation, RemoteClusterConnection } from '../../src';
import { advanceClock, validKeyIds } from '../support/double-probes';
import { ElasticsearchDouble } from '../support/es-double';

// Rotation end to end: a key with KeyRotation.every('1h') on the remote double and a
// RemoteClusterConnection with command delivery on the local double, both on eccx, deployed with
// the real Terraform CLI. After both clocks move past the period (POST /_double/clock, no
// sleeps), `terraform apply` replaces the key while a loop of cross-cluster searches runs through
// the local double: no search may fail, the old key ends invalidated, the local keystore holds the
// new key, and the order (new key, keystore write, reload, old key invalidated) is read from one
// timeline of the requests both doubles received.
jest.setTimeout(120_000);

const ALIAS = 'r1';
const KEY_NAME = 'rotating-to-local';
const REMOTE_PW = 'remote-pw-Zr83k';
const LOCAL_PW = 'local-pw-Tb27q';
const CREDENTIAL = `cluster.remote.${ALIAS}.credentials`;
const DOCS = [{ msg: 'one' }, { msg: 'two' }, { msg: 'three' }];
const SEARCH_EVERY_MS = 50;


let remote: ElasticsearchDouble;
let local: ElasticsearchDouble;
let timeline: RequestTimeline;
let remoteUrl: string;
let localUrl: string;
let provider: InstalledProvider;
let work: string;

beforeAll(async () => {
  ({ remote, local } = await startTwoClusters({ remote: REMOTE_PW, local: LOCAL_PW }));
  timeline = new RequestTimeline();
  remoteUrl = await timeline.front('remote', remote.url);
  localUrl = await timeline.front('local', local.url);
  provider = installBuiltProvider();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-rotation-'));
});

afterAll(async () => {
  provider?.cleanup();
  await timeline?.close();
  await local?.close();
  await remote?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The app: a rotating key on the remote, the connection with command delivery on the local; Terraform talks to both through the timeline. */
function synthesizeApp(): string {
  const stack = new TerraformStack(Testing.app(), 'rotation');
  const { remote: remoteProvider, local: localProvider, localPassword } = twoClusterProviders(stack, { remote: remoteUrl, local: localUrl });
  const key = new CrossClusterApiKey(stack, 'Key', { name: KEY_NAME, search: [{ names: ['logs-*'] }], rotation: KeyRotation.every('1h'), provider: remoteProvider });
  new RemoteClusterConnection(stack, 'Connection', {
    alias: ALIAS,
    key,
    seeds: [remote.remoteClusterAddress!],
    provider: localProvider,
    checkTimeoutSeconds: 5,
    credentialDelivery: CredentialDelivery.command({
      command: DELIVER,
      environment: { KEYSTORE_URL: `${localUrl}/_double/keystore/_all/${CREDENTIAL}`, KEYSTORE_AUTH: `elastic:${localPassword}` },
    }),
  });
  stack.addOverride('terraform.required_providers.eccx.version', provider.version);
  return Testing.synth(stack, true);
}

function terraform(...args: string[]): Promise<{ code: number; output: string }> {
  const env = { ...terraformEnv(work, provider), TF_VAR_remote_password: REMOTE_PW, TF_VAR_local_password: LOCAL_PW };
  return new Promise((resolve) => {
    execFile('terraform', [...args, '-input=false', '-no-color'], { cwd: work, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

async function ok(...args: string[]): Promise<string> {
  const r = await terraform(...args);
  if (r.code !== 0) throw new Error(`terraform ${args[0]} failed:\n${r.output.slice(-4000)}`);
  return r.output;
}

function basic(password: string): string {
  return `Basic ${Buffer.from(`elastic:${password}`).toString('base64')}`;
}

/**
 * One cross-cluster search as the local superuser. A failure is anything but every document
 * back from the remote: an error status, or (skip_unavailable is true) a skipped remote.
 */
async function searchRemote(): Promise<string | undefined> {
  try {
    const res = await fetch(`${local.url}/${ALIAS}:logs-*/_search`, { method: 'POST', headers: { 'authorization': basic(LOCAL_PW), 'content-type': 'application/json' }, body: '{"query":{"match_all":{}}}' });
    const body = await res.json() as any;
    if (res.status !== 200) return `${res.status} ${JSON.stringify(body.error?.reason ?? body)}`;
    const hits = body.hits?.hits ?? [];
    if (hits.length !== DOCS.length) return `200 with ${hits.length} hits, _clusters ${JSON.stringify(body._clusters)}`;
    return undefined;
  } catch (e) {
    return `request failed: ${(e as Error).message}`;
  }
}

/** Searches every SEARCH_EVERY_MS until stopped; resolves to the count and the failures seen. */
function searchLoop(): { stop: () => Promise<{ runs: number; failures: string[] }> } {
  let running = true;
  const failures: string[] = [];
  let runs = 0;
  const done = (async () => {
    while (running) {
      const failure = await searchRemote();
      runs++;
      if (failure) failures.push(failure);
      await new Promise((resolve) => setTimeout(resolve, SEARCH_EVERY_MS));
    }
  })();
  return { stop: async () => { running = false; await done; return { runs, failures }; } };
}

let oldKeyId: string;

test('deploy: the rotating key, the connection, documents on the remote, and one cross-cluster search that finds them', async () => {
  fs.writeFileSync(path.join(work, 'main.tf.json'), synthesizeApp());
  await ok('init');
  await ok('apply', '-auto-approve');
  [oldKeyId] = validKeyIds(remote, KEY_NAME);
  expect(validKeyIds(remote, KEY_NAME)).toEqual([oldKeyId]);
  for (const doc of DOCS) {
    const res = await fetch(`${remote.url}/logs-app/_doc`, { method: 'POST', headers: { 'authorization': basic(REMOTE_PW), 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    expect(res.status).toBe(201);
  }
  expect(await searchRemote()).toBeUndefined();
  expect((await terraform('plan', '-detailed-exitcode')).code).toBe(0);
});

test('rotation past the period: the apply replaces the key while searches run, and none fails', async () => {
  await advanceClock(remote, '61m', REMOTE_PW);
  await advanceClock(local, '61m', LOCAL_PW);
  const from = timeline.entries.length;
  const loop = searchLoop();
  const started = Date.now();
  const applied = await terraform('apply', '-auto-approve');
  const applyMs = Date.now() - started;
  const { runs, failures } = await loop.stop();
  // eslint-disable-next-line no-console
  console.log(`rotation apply took ${applyMs} ms; ${runs} cross-cluster searches ran, ${failures.length} failed`);
  expect(applied.code).toBe(0);
  // create_before_destroy: the old key is a deposed object, destroyed after its replacement exists
  expect(applied.output).toMatch(/eccx_cross_cluster_api_key\.Key_[0-9A-F]+ \(deposed object [0-9a-f]+\): Destroying/);
  expect(failures).toEqual([]);
  expect(runs).toBeGreaterThanOrEqual(Math.floor(applyMs / (SEARCH_EVERY_MS * 4)));

  const keys = validKeyIds(remote, KEY_NAME);
  expect(keys).toHaveLength(1);
  const newKeyId = keys[0];
  expect(newKeyId).not.toBe(oldKeyId);
  expect(remote.state.apiKeys.get(oldKeyId)!.invalidated).toBe(true);

  // the local keystore (every node, written and loaded) holds the new key's encoded value: compared, never printed
  const newKey = remote.state.apiKeys.get(newKeyId)!;
  const encoded = Buffer.from(`${newKey.id}:${newKey.apiKey}`).toString('base64');
  expect(local.state.nodes.every((n) => n.keystore.get(CREDENTIAL) === encoded)).toBe(true);
  expect(local.state.nodes.every((n) => n.loaded.get(CREDENTIAL) === encoded)).toBe(true);

  // order, from one timeline of both doubles' requests
  const created = timeline.indexOf('remote', 'POST', '/_security/cross_cluster/api_key', from);
  const delivered = timeline.indexOf('local', 'PUT', `/_double/keystore/_all/${CREDENTIAL}`, from);
  const reloaded = timeline.indexOf('local', 'POST', /^\/_nodes(\/[^/]+)?\/reload_secure_settings$/, delivered);
  const checked = timeline.indexOf('local', 'GET', /^\/_resolve\/cluster(\/.*)?$/, reloaded);
  const invalidated = timeline.indexOf('remote', 'DELETE', '/_security/api_key', from);
  expect(created).toBeGreaterThanOrEqual(0);
  expect(delivered).toBeGreaterThan(created);
  expect(reloaded).toBeGreaterThan(delivered);
  expect(checked).toBeGreaterThan(reloaded);
  expect(invalidated).toBeGreaterThan(checked);
  expect(timeline.indexOf('remote', 'DELETE', '/_security/api_key', invalidated + 1)).toBe(-1);
});

test('after the rotation: _remote/info connected, and the next plan is empty', async () => {
  const res = await fetch(`${local.url}/_remote/info`, { headers: { authorization: basic(LOCAL_PW) } });
  const info = await res.json() as any;
  expect(info[ALIAS]).toMatchObject({ connected: true, cluster_credentials: '::es_redacted::' });
  expect((await terraform('plan', '-detailed-exitcode')).code).toBe(0);
});
