// Smoke run of the synth benchmark (bench/), so that the bench code cannot rot: N = 10, one run of
// each variant in its own process, with the identical-output check. Not a timed test; the npm
// install part of the benchmark is not run here.
import { renderReport, machineFacts } from '../bench/report';
import { checkIdentical, runSynthBench } from '../bench/synth-bench';

describe('bench smoke (N = 10)', () => {
  const results = runSynthBench({ sizes: [10], runsFor: () => 1 });

  test('L2, L1 and plain JSON synthesize the same document, L2 and L1 byte for byte', () => {
    expect(results.checks).toHaveLength(1);
    expect(results.checks[0]).toMatch(/^N=10: l2, l1 cdk\.tf\.json byte-identical/);
    const [l2, l1, json] = ['l2', 'l1', 'json'].map((v) => results.raw.find((r) => r.variant === v)!);
    expect(l2.digest.resources).toBe(10);
    expect(l2.digest.outputs).toBe(10);
    expect(l1.digest.bytes).toBe(l2.digest.bytes);
    expect(json.digest.canonical).toBe(l2.digest.canonical);
  });

  test('every measurement has figures', () => {
    for (const r of results.raw) {
      expect(r.ms).toBeGreaterThan(0);
      expect(r.cpuMs).toBeGreaterThan(0);
      expect(r.peakHeap).toBeGreaterThanOrEqual(r.baseHeap);
      expect(r.maxRss).toBeGreaterThan(r.peakHeap);
    }
  });

  test('a differing document fails the check loudly', () => {
    const tampered = results.raw.map((r) => (r.variant === 'l1' ? { ...r, digest: { ...r.digest, resourcesAndOutputs: 'x', bytes: 'x' } } : r));
    expect(() => checkIdentical(tampered)).toThrow(/NOT IDENTICAL: N=10: l1 resource\/output blocks differ/);
  });

  test('the report renders', () => {
    const md = renderReport({ synth: results, firstSkipped: 'smoke test', machine: machineFacts('test', [0, 0, 0]), command: 'jest', elapsedMs: 1 });
    expect(md).toContain('| 10 | L2 constructs | 1 |');
    expect(md).toContain('Not measured in this run: smoke test.');
  });
});
