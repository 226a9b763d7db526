/**
 * Runs the real `terraform validate` on a synthesized stack, where the providers it needs can be
 * installed (registry access, or a mirror that the user's `TF_CLI_CONFIG_FILE` points at).
 *
 * Every Terraform run gets `CHECKPOINT_DISABLE=1`, `TF_IN_AUTOMATION=1`, and the user's
 * `TF_CLI_CONFIG_FILE` when that file exists; when it names a missing file (as on our machines)
 * an empty CLI config is used instead, so Terraform does not warn on every command.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface TerraformRunOptions {
  /** environment to start from @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** seconds before a Terraform command is killed @default 300 */
  readonly timeoutSeconds?: number;
}

/** Answer of {@link canInstallElasticstack}. */
export interface InstallProbe {
  readonly ok: boolean;
  /** why not (Terraform's error, condensed), or which version was installed */
  readonly reason: string;
  /** the installed provider version, when ok */
  readonly version?: string;
}

/** One diagnostic of `terraform validate -json`. */
export interface ValidateDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
  /** `address` of the offending block when Terraform reports one, e.g. `elasticstack_elasticsearch_security_api_key.k` */
  readonly address?: string;
  /** the file and line Terraform points at, e.g. `cdk.tf.json:12` */
  readonly at?: string;
}

/** Result of {@link terraformValidate}. */
export interface ValidateResult {
  /** `terraform validate` found no errors */
  readonly valid: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly diagnostics: ValidateDiagnostic[];
  /** text of `terraform init` and `terraform validate`, for failure messages */
  readonly output: string;
}

let emptyConfig: string | undefined;

/** The environment for Terraform runs (see the module comment). */
export function terraformEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
  const configured = base.TF_CLI_CONFIG_FILE;
  if (configured !== undefined && !fs.existsSync(configured)) {
    if (!emptyConfig || !fs.existsSync(emptyConfig)) {
      emptyConfig = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tf-cli-config-')), 'terraformrc');
      fs.writeFileSync(emptyConfig, '');
    }
    env.TF_CLI_CONFIG_FILE = emptyConfig;
  }
  return env;
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: Error;
}

function terraform(args: string[], cwd: string, opts: TerraformRunOptions): Run {
  const env = terraformEnv(opts.env);
  const bin = env.TERRAFORM_BINARY_NAME || 'terraform';
  const r = spawnSync(bin, args, {
    cwd,
    env,
    encoding: 'utf8',
    timeout: (opts.timeoutSeconds ?? 300) * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

/** Terraform's error text without box drawing, blank lines and the generic advice. */
function condense(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^[\s│╷╵]+/, '').trim())
    .filter((l) => l && !l.startsWith('To see which modules') && !l.startsWith('versions are specified') && !l.startsWith('terraform providers'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .slice(0, 400);
}

/**
 * Tries `terraform init` for a root module that requires `elastic/elasticstack` (any version with
 * cross-cluster API keys, `>= 0.11.18` unless `version` says otherwise) in a temporary directory.
 */
export function canInstallElasticstack(options: TerraformRunOptions & { version?: string } = {}): InstallProbe {
  const version = terraform(['version', '-json'], os.tmpdir(), options);
  if (version.error || version.status !== 0) {
    return { ok: false, reason: `terraform is not runnable: ${version.error?.message ?? condense(version.stderr)}` };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elasticstack-probe-'));
  try {
    const main = {
      terraform: { required_providers: { elasticstack: { source: 'elastic/elasticstack', version: options.version ?? '>= 0.11.18' } } },
    };
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(main, null, 2));
    const init = terraform(['init', '-input=false', '-no-color', '-backend=false'], dir, { timeoutSeconds: 120, ...options });
    if (init.error || init.status !== 0) {
      return {
        ok: false,
        reason: `terraform init cannot install elastic/elasticstack here: ${init.error?.message ?? condense(init.stderr || init.stdout)}`,
      };
    }
    const selected = terraform(['version', '-json'], dir, options);
    let installed: string | undefined;
    try {
      installed = JSON.parse(selected.stdout).provider_selections?.['registry.terraform.io/elastic/elasticstack'];
    } catch {
      installed = undefined;
    }
    return { ok: true, reason: `terraform init installed elastic/elasticstack ${installed ?? '(version unknown)'}`, version: installed };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `terraform init -backend=false` (unless `.terraform` exists) and `terraform validate -json` in
 * `dir`, which holds a synthesized stack (`cdk.tf.json`). Throws only when Terraform cannot run or
 * init fails; validation errors come back as diagnostics.
 */
export function terraformValidate(dir: string, options: TerraformRunOptions = {}): ValidateResult {
  let output = '';
  if (!fs.existsSync(path.join(dir, '.terraform'))) {
    const init = terraform(['init', '-input=false', '-no-color', '-backend=false'], dir, options);
    output += init.stdout + init.stderr;
    if (init.error || init.status !== 0) {
      throw new Error(`terraform init failed in ${dir}: ${init.error?.message ?? condense(init.stderr || init.stdout)}`);
    }
  }
  const v = terraform(['validate', '-json', '-no-color'], dir, options);
  output += v.stdout + v.stderr;
  if (v.error) throw new Error(`terraform validate could not run: ${v.error.message}`);
  let parsed: {
    valid?: boolean;
    error_count?: number;
    warning_count?: number;
    diagnostics?: Array<{ severity: 'error' | 'warning'; summary: string; detail?: string; address?: string; range?: { filename: string; start: { line: number } } }>;
  };
  try {
    parsed = JSON.parse(v.stdout);
  } catch {
    throw new Error(`terraform validate -json gave no JSON (exit ${v.status}): ${condense(v.stderr || v.stdout)}`);
  }
  const diagnostics = (parsed.diagnostics ?? []).map((d) => ({
    severity: d.severity,
    summary: d.summary,
    detail: d.detail,
    address: d.address,
    at: d.range ? `${d.range.filename}:${d.range.start.line}` : undefined,
  }));
  return {
    valid: parsed.valid === true,
    errorCount: parsed.error_count ?? diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: parsed.warning_count ?? diagnostics.filter((d) => d.severity === 'warning').length,
    diagnostics,
    output,
  };
}

/** Writes a synthesized stack (object or JSON text) as `cdk.tf.json` into a new temporary directory. */
export function writeStackDir(synthJson: unknown, prefix = 'validate-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const text = typeof synthJson === 'string' ? synthJson : JSON.stringify(synthJson, null, 2);
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), text);
  return dir;
}

/** One line per diagnostic, for failure messages. */
export function formatDiagnostics(result: ValidateResult): string {
  return result.diagnostics.map((d) => `${d.severity}: ${d.summary}${d.detail ? ` (${d.detail.replace(/\s+/g, ' ')})` : ''}${d.at ? ` at ${d.at}` : ''}`).join('\n');
}
