// `npm run bench [-- options]`: runs the benchmarks and writes BENCHMARKS.md. See BENCHMARKS.md for what is measured.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_FULL_SCHEMA, FirstSynthResults, runFirstSynth } from './first-synth';
import { InstructionResults, runInstructionCounts, valgrindVersion } from './instructions';
import { machineFacts, renderReport, TARGETS, verdicts } from './report';
import { REPO_ROOT, runSynthBench } from './synth-bench';

const USAGE = `usage: npm run bench -- [--sizes 10,100,1000,10000] [--runs N] [--runs-small N] [--runs-large N] [--before-ref COMMIT]
                  [--full-schema PATH] [--skip-first-synth] [--out BENCHMARKS.md] [--json bench/out/results.json]
                  [--instructions] [--instructions-sizes 10,100,1000] [--instructions-runs N]
  --runs         runs per (variant, N) for 100 < N < 10000 (default 5)
  --runs-small   runs per (variant, N) for N <= 100 (default 3 x --runs): those runs take well under
                 a second each, and their CPU time moves the most with other tenants' load
  --runs-large   runs per (variant, N) for N >= 10000 (default 3)
  --before-ref   also measure the L2 with the library sources of this commit, side by side
  --instructions also count the instructions of the measured work of L2 and L1 with valgrind
                 (needs valgrind; slow: about 12 minutes with the defaults, 17 with --before-ref), a figure that other
                 tenants' load moves much less
  --instructions-sizes / --instructions-runs   its sizes (default 10,100,1000) and runs (default 3)
  --full-schema  the elasticstack provider schema for the first-synth comparison
                 (default ${DEFAULT_FULL_SCHEMA}, relative to the repository root)`;

interface Options {
  sizes: number[];
  runs: number;
  runsSmall: number;
  runsLarge: number;
  beforeRef?: string;
  fullSchema: string;
  skipFirstSynth: boolean;
  out: string;
  json: string;
  instructions: boolean;
  instructionSizes: number[];
  instructionRuns: number;
}

function parseArgs(argv: string[]): Options {
  let runsSmall: number | undefined;
  const o: Omit<Options, 'runsSmall'> = {
    sizes: [10, 100, 1000, 10000],
    runs: 5,
    runsLarge: 3,
    fullSchema: DEFAULT_FULL_SCHEMA,
    skipFirstSynth: false,
    out: 'BENCHMARKS.md',
    json: path.join('bench', 'out', 'results.json'),
    instructions: false,
    instructionSizes: [10, 100, 1000],
    instructionRuns: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    switch (a) {
      case '--sizes': o.sizes = value().split(',').map((s) => Number(s.trim())); break;
      case '--runs': o.runs = Number(value()); break;
      case '--runs-small': runsSmall = Number(value()); break;
      case '--runs-large': o.runsLarge = Number(value()); break;
      case '--before-ref': o.beforeRef = value(); break;
      case '--full-schema': o.fullSchema = value(); break;
      case '--skip-first-synth': o.skipFirstSynth = true; break;
      case '--out': o.out = value(); break;
      case '--json': o.json = value(); break;
      case '--instructions': o.instructions = true; break;
      case '--instructions-sizes': o.instructionSizes = value().split(',').map((x) => Number(x.trim())); break;
      case '--instructions-runs': o.instructionRuns = Number(value()); break;
      case '--help': case '-h': console.log(USAGE); process.exit(0);
      default: throw new Error(`unknown argument ${a}\n${USAGE}`);
    }
  }
  const options: Options = { ...o, runsSmall: runsSmall ?? 3 * o.runs };
  if (o.sizes.some((n) => !Number.isInteger(n) || n < 1) || !(o.runs >= 1) || !(options.runsSmall >= 1) || !(o.runsLarge >= 1)) {
    throw new Error(`bad --sizes or --runs\n${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const loadStart = os.loadavg();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.trim() || 'unknown';
  const log = (m: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);

  const synth = runSynthBench({
    sizes: o.sizes,
    runsFor: (n) => (n >= 10000 ? o.runsLarge : n <= 100 ? o.runsSmall : o.runs),
    beforeRef: o.beforeRef,
    log,
  });
  for (const c of synth.checks) log(c);
  // Kept at once: the instruction counts and the first-synth part take many more minutes, and a
  // stopped run should not lose the timed runs.
  const jsonFile = path.resolve(REPO_ROOT, o.json);
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.writeFileSync(jsonFile, JSON.stringify({ synth }, null, 1));

  let instructions: InstructionResults | undefined;
  let instructionsSkipped: string | undefined;
  if (!o.instructions) {
    instructionsSkipped = 'run with --instructions to count them';
  } else if (!valgrindVersion()) {
    instructionsSkipped = 'valgrind is not installed';
    console.error(`bench: ${instructionsSkipped}; skipping the instruction counts`);
  } else {
    instructions = await runInstructionCounts({
      workers: synth.contenders.filter((c) => c.variant !== 'json'),
      sizes: o.instructionSizes,
      runs: o.instructionRuns,
      log,
    });
  }

  let first: FirstSynthResults | undefined;
  let firstSkipped: string | undefined;
  if (o.skipFirstSynth) {
    firstSkipped = '--skip-first-synth was given';
  } else if (!fs.existsSync(path.resolve(REPO_ROOT, o.fullSchema))) {
    firstSkipped = `the full provider schema was not found at ${o.fullSchema} (relative to the repository root); pass --full-schema PATH`;
    console.error(`bench: ${firstSkipped}; skipping the first-synth comparison`);
  } else {
    try {
      first = runFirstSynth({ fullSchema: o.fullSchema, log });
    } catch (e) {
      firstSkipped = `it failed: ${String((e as Error).message).split('\n').slice(0, 3).join(' ')}`;
      console.error(`bench: the first-synth comparison failed:\n${(e as Error).message}`);
      process.exitCode = 1;
    }
  }

  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const report = renderReport({ synth, instructions, instructionsSkipped, first, firstSkipped, machine: machineFacts(commit, loadStart), command, elapsedMs: Date.now() - started });
  fs.writeFileSync(path.resolve(REPO_ROOT, o.out), report);
  fs.writeFileSync(jsonFile, JSON.stringify({ synth, instructions, first }, null, 1));
  log(`wrote ${o.out} and ${o.json}`);

  for (const v of verdicts(synth)) {
    log(`N=${v.n}: L2/L1 CPU ${v.timeCpu.toFixed(2)} (target <= ${TARGETS.timeRatio}), wall ${v.timeWall.toFixed(2)}, peak heap ${v.heap.toFixed(2)} (target <= ${TARGETS.memoryRatio}), RSS ${v.rss.toFixed(2)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
