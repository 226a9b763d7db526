// Part 1: synth time and memory of L2 vs L1 vs plain JSON, each (variant, N) in fresh processes.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Variant, VARIANTS } from './variants';
import type { WorkerResult } from './worker';
import { median } from './stats';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const OUT_DIR = path.join(REPO_ROOT, 'bench', 'out');

/**
 * Compiles bench/worker.ts (with the library sources it imports) to one plain JS file with
 * esbuild, so that the measured processes run compiled JavaScript and no type checker or
 * on-the-fly transpiler. cdktf and constructs stay external (loaded from node_modules, as a user's
 * app loads them).
 */
export function buildWorker(root: string = REPO_ROOT, outfile: string = path.join(OUT_DIR, 'worker.js')): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(root, 'bench', 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: false,
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Builds a worker whose library sources are those of git commit `ref` (the bench code is the
 * current one), for measuring the L2 before and after a change side by side in one run.
 */
export function buildWorkerAtRef(ref: string): { sha: string; worker: string } {
  const git = (args: string[]) => {
    const r = spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  };
  const sha = git(['rev-parse', '--short', `${ref}^{commit}`]).trim();
  const root = path.join(OUT_DIR, `ref-${sha}`);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  const tar = spawnSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${root}"`], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`git archive ${sha} src failed: ${tar.stderr}`);
  for (const f of fs.readdirSync(path.join(REPO_ROOT, 'bench'))) {
    if (f.endsWith('.ts')) fs.copyFileSync(path.join(REPO_ROOT, 'bench', f), path.join(root, 'bench', f));
  }
  return { sha, worker: buildWorker(root, path.join(OUT_DIR, `worker-${sha}.js`)) };
}

/**
 * How every measurement process is started (the timed runs here and the instruction counts in
 * bench/instructions.ts): node's arguments after the executable, and the spawn options.
 */
export function workerProcess(worker: string, variant: Variant, n: number, outdir: string): { args: string[]; options: { cwd: string; env: NodeJS.ProcessEnv } } {
  return {
    args: ['--expose-gc', worker, variant, String(n), outdir],
    options: { cwd: REPO_ROOT, env: { ...process.env, NODE_OPTIONS: '' } },
  };
}

/** Runs one measurement in a fresh node process. */
export function runWorker(worker: string, variant: Variant, n: number, run: number, label: string = variant): Measurement {
  const outdir = path.join(OUT_DIR, 'synth', `${label.replace(/[^A-Za-z0-9]/g, '_')}-${n}-${run}`);
  const p = workerProcess(worker, variant, n, outdir);
  const res = spawnSync(process.execPath, p.args, { ...p.options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = (res.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (res.status !== 0 || !line) {
    throw new Error(`worker ${variant} N=${n} failed (exit ${res.status}):\n${res.stderr}\n${res.stdout}`);
  }
  return { ...(JSON.parse(line.slice('BENCH_RESULT '.length)) as WorkerResult), label, run };
}

/** A worker result with the label of what was measured (`l2`, `l1`, `json`, or `l2@<sha>`). */
export interface Measurement extends WorkerResult {
  readonly label: string;
  /** Which round of runs it belongs to (0-based). */
  readonly run: number;
}

/** Something to measure: a variant run by a worker script. */
export interface Contender {
  readonly label: string;
  readonly variant: Variant;
  readonly worker: string;
}

export interface SynthOptions {
  readonly sizes: number[];
  /** Runs per (variant, N). */
  readonly runsFor: (n: number) => number;
  readonly log?: (msg: string) => void;
  /** Also measure the L2 as of this git commit (before a change), side by side. */
  readonly beforeRef?: string;
}

export interface VariantStats {
  readonly label: string;
  readonly variant: Variant;
  readonly n: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly medianCpuMs: number;
  /** Median over runs of the peak heap in use (bytes). */
  readonly peakHeap: number;
  /** Median over runs of the baseline heap after module loading (bytes). */
  readonly baseHeap: number;
  /** Median over runs of the peak RSS (bytes). */
  readonly maxRss: number;
  readonly docBytes: number;
  readonly resources: number;
  readonly outputs: number;
}

export interface SynthResults {
  readonly sizes: number[];
  readonly labels: string[];
  /** Label of the L2-before-the-change contender, when measured. */
  readonly beforeLabel?: string;
  readonly stats: VariantStats[];
  readonly raw: Measurement[];
  /** One line per N describing the identical-output check. */
  readonly checks: string[];
  /** The measured workers (for further measurements of the same builds). */
  readonly contenders: Contender[];
}

/**
 * Checks that the L2 and the L1 wrote byte-identical documents (hence identical resource blocks and
 * outputs), and that the plain-JSON floor wrote the same document up to key order and whitespace.
 * Throws when not: the comparison would not be fair.
 */
export function checkIdentical(results: Measurement[]): string[] {
  const lines: string[] = [];
  const sizes = [...new Set(results.map((r) => r.n))];
  for (const n of sizes) {
    const of = (v: Variant) => results.filter((r) => r.n === n && r.variant === v);
    const [l2, l1, json] = [of('l2'), of('l1'), of('json')]; // l2 includes an L2-before contender
    if (l2.length === 0 || l1.length === 0 || json.length === 0) throw new Error(`N=${n}: a variant is missing`);
    const ref = l2[0].digest;
    if (ref.resources !== n || ref.outputs !== n) {
      throw new Error(`N=${n}: the L2 document has ${ref.resources} keys and ${ref.outputs} outputs, expected ${n} of each`);
    }
    for (const r of [...l2, ...l1]) {
      if (r.digest.resourcesAndOutputs !== ref.resourcesAndOutputs) {
        throw new Error(`NOT IDENTICAL: N=${n}: ${r.label} resource/output blocks differ from the L2's (${r.digest.resourcesAndOutputs} vs ${ref.resourcesAndOutputs}); rerun with BENCH_KEEP_OUTPUT=1 and diff bench/out/synth/*-${n}-*`);
      }
      if (r.digest.bytes !== ref.bytes) {
        throw new Error(`NOT IDENTICAL: N=${n}: ${r.label} cdk.tf.json differs from the L2's in bytes (${r.digest.bytes} vs ${ref.bytes})`);
      }
    }
    for (const r of json) {
      if (r.digest.canonical !== ref.canonical) {
        throw new Error(`NOT IDENTICAL: N=${n}: the plain JSON document differs from the L2's (canonical ${r.digest.canonical} vs ${ref.canonical})`);
      }
    }
    lines.push(
      `N=${n}: ${[...new Set([...l2, ...l1].map((r) => r.label))].join(', ')} cdk.tf.json byte-identical (sha256 ${ref.bytes}…, ${ref.size} bytes, ${ref.resources} resources, ${ref.outputs} outputs); plain JSON equal after key sort (${json[0].digest.size} bytes)`,
    );
  }
  return lines;
}

/** Runs the matrix. Runs are interleaved (for each run: every N, every contender, in an order that rotates and reverses from run to run) so that machine noise hits all contenders alike. */
export function runSynthBench(opts: SynthOptions): SynthResults {
  const log = opts.log ?? (() => undefined);
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const worker = buildWorker();
  const contenders: Contender[] = VARIANTS.map((variant) => ({ label: variant, variant, worker }));
  let beforeLabel: string | undefined;
  if (opts.beforeRef) {
    const before = buildWorkerAtRef(opts.beforeRef);
    beforeLabel = `l2@${before.sha}`;
    contenders.splice(1, 0, { label: beforeLabel, variant: 'l2', worker: before.worker });
  }
  const raw: Measurement[] = [];
  const maxRuns = Math.max(...opts.sizes.map(opts.runsFor));
  for (let run = 0; run < maxRuns; run++) {
    for (const n of opts.sizes) {
      if (run >= opts.runsFor(n)) continue;
      // Each round starts with a different contender, and every other round runs them in reverse,
      // so that no variant always runs right after the same other one (on shared cores, the load
      // often shifts within a round).
      for (let k = 0; k < contenders.length; k++) {
        const i = (k + run) % contenders.length;
        const c = contenders[run % 2 === 0 ? i : contenders.length - 1 - i];
        const r = runWorker(c.worker, c.variant, n, run, c.label);
        raw.push(r);
        log(`run ${run + 1} N=${n} ${c.label}: ${r.ms.toFixed(1)} ms wall, ${r.cpuMs.toFixed(1)} ms CPU, peak heap ${(r.peakHeap / 2 ** 20).toFixed(1)} MiB, max RSS ${(r.maxRss / 2 ** 20).toFixed(1)} MiB`);
      }
    }
  }
  const checks = checkIdentical(raw);
  const stats: VariantStats[] = [];
  for (const n of opts.sizes) {
    for (const c of contenders) {
      const rs = raw.filter((r) => r.n === n && r.label === c.label);
      stats.push({
        label: c.label,
        variant: c.variant,
        n,
        runs: rs.length,
        medianMs: median(rs.map((r) => r.ms)),
        minMs: Math.min(...rs.map((r) => r.ms)),
        maxMs: Math.max(...rs.map((r) => r.ms)),
        medianCpuMs: median(rs.map((r) => r.cpuMs)),
        peakHeap: median(rs.map((r) => r.peakHeap)),
        baseHeap: median(rs.map((r) => r.baseHeap)),
        maxRss: median(rs.map((r) => r.maxRss)),
        docBytes: rs[0].digest.size,
        resources: rs[0].digest.resources,
        outputs: rs[0].digest.outputs,
      });
    }
  }
  return { sizes: opts.sizes, labels: contenders.map((c) => c.label), beforeLabel, stats, raw, checks, contenders };
}
