import * as fs from 'fs';
import * as path from 'path';
import { installBuiltProvider, InstalledProvider } from './eccx-provider';
import { DeployHarness, elasticsearchEnv, REPO_ROOT } from '../support/deploy-harness';
import { testTarget, TestTarget } from '../support/target';

// A key's secrets used in a second stack of the same app (test/fixtures/two-stack-app), deployed with
// cdktf deploy, eccx and the Elasticsearch double: the secret appears in no CLI output, in no
// outputs file and in no TF_LOG=trace log, though it crosses stacks through terraform_remote_state.
jest.setTimeout(300_000);

let provider: InstalledProvider;
let target: TestTarget;
let h: DeployHarness;

beforeAll(async () => {
  provider = installBuiltProvider();
  target = await testTarget();
  h = await DeployHarness.create({
    appDir: path.join(REPO_ROOT, 'test/fixtures/two-stack-app'),
    stack: 'keys',
    providerMirrorDir: provider.mirror,
    tfLog: 'TRACE',
    env: elasticsearchEnv({ endpoints: target.url, username: target.username, password: target.password }),
  });
});

afterAll(async () => {
  await h?.cleanup();
  await target?.close();
  provider?.cleanup();
});

/** The key's attributes from the keys stack's local state. */
function keyInState(): { encoded: string; api_key: string; key_id: string } {
  const state = JSON.parse(fs.readFileSync(path.join(h.workDir, 'terraform.keys.tfstate'), 'utf8'));
  const resource = state.resources.find((r: any) => r.type === 'eccx_cross_cluster_api_key');
  return resource.instances[0].attributes;
}

test('cdktf deploy of both stacks: the secret is in the state only, never in CLI output, outputs file or trace log', async () => {
  const deployed = await h.deploy({ args: ['consumer', '--skip-provider-lock'] });
  const { encoded, api_key: apiKey, key_id: keyId } = keyInState();
  expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe(`${keyId}:${apiKey}`);

  // The consumer really received the values: its state holds them (state is where secrets live).
  const consumerState = fs.readFileSync(path.join(h.workDir, 'terraform.consumer.tfstate'), 'utf8');
  expect(consumerState).toContain(encoded);
  expect(consumerState).toContain(apiKey);
  expect(deployed.output).toMatch(/credential\s*=\s*<sensitive>/);
  expect(deployed.output).toContain(keyId); // the non-secret key_id output is printed: the output is really read

  const log = h.terraformLog();
  expect(log.length).toBeGreaterThan(10_000);
  const places: Record<string, string> = {
    'cdktf deploy output': deployed.output,
    'outputs file': JSON.stringify(deployed.outputsFile ?? {}),
    'TF_LOG=trace log': log,
  };
  for (const [where, text] of Object.entries(places)) {
    for (const secret of [encoded, apiKey]) expect({ where, found: text.includes(secret) }).toEqual({ where, found: false });
  }
});
