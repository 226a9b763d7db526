/**
 * The main job: synthesize the example app with the real cdktf CLI, check every elasticstack block
 * against the committed provider schema (as `terraform validate` would), and print the key's
 * resource block.
 *
 *   npm run example
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { elasticstackSchema, checkStackAgainstSchema, formatProblems } from '../test/support/schema-conformance';

const ROOT = join(__dirname, '..');
const STACK = 'cross-cluster-search';

function main(): number {
  const out = mkdtempSync(join(tmpdir(), 'ccx-example-'));
  try {
    console.log(`$ cdktf synth   (examples/${STACK}, via ./cdktf.json)`);
    const t0 = Date.now();
    execFileSync(join(ROOT, 'node_modules', '.bin', 'cdktf'), ['synth', '--output', out], {
      cwd: ROOT,
      env: { ...process.env, CHECKPOINT_DISABLE: '1', CI: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(`synthesized in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const doc = JSON.parse(readFileSync(join(out, 'stacks', STACK, 'cdk.tf.json'), 'utf8'));

    const problems = checkStackAgainstSchema(doc, elasticstackSchema());
    if (problems.length > 0) {
      console.error(`schema check FAILED (${problems.length}):\n${formatProblems(problems)}`);
      return 1;
    }
    const resources = doc.resource?.elasticstack_elasticsearch_security_api_key ?? {};
    console.log(`schema check: ${Object.keys(resources).length} elasticstack_elasticsearch_security_api_key block(s) conform to schema/elasticstack.json`);
    for (const [name, block] of Object.entries(resources)) {
      console.log(`\nresource "elasticstack_elasticsearch_security_api_key" "${name}":`);
      console.log(JSON.stringify(block, null, 2));
    }
    console.log('\noutputs:', JSON.stringify(doc.output, null, 2));
    return 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = main();
