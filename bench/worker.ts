// One measurement in a fresh process: `node --expose-gc worker.js <l2|l1|json> <n> <outdir>` prints
// `BENCH_RESULT <json>` and leaves cdk.tf.json in <outdir>. Timed: building the tree and synthesizing.
import * as fs from 'fs';
import * as v8 from 'v8';
import { SYNTH, Variant, VARIANTS } from './variants';
import { workload } from './workload';

/** Wall and CPU time (ms), peak V8 heap in use and peak RSS of the process (bytes). */
export interface WorkerResult { readonly ms: number; readonly cpuMs: number; readonly peakHeap: number; readonly maxRss: number }

const [variant, n, outdir] = process.argv.slice(2);
if (!(VARIANTS as readonly string[]).includes(variant) || !/^\d+$/.test(n ?? '') || !outdir) {
  throw new Error('usage: worker <l2|l1|json> <n> <outdir>');
}
const keys = workload(Number(n));
fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });
(globalThis as { gc?: () => void }).gc?.();
const profiler = new v8.GCProfiler(); // the heap peaks just before a GC or at the end
profiler.start();
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
SYNTH[variant as Variant](keys, outdir);
const t1 = process.hrtime.bigint();
const cpu = process.cpuUsage(c0);
const endHeap = process.memoryUsage().heapUsed;
const beforeGc = (profiler.stop()?.statistics ?? []).map((s) => s.beforeGC.heapStatistics.usedHeapSize);
const result: WorkerResult = {
  ms: Number(t1 - t0) / 1e6,
  cpuMs: (cpu.user + cpu.system) / 1000,
  peakHeap: Math.max(endHeap, ...beforeGc),
  maxRss: process.resourceUsage().maxRSS * 1024,
};
process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
