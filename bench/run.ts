// `npm run bench [-- options]`: the synth and deploy benchmarks; writes BENCHMARKS.md.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { DeployResults, runDeployBench } from './deploy';
import { renderReport, verdict } from './report';
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

function options() {
  const { values: v } = parseArgs({
    options: {
      'sizes': { type: 'string', default: '10,100,1000,10000' },
      'runs': { type: 'string', default: '11,11,5,3' },
      'compare-ref': { type: 'string' },
      'deploy-sizes': { type: 'string', default: '10,100' },
      'deploy-runs': { type: 'string', default: '3' },
      'official-mirror': { type: 'string' },
      'skip-deploy': { type: 'boolean', default: false },
      'out': { type: 'string', default: 'BENCHMARKS.md' },
      'help': { type: 'boolean', default: false },
    },
  });
  if (v.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const o = {
    sizes: list(v.sizes!),
    runs: list(v.runs!),
    compareRef: v['compare-ref'],
    deploySizes: list(v['deploy-sizes']!),
    deployRuns: Number(v['deploy-runs']),
    officialMirror: v['official-mirror'] === undefined ? undefined : path.resolve(v['official-mirror']),
    skipDeploy: v['skip-deploy']!,
    out: v.out!,
  };
  const counts = [...o.sizes, ...o.runs, ...o.deploySizes, o.deployRuns];
  if (counts.some((x) => !Number.isInteger(x) || x < 1) || (o.runs.length !== 1 && o.runs.length !== o.sizes.length)) {
    throw new Error(`sizes and runs are positive whole numbers, and --runs gives one count or one per size\n${USAGE}`);
  }
  return o;
}

async function main(): Promise<void> {
  const o = options();
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
  const git = (...args: string[]) => spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', `:(exclude)${o.out}`) !== '';
  const commit = `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' plus uncommitted changes' : ''}`;
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const run = { command, commit, seconds: (Date.now() - started) / 1000, loadStart };
  fs.writeFileSync(path.resolve(REPO_ROOT, o.out), renderReport({ synth, deploy, deploySkipped, run }));
  log(`${verdict(synth).replace(/\*/g, '')} Wrote ${o.out}.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
