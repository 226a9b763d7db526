/**
 * Start-up time of the provider executable: spawn to handshake line, as Terraform sees it (it
 * starts the provider 3 to 5 times per command). Prints each run and the median.
 *
 *   npx projen provider:bench [runs] [executable]
 *
 * Build first (`npx projen provider:build`). Defaults: 11 runs of dist-provider/terraform-provider-eccx.
 */
import { BUNDLE, launchProvider, makeClientCert, pluginEnv, waitForExit } from '../test/provider/support/plugin-env';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 11);
  const executable = process.argv[3] ?? BUNDLE;
  const env = pluginEnv(await makeClientCert());
  const times: number[] = [];
  // one warm-up run (file cache), not counted
  for (let i = -1; i < runs; i++) {
    const p = await launchProvider(env, executable);
    p.child.kill('SIGTERM');
    await waitForExit(p.child, 5000);
    if (i >= 0) {
      times.push(p.ms);
      process.stdout.write(`run ${i + 1}: ${p.ms.toFixed(1)} ms\n`);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const node = process.hrtime.bigint();
  const bare = await new Promise<number>((resolve) => {
    const { spawn } = require('node:child_process') as typeof import('node:child_process');
    spawn(process.execPath, ['-e', '']).on('exit', () => resolve(Number(process.hrtime.bigint() - node) / 1e6));
  });
  process.stdout.write(`spawn-to-handshake over ${runs} runs: median ${median.toFixed(1)} ms, `
    + `min ${sorted[0].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms `
    + `(bare \`node -e ''\`: ${bare.toFixed(1)} ms)\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
