// The three ways of producing the same Terraform JSON document for a workload:
//   l2   - the library's CrossClusterApiKey constructs
//   l1   - the generated ElasticsearchSecurityApiKey filled in by hand, mirroring what the L2 emits
//   json - the document built as a plain object and serialized (the floor)
// Each `synth*` function does all the work a user's `cdktf synth` does for that variant: build the
// tree and call `app.synth()` (which runs the construct validations and writes cdk.tf.json), or
// for the floor, build and write the document.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKey } from '../src/cross-cluster-api-key';
import { ElasticsearchSecurityApiKey, ElasticsearchSecurityApiKeyAccessSearch } from '../src/generated/elasticstack/elasticsearch-security-api-key';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';
import { BenchKey, encodedOutputDescription } from './workload';

export const VARIANTS = ['l2', 'l1', 'json'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Name of the benchmark stack. */
export const STACK = 'bench';

/** Where a variant's synthesized document lands inside its outdir. */
export function stackFile(outdir: string): string {
  return path.join(outdir, 'stacks', STACK, 'cdk.tf.json');
}

/** Optional hook called every `every` keys while building, to sample memory. */
export interface Sampler {
  readonly every: number;
  sample(): void;
}

const NO_SAMPLER: Sampler = { every: Number.MAX_SAFE_INTEGER, sample: () => undefined };

/** (a) The L2 constructs. */
export function synthL2(keys: BenchKey[], outdir: string, sampler: Sampler = NO_SAMPLER): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, STACK);
  new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  keys.forEach((k, i) => {
    new CrossClusterApiKey(stack, k.id, {
      name: k.name,
      expiration: k.expiration,
      metadata: k.metadata,
      search: k.search,
      replication: k.replication.length > 0 ? k.replication : undefined,
    });
    if ((i + 1) % sampler.every === 0) sampler.sample();
  });
  sampler.sample();
  app.synth();
}

/**
 * (b) The generated L1, filled in by hand the way the L2 fills it: `type = "cross_cluster"`,
 * `create_before_destroy`, `allow_restricted_indices = false` on every search entry, JSON strings
 * for metadata/query/field_security, and a sensitive output for `encoded`, at the same construct
 * paths (`<id>/Resource`, `<id>/EncodedOutput`) so that logical ids are the same.
 */
export function synthL1(keys: BenchKey[], outdir: string, sampler: Sampler = NO_SAMPLER): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, STACK);
  new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  keys.forEach((k, i) => {
    const scope = new Construct(stack, k.id);
    const search: ElasticsearchSecurityApiKeyAccessSearch[] = k.search.map((s) => ({
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
    new TerraformOutput(scope, 'EncodedOutput', {
      value: key.encoded,
      sensitive: true,
      description: encodedOutputDescription(k.name),
    });
    if ((i + 1) % sampler.every === 0) sampler.sample();
  });
  sampler.sample();
  app.synth();
}

/** cdktf's logical id for a construct path below the stack: human part plus an 8-digit hash. */
function logicalId(components: string[]): string {
  const hash = createHash('md5').update(components.join('/')).digest('hex').slice(0, 8).toUpperCase();
  const human = components.filter((c) => c !== 'Resource').join('_').replace(/[^A-Za-z0-9_]/g, '');
  return `${human}_${hash}`;
}

/** (c) The floor: the same document as a plain object, keys in the order cdktf writes them. */
export function synthJson(keys: BenchKey[], outdir: string, sampler: Sampler = NO_SAMPLER): void {
  const resources: Record<string, unknown> = {};
  const outputs: Record<string, unknown> = {};
  const outputIds: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    const rid = logicalId([k.id, 'Resource']);
    const oid = logicalId([k.id, 'EncodedOutput']);
    const access: Record<string, unknown> = {};
    if (k.replication.length > 0) access.replication = k.replication.map((r) => ({ names: r.names }));
    access.search = k.search.map((s) => {
      const e: Record<string, unknown> = { allow_restricted_indices: false };
      if (s.fieldSecurity !== undefined) e.field_security = JSON.stringify(s.fieldSecurity);
      e.names = s.names;
      if (s.query !== undefined) e.query = JSON.stringify(s.query);
      return e;
    });
    resources[rid] = {
      '//': { metadata: { path: `${STACK}/${k.id}/Resource`, uniqueId: rid } },
      'access': access,
      'expiration': k.expiration,
      'lifecycle': { create_before_destroy: true },
      'metadata': JSON.stringify(k.metadata),
      'name': k.name,
      'type': 'cross_cluster',
    };
    outputs[oid] = {
      description: encodedOutputDescription(k.name),
      sensitive: true,
      value: `\${elasticstack_elasticsearch_security_api_key.${rid}.encoded}`,
    };
    outputIds[k.id] = { EncodedOutput: oid };
    if ((i + 1) % sampler.every === 0) sampler.sample();
  });
  sampler.sample();
  const doc = {
    '//': {
      metadata: { backend: 'local', stackName: STACK, version: '0.21.0' },
      outputs: { [STACK]: outputIds },
    },
    'output': outputs,
    'provider': { elasticstack: [{ elasticsearch: [{}] }] },
    'resource': { elasticstack_elasticsearch_security_api_key: resources },
    'terraform': {
      backend: { local: { path: path.resolve(`terraform.${STACK}.tfstate`) } },
      required_providers: { elasticstack: { source: 'elastic/elasticstack', version: '>= 0.11.18' } },
    },
  };
  const file = stackFile(outdir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
}

export const SYNTH: Record<Variant, (keys: BenchKey[], outdir: string, sampler?: Sampler) => void> = {
  l2: synthL2,
  l1: synthL1,
  json: synthJson,
};

/** Deep copy with object keys sorted, for comparing documents regardless of key order and whitespace. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value as object).sort()) out[k] = canonical((value as Record<string, unknown>)[k]);
  return out;
}

/** Digests of a synthesized document: of its bytes, of its resource and output blocks, and of its canonical form. */
export interface DocDigest {
  readonly bytes: string;
  readonly resourcesAndOutputs: string;
  readonly canonical: string;
  readonly size: number;
  readonly resources: number;
  readonly outputs: number;
}

function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

export function digestDocument(file: string): DocDigest {
  const text = fs.readFileSync(file, 'utf8');
  const doc = JSON.parse(text);
  const resources = doc.resource?.elasticstack_elasticsearch_security_api_key ?? {};
  const outputs = doc.output ?? {};
  return {
    bytes: sha(text),
    // Re-serialized in the order cdktf wrote them: equal only if the blocks are byte-identical in content and order.
    resourcesAndOutputs: sha(JSON.stringify({ resources, outputs })),
    canonical: sha(JSON.stringify(canonical(doc))),
    size: text.length,
    resources: Object.keys(resources).length,
    outputs: Object.keys(outputs).length,
  };
}
