import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SHORT_SOURCE, InstalledProvider, installBuiltProvider } from './eccx-provider';
import { ElasticsearchDouble } from '../support/es-double';

/**
 * A temporary Terraform working directory for plain-Terraform tests of the eccx provider: a
 * `main.tf.json` written by the test, the built provider from its filesystem mirror, and
 * Elasticsearch reached through the ELASTICSEARCH_* variables.
 */
export interface TerraformRun { code: number; output: string }

export class TerraformWorkdir {
  public readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-tf-'));
  /** Wall time of each command, for the test's report. */
  public readonly timings: Array<{ args: string; ms: number }> = [];

  constructor(private readonly provider: InstalledProvider, private readonly endpoint: string) {}

  /** Writes the configuration: the eccx provider block (`providerBlock`) and `resources` (eccx_cross_cluster_api_key by name). */
  public write(providerBlock: Record<string, unknown>, resources: Record<string, Record<string, unknown>>): void {
    const config: Record<string, unknown> = {
      terraform: { required_providers: { eccx: { source: SHORT_SOURCE, version: this.provider.version } } },
      provider: { eccx: providerBlock },
    };
    if (Object.keys(resources).length > 0) config.resource = { eccx_cross_cluster_api_key: resources };
    fs.writeFileSync(path.join(this.dir, 'main.tf.json'), JSON.stringify(config));
  }

  /** One terraform command (`-no-color` added); never throws. */
  public run(...args: string[]): Promise<TerraformRun> {
    const env = {
      PATH: process.env.PATH,
      HOME: this.dir,
      TF_CLI_CONFIG_FILE: this.provider.cliConfigFile,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      ELASTICSEARCH_ENDPOINTS: this.endpoint,
      ELASTICSEARCH_USERNAME: 'elastic',
      ELASTICSEARCH_PASSWORD: 'changeme',
    };
    const started = Date.now();
    const tf = process.env.TERRAFORM_BINARY_NAME ?? 'terraform';
    return new Promise((resolve) => {
      execFile(tf, [...args, '-no-color'], { cwd: this.dir, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
        this.timings.push({ args: args[0], ms: Date.now() - started });
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      });
    });
  }

  /** `terraform apply -auto-approve`. */
  public apply(): Promise<TerraformRun> {
    return this.run('apply', '-input=false', '-auto-approve');
  }

  /** `terraform plan -detailed-exitcode`: 0 empty, 2 changes, 1 error. */
  public plan(): Promise<TerraformRun> {
    return this.run('plan', '-input=false', '-detailed-exitcode');
  }

  public cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A double, the built provider and an initialised working directory holding `providerBlock` and no resources. */
export interface TerraformFixture {
  readonly double: ElasticsearchDouble;
  readonly tf: TerraformWorkdir;
  /** Prints the commands' timings under `label`, removes the directory and mirror, stops the double. */
  close(label: string): Promise<void>;
}

export async function startTerraformFixture(providerBlock: Record<string, unknown>): Promise<TerraformFixture> {
  const double = await ElasticsearchDouble.start({ version: '8.19.3' });
  const provider = installBuiltProvider();
  const tf = new TerraformWorkdir(provider, double.url);
  tf.write(providerBlock, {});
  const init = await tf.run('init', '-input=false');
  if (init.code !== 0) throw new Error(`terraform init failed:\n${init.output}`);
  return {
    double,
    tf,
    close: async (label) => {
      // eslint-disable-next-line no-console
      console.log(`${label} terraform commands: ${tf.timings.map((t) => `${t.args} ${(t.ms / 1000).toFixed(1)}s`).join(', ')}`);
      tf.cleanup();
      provider.cleanup();
      await double.close();
    },
  };
}
