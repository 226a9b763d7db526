/**
 * The example apps' stacks, built for the golden files (test/golden/*.json) and the synth stability
 * test: each example's main.ts exports the function that declares its stack, used as it is.
 */
import { TerraformStack, Testing } from 'cdktf';
import { defineCrossClusterSearch } from '../../examples/cross-cluster-search/main';
import { defineRemoteClusterExample } from '../../examples/remote-cluster/main';
import { KeyProviderType } from '../../src';

/** A golden file and the stack it holds. */
export interface GoldenStack {
  /** File name under test/golden/. */
  readonly file: string;
  /** The stack's id. */
  readonly id: string;
  /** Declares the stack's resources. */
  readonly define: (stack: TerraformStack) => void;
}

export const GOLDEN_STACKS: readonly GoldenStack[] = [
  { file: 'cross-cluster-search.elasticstack.json', id: 'cross-cluster-search', define: (s) => { defineCrossClusterSearch(s, KeyProviderType.ELASTICSTACK); } },
  { file: 'cross-cluster-search.eccx.json', id: 'cross-cluster-search', define: (s) => { defineCrossClusterSearch(s, KeyProviderType.ECCX); } },
  { file: 'remote-cluster.json', id: 'remote-cluster', define: (s) => { defineRemoteClusterExample(s); } },
];

/** What a user's snapshot of the stack holds: `Testing.synth` with validations, plus a final newline. */
export function synthGolden(golden: GoldenStack): string {
  const stack = new TerraformStack(Testing.app(), golden.id);
  golden.define(stack);
  return Testing.synth(stack, true) + '\n';
}
