/**
 * Start-up time of the provider executable: spawn to handshake line, as Terraform sees it (it
 * starts the provider 3 to 5 times per command). Each run is paired with a baseline, a bare Node
 * process printing one line, so that a loaded machine shows in the figures. Also prints the
 * provider's own phases (ms since its process started, from its debug log).
 *
 *   npx projen provider:bench [runs] [executable]
 *
 * Build first (`npx projen provider:build`). Defaults: 11 runs of dist-provider/terraform-provider-eccx.
 */
import { spawn } from 'node:child_process';
import { BUNDLE, launchProvider, makeClientCert, pluginEnv, waitForExit } from '../test/provider/support/plugin-env';

/** Bare Node printing one line, with the provider's environment (NODE_EXTRA_CA_CERTS etc. would make Node load CAs at start). */
function baseline(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-e', 'process.stdout.write("x\\n")'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
    child.on('error', reject);
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 11);
  const executable = process.argv[3] ?? BUNDLE;
  const env = pluginEnv(await makeClientCert(), { TF_LOG: 'debug' });
  const provider: number[] = [];
  const bare: number[] = [];
  const phases: Record<string, number[]> = {};
  for (let i = -1; i < runs; i++) { // run -1 warms the file cache and is not counted
    const b = await baseline(env);
    const p = await launchProvider(env, executable);
    await new Promise((r) => setTimeout(r, 50));
    p.child.kill('SIGTERM');
    await waitForExit(p.child, 5000);
    if (i < 0) continue;
    provider.push(p.ms);
    bare.push(b);
    const line = p.stderr().split('\n').find((l) => l.includes('"provider serving"'));
    for (const [k, v] of Object.entries(line ? JSON.parse(line) : {})) {
      if (k.startsWith('startup_')) (phases[k] ??= []).push(v as number);
    }
    process.stdout.write(`run ${String(i + 1).padStart(2)}: provider ${p.ms.toFixed(1)} ms, bare node ${b.toFixed(1)} ms\n`);
  }
  const fmt = (xs: number[]): string => `${median(xs).toFixed(1)} ms`;
  process.stdout.write(`phases inside the provider (median, ms since its start): ${Object.entries(phases)
    .map(([k, v]) => `${k.replace(/^startup_|_ms$/g, '')} ${median(v)}`).join(', ')}\n`);
  process.stdout.write(`spawn-to-handshake over ${runs} runs: median ${fmt(provider)} (min ${Math.min(...provider).toFixed(1)}, `
    + `max ${Math.max(...provider).toFixed(1)}); bare node spawn-to-first-line median ${fmt(bare)}; `
    + `difference median ${fmt(provider.map((x, i) => x - bare[i]))}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
