// Renders BENCHMARKS.md: every figure in it comes from the results passed in.
import * as os from 'os';
import type { DeployResults } from './deploy';
import { median } from './stats';
import type { SynthResults } from './synth';
import type { WorkerResult } from './worker';

/** The L2 may take at most this many times the hand-filled L1's CPU time, at every N. */
export const L2_L1_CPU_TARGET = 1.25;

export interface RunFacts { readonly command: string; readonly commit: string; readonly seconds: number; readonly loadStart: number[] }

const NAMES: Record<string, string> = { l2: 'L2 constructs', l1: 'generated L1, filled by hand', json: 'plain JSON (floor)' };
const name = (label: string) => NAMES[label] ?? `L2 at ${label.slice(3)} (\`--compare-ref\`)`;
const mib = (b: number) => (b / 2 ** 20).toFixed(1);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const num = (n: number) => n.toLocaleString('en-US');
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
/** A Markdown table; `left` holds the indexes of the left-aligned columns, the others are right-aligned. */
const table = (head: string[], rows: unknown[][], left: number[]) => [
  `| ${head.join(' | ')} |`, `|${head.map((_, i) => (left.includes(i) ? '---|' : '---:|')).join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`),
];

/** Medians over the runs of `label` at N. */
function stat(r: SynthResults, label: string, n: number): WorkerResult & { runs: number } {
  const rs = r.runs.filter((x) => x.label === label && x.n === n);
  if (rs.length === 0) throw new Error(`no result for ${label} at N=${n}`);
  const med = (k: keyof WorkerResult) => median(rs.map((x) => x[k]));
  return { runs: rs.length, cpuMs: med('cpuMs'), ms: med('ms'), peakHeap: med('peakHeap'), maxRss: med('maxRss') };
}

/** L2/L1 ratio of median CPU time at each N, for the current L2 or the one of `--compare-ref`. */
export function cpuRatios(r: SynthResults, l2 = 'l2'): Array<{ n: number; ratio: number }> {
  return r.sizes.map((n) => ({ n, ratio: stat(r, l2, n).cpuMs / stat(r, 'l1', n).cpuMs }));
}

/** One line saying whether the L2 met the CPU target at every N. */
export function verdict(r: SynthResults): string {
  const worst = cpuRatios(r).reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const met = worst.ratio <= L2_L1_CPU_TARGET;
  return `L2/L1 CPU at most ${L2_L1_CPU_TARGET} at every N: **${met ? 'met' : 'not met'}** (highest ${worst.ratio.toFixed(2)}, at N = ${num(worst.n)}).`;
}

function growthTable(r: SynthResults): string[] {
  const steps = r.sizes.slice(1).map((to, i) => [r.sizes[i], to]).filter(([from, to]) => to === from * 10);
  if (steps.length === 0) return [];
  const growth = (l: string, [a, b]: number[], k: keyof WorkerResult) => `${(stat(r, l, b)[k] / stat(r, l, a)[k]).toFixed(1)}x`;
  return ['', 'Growth per 10x N (median CPU time; peak heap):', '', ...table(['variant', ...steps.map(([a, b]) => `${num(a)} to ${num(b)}`)],
    r.labels.map((l) => [name(l), ...steps.map((st) => `${growth(l, st, 'cpuMs')}; ${growth(l, st, 'peakHeap')}`)]), [0])];
}

function synthSection(r: SynthResults): string[] {
  const cmp = r.compareLabel;
  const before = cmp ? cpuRatios(r, cmp) : [];
  return [
    '## Synth: L2 vs generated L1 vs plain JSON', '',
    'Workload (bench/workload.ts): N keys, each with two search entries and nested metadata; even keys carry a query and field security, odd keys a replication entry. One stack with the elasticstack provider.', '',
    '- **L2**: `new CrossClusterApiKey(stack, id, props)` per key.',
    '- **L1**: the generated `ElasticsearchSecurityApiKey` and a sensitive output filled in by hand as the L2 fills them, at the same construct paths.',
    '- **plain JSON**: the same document as a plain object, `JSON.stringify` and written: the floor without cdktf.',
    ...(cmp ? [`- **${cmp}**: the L2 with the library sources of that commit, built and run by the same bench code in the same rounds (the "before" of a change).`] : []),
    '',
    'Each (variant, N, run) is a fresh `node --expose-gc` process. Measured: building the tree and `app.synth()` (validations included, cdk.tf.json written); not process start, module loading (the same for every variant) or making the workload. CPU time is user + system of the process (`process.cpuUsage`); wall time includes waiting for a core. Peak heap is V8\'s used heap at its highest (just before a GC, or at the end); peak RSS is the whole process. Medians over runs; the rounds run every N and variant once, in an order that changes from round to round.', '',
    'Identical output (checked on every run; a difference stops the bench):', '',
    ...r.checks.map((c) => `- ${c}`), '',
    ...table(['N', 'variant', 'runs', 'CPU ms', 'wall ms', 'peak heap MiB', 'peak RSS MiB'], r.sizes.flatMap((n) => r.labels.map((l) => {
      const s = stat(r, l, n);
      return [num(n), name(l), s.runs, ms(s.cpuMs), ms(s.ms), mib(s.peakHeap), mib(s.maxRss)];
    })), [1]),
    '',
    ...table(['N', 'L2/L1 CPU', `at most ${L2_L1_CPU_TARGET}`, 'L2/L1 peak heap', 'L2/JSON CPU', ...(cmp ? ['before/L1 CPU', 'after/before CPU'] : [])], cpuRatios(r).map(({ n, ratio }, i) => {
      const [l2, l1, json] = ['l2', 'l1', 'json'].map((l) => stat(r, l, n));
      const extra = cmp ? [before[i].ratio.toFixed(2), (l2.cpuMs / stat(r, cmp, n).cpuMs).toFixed(2)] : [];
      return [num(n), ratio.toFixed(2), ratio <= L2_L1_CPU_TARGET ? 'yes' : '**no**', (l2.peakHeap / l1.peakHeap).toFixed(2), (l2.cpuMs / json.cpuMs).toFixed(1), ...extra];
    }), [2]),
    '', verdict(r),
    ...growthTable(r),
  ];
}

