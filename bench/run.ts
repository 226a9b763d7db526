// `npm run bench [-- options]`: the synth and deploy benchmarks; writes BENCHMARKS.md.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DeployResults, runDeployBench } from './deploy';
import { renderReport } from './report';
import { REPO_ROOT, runSynthBench } from './synth';

const USAGE = `usage: npm run bench -- [options]
  --sizes 10,100,1000,10000   synth sizes N (keys per stack)
  --runs 11,11,5,3            synth runs per size: one number for all sizes, or one per size
  --compare-ref REF           also time the L2 of git ref REF (for example the commit before a change)
  --deploy-sizes 10,100       deploy sizes N
  --deploy-runs 3             deploy runs per size
  --official-mirror DIR       a Terraform filesystem mirror holding elastic/elasticstack, to time it beside eccx
  --skip-deploy               synth only
  --out BENCHMARKS.md         where the report goes (relative to the repository)`;

const list = (s: string) => s.split(',').map(Number);

function parseArgs(argv: string[]) {
  const o = { sizes: [10, 100, 1000, 10000], runs: [11, 11, 5, 3], compareRef: undefined as string | undefined, deploySizes: [10, 100], deployRuns: 3, officialMirror: undefined as string | undefined, skipDeploy: false, out: 'BENCHMARKS.md' };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      if (argv[i + 1] === undefined) throw new Error(`${argv[i]} needs a value\n${USAGE}`);
      return argv[++i];
    };
    switch (argv[i]) {
      case '--sizes': o.sizes = list(value()); break;
      case '--runs': o.runs = list(value()); break;
      case '--compare-ref': o.compareRef = value(); break;
      case '--deploy-sizes': o.deploySizes = list(value()); break;
      case '--deploy-runs': o.deployRuns = Number(value()); break;
      case '--official-mirror': o.officialMirror = path.resolve(value()); break;
      case '--skip-deploy': o.skipDeploy = true; break;
      case '--out': o.out = value(); break;
      case '--help': console.log(USAGE); process.exit(0);
      default: throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  const counts = [...o.sizes, ...o.runs, ...o.deploySizes, o.deployRuns];
  if (counts.some((x) => !Number.isInteger(x) || x < 1) || (o.runs.length !== 1 && o.runs.length !== o.sizes.length)) {
    throw new Error(`sizes and runs are positive whole numbers, and --runs gives one count or one per size\n${USAGE}`);
  }
  return o;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const loadStart = os.loadavg();
  const log = (m: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
  const runsFor = (n: number) => o.runs[o.runs.length === 1 ? 0 : o.sizes.indexOf(n)];
  const synth = runSynthBench({ sizes: o.sizes, runsFor, compareRef: o.compareRef, log });
  synth.checks.forEach(log);
  let deploy: DeployResults | undefined;
  let deploySkipped = o.skipDeploy ? '--skip-deploy was given' : undefined;
  if (!o.skipDeploy) {
    try {
      deploy = await runDeployBench({ sizes: o.deploySizes, runs: o.deployRuns, officialMirror: o.officialMirror, log });
    } catch (e) {
      deploySkipped = `it failed: ${(e as Error).message.split('\n')[0]}`;
      console.error(e);
      process.exitCode = 1;
    }
  }
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.trim();
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  fs.writeFileSync(path.resolve(REPO_ROOT, o.out), renderReport({ synth, deploy, deploySkipped, run: { command, commit, seconds: (Date.now() - started) / 1000, loadStart } }));
  log(`wrote ${o.out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
