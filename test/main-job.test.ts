import { spawnSync } from 'child_process';
import { join } from 'path';

// The README's main command (`npm run example`), run as the README runs it: ts-node with type
// checking, the real cdktf CLI and Terraform, this package's provider, an Elasticsearch double.
jest.setTimeout(240_000);

const ROOT = join(__dirname, '..');

test('npm run example synthesizes, checks, deploys, reports and destroys', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
  // the double, not a cluster that happens to be configured in the environment
  for (const k of ['ELASTICSEARCH_ENDPOINTS', 'ELASTICSEARCH_USERNAME', 'ELASTICSEARCH_PASSWORD', 'ELASTICSEARCH_API_KEY']) delete env[k];
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'ts-node'), ['--project', 'test/tsconfig.json', 'scripts/example.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 230_000,
  });
  const output = `${r.stdout}\n${r.stderr}`;
  expect({ status: r.status, tail: output.slice(-3000) }).toMatchObject({ status: 0 });
  expect(output).toMatch(/1 key block\(s\) conform to schema\/elasticstack\.json/);
  expect(output).toContain('resource "elasticstack_elasticsearch_security_api_key"');
  expect(output).toContain('Elasticsearch: in-process test double');
  expect(output).toMatch(/Apply complete! Resources: 1 added/);
  expect(output).toMatch(/encoded = <sensitive>/);
  expect(output).toContain('"name": "my-cross-cluster-api-key"');
  expect(output).toContain('destroyed: the key is invalidated');
  // each step printed as it starts, with the time since the process started, in order
  const steps = [...output.matchAll(/^\[\s*(\d+\.\d) s\] (\d+)\. (.*)$/gm)].map((m) => ({ at: Number(m[1]), n: Number(m[2]), text: m[3] }));
  expect(steps.map((x) => x.n)).toEqual(steps.map((_, i) => i + 1));
  expect(steps.map((x) => x.text).join('\n')).toMatch(/cdktf synth[\s\S]*provider install[\s\S]*cdktf deploy[\s\S]*cdktf destroy/);
  expect(steps.map((x) => x.at)).toEqual([...steps.map((x) => x.at)].sort((a, b) => a - b));
  // ts-node's start-up counts: the first step starts after it, and the total includes it
  const total = /main job done in (\d+\.\d) s \(since the process started; (\d+\.\d) s of it ts-node's start-up\)/.exec(output);
  expect(total).not.toBeNull();
  expect(Number(total![2])).toBeGreaterThan(0);
  expect(steps[0].at).toBeGreaterThanOrEqual(Number(total![2]) - 0.1);
  expect(Number(total![1])).toBeGreaterThanOrEqual(steps[steps.length - 1].at);
  // the plain deploy after `provider install`: no --skip-provider-lock anywhere
  expect(output).not.toContain('skip-provider-lock');
  expect(output.match(/key_id/g)).toHaveLength(1);
  expect(output).not.toMatch(/"api_key"\s*:\s*"[A-Za-z0-9_-]{22}"/);
});
