// Three ways to write the same Terraform JSON for a workload, each doing all the work of a user's
// `cdktf synth` for that way: build the tree and call `app.synth()` (construct validations included,
// cdk.tf.json written), or for the plain JSON, build the document and write it.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKey } from '../src';
import { BenchKey, encodedOutputDescription, keyProps } from './workload';
import { ElasticsearchSecurityApiKey } from '../src/generated/elasticstack/elasticsearch-security-api-key';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

export const VARIANTS = ['l2', 'l1', 'json'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Name of the benchmark stack. */
export const STACK = 'bench';

/** Where a variant's cdk.tf.json lands inside its outdir. */
export function stackFile(outdir: string): string {
  return path.join(outdir, 'stacks', STACK, 'cdk.tf.json');
}

/** The library's L2: one `CrossClusterApiKey` per key. */
function synthL2(keys: BenchKey[], outdir: string): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, STACK);
  new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  for (const k of keys) new CrossClusterApiKey(stack, k.id, keyProps(k));
  app.synth();
}

/**
 * The generated L1 filled in by hand as the L2 fills it: `type = "cross_cluster"`,
 * `create_before_destroy`, explicit `allow_restricted_indices = false`, JSON strings, and a sensitive
 * output for `encoded`, at the L2's construct paths (`<id>/Resource`, `<id>/EncodedOutput`), so that
 * the logical ids are the same.
 */
function synthL1(keys: BenchKey[], outdir: string): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, STACK);
  new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  for (const k of keys) {
    const scope = new Construct(stack, k.id);
    const search = k.search.map((s) => ({
      names: s.names,
      allowRestrictedIndices: false,
      query: s.query === undefined ? undefined : JSON.stringify(s.query),
      fieldSecurity: s.fieldSecurity === undefined ? undefined : JSON.stringify(s.fieldSecurity),
    }));
    const key = new ElasticsearchSecurityApiKey(scope, 'Resource', {
      name: k.name,
      type: 'cross_cluster',
      expiration: k.expiration,
      metadata: JSON.stringify(k.metadata),
      lifecycle: { createBeforeDestroy: true },
      access: k.replication.length > 0 ? { search, replication: k.replication } : { search },
    });
    new TerraformOutput(scope, 'EncodedOutput', { value: key.encoded, sensitive: true, description: encodedOutputDescription(k.name) });
  }
  app.synth();
}

/**
 * The logical id cdktf gives a construct path below the stack (its human part and 8 hex digits of
 * an MD5 of the path). Written out here because the floor must produce the same document without cdktf.
 */
function logicalId(components: string[]): string {
  const hash = createHash('md5').update(components.join('/')).digest('hex').slice(0, 8).toUpperCase();
  return `${components.filter((c) => c !== 'Resource').join('_')}_${hash}`;
}

/** The floor: the same document as a plain object, serialized with `JSON.stringify`. */
function synthJson(keys: BenchKey[], outdir: string): void {
  const resources: Record<string, unknown> = {};
  const outputs: Record<string, unknown> = {};
  const outputIds: Record<string, unknown> = {};
  for (const k of keys) {
    const rid = logicalId([k.id, 'Resource']);
    const oid = logicalId([k.id, 'EncodedOutput']);
    const search = k.search.map((s) => ({
      allow_restricted_indices: false,
      field_security: s.fieldSecurity === undefined ? undefined : JSON.stringify(s.fieldSecurity),
      names: s.names,
      query: s.query === undefined ? undefined : JSON.stringify(s.query),
    }));
    resources[rid] = {
      '//': { metadata: { path: `${STACK}/${k.id}/Resource`, uniqueId: rid } },
      'access': k.replication.length > 0 ? { replication: k.replication, search } : { search },
      'expiration': k.expiration,
      'lifecycle': { create_before_destroy: true },
      'metadata': JSON.stringify(k.metadata),
      'name': k.name,
      'type': 'cross_cluster',
    };
    const value = `\${elasticstack_elasticsearch_security_api_key.${rid}.encoded}`;
    outputs[oid] = { description: encodedOutputDescription(k.name), sensitive: true, value };
    outputIds[k.id] = { EncodedOutput: oid };
  }
  const doc = {
    '//': { metadata: { backend: 'local', stackName: STACK, version: '0.21.0' }, outputs: { [STACK]: outputIds } },
    'output': outputs,
    'provider': { elasticstack: [{ elasticsearch: [{}] }] },
    'resource': { elasticstack_elasticsearch_security_api_key: resources },
    'terraform': {
      backend: { local: { path: path.resolve(`terraform.${STACK}.tfstate`) } },
      required_providers: { elasticstack: { source: 'elastic/elasticstack', version: '>= 0.11.18' } },
    },
  };
  fs.mkdirSync(path.dirname(stackFile(outdir)), { recursive: true });
  fs.writeFileSync(stackFile(outdir), JSON.stringify(doc, null, 2));
}

export const SYNTH: Record<Variant, (keys: BenchKey[], outdir: string) => void> = { l2: synthL2, l1: synthL1, json: synthJson };
