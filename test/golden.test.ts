/**
 * Golden files: the synthesized JSON of each example stack, committed. A library change that
 * changes what users' stacks synthesize fails here, so that it is made on purpose and announced.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { GOLDEN_STACKS, synthGolden } from './golden/example-stacks';

const GOLDEN_DIR = join(__dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The first line where two texts differ, for the failure message. */
function firstDifference(expected: string, actual: string): string {
  const [e, a] = [expected.split('\n'), actual.split('\n')];
  const i = e.findIndex((line, n) => line !== a[n]);
  const at = i === -1 ? e.length : i;
  return `line ${at + 1}:\n  golden: ${e[at] ?? '(end of file)'}\n  now:    ${a[at] ?? '(end of file)'}`;
}

describe('golden files of the examples (test/golden)', () => {
  test.each(GOLDEN_STACKS.map((g) => [g.file, g] as const))('%s is what the example synthesizes', (file, golden) => {
    const path = join(GOLDEN_DIR, file);
    const actual = synthGolden(golden);
    if (UPDATE) {
      writeFileSync(path, actual);
      return;
    }
    const expected = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (actual !== expected) {
      throw new Error(
        `test/golden/${file} differs from what the example synthesizes now, at ${firstDifference(expected, actual)}\n`
        + 'Users\' snapshots and plans change the same way. If the change is deliberate:\n'
        + '  1. UPDATE_GOLDEN=1 npx jest test/golden.test.ts   (rewrites test/golden/*.json; review the diff)\n'
        + '  2. add a line under "## [Unreleased]" in CHANGELOG.md saying what changes in users\' plans and\n'
        + '     whether any resource is replaced (a changed key name, type or expiration, or a changed\n'
        + '     Terraform address, replaces the key and its secret).',
      );
    }
  });
});
