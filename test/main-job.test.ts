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
  expect(output).not.toMatch(/"api_key"\s*:\s*"[A-Za-z0-9_-]{22}"/);
});
