import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { elasticstackSchema, expectConformsToSchema } from './support/schema-conformance';

const ROOT = join(__dirname, '..');

/** Runs `cdktf synth` through the real cdktf CLI, as a user would, into a temporary directory. */
function cliSynth(): Record<string, any> {
  const out = mkdtempSync(join(tmpdir(), 'ccx-example-'));
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'cdktf'), ['synth', '--output', out], {
      cwd: ROOT,
      env: { ...process.env, CHECKPOINT_DISABLE: '1', CI: '1' },
      stdio: 'pipe',
      timeout: 180_000,
    });
    // The local backend's state path is absolute: make it relative to the repository root, so the
    // snapshot names no path of the machine it was taken on.
    const text = readFileSync(join(out, 'stacks', 'cross-cluster-search', 'cdk.tf.json'), 'utf8');
    return JSON.parse(text.split(JSON.stringify(ROOT).slice(1, -1)).join('<repo>'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('examples/cross-cluster-search, synthesized with the cdktf CLI', () => {
  let doc: Record<string, any>;
  beforeAll(() => {
    doc = cliSynth();
  });

  test('matches the snapshot', () => {
    expect(doc).toMatchSnapshot();
  });

  test('conforms to the elasticstack provider schema', () => {
    expectConformsToSchema(doc, elasticstackSchema());
  });

  test('yields the cross-cluster key from the seed example', () => {
    const keys = doc.resource.elasticstack_elasticsearch_security_api_key;
    const [block] = Object.values(keys) as any[];
    expect(block).toMatchObject({
      name: 'my-cross-cluster-api-key',
      type: 'cross_cluster',
      expiration: '1d',
      access: { search: [{ names: ['logs*'], allow_restricted_indices: false }], replication: [{ names: ['archive*'] }] },
      metadata: '{"description":"phase one","environment":{"level":1,"tags":["dev","staging"],"trusted":true}}',
    });
    expect(doc.output.encoded.sensitive).toBe(true);
    expect(doc.terraform.required_providers.elasticstack.source).toBe('elastic/elasticstack');
  });

  // the provider reads ELASTICSEARCH_* only inside an `elasticsearch` block
  test('configures the elasticstack provider with an (empty) elasticsearch block', () => {
    expect(doc.provider.elasticstack).toEqual([{ elasticsearch: [{}] }]);
  });
});