function deploySection(d: DeployResults | undefined, skipped: string | undefined): string[] {
  const head = [
    '## Deploy: terraform apply, plan and destroy', '',
    'The L2 constructs synthesize N keys of the same workload for the provider; Terraform then runs on cdk.tf.json against the in-process Elasticsearch test double (test/support/es-double): `apply -auto-approve`, `plan -detailed-exitcode` (after the apply: N keys read back, no changes allowed), `destroy -auto-approve`, in that order each run. Wall time of each Terraform command, provider start-ups included (Terraform starts a provider several times per command); `terraform init` is not timed. Each run checks that the double holds N live keys after apply and none after destroy.', '',
  ];
  if (!d) return [...head, `Not run: ${skipped ?? 'skipped'}.`];
  return [
    ...head, `${d.terraform}.`, '',
    ...table(['provider', 'N', 'runs', 'apply ms', 'plan ms', 'destroy ms'], d.stats.map((s) => [s.provider, num(s.n), s.runs, ms(s.applyMs), ms(s.planMs), ms(s.destroyMs)]), [0]),
    ...(d.skipped.length > 0 ? ['', ...d.skipped.map((s) => `Not measured: ${s}.`)] : []),
  ];
}

export function renderReport(o: { synth: SynthResults; deploy?: DeployResults; deploySkipped?: string; run: RunFacts }): string {
  const cpu = os.cpus();
  return [
    '# Benchmarks', '',
    'Written by `npm run bench` (bench/run.ts); every figure below comes from the run described here. `npm run bench -- --help` lists the options; `npx jest test/bench.test.ts` runs a smoke version (N = 10, one run).', '',
    `Run: \`${o.run.command}\` at commit ${o.run.commit}, ${new Date().toISOString().slice(0, 16)} UTC, ${Math.round(o.run.seconds)} s in all. Machine: ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. The cores were shared with other jobs (load average over 1/5/15 min: ${load(o.run.loadStart)} at the start, ${load(os.loadavg())} at the end), so wall times wander; CPU time wanders less and is the figure judged.`, '',
    ...synthSection(o.synth), '',
    ...deploySection(o.deploy, o.deploySkipped), '',
    '## eccx start-up', '',
    '`npx projen provider:bench` times the eccx executable from spawn to handshake; its figures and method are in bench/provider-startup.md (not rerun by `npm run bench`).', '',
    '## What it means', '',
    '- The L2 does what the hand-filled L1 does plus its own work: typed props, the synth-time rules, canonical JSON, a child construct per access entry. Most of the time of both is cdktf\'s own cost per resource (construct tree, token resolution, the generated L1\'s synthesis): the L2/JSON column shows how far both are above the floor. The target bounds the L2\'s own share at 25% of the L1\'s time.',
    '- Growth of 10x per 10x N means a constant cost per key. Below 10x, the cost per key falls as N grows: fixed costs (app, stack, provider, writing files) and the JIT\'s warm-up (the first keys run in code not yet optimized) are shared by more keys. Above 10x would mean work that grows faster than the number of keys.',
    '- On shared cores, differences of a few percent between medians are noise. `--compare-ref HEAD` times the same sources twice and shows how large that noise is; rerun with more runs (`--runs`) before reading a small difference as a change.',
    '- Deploy times are Terraform plus the provider. eccx is a Node process, so its start-up is paid on every one of Terraform\'s provider starts; it weighs most at small N.',
    '',
  ].join('\n');
}
