// Optional part of `npm run bench -- --instructions`: instructions executed, counted by valgrind.
//
// CPU time on a shared 2-core machine moves by +-10% between identical runs, because other
// tenants' jobs compete for the cores and caches. The number of instructions a process executes
// moves much less with them, so it shows small differences that CPU-time medians blur. It is not
// the figure the targets are judged on (that stays CPU time); it is printed next to it.
//
// Counted is exactly the measured work of the timed runs: the worker reads `process.cpuUsage()`
// right before and right after it, and `process.cpuUsage()` is libuv's `uv_getrusage`. Under
// `valgrind --tool=callgrind --dump-before=uv_getrusage`, callgrind writes its counters each time
// that function is entered, so the second dump holds the measured work alone, all threads included
// (main thread, JIT compiler and GC helpers), without module loading or process start.
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
  /** Instructions of the measured work, each run. */
  readonly runs: number[];
  /** Their median. */
  readonly median: number;
}

export interface InstructionResults {
  readonly valgrind: string;
  readonly sizes: number[];
  readonly runs: number;
  readonly counts: InstructionCount[];
}

/** The valgrind version; null when it is not installed; undefined until asked. */
let version: string | null | undefined;

/** The valgrind version, or undefined when it is not installed (asked once per process). */
export function valgrindVersion(): string | undefined {
  if (version === undefined) {
    const r = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
    version = r.status === 0 ? r.stdout.trim() : null;
  }
  return version ?? undefined;
}

/** The functions the worker calls right before and right after the measured work (`process.cpuUsage`). */
const WINDOW_MARK = 'uv_getrusage';

function countOnce(worker: string, variant: Variant, n: number): Promise<number> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ir-'));
  const p = workerProcess(worker, variant, n, path.join(outdir, 'synth'));
  const out = path.join(outdir, 'callgrind.out');
  const args = ['--tool=callgrind', `--dump-before=${WINDOW_MARK}`, `--callgrind-out-file=${out}`, process.execPath, ...p.args];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { ...p.options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      try {
        if (code !== 0 || !stdout.includes('BENCH_RESULT')) throw new Error(`exit ${code}:\n${stderr.slice(-2000)}`);
        resolve(windowInstructions(out));
      } catch (e) {
        reject(new Error(`valgrind ${variant} N=${n} failed: ${(e as Error).message}`));
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    });
  });
}

/**
 * The instructions of the measured work from callgrind's dumps: `<out>.1` runs up to the first
 * `process.cpuUsage()`, `<out>.2` up to the second (the measured work), `<out>.3` up to
 * `process.resourceUsage()` after it. Any other number of dumps means the worker changed, and the
 * count would not be the window: that fails instead of guessing.
 */
export function windowInstructions(out: string): number {
  const dumps = fs.readdirSync(path.dirname(out)).filter((f) => f.startsWith(`${path.basename(out)}.`));
  if (dumps.length !== 3) {
    throw new Error(`expected 3 callgrind dumps at ${WINDOW_MARK} (before, after the measured work, at resourceUsage), found ${dumps.length}: ${dumps.join(', ')}`);
  }
  const m = /^(?:summary|totals):\s+(\d+)/m.exec(fs.readFileSync(`${out}.2`, 'utf8'));
  if (!m) throw new Error(`no summary line in ${out}.2`);
  return Number(m[1]);
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
 * Counts the instructions of the measured work for every (label, N) of `workers` (label -> worker
 * file and variant), at each of `sizes`, `runs` times each, two processes at a time.
 */
export async function runInstructionCounts(opts: {
  workers: Array<{ label: string; worker: string; variant: Variant }>;
  sizes: number[];
  runs: number;
  log: (m: string) => void;
}): Promise<InstructionResults> {
  const valgrind = valgrindVersion();
  if (!valgrind) throw new Error('valgrind is not installed');
  const jobs: Array<{ label: string; n: number; run: () => Promise<number> }> = [];
  for (let r = 0; r < opts.runs; r++) {
    for (const n of opts.sizes) {
      for (const w of opts.workers) jobs.push({ label: w.label, n, run: () => countOnce(w.worker, w.variant, n) });
    }
  }
  let done = 0;
  const counts = await pool(jobs.map((j) => async () => {
    const ir = await j.run();
    opts.log(`instructions ${j.label} N=${j.n}: ${(ir / 1e6).toFixed(1)} M (${++done}/${jobs.length})`);
    return ir;
  }), 2);
  const result: InstructionCount[] = [];
  for (const w of opts.workers) {
    for (const n of opts.sizes) {
      const runs = jobs.flatMap((j, i) => (j.label === w.label && j.n === n ? [counts[i]] : []));
      result.push({ label: w.label, n, runs, median: median(runs) });
    }
  }
  return { valgrind, sizes: opts.sizes, runs: opts.runs, counts: result };
}
