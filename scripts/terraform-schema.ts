/**
 * Dumps a provider schema with Terraform, the way `cdktf get` does: a temporary root module that
 * requires the provider, `terraform init`, `terraform providers schema -json`, and
 * `terraform version -json` for the selected provider version.
 *
 * The caller's environment is inherited, so `TF_CLI_CONFIG_FILE` (a filesystem mirror, a network
 * mirror, credentials) is honoured. `TERRAFORM_BINARY_NAME` selects another binary, as in cdktf.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ProviderSchemaJson } from './bindings-lib';

export interface DumpOptions {
  /** provider local name, e.g. `elasticstack` */
  readonly name: string;
  /** registry source, e.g. `elastic/elasticstack` */
  readonly source: string;
  /** version constraint for `terraform init`, e.g. `>= 0.11.18` or `0.16.3` */
  readonly version?: string;
  readonly env?: NodeJS.ProcessEnv;
}

function run(bin: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync(bin, args, { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw new Error(`${bin} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} exited with ${r.status}:\n${(r.stderr || '') + (r.stdout || '')}`.trim());
  }
  return r.stdout;
}

/** Runs Terraform and returns the full schema with `provider_versions` recorded. */
export function dumpSchemaWithTerraform(opts: DumpOptions): ProviderSchemaJson {
  const env: NodeJS.ProcessEnv = { ...(opts.env ?? process.env), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
  const bin = env.TERRAFORM_BINARY_NAME || 'terraform';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-tf-'));
  try {
    const required: Record<string, string> = { source: opts.source };
    if (opts.version) required.version = opts.version;
    const mainTf = {
      terraform: { required_providers: { [opts.name]: required } },
      provider: { [opts.name]: {} },
    };
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(mainTf, null, 2) + '\n');
    run(bin, ['init', '-input=false', '-no-color', '-backend=false'], dir, env);
    const schema = JSON.parse(run(bin, ['providers', 'schema', '-json'], dir, env)) as ProviderSchemaJson;
    const version = JSON.parse(run(bin, ['version', '-json'], dir, env)) as { provider_selections?: Record<string, string> };
    schema.provider_versions = version.provider_selections ?? {};
    return schema;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
