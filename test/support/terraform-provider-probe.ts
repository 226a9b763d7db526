/**
 * Can Terraform install a given provider here? End-to-end suites for a provider
 * ask this first and skip, printing the reason, when the answer is no (for
 * example `elastic/elasticstack` without access to registry.terraform.io).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cleanTerminalOutput, runCommand } from './deploy-process';
import { CliConfigOptions, writeCliConfig } from './terraform-cli-config';

/** Answer of {@link canInstallProvider}. */
export interface ProviderProbeResult {
  /** True when `terraform init` installed the provider. */
  readonly ok: boolean;
  /** Why not (Terraform's error, condensed), or which version was installed. */
  readonly reason: string;
  /** The provider source that was probed, e.g. `elastic/elasticstack`. */
  readonly source: string;
}

/** Options of {@link canInstallProvider}. */
export interface ProviderProbeOptions extends CliConfigOptions {
  /**
   * Version constraint, e.g. `~> 0.11`.
   * @default - any version
   */
  readonly version?: string;
  /**
   * Time limit of `terraform init` in milliseconds.
   * @default 60000
   */
  readonly timeoutMs?: number;
  /**
   * Terraform executable.
   * @default - `$TERRAFORM_BINARY_NAME` or `terraform`
   */
  readonly terraformBinary?: string;
}

const cache = new Map<string, ProviderProbeResult>();

function localName(source: string): string {
  const type = source.split('/').pop() ?? source;
  return type.replace(/[^A-Za-z0-9_-]/g, '_');
}

function probeConfig(source: string, version?: string): string {
  const requirement: Record<string, string> = { source };
  if (version) requirement.version = version;
  return JSON.stringify({ terraform: { required_providers: { [localName(source)]: requirement } } }, null, 2);
}

function probeEnv(cliConfigFile: string, workDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CLI_CONFIG_FILE: cliConfigFile,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    TF_DATA_DIR: path.join(workDir, '.terraform'),
  };
  delete env.TF_PLUGIN_CACHE_DIR;
  return env;
}

/** Condenses Terraform's error output to its `Error:` headline and the paragraph that explains it. */
function condense(output: string): string {
  const lines = cleanTerminalOutput(output).split('\n').map((l) => l.replace(/^[│╷╵\s]+/, '').trim());
  const start = lines.findIndex((l) => l.startsWith('Error:'));
  const paragraphs: string[][] = [[]];
  for (const l of start >= 0 ? lines.slice(start) : lines) {
    if (l === '') {
      if (paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
    } else {
      paragraphs[paragraphs.length - 1].push(l);
    }
  }
  const text = paragraphs.slice(0, 2).map((p) => p.join(' ')).filter((p) => p !== '').join(' ');
  return text.slice(0, 600) || 'terraform init failed without output';
}

function installedVersion(workDir: string, source: string): string | undefined {
  try {
    const lock = fs.readFileSync(path.join(workDir, '.terraform.lock.hcl'), 'utf8');
    const m = new RegExp(`provider "[^"]*${source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"\\s*\\{\\s*version\\s*=\\s*"([^"]+)"`).exec(lock);
    return m?.[1];
  } catch {
    return undefined;
  }
}

function key(source: string, o: ProviderProbeOptions): string {
  return JSON.stringify([source, o.version, o.providerMirrorDir, o.mirrorIncludes, o.extra, o.terraformBinary]);
}

function prepare(source: string, options: ProviderProbeOptions): { dir: string; env: NodeJS.ProcessEnv; args: string[]; bin: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-provider-probe-'));
  fs.writeFileSync(path.join(dir, 'main.tf.json'), probeConfig(source, options.version));
  const cliConfig = writeCliConfig(path.join(dir, 'terraform.rc'), options);
  return {
    dir,
    env: probeEnv(cliConfig, dir),
    args: ['init', '-input=false', '-no-color', '-backend=false'],
    bin: options.terraformBinary ?? process.env.TERRAFORM_BINARY_NAME ?? 'terraform',
  };
}

function verdict(source: string, dir: string, exitCode: number | null, output: string, timedOut: boolean, timeoutMs: number): ProviderProbeResult {
  if (timedOut) return { ok: false, source, reason: `terraform init did not finish within ${timeoutMs / 1000}s` };
  if (exitCode === 0) {
    const v = installedVersion(dir, source);
    return { ok: true, source, reason: `terraform init installed ${source}${v ? ` v${v}` : ''}` };
  }
  return { ok: false, source, reason: condense(output) };
}

/**
 * Tries `terraform init` on a configuration that only requires `source`
 * (e.g. `elastic/elasticstack`), in a temporary directory that is removed
 * afterwards. Results are cached per process and options.
 */
export async function canInstallProvider(source: string, options: ProviderProbeOptions = {}): Promise<ProviderProbeResult> {
  const k = key(source, options);
  const cached = cache.get(k);
  if (cached) return cached;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const p = prepare(source, options);
  try {
    const r = await runCommand(p.bin, p.args, { cwd: p.dir, env: p.env, timeoutMs, throwOnError: false });
    const result = verdict(source, p.dir, r.exitCode, r.output, r.timedOut, timeoutMs);
    cache.set(k, result);
    return result;
  } catch (e) {
    return { ok: false, source, reason: `could not run terraform: ${(e as Error).message}` };
  } finally {
    fs.rmSync(p.dir, { recursive: true, force: true });
  }
}

/**
 * Synchronous {@link canInstallProvider}, for deciding at module load whether
 * a jest `describe` runs: `const d = probe.ok ? describe : describe.skip`.
 */
export function canInstallProviderSync(source: string, options: ProviderProbeOptions = {}): ProviderProbeResult {
  const k = key(source, options);
  const cached = cache.get(k);
  if (cached) return cached;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const p = prepare(source, options);
  try {
    const r = spawnSync(p.bin, p.args, { cwd: p.dir, env: p.env, timeout: timeoutMs, killSignal: 'SIGKILL', encoding: 'utf8' });
    if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') {
      return { ok: false, source, reason: `could not run terraform: ${r.error.message}` };
    }
    const timedOut = r.error !== undefined || (r.signal !== null && r.status === null);
    const result = verdict(source, p.dir, r.status, `${r.stdout ?? ''}\n${r.stderr ?? ''}`, timedOut, timeoutMs);
    cache.set(k, result);
    return result;
  } finally {
    fs.rmSync(p.dir, { recursive: true, force: true });
  }
}
