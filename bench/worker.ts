// One measurement in a fresh process: `node --expose-gc worker.js <variant> <n> <outdir>`.
// Prints one line `BENCH_RESULT <json>` on stdout.
//
// Measured: wall time and CPU time of building the tree and synthesizing it (`app.synth()`, validations
// included; the floor builds and writes the document). Not measured: process start, module
// loading (all variants load the same modules first, so their baselines are equal) and generating
// the workload data. Heap: the largest `usedHeapSize` seen before any GC during the measured
// work (v8.GCProfiler), at sampling points while building, and at the end. RSS:
// `process.resourceUsage().maxRSS` of the whole process.
import * as fs from 'fs';
import * as v8 from 'v8';
import { digestDocument, stackFile, SYNTH, Variant, VARIANTS } from './variants';
import { workload } from './workload';

export interface WorkerResult {
  readonly variant: Variant;
  readonly n: number;
  /** Wall time of the measured work (ms). */
  readonly ms: number;
  /** CPU time (user + system, all threads of the process) of the measured work (ms). */
  readonly cpuMs: number;
  /** Heap in use after loading modules and a full GC, before the measured work (bytes). */
  readonly baseHeap: number;
  /** Peak heap in use during the measured work (bytes). */
  readonly peakHeap: number;
  /** Peak resident set size of the process (bytes). */
  readonly maxRss: number;
  readonly gcCount: number;
  readonly digest: ReturnType<typeof digestDocument>;
}

function main(): void {
  const [variant, nArg, outdir] = process.argv.slice(2);
  if (!(VARIANTS as readonly string[]).includes(variant) || !/^\d+$/.test(nArg ?? '') || !outdir) {
    throw new Error('usage: worker <l2|l1|json> <n> <outdir>');
  }
  const n = Number(nArg);
  const keys = workload(n);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  let sampled = baseHeap;
  const sampler = {
    every: Math.max(1, Math.floor(n / 20)),
    sample: () => {
      const h = process.memoryUsage().heapUsed;
      if (h > sampled) sampled = h;
    },
  };
  const profiler = new v8.GCProfiler();
  profiler.start();
  // bench/instructions.ts counts the instructions between these two `process.cpuUsage()` calls
  // (libuv's `uv_getrusage`): no other call of it may come before the second one.
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  SYNTH[variant as Variant](keys, outdir, sampler);
  const t1 = process.hrtime.bigint();
  const c1 = process.cpuUsage(c0);
  sampler.sample();
  const gcs = profiler.stop()?.statistics ?? [];
  const beforeGc = gcs.map((s: any) => s.beforeGC.heapStatistics.usedHeapSize as number);
  const peakHeap = Math.max(sampled, ...beforeGc);
  const maxRss = process.resourceUsage().maxRSS * 1024;

  const digest = digestDocument(stackFile(outdir));
  if (process.env.BENCH_KEEP_OUTPUT !== '1') fs.rmSync(outdir, { recursive: true, force: true });
  const result: WorkerResult = {
    variant: variant as Variant,
    n,
    ms: Number(t1 - t0) / 1e6,
    cpuMs: (c1.user + c1.system) / 1000,
    baseHeap,
    peakHeap,
    maxRss,
    gcCount: gcs.length,
    digest,
  };
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

main();
