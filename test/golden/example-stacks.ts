/**
 * The example apps' stacks, built for the golden files (test/golden/*.json) and the synth stability
 * test. `examples/remote-cluster/main.ts` exports the function that builds its stack, and that is
 * used as it is. `examples/cross-cluster-search/main.ts` synthesizes when it is imported, so its
 * stack is repeated here; keep the two alike.
 */
import { TerraformOutput, TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { defineRemoteClusterExample } from '../../examples/remote-cluster/main';
import { CrossClusterApiKey, KeyProviderType } from '../../src';
import { EccxProvider } from '../../src/generated/eccx/provider';
import { ElasticstackProvider } from '../../src/generated/elasticstack/provider';

/** A golden file and the stack it holds. */
export interface GoldenStack {
  /** File name under test/golden/. */
  readonly file: string;
  /** The stack's id. */
  readonly id: string;
  /** Declares the stack's resources. */
  readonly define: (stack: TerraformStack) => void;
}

/** examples/cross-cluster-search: the key from Elasticsearch's "Create cross-cluster API key" page. */
export function defineCrossClusterSearch(stack: TerraformStack, providerType: KeyProviderType): void {
  const remote: TerraformProvider = providerType === KeyProviderType.ECCX
    ? new EccxProvider(stack, 'remote', {})
    : new ElasticstackProvider(stack, 'remote', { elasticsearch: [{}] });
  const key = new CrossClusterApiKey(stack, 'Key', {
    provider: remote,
    name: 'my-cross-cluster-api-key',
    expiration: '1d',
    search: [{ names: ['logs*'] }],
    replication: [{ names: ['archive*'] }],
    metadata: {
      description: 'phase one',
      environment: { level: 1, trusted: true, tags: ['dev', 'staging'] },
    },
    encodedOutputName: 'encoded',
  });
  new TerraformOutput(stack, 'key_id', { value: key.keyId });
}

export const GOLDEN_STACKS: readonly GoldenStack[] = [
  { file: 'cross-cluster-search.elasticstack.json', id: 'cross-cluster-search', define: (s) => defineCrossClusterSearch(s, KeyProviderType.ELASTICSTACK) },
  { file: 'cross-cluster-search.eccx.json', id: 'cross-cluster-search', define: (s) => defineCrossClusterSearch(s, KeyProviderType.ECCX) },
  { file: 'remote-cluster.json', id: 'remote-cluster', define: (s) => { defineRemoteClusterExample(s); } },
];

/** What a user's snapshot of the stack holds: `Testing.synth` with validations, plus a final newline. */
export function synthGolden(golden: GoldenStack): string {
  const stack = new TerraformStack(Testing.app(), golden.id);
  golden.define(stack);
  return Testing.synth(stack, true) + '\n';
}
