// Optional part of `npm run bench -- --instructions`: instructions executed, counted by valgrind.
//
// CPU time on a shared 2-core machine moves by +-10% between identical runs, because other
// tenants' jobs compete for the cores and caches. The number of instructions a process executes
// hardly depends on them, so it shows small differences that CPU-time medians cannot. It is not
// the figure the targets are judged on (that stays CPU time); it is printed next to it.
//
// Each count is a whole worker process under `valgrind --tool=cachegrind --cache-sim=no` (all
// threads: main thread, JIT compiler and GC helpers). The same worker with N = 0 (an empty stack
// with its provider, synthesized) is subtracted, which leaves the instructions spent on the N keys.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median } from './stats';
import { workerProcess } from './synth-bench';
import { Variant } from './variants';

export interface InstructionCount {
  readonly label: string;
  readonly n: number;
  /** Instructions of each run (whole process). */
  readonly runs: number[];
  /** Median over runs minus the median of the same label at N = 0. */
  readonly perKeys: number;
}

export interface InstructionResults {
  readonly valgrind: string;
  readonly sizes: number[];
  readonly runs: number;
  readonly counts: InstructionCount[];
}

/** The valgrind version, or undefined when it is not installed. */
export function valgrindVersion(): string | undefined {
  const r = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function countOnce(worker: string, variant: Variant, n: number): Promise<number> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ir-'));
  const p = workerProcess(worker, variant, n, outdir);
  const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...p.args];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { ...p.options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      fs.rmSync(outdir, { recursive: true, force: true });
      const m = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (code !== 0 || !m || !stdout.includes('BENCH_RESULT')) {
        reject(new Error(`valgrind ${variant} N=${n} failed (exit ${code}):\n${stderr.slice(-2000)}`));
        return;
      }
      resolve(Number(m[1].replace(/,/g, '')));
    });
  });
}

/** Runs `jobs` with at most `parallel` at a time, keeping their order in the result. */
async function pool<T>(jobs: Array<() => Promise<T>>, parallel: number): Promise<T[]> {
  const out = new Array<T>(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, lane));
  return out;
}

/**
 * Counts instructions for every (label, N) of `workers` (label -> worker file and variant), at
 * N = 0 and each of `sizes`, `runs` times each, two processes at a time.
 */
export async function runInstructionCounts(opts: {
  workers: Array<{ label: string; worker: string; variant: Variant }>;
  sizes: number[];
  runs: number;
  log: (m: string) => void;
}): Promise<InstructionResults> {
  const valgrind = valgrindVersion();
  if (!valgrind) throw new Error('valgrind is not installed');
  const measured = opts.sizes.filter((n) => n > 0);
  const sizes = [0, ...measured];
  const jobs: Array<{ label: string; n: number; run: () => Promise<number> }> = [];
  for (let r = 0; r < opts.runs; r++) {
    for (const n of sizes) {
      for (const w of opts.workers) jobs.push({ label: w.label, n, run: () => countOnce(w.worker, w.variant, n) });
    }
  }
  let done = 0;
  const counts = await pool(jobs.map((j) => async () => {
    const ir = await j.run();
    opts.log(`instructions ${j.label} N=${j.n}: ${(ir / 1e6).toFixed(0)} M (${++done}/${jobs.length})`);
    return ir;
  }), 2);
  const byKey = new Map<string, number[]>();
  jobs.forEach((j, i) => {
    const k = `${j.label}@${j.n}`;
    byKey.set(k, [...(byKey.get(k) ?? []), counts[i]]);
  });
  const result: InstructionCount[] = [];
  for (const w of opts.workers) {
    const base = median(byKey.get(`${w.label}@0`)!);
    for (const n of measured) {
      const runs = byKey.get(`${w.label}@${n}`)!;
      result.push({ label: w.label, n, runs, perKeys: median(runs) - base });
    }
  }
  return { valgrind, sizes: measured, runs: opts.runs, counts: result };
}
