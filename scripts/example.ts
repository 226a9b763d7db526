/**
 * The main job (`npm run example`):
 *
 * 1. synthesize examples/cross-cluster-search with the real cdktf CLI and check every
 *    elasticstack block against the committed provider schema (as `terraform validate` would);
 * 2. deploy the example with this package's own provider (`eccx`) through `cdktf deploy`, against
 *    an in-process Elasticsearch test double that this command starts, or against the real cluster
 *    named by ELASTICSEARCH_ENDPOINTS / ELASTICSEARCH_USERNAME / ELASTICSEARCH_PASSWORD;
 * 3. print the outputs (Terraform masks the secrets) and the key as Elasticsearch reports it;
 * 4. destroy it (the key is invalidated).
 *
 * Each step is printed as it starts, with the time since this process started (ts-node's start-up
 * and type checking included), and the closing line gives the whole time.
 *
 *   npm run example                 # both parts
 *   npm run example -- --synth-only # part 1 only
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from '@elastic/elasticsearch';
import { PROVIDER_BUNDLE, PROVIDER_CLI } from './build-provider';
import { DeployHarness, elasticsearchEnv } from '../test/support/deploy-harness';
import { elasticstackSchema, checkStackAgainstSchema, formatProblems } from '../test/support/schema-conformance';
import { terraformEnv } from '../test/support/terraform-validate';
import { testTarget } from '../test/support/target';

const ROOT = join(__dirname, '..');
const STACK = 'cross-cluster-search';
const EXAMPLE = join(ROOT, 'examples', STACK);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** When this process started: process.uptime() counts ts-node's start-up, which Date.now() at main() would miss. */
const STARTED = Date.now() - process.uptime() * 1000;
let stepNo = 0;
function step(text: string): void {
  console.log(`\n[${seconds(Date.now() - STARTED).padStart(7)}] ${++stepNo}. ${text}`);
}

function synthAndCheck(): boolean {
  const out = mkdtempSync(join(tmpdir(), 'ccx-example-'));
  try {
    step(`cdktf synth of examples/${STACK} (elasticstack provider) and the schema check ...`);
    const t0 = Date.now();
    // cdktf runs terraform, which warns about a TF_CLI_CONFIG_FILE that names a missing file.
    const env: NodeJS.ProcessEnv = { ...terraformEnv(), CI: '1' };
    execFileSync(join(ROOT, 'node_modules', '.bin', 'cdktf'), ['synth', '--output', join(out, 'cdktf.out')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const doc = JSON.parse(readFileSync(join(out, 'cdktf.out', 'stacks', STACK, 'cdk.tf.json'), 'utf8'));
    const problems = checkStackAgainstSchema(doc, elasticstackSchema());
    if (problems.length > 0) {
      console.error(`schema check FAILED (${problems.length}):\n${formatProblems(problems)}`);
      return false;
    }
    const resources = doc.resource?.elasticstack_elasticsearch_security_api_key ?? {};
    console.log(`synthesized in ${seconds(Date.now() - t0)}; ${Object.keys(resources).length} key block(s) conform to schema/elasticstack.json`);
    for (const [name, block] of Object.entries(resources)) {
      const { ['//']: _metadata, ...rest } = block as Record<string, unknown>;
      console.log(`resource "elasticstack_elasticsearch_security_api_key" "${name}" ${JSON.stringify(rest, null, 2)}`);
    }
    return true;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function deployWithOwnProvider(): Promise<boolean> {
  const executable = PROVIDER_BUNDLE;
  if (!existsSync(executable)) {
    step('building this package\'s provider eccx (npx projen provider:build) ...');
    execFileSync('npx', ['projen', 'provider:build'], { cwd: ROOT, stdio: 'inherit' });
  }
  step('starting Elasticsearch (the in-process test double, unless ELASTICSEARCH_ENDPOINTS is set) ...');
  const target = await testTarget();
  console.log(
    target.isDouble
      ? `Elasticsearch: in-process test double ${target.double!.version} at ${target.url} (set ELASTICSEARCH_ENDPOINTS, _USERNAME, _PASSWORD for a real cluster)`
      : `Elasticsearch: real cluster at ${target.url} (from ELASTICSEARCH_ENDPOINTS)`,
  );
  const mirror = mkdtempSync(join(tmpdir(), 'ccx-mirror-'));
  let harness: DeployHarness | undefined;
  try {
    harness = await DeployHarness.create({
      appDir: EXAMPLE,
      providerMirrorDir: mirror,
      // the mirror is still empty here: name what Terraform takes from it
      mirrorIncludes: ['registry.terraform.io/cdktf-elastic-cross-cluster/eccx'],
      env: { ...elasticsearchEnv({ endpoints: target.url, username: target.username, password: target.password }), CCX_PROVIDER_TYPE: 'eccx' },
    });
    // as a user does: `npx cdktf-elastic-cross-cluster provider install` (here into a temporary
    // mirror, not ~/.terraform.d), which also writes the stack's lock file, then a plain `cdktf deploy`
    step('npx cdktf-elastic-cross-cluster provider install (provider into a temporary mirror, lock file for the stack) ...');
    const binDir = join(ROOT, 'node_modules', '.bin');
    execFileSync(process.execPath, [PROVIDER_CLI, 'provider', 'install', '--mirror', mirror, '--app', harness.workDir], {
      stdio: 'ignore',
      env: harness.env({ PATH: `${binDir}:${process.env.PATH}` }),
    });
    step('cdktf deploy ...');
    const t0 = Date.now();
    const deployed = await harness.deploy();
    const deployMs = Date.now() - t0;
    console.log(deployed.output.split('\n').filter((l) => /Apply complete|Creation complete|encoded =/.test(l)).join('\n'));

    step('the outputs, and the key as Elasticsearch reports it (GET /_security/api_key) ...');
    const outputs = await harness.outputs();
    const keyId = String(outputs.key_id.value);
    console.log(`outputs: key_id = ${keyId}; encoded = ${outputs.encoded.sensitive ? '(sensitive)' : 'NOT SENSITIVE'}`);

    const client = new Client({ node: target.url, auth: { username: target.username, password: target.password } });
    const { api_keys: keys } = await client.security.getApiKey({ id: keyId });
    console.log(JSON.stringify(keys[0], null, 2));

    step('cdktf destroy ...');
    const t1 = Date.now();
    await harness.cdktfDestroy();
    const destroyMs = Date.now() - t1;
    // Asked of Elasticsearch itself, so that the check means the same on a real cluster.
    const { api_keys: afterKeys } = await client.security.getApiKey({ id: keyId });
    await client.close();
    const invalidated = afterKeys.length === 1 && afterKeys[0].invalidated === true;
    console.log(`\ndestroyed: the key is ${invalidated ? 'invalidated' : 'STILL ACTIVE'}`);
    console.log(`cdktf deploy took ${seconds(deployMs)}, cdktf destroy ${seconds(destroyMs)}`);
    return invalidated;
  } finally {
    await harness?.cleanup();
    rmSync(mirror, { recursive: true, force: true });
    await target.close();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  if (!synthAndCheck()) return 1;
  if (process.argv.includes('--synth-only')) return 0;
  const ok = await deployWithOwnProvider();
  console.log(`\nmain job ${ok ? 'done' : 'FAILED'} in ${seconds(Date.now() - STARTED)} (since the process started; ` +
    `${seconds(started - STARTED)} of it ts-node's start-up)`);
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
