// The deploy benchmark: `terraform apply`, `plan` and `destroy` of N keys against the in-process
// Elasticsearch test double, with eccx and, given a filesystem mirror that holds it, the official
// elastic/elasticstack provider. The L2 constructs write cdk.tf.json; Terraform runs on it directly
// (no cdktf CLI), so Terraform and the provider are what is timed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, LocalBackend, TerraformStack } from 'cdktf';
import { CrossClusterApiKey, KeyProviderType } from '../src';
import { median } from './stats';
import { keyProps, workload } from './workload';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';
import { installBuiltProvider } from '../test/e2e/eccx-provider';
import { elasticsearchEnv, providersInMirror, renderCliConfig } from '../test/support/deploy-harness';
import { runCommand } from '../test/support/deploy-process';
import { ElasticsearchDouble } from '../test/support/es-double';

type Provider = 'eccx' | 'elasticstack';
const OFFICIAL = 'registry.terraform.io/elastic/elasticstack';
const USER = { username: 'elastic', password: 'changeme' };

/** Medians of one provider at one N: wall time of each Terraform command (ms). */
export interface DeployStats {
  readonly provider: Provider;
  readonly n: number;
  readonly runs: number;
  readonly applyMs: number;
  readonly planMs: number;
  readonly destroyMs: number;
}

export interface DeployOptions {
  readonly sizes: number[];
  readonly runs: number;
  /** A Terraform filesystem mirror holding elastic/elasticstack. */
  readonly officialMirror?: string;
  readonly log?: (m: string) => void;
}

export interface DeployResults {
  readonly stats: DeployStats[];
  /** Why a provider was not timed. */
  readonly skipped: string[];
  /** First line of `terraform version`. */
  readonly terraform: string;
}

/** Writes the stack of N workload keys for `provider` under `dir`; returns the stack's folder. */
function synthStack(provider: Provider, n: number, dir: string): string {
  const app = new App({ outdir: dir });
  const stack = new TerraformStack(app, 'deploy');
  new LocalBackend(stack, { path: 'terraform.tfstate' }); // relative: beside cdk.tf.json, not in the repository
  const eccx = provider === 'eccx';
  const p = eccx ? new EccxProvider(stack, 'eccx', {}) : new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  const providerType = eccx ? KeyProviderType.ECCX : KeyProviderType.ELASTICSTACK;
  for (const k of workload(n)) new CrossClusterApiKey(stack, k.id, { ...keyProps(k), provider: p, providerType });
  app.synth();
  return path.join(dir, 'stacks', 'deploy');
}

/** Times `runs` rounds of apply, plan (which must find no changes) and destroy of N keys with one provider. */
async function timeProvider(provider: Provider, n: number, runs: number, cliConfigFile: string, log: (m: string) => void): Promise<DeployStats> {
  const double = await ElasticsearchDouble.start({ users: [USER] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-deploy-${provider}-${n}-`));
  try {
    const cwd = synthStack(provider, n, dir);
    const env = {
      PATH: process.env.PATH,
      HOME: dir,
      TF_CLI_CONFIG_FILE: cliConfigFile,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      ...elasticsearchEnv({ endpoints: double.url, ...USER }),
    };
    const terraform = async (...args: string[]) =>
      (await runCommand('terraform', [...args, '-input=false', '-no-color'], { cwd, env, timeoutMs: 600_000 })).durationMs;
    const live = () => [...double.state.apiKeys.values()].filter((k) => !k.invalidated).length;
    await terraform('init');
    const apply: number[] = [];
    const plan: number[] = [];
    const destroy: number[] = [];
    for (let run = 1; run <= runs; run++) {
      apply.push(await terraform('apply', '-auto-approve'));
      if (live() !== n) throw new Error(`${provider} N=${n}: ${live()} live keys after apply, expected ${n}`);
      plan.push(await terraform('plan', '-detailed-exitcode')); // exit code 2 (changes) fails the run
      destroy.push(await terraform('destroy', '-auto-approve'));
      if (live() !== 0) throw new Error(`${provider} N=${n}: ${live()} live keys after destroy, expected 0`);
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
  return providersInMirror(officialMirror).includes(OFFICIAL) ? undefined : `elastic/elasticstack: the mirror given with --official-mirror holds no ${OFFICIAL}`;
}

/** Runs the deploy benchmark; eccx comes from `dist-provider/` (`npx projen provider:build`). */
export async function runDeployBench(o: DeployOptions): Promise<DeployResults> {
  const log = o.log ?? (() => undefined);
  const version = await runCommand('terraform', ['version'], { cwd: os.tmpdir(), env: process.env, timeoutMs: 60_000 });
  const stats: DeployStats[] = [];
  const eccx = installBuiltProvider();
  try {
    for (const n of o.sizes) stats.push(await timeProvider('eccx', n, o.runs, eccx.cliConfigFile, log));
  } finally {
    eccx.cleanup();
  }
  const skip = officialSkipReason(o.officialMirror);
  if (skip === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-official-'));
    const cliConfigFile = path.join(dir, 'terraform.rc');
    fs.writeFileSync(cliConfigFile, renderCliConfig({ providerMirrorDir: o.officialMirror, mirrorIncludes: [OFFICIAL] }));
    try {
      for (const n of o.sizes) stats.push(await timeProvider('elasticstack', n, o.runs, cliConfigFile, log));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return { stats, skipped: skip === undefined ? [] : [skip], terraform: version.stdout.split('\n')[0] };
}
