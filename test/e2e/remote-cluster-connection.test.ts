import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TerraformStack, Testing } from 'cdktf';
import { installBuiltProvider, InstalledProvider, terraformEnv } from './eccx-provider';
import { DELIVER, startTwoClusters, twoClusterProviders } from './two-cluster-app';
import { CredentialDelivery, CrossClusterApiKey, RemoteClusterConnection } from '../../src';
import { ElasticsearchDouble } from '../support/es-double';

// RemoteClusterConnection compiled to eccx, deployed for real (Terraform CLI, the built eccx
// provider, two Elasticsearch doubles): the stack comes from the L2 constructs, with a
// CredentialDelivery.command whose command writes the local double's simulated keystore.
// Checks: the apply connects the alias with API-key credentials, the next plan is empty, the
// credential appears in no Terraform output, destroy removes the alias settings and the role.
jest.setTimeout(300_000);

const ALIAS = 'r1';
const REMOTE_PW = 'remote-pw-Qm41x';
const LOCAL_PW = 'local-pw-Hw93c';


let remote: ElasticsearchDouble;
let local: ElasticsearchDouble;
let provider: InstalledProvider;
let work: string;
const outputs: string[] = [];

beforeAll(async () => {
  ({ remote, local } = await startTwoClusters({ remote: REMOTE_PW, local: LOCAL_PW }));
  provider = installBuiltProvider();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-l2-connection-'));
});

afterAll(async () => {
  provider?.cleanup();
  await local?.close();
  await remote?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The app as a user writes it: key on the remote, connection with a command delivery and a search role on the local. */
function synthesizeApp(): string {
  const stack = new TerraformStack(Testing.app(), 'connection');
  const { remote: remoteProvider, local: localProvider, localPassword } = twoClusterProviders(stack, { remote: remote.url, local: local.url });
  const key = new CrossClusterApiKey(stack, 'Key', { name: 'to-local', search: [{ names: ['logs-*'] }], provider: remoteProvider });
  const connection = new RemoteClusterConnection(stack, 'Connection', {
    alias: ALIAS,
    key,
    seeds: [remote.remoteClusterAddress!],
    provider: localProvider,
    checkTimeoutSeconds: 5,
    credentialDelivery: CredentialDelivery.command({
      command: DELIVER,
      environment: { KEYSTORE_URL: `${local.url}/_double/keystore/_all/cluster.remote.${ALIAS}.credentials`, KEYSTORE_AUTH: `elastic:${localPassword}` },
    }),
  });
  connection.grantSearch('Search', { roleName: 'remote-search', names: ['logs-*'], remoteClusterPrivileges: ['monitor_enrich'] });
  stack.addOverride('terraform.required_providers.eccx.version', provider.version);
  return Testing.synth(stack, true);
}

function terraform(...args: string[]): Promise<{ code: number; output: string }> {
  const env = { ...terraformEnv(work, provider), TF_VAR_remote_password: REMOTE_PW, TF_VAR_local_password: LOCAL_PW };
  return new Promise((resolve) => {
    execFile('terraform', [...args, '-input=false', '-no-color'], { cwd: work, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`;
      outputs.push(output);
      resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, output });
    });
  });
}

async function ok(...args: string[]): Promise<string> {
  const r = await terraform(...args);
  if (r.code !== 0) throw new Error(`terraform ${args[0]} failed:\n${r.output.slice(-4000)}`);
  return r.output;
}

async function localEs(method: string, p: string): Promise<any> {
  const res = await fetch(`${local.url}${p}`, { method, headers: { authorization: `Basic ${Buffer.from(`elastic:${LOCAL_PW}`).toString('base64')}` } });
  return res.json();
}

test('apply: key, delivery, reload, settings, check and role; _remote/info shows the alias connected with API-key credentials', async () => {
  fs.writeFileSync(path.join(work, 'main.tf.json'), synthesizeApp());
  await ok('init');
  const applied = await ok('apply', '-auto-approve');
  expect(applied).toMatch(/Apply complete! Resources: 6 added/);
  // the chain's order, as Terraform ran it
  const order = ['terraform_data.Connection_CredentialDelivery', 'eccx_secure_settings_reload.Connection_Reload', 'eccx_remote_cluster_settings.Connection', 'eccx_remote_cluster_check.Connection_Check']
    .map((prefix) => applied.search(new RegExp(`${prefix.replace(/\./g, '\\.')}_[0-9A-F]+: Creation complete`)));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  const info = await localEs('GET', '/_remote/info');
  expect(info[ALIAS]).toMatchObject({ connected: true, cluster_credentials: '::es_redacted::', mode: 'sniff', skip_unavailable: true });
  expect(local.state.nodes.every((n) => n.loaded.has(`cluster.remote.${ALIAS}.credentials`))).toBe(true);
  expect(local.state.roles.has('remote-search')).toBe(true);
});

test('the second plan is empty', async () => {
  expect((await terraform('plan', '-detailed-exitcode')).code).toBe(0);
});

test('the credential appears in no Terraform output', () => {
  const credential = local.state.nodes[0].loaded.get(`cluster.remote.${ALIAS}.credentials`);
  expect(typeof credential).toBe('string');
  expect((credential as string).length).toBeGreaterThan(20);
  for (const text of outputs) expect(text).not.toContain(credential as string);
});

test('destroy leaves no settings for the alias and no role', async () => {
  await ok('destroy', '-auto-approve');
  expect([...local.state.persistentSettings.keys()].filter((k) => k.startsWith(`cluster.remote.${ALIAS}.`))).toEqual([]);
  expect(local.state.roles.has('remote-search')).toBe(false);
});
