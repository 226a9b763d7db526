// The synth benchmark: every (variant, N, run) in a fresh node process, and the check that all wrote
// the same document.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stackFile, Variant, VARIANTS } from './variants';
import type { WorkerResult } from './worker';
import { canonicalJson } from '../src/rules/canonical-json';

export const REPO_ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(REPO_ROOT, 'bench', 'out');

/** A variant and the bundled worker that runs it, labelled `l2`, `l1`, `json` or `l2@<sha>`. */
interface Contender { readonly label: string; readonly variant: Variant; readonly worker: string }

/** The SHA-256 of a cdk.tf.json and of its canonical JSON, its length, and its keys and outputs. */
function digest(text: string) {
  const doc = JSON.parse(text);
  const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
  const [resources, outputs] = [doc.resource?.elasticstack_elasticsearch_security_api_key, doc.output].map((o) => Object.keys(o ?? {}).length);
  return { sha: sha256(text), canonicalSha: sha256(canonicalJson(doc)), bytes: text.length, resources, outputs };
}

/** One run of one contender at one N. */
export type Run = WorkerResult & { readonly label: string; readonly variant: Variant; readonly n: number } & ReturnType<typeof digest>;

export interface SynthResults {
  readonly sizes: number[];
  readonly labels: string[];
  /** Label of the L2 of `--compare-ref`. */
  readonly compareLabel?: string;
  readonly runs: Run[];
  /** One line per N saying what the identical-output check found. */
  readonly checks: string[];
}

/** Bundles `<root>/bench/worker.ts` with the library sources; cdktf and constructs load from node_modules. */
function buildWorker(root: string, outfile: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('esbuild').buildSync({ entryPoints: [path.join(root, 'bench', 'worker.ts')], outfile, bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
  return outfile;
}

/** The L2 of git ref `ref`: its `src/` (from `git archive`) bundled with the current bench code. */
function compareContender(ref: string): Contender {
  const run = (cmd: string, args: string[], input?: Buffer): Buffer => {
    const r = spawnSync(cmd, args, { cwd: REPO_ROOT, input, maxBuffer: 512 * 2 ** 20 });
    if (r.status !== 0) throw new Error(`--compare-ref ${ref}: ${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  };
  const sha = run('git', ['rev-parse', '--short', `${ref}^{commit}`]).toString().trim();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${sha}-`));
  try {
    run('tar', ['-x', '-C', root], run('git', ['archive', sha, 'src']));
    fs.mkdirSync(path.join(root, 'bench'));
    for (const f of ['worker.ts', 'variants.ts', 'workload.ts']) fs.copyFileSync(path.join(REPO_ROOT, 'bench', f), path.join(root, 'bench', f));
    return { label: `l2@${sha}`, variant: 'l2', worker: buildWorker(root, path.join(OUT_DIR, `worker-${sha}.js`)) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function runOnce(c: Contender, n: number): Run {
  const outdir = path.join(OUT_DIR, 'synth', `${c.label.replace(/\W/g, '_')}-${n}`);
  const env = { ...process.env, NODE_OPTIONS: '' };
  const res = spawnSync(process.execPath, ['--expose-gc', c.worker, c.variant, String(n), outdir], { cwd: REPO_ROOT, env, encoding: 'utf8' });
  const line = (res.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (res.status !== 0 || !line) throw new Error(`${c.label} N=${n} failed (exit ${res.status}):\n${res.stderr}`);
  const text = fs.readFileSync(stackFile(outdir), 'utf8');
  fs.rmSync(outdir, { recursive: true, force: true });
  return { ...JSON.parse(line.slice('BENCH_RESULT '.length)) as WorkerResult, label: c.label, variant: c.variant, n, ...digest(text) };
}

/** Per N: every L2 and L1 wrote the first L2's document (N keys) byte for byte, the JSON up to key order; else throws. */
export function checkIdentical(runs: Run[]): string[] {
  return [...new Set(runs.map((r) => r.n))].map((n) => {
    const atN = runs.filter((r) => r.n === n);
    const ref = atN.find((r) => r.label === 'l2');
    if (!ref || ref.resources !== n || ref.outputs !== n) throw new Error(`N=${n}: no L2 document with ${n} keys and ${n} outputs`);
    for (const r of atN) {
      const json = r.variant === 'json';
      if (json ? r.canonicalSha !== ref.canonicalSha : r.sha !== ref.sha) {
        throw new Error(`NOT IDENTICAL: N=${n}: ${r.label} wrote another document than l2 (${json ? 'after key sort' : 'byte for byte'})`);
      }
    }
    const same = [...new Set(atN.filter((r) => r.variant !== 'json').map((r) => r.label))].join(', ');
    return `N=${n}: ${same} wrote byte-identical cdk.tf.json (${ref.bytes} bytes, sha256 ${ref.sha.slice(0, 12)}); plain JSON equal after key sort`;
  });
}

/** Runs in rounds of every N and contender once, rotating and reversing the order so that load hits all alike. */
export function runSynthBench(o: { sizes: number[]; runsFor: (n: number) => number; compareRef?: string; log?: (m: string) => void }): SynthResults {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const worker = buildWorker(REPO_ROOT, path.join(OUT_DIR, 'worker.js'));
  const contenders: Contender[] = VARIANTS.map((variant) => ({ label: variant, variant, worker }));
  const compare = o.compareRef === undefined ? undefined : compareContender(o.compareRef);
  if (compare) contenders.splice(1, 0, compare);
  const runs: Run[] = [];
  for (let round = 0; round < Math.max(...o.sizes.map(o.runsFor)); round++) {
    for (const n of o.sizes.filter((size) => round < o.runsFor(size))) {
      for (let k = 0; k < contenders.length; k++) {
        const i = (k + round) % contenders.length;
        const r = runOnce(contenders[round % 2 === 0 ? i : contenders.length - 1 - i], n);
        runs.push(r);
        o.log?.(`round ${round + 1} N=${n} ${r.label}: ${r.cpuMs.toFixed(0)} ms CPU, ${r.ms.toFixed(0)} ms wall, peak heap ${(r.peakHeap / 2 ** 20).toFixed(1)} MiB`);
      }
    }
  }
  return { sizes: o.sizes, labels: contenders.map((c) => c.label), compareLabel: compare?.label, runs, checks: checkIdentical(runs) };
}
