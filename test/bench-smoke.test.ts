// Smoke run of the synth benchmark (bench/), so that the bench code cannot rot: N = 10, one run of
// each variant in its own process, with the identical-output check. Not a timed test; the npm
// install part of the benchmark is not run here.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runInstructionCounts, valgrindVersion, windowInstructions } from '../bench/instructions';
import { renderReport, machineFacts } from '../bench/report';
import { buildWorker, checkIdentical, OUT_DIR, runSynthBench } from '../bench/synth-bench';

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

describe('instruction counts of the measured work (bench/instructions.ts)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-window-'));
  const out = path.join(dir, 'callgrind.out');
  const dump = (i: number, ir: number) => fs.writeFileSync(`${out}.${i}`, `# callgrind format\nversion: 1\nevents: Ir\nsummary: ${ir}\n`);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the second of three dumps is the measured work', () => {
    fs.writeFileSync(out, 'summary: 1\n');
    dump(1, 1000);
    dump(2, 2345);
    dump(3, 10);
    expect(windowInstructions(out)).toBe(2345);
  });

  test('another number of dumps fails instead of guessing', () => {
    for (const i of [1, 2, 3, 4]) dump(i, 5);
    expect(() => windowInstructions(out)).toThrow(/expected 3 callgrind dumps .* found 4/);
  });

  const valgrind = valgrindVersion();
  if (!valgrind) {
    // eslint-disable-next-line no-console
    console.log('SKIPPED counting a real worker under callgrind: valgrind is not installed');
  }
  (valgrind ? test : test.skip)(`a real worker under callgrind gives three dumps and a count that grows with N (${valgrind ?? 'no valgrind'})`, async () => {
    const worker = buildWorker(undefined, path.join(OUT_DIR, 'worker-instructions-smoke.js'));
    const res = await runInstructionCounts({ workers: [{ label: 'l1', worker, variant: 'l1' }], sizes: [1, 20], runs: 1, log: () => undefined });
    const [one, twenty] = res.counts;
    expect(one.n).toBe(1);
    expect(twenty.n).toBe(20);
    expect(one.median).toBeGreaterThan(1e6);
    expect(twenty.median).toBeGreaterThan(one.median * 2);
  }, 180_000);
});
