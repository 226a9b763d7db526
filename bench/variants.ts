// Three ways to write the same cdk.tf.json for a workload, each doing all of a `cdktf synth`'s work.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKey, SearchAccessProps } from '../src';
import { BenchKey, encodedOutputDescription } from './workload';
import { ElasticsearchSecurityApiKey } from '../src/generated/elasticstack/elasticsearch-security-api-key';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

export const VARIANTS = ['l2', 'l1', 'json'] as const;
export type Variant = (typeof VARIANTS)[number];
const STACK = 'bench';
export const stackFile = (outdir: string) => path.join(outdir, 'stacks', STACK, 'cdk.tf.json');

/** A search entry as the L2 writes it: explicit `allow_restricted_indices`, JSON strings. */
const searchEntry = (s: SearchAccessProps) => ({
  allowRestrictedIndices: false,
  fieldSecurity: s.fieldSecurity && JSON.stringify(s.fieldSecurity),
  names: s.names,
  query: s.query && JSON.stringify(s.query),
});

function synthCdktf(outdir: string, fill: (stack: TerraformStack) => void): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, STACK);
  new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  fill(stack);
  app.synth();
}

/** The generated L1 filled in by hand as the L2 fills it, at the L2's construct paths (same logical ids). */
function synthL1(keys: BenchKey[], outdir: string): void {
  synthCdktf(outdir, (stack) => {
    for (const { id, props: p } of keys) {
      const scope = new Construct(stack, id);
      const key = new ElasticsearchSecurityApiKey(scope, 'Resource', {
        name: p.name,
        type: 'cross_cluster',
        expiration: p.expiration,
        metadata: JSON.stringify(p.metadata),
        lifecycle: { createBeforeDestroy: true },
        access: { search: p.search.map(searchEntry), replication: p.replication },
      });
      new TerraformOutput(scope, 'EncodedOutput', { value: key.encoded, sensitive: true, description: encodedOutputDescription(p.name) });
    }
  });
}

/** cdktf's logical id of a construct path below the stack, written out because the floor runs without cdktf. */
function logicalId(components: string[]): string {
  const hash = createHash('md5').update(components.join('/')).digest('hex').slice(0, 8).toUpperCase();
  return `${components.filter((c) => c !== 'Resource').join('_')}_${hash}`;
}

/** The floor: the same document as a plain object, serialized with `JSON.stringify`. */
function synthJson(keys: BenchKey[], outdir: string): void {
  const resources: Record<string, unknown> = {};
  const outputs: Record<string, unknown> = {};
  const outputIds: Record<string, unknown> = {};
  for (const { id, props: p } of keys) {
    const [rid, oid] = [logicalId([id, 'Resource']), logicalId([id, 'EncodedOutput'])];
    const search = p.search.map((s) => {
      const { allowRestrictedIndices, fieldSecurity, names, query } = searchEntry(s);
      return { allow_restricted_indices: allowRestrictedIndices, field_security: fieldSecurity, names, query };
    });
    resources[rid] = {
      '//': { metadata: { path: `${STACK}/${id}/Resource`, uniqueId: rid } },
      'access': { replication: p.replication, search },
      'expiration': p.expiration,
      'lifecycle': { create_before_destroy: true },
      'metadata': JSON.stringify(p.metadata),
      'name': p.name,
      'type': 'cross_cluster',
    };
    const value = `\${elasticstack_elasticsearch_security_api_key.${rid}.encoded}`;
    outputs[oid] = { description: encodedOutputDescription(p.name), sensitive: true, value };
    outputIds[id] = { EncodedOutput: oid };
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

export const SYNTH: Record<Variant, (keys: BenchKey[], outdir: string) => void> = {
  l2: (keys, outdir) => synthCdktf(outdir, (stack) => {
    for (const k of keys) new CrossClusterApiKey(stack, k.id, k.props);
  }),
  l1: synthL1,
  json: synthJson,
};
