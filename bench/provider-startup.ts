// `npx projen provider:bench [runs] [executable...]` (after `npx projen provider:build`; default 11
// runs of dist-provider/terraform-provider-eccx): spawn-to-handshake time of provider executables,
// each round paired with a bare Node baseline, plus the provider's own logged start-up phases and
// whether its V8 code cache was used. Method and recorded figures: bench/provider-startup.md.
import { spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { median } from './stats';
import { BUNDLE, REPO_ROOT, launchProvider, makeClientCert, pluginEnv, waitForExit } from '../test/provider/support/plugin-env';

/** Bare Node printing one line, with the provider's environment (NODE_EXTRA_CA_CERTS etc. change Node's start). */
function baseline(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-e', 'process.stdout.write("x\\n")'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
    child.on('error', reject);
  });
}

const ms = (x: number): string => x.toFixed(1);
const out = (s: string) => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 11);
  const env = pluginEnv(await makeClientCert(), { TF_LOG: 'debug' });
  const series = (process.argv.length > 3 ? process.argv.slice(3) : [BUNDLE]).map((executable) => {
    const name = path.relative(REPO_ROOT, executable).startsWith('..') ? executable : path.relative(REPO_ROOT, executable);
    const [phases, codeCache]: [Record<string, number[]>, Record<string, number>] = [{}, {}];
    return { executable, name, times: [] as number[], overBare: [] as number[], phases, codeCache };
  });
  const bare: number[] = [];
  const loadBefore = os.loadavg();
  for (let i = -1; i < runs; i++) { // round -1 warms the file cache and is not counted
    const b = await baseline(env);
    const line = [`run ${String(i + 1).padStart(2)}: bare node ${ms(b)} ms`];
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
    if (i >= 0) out(line.join(', '));
  }
  const load = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
  out(`\n${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}; load average (1/5/15 min) ${load(loadBefore)} before, ${load(os.loadavg())} after\n`);
  out(`spawn-to-handshake over ${runs} runs (ms):\n\n| executable | median | min | max | median over bare Node (paired) |\n|---|---:|---:|---:|---:|`);
  const row = (name: string, xs: number[], over: string) => out(`| ${name} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} | ${over} |`);
  row('bare node (one line)', bare, '');
  for (const s of series) row(s.name, s.times, ms(median(s.overBare)));
  out('\nphases inside the provider (median, ms since its process started; cpu = CPU time of all its threads until the handshake):\n');
  for (const s of series) {
    const phases = Object.entries(s.phases).map(([k, v]) => `${k} ${median(v)}`).join(', ');
    out(`- ${s.name}: ${phases || 'no phases logged'}; code cache: ${Object.entries(s.codeCache).map(([k, n]) => `${k} ${n}/${runs}`).join(', ')}`);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
