// The deploy benchmark: Terraform (no cdktf CLI) applies, plans and destroys the L2's cdk.tf.json of N
// keys against the in-process Elasticsearch double, with eccx and, from a mirror, elastic/elasticstack.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, LocalBackend, TerraformStack } from 'cdktf';
import { CrossClusterApiKey, KeyProviderType } from '../src';
import { median } from './stats';
import { workload } from './workload';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';
import { installBuiltProvider } from '../test/e2e/eccx-provider';
import { elasticsearchEnv } from '../test/support/deploy-harness';
import { runCommand } from '../test/support/deploy-process';
import { ElasticsearchDouble } from '../test/support/es-double';
import { providersInMirror, writeCliConfig } from '../test/support/terraform-cli-config';

type Provider = 'eccx' | 'elasticstack';
const OFFICIAL = 'registry.terraform.io/elastic/elasticstack';
const USER = { username: 'elastic', password: 'changeme' };

/** `skipped`: why a provider was not timed; `terraform`: the first line of `terraform version`. */
export type DeployResults = Awaited<ReturnType<typeof runDeployBench>>;

function synthStack(provider: Provider, n: number, dir: string): string {
  const app = new App({ outdir: dir });
  const stack = new TerraformStack(app, 'deploy');
  new LocalBackend(stack, { path: 'terraform.tfstate' }); // beside cdk.tf.json, not in the repository
  const eccx = provider === 'eccx';
  const p = eccx ? new EccxProvider(stack, 'eccx', {}) : new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  const providerType = eccx ? KeyProviderType.ECCX : KeyProviderType.ELASTICSTACK;
  for (const k of workload(n)) new CrossClusterApiKey(stack, k.id, { ...k.props, provider: p, providerType });
  app.synth();
  return path.join(dir, 'stacks', 'deploy');
}

/** Medians of `runs` rounds of apply, plan (no changes allowed) and destroy (ms), checking the double's live keys. */
async function timeProvider(provider: Provider, n: number, runs: number, cliConfig: (dir: string) => string, log: (m: string) => void) {
  const double = await ElasticsearchDouble.start({ users: [USER] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-deploy-${provider}-${n}-`));
  try {
    const cwd = synthStack(provider, n, dir);
    const env = { PATH: process.env.PATH, HOME: dir, TF_CLI_CONFIG_FILE: cliConfig(dir), TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', ...elasticsearchEnv({ endpoints: double.url, ...USER }) };
    const terraform = async (...args: string[]) => (await runCommand('terraform', [...args, '-input=false', '-no-color'], { cwd, env, timeoutMs: 600_000 })).durationMs;
    const expectLive = (count: number, after: string) => {
      const live = [...double.state.apiKeys.values()].filter((k) => !k.invalidated).length;
      if (live !== count) throw new Error(`${provider} N=${n}: ${live} live keys after ${after}, expected ${count}`);
    };
    await terraform('init');
    const [apply, plan, destroy]: number[][] = [[], [], []];
    for (let run = 1; run <= runs; run++) {
      apply.push(await terraform('apply', '-auto-approve'));
      expectLive(n, 'apply');
      plan.push(await terraform('plan', '-detailed-exitcode')); // exit code 2 (changes) fails the run
      destroy.push(await terraform('destroy', '-auto-approve'));
      expectLive(0, 'destroy');
      log(`deploy ${provider} N=${n} run ${run}: apply ${apply.at(-1)} ms, plan ${plan.at(-1)} ms, destroy ${destroy.at(-1)} ms`);
    }
    return { provider, n, runs, applyMs: median(apply), planMs: median(plan), destroyMs: median(destroy) };
  } finally {
    await double.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Why the official provider cannot be timed from `officialMirror`, or undefined when it can. */
export function officialSkipReason(officialMirror: string | undefined): string | undefined {
  if (officialMirror === undefined) {
    return 'elastic/elasticstack: no `--official-mirror DIR` was given (the bench never downloads providers), so only eccx was timed';
  }
  if (!providersInMirror(officialMirror).includes(OFFICIAL)) return `elastic/elasticstack: the mirror given with --official-mirror holds no ${OFFICIAL}`;
  return undefined;
}

/** eccx comes from `dist-provider/` (`npx projen provider:build`). */
export async function runDeployBench(o: { sizes: number[]; runs: number; officialMirror?: string; log?: (m: string) => void }) {
  const version = await runCommand('terraform', ['version'], { cwd: os.tmpdir(), env: process.env, timeoutMs: 60_000 });
  const skip = officialSkipReason(o.officialMirror);
  const eccx = installBuiltProvider();
  const providers: Array<[Provider, (dir: string) => string]> = [['eccx', () => eccx.cliConfigFile]];
  if (skip === undefined) {
    providers.push(['elasticstack', (dir) => writeCliConfig(path.join(dir, 'terraform.rc'), { providerMirrorDir: o.officialMirror, mirrorIncludes: [OFFICIAL] })]);
  }
  const stats: Array<Awaited<ReturnType<typeof timeProvider>>> = [];
  try {
    for (const [provider, cliConfig] of providers) {
      for (const n of o.sizes) stats.push(await timeProvider(provider, n, o.runs, cliConfig, o.log ?? (() => undefined)));
    }
  } finally {
    eccx.cleanup();
  }
  return { stats, skipped: skip === undefined ? [] : [skip], terraform: version.stdout.split('\n')[0] };
}
