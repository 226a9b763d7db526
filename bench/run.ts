// `npm run bench [-- options]`: the synth and deploy benchmarks; writes BENCHMARKS.md.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { DeployResults, runDeployBench } from './deploy';
import { renderReport, verdict } from './report';
import { REPO_ROOT, runSynthBench } from './synth';

/** Each option: its default (none for a flag or an optional value) and what it does. */
const OPTIONS: Record<string, [string | boolean | undefined, string]> = {
  'sizes': ['10,100,1000,10000', 'synth sizes N (keys per stack)'],
  'runs': ['11,11,5,3', 'synth runs per size: one number for all sizes, or one per size'],
  'compare-ref': [undefined, 'REF: also time the L2 of git ref REF (for example the commit before a change)'],
  'deploy-sizes': ['10,100', 'deploy sizes N'],
  'deploy-runs': ['3', 'deploy runs per size'],
  'official-mirror': [undefined, 'DIR: a Terraform filesystem mirror holding elastic/elasticstack, to time it beside eccx'],
  'skip-deploy': [false, 'synth only'],
  'out': ['BENCHMARKS.md', 'where the report goes (relative to the repository)'],
  'help': [false, 'this text'],
};
const USAGE = ['usage: npm run bench -- [options]', ...Object.entries(OPTIONS).map(([k, [d, h]]) => `  --${k.padEnd(16)} ${h}${typeof d === 'string' ? ` (default ${d})` : ''}`)].join('\n');

function options() {
  const { values: v } = parseArgs({
    options: Object.fromEntries(Object.entries(OPTIONS).map(([k, [d]]) => [k, { type: typeof d === 'boolean' ? 'boolean' : 'string', default: d }])),
  }) as { values: Record<string, string | boolean | undefined> };
  if (v.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const list = (k: string) => String(v[k]).split(',').map(Number);
  const [sizes, runs, deploySizes, deployRuns] = [list('sizes'), list('runs'), list('deploy-sizes'), Number(v['deploy-runs'])];
  const counts = [...sizes, ...runs, ...deploySizes, deployRuns];
  if (counts.some((x) => !Number.isInteger(x) || x < 1) || (runs.length !== 1 && runs.length !== sizes.length)) {
    throw new Error(`sizes and runs are positive whole numbers, and --runs gives one count or one per size\n${USAGE}`);
  }
  const mirror = v['official-mirror'] as string | undefined;
  return {
    sizes,
    runsFor: (n: number) => runs[runs.length === 1 ? 0 : sizes.indexOf(n)],
    compareRef: v['compare-ref'] as string | undefined,
    deploySizes,
    deployRuns,
    officialMirror: mirror === undefined ? undefined : path.resolve(mirror),
    skipDeploy: v['skip-deploy'] as boolean,
    out: v.out as string,
  };
}

async function main(): Promise<void> {
  const o = options();
  const started = Date.now();
  const loadStart = os.loadavg();
  const log = (m: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
  const synth = runSynthBench({ sizes: o.sizes, runsFor: o.runsFor, compareRef: o.compareRef, log });
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
  const out = path.relative(REPO_ROOT, path.resolve(REPO_ROOT, o.out)); // git refuses a pathspec outside the repository
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ...(out.startsWith('..') ? [] : [`:(exclude)${out}`])) !== '';
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
