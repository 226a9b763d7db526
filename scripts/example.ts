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

function synthAndCheck(): boolean {
  const out = mkdtempSync(join(tmpdir(), 'ccx-example-'));
  try {
    console.log(`== 1. cdktf synth of examples/${STACK} (elasticstack provider) and the schema check`);
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
  console.log('\n== 2. cdktf deploy with this package\'s provider (eccx)');
  const executable = PROVIDER_BUNDLE;
  if (!existsSync(executable)) {
    console.log('building the provider (npx projen provider:build) ...');
    execFileSync('npx', ['projen', 'provider:build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const target = await testTarget();
  console.log(
    target.isDouble
      ? `Elasticsearch: in-process test double ${target.double!.version} at ${target.url} (set ELASTICSEARCH_ENDPOINTS, _USERNAME, _PASSWORD for a real cluster)`
      : `Elasticsearch: real cluster at ${target.url} (from ELASTICSEARCH_ENDPOINTS)`,
  );
  const mirror = mkdtempSync(join(tmpdir(), 'ccx-mirror-'));
  let harness: DeployHarness | undefined;
  try {
    execFileSync(process.execPath, [PROVIDER_CLI, 'provider', 'install', '--mirror', mirror], { stdio: 'ignore' });
    harness = await DeployHarness.create({
      appDir: EXAMPLE,
      providerMirrorDir: mirror,
      env: { ...elasticsearchEnv({ endpoints: target.url, username: target.username, password: target.password }), CCX_PROVIDER_TYPE: 'eccx' },
    });
    const t0 = Date.now();
    // cdktf runs `terraform providers lock` after init, which asks the origin registry even when the
    // provider comes from a filesystem mirror: --skip-provider-lock keeps init's own lock file.
    const deployed = await harness.deploy({ args: ['--skip-provider-lock'] });
    const deployMs = Date.now() - t0;
    console.log(deployed.output.split('\n').filter((l) => /Apply complete|Outputs:|encoded|key_id|Creation complete/.test(l)).join('\n'));

    const outputs = await harness.outputs();
    const keyId = String(outputs.key_id.value);
    console.log(`outputs: key_id = ${keyId}; encoded = ${outputs.encoded.sensitive ? '(sensitive)' : 'NOT SENSITIVE'}`);

    const client = new Client({ node: target.url, auth: { username: target.username, password: target.password } });
    const { api_keys: keys } = await client.security.getApiKey({ id: keyId });
    console.log('the key as Elasticsearch reports it (GET /_security/api_key):');
    console.log(JSON.stringify(keys[0], null, 2));

    const t1 = Date.now();
    await harness.cdktfDestroy({ args: ['--skip-provider-lock'] });
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
  console.log(`\nmain job ${ok ? 'done' : 'FAILED'} in ${seconds(Date.now() - started)}`);
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
