/**
 * Start-up time of the provider executable: spawn to handshake line, as Terraform sees it (it
 * starts the provider 3 to 5 times per command). Each round runs a baseline, a bare Node process
 * printing one line, then each executable once, so that the executables are compared in the same
 * conditions and a loaded machine shows in the baseline. Also prints the provider's own phases (ms
 * since its process started, from its debug log), its CPU time until the handshake (all threads),
 * and whether its V8 code cache was used. Figures measured this way are in bench/provider-startup.md.
 *
 *   npx projen provider:bench [runs] [executable...]
 *   npx projen provider:bench --recorded     (prints the figures recorded in bench/provider-startup.md)
 *
 * Build first (`npx projen provider:build`). Defaults: 11 runs of dist-provider/terraform-provider-eccx.
 * Give several executables (for example one built from an earlier commit) to compare them.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLE, REPO_ROOT, launchProvider, makeClientCert, pluginEnv, waitForExit } from '../test/provider/support/plugin-env';
import { median } from './stats';

/** Bare Node printing one line, with the provider's environment (NODE_EXTRA_CA_CERTS etc. would make Node load CAs at start). */
function baseline(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-e', 'process.stdout.write("x\\n")'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
    child.on('error', reject);
  });
}

const ms = (x: number): string => x.toFixed(1);

interface Series {
  readonly name: string;
  readonly executable: string;
  readonly times: number[];
  readonly overBare: number[];
  readonly phases: Record<string, number[]>;
  readonly codeCache: Record<string, number>;
}

async function main(): Promise<void> {
  if (process.argv.includes('--recorded')) {
    process.stdout.write(fs.readFileSync(path.join(REPO_ROOT, 'bench', 'provider-startup.md'), 'utf8'));
    return;
  }
  const runs = Number(process.argv[2] ?? 11);
  const executables = process.argv.length > 3 ? process.argv.slice(3) : [BUNDLE];
  const env = pluginEnv(await makeClientCert(), { TF_LOG: 'debug' });
  const series: Series[] = executables.map((executable) => ({
    name: path.relative(REPO_ROOT, executable).startsWith('..') ? executable : path.relative(REPO_ROOT, executable),
    executable, times: [], overBare: [], phases: {}, codeCache: {},
  }));
  const bare: number[] = [];
  const loadBefore = os.loadavg();
  for (let i = -1; i < runs; i++) { // round -1 warms the file cache and is not counted
    const b = await baseline(env);
    const line: string[] = [`run ${String(i + 1).padStart(2)}: bare node ${ms(b)} ms`];
    for (const s of series) {
      const p = await launchProvider(env, s.executable);
      await new Promise((r) => setTimeout(r, 50)); // the debug log line follows the handshake
      p.child.kill('SIGTERM');
      await waitForExit(p.child, 5000);
      if (i < 0) continue;
      s.times.push(p.ms);
      s.overBare.push(p.ms - b);
      const log = p.stderr().split('\n').find((l) => l.includes('"provider serving"'));
      const fields: Record<string, unknown> = log ? JSON.parse(log) : {};
      for (const [k, v] of Object.entries(fields)) {
        if (k.startsWith('startup_') && typeof v === 'number') (s.phases[k.replace(/^startup_|_ms$/g, '')] ??= []).push(v);
      }
      const cache = typeof fields.code_cache === 'string' ? fields.code_cache : 'not logged';
      s.codeCache[cache] = (s.codeCache[cache] ?? 0) + 1;
      line.push(`${s.name} ${ms(p.ms)} ms`);
    }
    if (i >= 0) bare.push(b);
    if (i >= 0) process.stdout.write(`${line.join(', ')}\n`);
  }
  const loadAfter = os.loadavg();
  const load = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
  process.stdout.write(`\n${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}; `
    + `load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadAfter)} after\n\n`);
  process.stdout.write(`spawn-to-handshake over ${runs} runs (ms):\n\n`);
  process.stdout.write('| executable | median | min | max | median over bare Node (paired) |\n|---|---:|---:|---:|---:|\n');
  process.stdout.write(`| bare node (one line) | ${ms(median(bare))} | ${ms(Math.min(...bare))} | ${ms(Math.max(...bare))} | |\n`);
  for (const s of series) {
    process.stdout.write(`| ${s.name} | ${ms(median(s.times))} | ${ms(Math.min(...s.times))} | ${ms(Math.max(...s.times))} | ${ms(median(s.overBare))} |\n`);
  }
  process.stdout.write('\nphases inside the provider (median, ms since its process started; cpu = CPU time of all its threads until the handshake):\n\n');
  for (const s of series) {
    const phases = Object.entries(s.phases).map(([k, v]) => `${k} ${median(v)}`).join(', ');
    const cache = Object.entries(s.codeCache).map(([k, n]) => `${k} ${n}/${runs}`).join(', ');
    process.stdout.write(`- ${s.name}: ${phases || 'no phases logged'}; code cache: ${cache}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
