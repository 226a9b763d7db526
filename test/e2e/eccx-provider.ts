/**
 * The built eccx provider for tests that run real Terraform: installed with the package's CLI
 * (`provider install --mirror`) into a temporary filesystem mirror, and its schema as
 * `terraform providers schema -json` prints it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OUT_DIR, PROVIDER_BUNDLE, providerVersion } from '../../scripts/build-provider';
import { cliConfig } from '../../src/provider/install';
import { PROVIDER_SOURCE } from '../../src/provider/provider';

const PROVIDER_CLI = path.join(OUT_DIR, 'cli.js');
/** `cdktf-elastic-cross-cluster/eccx`, as `required_providers` spells it. */
export const SHORT_SOURCE = PROVIDER_SOURCE.replace(/^registry\.terraform\.io\//, '');

export interface InstalledProvider {
  /** Filesystem mirror holding the provider. */
  readonly mirror: string;
  /** A Terraform CLI configuration that installs eccx from the mirror. */
  readonly cliConfigFile: string;
  readonly version: string;
  /** Removes the mirror. */
  cleanup(): void;
}

/** Installs `dist-provider/terraform-provider-eccx` into a temporary mirror with `cli.js provider install --mirror`. */
export function installBuiltProvider(): InstalledProvider {
  if (!fs.existsSync(PROVIDER_BUNDLE) || !fs.existsSync(PROVIDER_CLI)) {
    throw new Error('the eccx provider is not built: run npx projen provider:build');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-mirror-'));
  const mirror = path.join(dir, 'mirror');
  execFileSync(process.execPath, [PROVIDER_CLI, 'provider', 'install', '--mirror', mirror], { stdio: 'pipe' });
  const cliConfigFile = path.join(dir, 'terraform.rc');
  fs.writeFileSync(cliConfigFile, cliConfig(mirror, PROVIDER_SOURCE));
  return { mirror, cliConfigFile, version: providerVersion(), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The environment for a Terraform command that installs eccx from `installed`'s mirror, with `home` as HOME and no checkpoint calls. */
export function terraformEnv(home: string, installed: InstalledProvider): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: home, TF_CLI_CONFIG_FILE: installed.cliConfigFile, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
}

/** `terraform providers schema -json` of the built provider (installed into a temporary mirror). */
export function dumpEccxSchema(): Record<string, unknown> {
  const installed = installBuiltProvider();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-schema-'));
  try {
    const env = terraformEnv(dir, installed);
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({
      terraform: { required_providers: { eccx: { source: SHORT_SOURCE, version: installed.version } } },
    }));
    const tf = process.env.TERRAFORM_BINARY_NAME ?? 'terraform';
    execFileSync(tf, ['init', '-input=false', '-no-color', '-backend=false'], { cwd: dir, env, stdio: 'pipe' });
    const out = execFileSync(tf, ['providers', 'schema', '-json'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(out.toString('utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    installed.cleanup();
  }
}
