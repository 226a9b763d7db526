// The benchmarks in bench/, run small so that they cannot rot: the synth bench at N = 10, one run of
// each variant (and of the L2 at HEAD through --compare-ref), and the deploy bench at N = 10, one run.
// Not timed tests: they check that the bench measures, compares the same documents, and judges right.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { officialSkipReason, runDeployBench } from '../bench/deploy';
import { cpuRatios, L2_L1_CPU_TARGET, renderReport, verdict } from '../bench/report';
import { median } from '../bench/stats';
import { checkIdentical, Run, runSynthBench, SynthResults } from '../bench/synth';
import { PROVIDER_BUNDLE } from '../scripts/build-provider';

describe('synth bench at N = 10', () => {
  const results = runSynthBench({ sizes: [10], runsFor: () => 1, compareRef: 'HEAD' });
  const run = (label: string) => results.runs.find((r) => r.label === label)!;

  test('L2, the L2 of --compare-ref HEAD, L1 and plain JSON each ran once and wrote the same document', () => {
    expect(results.labels).toEqual(['l2', expect.stringMatching(/^l2@[0-9a-f]{7,}$/), 'l1', 'json']);
    expect(results.runs).toHaveLength(4);
    expect(results.checks).toEqual([expect.stringMatching(/^N=10: l2, l2@[0-9a-f]+, l1 wrote byte-identical cdk\.tf\.json/)]);
    expect(run('l2')).toMatchObject({ resources: 10, outputs: 10 });
    expect(run('l1').sha).toBe(run('l2').sha);
    expect(run(results.compareLabel!).sha).toBe(run('l2').sha);
    expect(run('json').sha).not.toBe(run('l2').sha); // other white space and key order ...
    expect(run('json').canonicalSha).toBe(run('l2').canonicalSha); // ... same document
  });

  test('every run has CPU and wall time, peak heap and peak RSS', () => {
    for (const r of results.runs) {
      expect(r.cpuMs).toBeGreaterThan(0);
      expect(r.ms).toBeGreaterThan(0);
      expect(r.peakHeap).toBeGreaterThan(2 ** 20);
      expect(r.maxRss).toBeGreaterThan(r.peakHeap);
    }
  });

  test('a document that differs stops the bench, naming the variant', () => {
    const tamper = (label: string, change: Partial<Run>) => results.runs.map((r) => (r.label === label ? { ...r, ...change } : r));
    expect(() => checkIdentical(tamper('l1', { sha: 'other' }))).toThrow(/NOT IDENTICAL: N=10: l1 wrote another document than l2 \(byte for byte\)/);
    expect(() => checkIdentical(tamper('json', { canonicalSha: 'other' }))).toThrow(/NOT IDENTICAL: N=10: json .* \(after key sort\)/);
    expect(() => checkIdentical(tamper('l2', { resources: 9 }))).toThrow(/N=10: no L2 document with 10 keys/);
  });

  test('the report shows the run, the before/after columns and the verdict', () => {
    const md = renderReport({ synth: results, deploySkipped: 'not in this test', run: { command: 'jest', commit: 'abc1234', seconds: 1, loadStart: [0, 0, 0] } });
    expect(md).toContain('| 10 | L2 constructs | 1 |');
    expect(md).toContain(`| 10 | L2 at ${results.compareLabel!.slice(3)} (\`--compare-ref\`) | 1 |`);
    expect(md).toContain('before/L1 CPU | after/before CPU |');
    expect(md).toContain('Not run: not in this test.');
    expect(md).toContain(verdict(results));
  });
});

describe('the L2/L1 CPU target', () => {
  const synthWith = (l2: number[], l1: number[]): SynthResults => {
    const sizes = [10, 100];
    const runsOf = (label: string, cpu: number[]) =>
      sizes.map((n, i) => ({ label, n, cpuMs: cpu[i], ms: cpu[i], peakHeap: 1, maxRss: 1 }) as Run);
    return { sizes, labels: ['l2', 'l1'], runs: [...runsOf('l2', l2), ...runsOf('l1', l1)], checks: [] };
  };

  test(`is met when the L2 takes at most ${L2_L1_CPU_TARGET} times the L1's CPU time at every N`, () => {
    expect(cpuRatios(synthWith([125, 90], [100, 100]))).toEqual([{ n: 10, ratio: 1.25 }, { n: 100, ratio: 0.9 }]);
    expect(verdict(synthWith([125, 90], [100, 100]))).toBe('L2/L1 CPU at most 1.25 at every N: **met** (highest 1.25, at N = 10).');
  });

  test('is not met when one N is above it, and the verdict names that N', () => {
    expect(verdict(synthWith([100, 130], [100, 100]))).toBe('L2/L1 CPU at most 1.25 at every N: **not met** (highest 1.30, at N = 100).');
  });
});

test('median of odd and even counts, in any order', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
});

describe('deploy bench at N = 10', () => {
  test('the official provider is skipped, saying why, without a mirror that holds it', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-mirror-'));
    try {
      expect(officialSkipReason(undefined)).toMatch(/no `--official-mirror DIR` was given/);
      expect(officialSkipReason(empty)).toMatch(/holds no registry\.terraform\.io\/elastic\/elasticstack/);
      fs.mkdirSync(path.join(empty, 'registry.terraform.io', 'elastic', 'elasticstack'), { recursive: true });
      expect(officialSkipReason(empty)).toBeUndefined();
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  const built = fs.existsSync(PROVIDER_BUNDLE);
  // eslint-disable-next-line no-console
  if (!built) console.log('SKIPPED the eccx deploy run: the provider is not built (npx projen provider:build)');
  (built ? test : test.skip)('eccx applies, plans without changes and destroys 10 keys against the double, and each step is timed', async () => {
    const d = await runDeployBench({ sizes: [10], runs: 1 });
    expect(d.stats).toEqual([{ provider: 'eccx', n: 10, runs: 1, applyMs: expect.any(Number), planMs: expect.any(Number), destroyMs: expect.any(Number) }]);
    expect(Math.min(d.stats[0].applyMs, d.stats[0].planMs, d.stats[0].destroyMs)).toBeGreaterThan(0);
    expect(d.skipped).toEqual([officialSkipReason(undefined)]);
    expect(d.terraform).toMatch(/^Terraform v\d/);
  }, 300_000);
});
