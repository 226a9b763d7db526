import { spawnSync } from 'child_process';
import { join } from 'path';

// The README's main command (`npm run example`), run as the README runs it: ts-node with type
// checking, the real cdktf CLI and Terraform, this package's provider, two Elasticsearch doubles
// (a remote and a local). The assertions read only what the job prints.
jest.setTimeout(240_000);

const ROOT = join(__dirname, '..');

/** The job's output, run once for every test of this file. */
function runJob(): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
  // the doubles, not clusters that happen to be configured in the environment
  for (const prefix of ['', 'LOCAL_']) {
    for (const k of ['ENDPOINTS', 'USERNAME', 'PASSWORD', 'API_KEY']) delete env[`${prefix}ELASTICSEARCH_${k}`];
  }
  for (const k of ['CCX_REMOTE_ADDRESS', 'CCX_REMOTE_SERVER_NAME', 'CCX_DELIVERY_COMMAND', 'CCX_PROVIDER_TYPE']) delete env[k];
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'ts-node'), ['--project', 'test/tsconfig.json', 'scripts/example.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 230_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('npm run example (examples/remote-cluster with eccx across two doubles)', () => {
  let job: { status: number | null; output: string };
  beforeAll(() => {
    job = runJob();
  });

  test('exits 0 after deploying the whole chain with a command delivery', () => {
    expect({ status: job.status, tail: job.output.slice(-3000) }).toMatchObject({ status: 0 });
    expect(job.output).toContain('(command delivery)');
    expect(job.output).toMatch(/Apply complete! Resources: 7 added, 0 changed, 0 destroyed/);
    // the chain's order as Terraform ran it: delivery, reload, settings, check
    const order = ['terraform_data.RemoteA_CredentialDelivery', 'eccx_secure_settings_reload.RemoteA_Reload', 'eccx_remote_cluster_settings.RemoteA_', 'eccx_remote_cluster_check.RemoteA_Check']
      .map((prefix) => job.output.search(new RegExp(`${prefix.replace(/\./g, '\\.')}[0-9A-F_]*[^\\n]*Creation complete`)));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('_remote/info shows the alias connected with redacted credentials', () => {
    const info = /GET _remote\/info on the local cluster \.\.\.\n(\{[\s\S]*?\n\})\n/.exec(job.output);
    expect(info).not.toBeNull();
    expect(JSON.parse(info![1])['remote-a']).toMatchObject({ connected: true, cluster_credentials: '::es_redacted::', mode: 'proxy', skip_unavailable: true });
    expect(job.output).toContain('remote-a: connected with API-key credentials');
  });

  test('one cross-cluster search as the user with the granted role returns the remote document', () => {
    expect(job.output).toMatch(/GET \/remote-a:logs-ccx-example\/_search as "logs-reader" \(query: match message "login"\): 1 hit\(s\)/);
    expect(job.output).toMatch(/^ {2}remote-a:logs-ccx-example 2 \{"@timestamp":"2026-01-02T00:00:00Z","message":"user login"\}$/m);
  });

  test('destroy leaves no alias settings, no role, and an invalidated key', () => {
    expect(job.output).toMatch(/Destroy complete! Resources: 7 destroyed/);
    expect(job.output).toContain('destroyed: no alias settings for remote-a, no roles remote-a-logs-reader, remote-a-archive-follower, the key is invalidated');
    expect(job.output).not.toContain('destroy LEFT');
  });

  test('prints key_id once and never the credential', () => {
    expect(job.output.match(/key_id/g)).toHaveLength(1);
    const keyId = /key_id = (\S+);/.exec(job.output)![1];
    expect(keyId.length).toBeGreaterThan(0);
    // encoded = base64("<id>:<secret>"): its leading characters are fixed by the id, whole
    // base64 groups of 3 bytes, so any copy of the credential contains this prefix
    const head = Buffer.from(`${keyId}:`);
    const prefix = head.subarray(0, head.length - (head.length % 3)).toString('base64');
    expect(prefix.length).toBeGreaterThanOrEqual(20);
    expect(job.output).not.toContain(prefix);
    expect(job.output).toMatch(/encoded = \(sensitive\)/);
  });

  test('each step prints as it starts, with the time since the process started, in order', () => {
    const steps = [...job.output.matchAll(/^\[\s*(\d+\.\d) s\] (\d+)\. (.*)$/gm)].map((m) => ({ at: Number(m[1]), n: Number(m[2]), text: m[3] }));
    expect(steps.map((x) => x.n)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.map((x) => x.text).join('\n')).toMatch(/starting the clusters[\s\S]*provider install[\s\S]*cdktf deploy[\s\S]*_remote\/info[\s\S]*cross-cluster search[\s\S]*cdktf destroy/);
    expect(steps.map((x) => x.at)).toEqual([...steps.map((x) => x.at)].sort((a, b) => a - b));
    const total = /main job done in (\d+\.\d) s \(since the process started; (\d+\.\d) s of it ts-node's start-up\)/.exec(job.output);
    expect(total).not.toBeNull();
    expect(steps[0].at).toBeGreaterThanOrEqual(Number(total![2]) - 0.1);
    expect(Number(total![1])).toBeGreaterThanOrEqual(steps[steps.length - 1].at);
    expect(job.output).not.toContain('skip-provider-lock');
  });
});
