import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface InstallOptions {
  /** The provider executable to install (the bundle). */
  readonly executable: string;
  readonly version: string;
  /** `registry.terraform.io/<namespace>/<type>` */
  readonly source: string;
  /** Mirror directory; default: the implied local mirror `~/.terraform.d/plugins`. */
  readonly mirror?: string;
  /** Terraform platform, e.g. `linux_amd64`; default: this machine's. */
  readonly platform?: string;
  readonly home?: string;
}

export interface InstallResult {
  readonly installedPath: string;
  readonly mirror: string;
  readonly implied: boolean;
  /** Text for the user: where it went, and the configuration to use. */
  readonly instructions: string;
}

/** This machine's platform in Terraform's spelling (`linux_amd64`, `darwin_arm64`). */
export function terraformPlatform(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const osName = platform === 'win32' ? 'windows' : platform;
  const archName = arch === 'x64' ? 'amd64' : arch === 'ia32' ? '386' : arch;
  return `${osName}_${archName}`;
}

/**
 * Copies the provider into a filesystem mirror in Terraform's unpacked layout:
 * `<mirror>/<host>/<namespace>/<type>/<version>/<os_arch>/terraform-provider-<type>_v<version>`.
 */
export function installProvider(opts: InstallOptions): InstallResult {
  const [host, namespace, type] = opts.source.split('/');
  if (!host || !namespace || !type) throw new Error(`invalid provider source address: ${opts.source}`);
  const platform = opts.platform ?? terraformPlatform();
  if (platform.startsWith('windows_')) {
    throw new Error('the provider is a Node.js script: Terraform on Windows needs an .exe, which this package does not ship');
  }
  if (!fs.existsSync(opts.executable)) {
    throw new Error(`provider executable not found at ${opts.executable}; build it with \`npx projen provider:build\``);
  }
  const implied = opts.mirror === undefined;
  const mirror = path.resolve(opts.mirror ?? path.join(opts.home ?? os.homedir(), '.terraform.d', 'plugins'));
  const dir = path.join(mirror, host, namespace, type, opts.version, platform);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `terraform-provider-${type}_v${opts.version}`);
  const tmp = `${target}.tmp-${process.pid}`;
  fs.copyFileSync(opts.executable, tmp);
  fs.chmodSync(tmp, 0o755);
  fs.renameSync(tmp, target);

  const shortSource = host === 'registry.terraform.io' ? `${namespace}/${type}` : opts.source;
  const requiredProviders = [
    'terraform {',
    '  required_providers {',
    `    ${type} = {`,
    `      source  = "${shortSource}"`,
    `      version = "${opts.version}"`,
    '    }',
    '  }',
    '}',
  ].join('\n');
  const lines = [`Installed ${opts.source} ${opts.version} (${platform}) at ${target}`, ''];
  if (implied) {
    lines.push(
      'This is Terraform\'s implied local mirror: with no provider_installation block in your CLI',
      'configuration, `terraform init` finds the provider there without further setup.',
    );
  } else {
    lines.push(
      'Use this CLI configuration (a file named by TF_CLI_CONFIG_FILE, or ~/.terraformrc):',
      '',
      cliConfig(mirror, opts.source),
    );
  }
  lines.push('', 'Require it in your configuration (cdktf: TerraformProvider with this source):', '', requiredProviders, '',
    'The provider runs with Node.js: `node` must be on the PATH Terraform sees.', '');
  return { installedPath: target, mirror, implied, instructions: lines.join('\n') };
}

/** CLI configuration that takes the provider from a filesystem mirror and everything else from registries. */
export function cliConfig(mirror: string, source: string): string {
  return [
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(mirror)}`,
    `    include = [${JSON.stringify(source)}]`,
    '  }',
    '  direct {',
    `    exclude = [${JSON.stringify(source)}]`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Options of {@link lockForApp}. */
export interface LockForAppOptions {
  /** The cdktf app's directory (holds `cdktf.json`). */
  readonly appDir: string;
  /** `registry.terraform.io/<namespace>/<type>` of the provider just installed. */
  readonly source: string;
  /** The mirror it went into, when not the implied local mirror (Terraform is pointed at it). */
  readonly mirror?: string;
  /** Environment for cdktf and Terraform. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
}

/** One stack's outcome in {@link lockForApp}. */
export interface StackLock {
  readonly stack: string;
  readonly lockFile: string;
}

/**
 * Makes a plain `cdktf deploy` work with this provider. cdktf runs `terraform providers lock` before
 * a deploy unless the stack's `.terraform.lock.hcl` already lists every required provider at a
 * matching version (`checkNeedsLockfileUpdate` in `@cdktf/cli-core`), and `providers lock` asks the
 * provider's origin registry, where eccx is not published. So this synthesizes the app (`cdktf
 * synth`) and runs `terraform init -backend=false` in each stack that requires the provider: init
 * takes it from the mirror and writes the lock file (with its hash) that cdktf then accepts. Other
 * providers of those stacks are locked the same way, from wherever Terraform installs them.
 *
 * @throws Error naming the failing command and its output (a synth error of the app, or an init
 *   that cannot reach another provider's registry)
 */
export function lockForApp(opts: LockForAppOptions): StackLock[] {
  const appDir = path.resolve(opts.appDir);
  const config = JSON.parse(fs.readFileSync(path.join(appDir, 'cdktf.json'), 'utf8')) as { output?: string };
  const outDir = path.resolve(appDir, config.output ?? 'cdktf.out');
  let env: NodeJS.ProcessEnv = { ...(opts.env ?? process.env), CHECKPOINT_DISABLE: '1' };
  let tmpConfig: string | undefined;
  if (opts.mirror !== undefined) {
    tmpConfig = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-lock-')), 'terraform.rc');
    fs.writeFileSync(tmpConfig, cliConfig(path.resolve(opts.mirror), opts.source));
    env = { ...env, TF_CLI_CONFIG_FILE: tmpConfig };
  }
  try {
    run(synthCli(appDir), ['synth'], appDir, env);
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
      stacks: Record<string, { workingDirectory: string; synthesizedStackPath: string }>;
    };
    const locked: StackLock[] = [];
    for (const [stack, entry] of Object.entries(manifest.stacks)) {
      const doc = JSON.parse(fs.readFileSync(path.join(outDir, entry.synthesizedStackPath), 'utf8'));
      const required = Object.values<{ source?: string }>(doc.terraform?.required_providers ?? {});
      if (!required.some((p) => p.source !== undefined && sameSource(p.source, opts.source))) continue;
      const stackDir = path.join(outDir, entry.workingDirectory);
      // after an upgrade of this package the old entry names the old version, which init refuses
      // without -upgrade; -upgrade would move the stack's other providers too: drop only ours
      const lockFile = path.join(stackDir, '.terraform.lock.hcl');
      if (fs.existsSync(lockFile)) fs.writeFileSync(lockFile, withoutLockEntry(fs.readFileSync(lockFile, 'utf8'), opts.source));
      run(process.env.TERRAFORM_BINARY_NAME ?? 'terraform', ['init', '-backend=false', '-input=false', '-no-color'], stackDir, env);
      locked.push({ stack, lockFile });
    }
    return locked;
  } finally {
    if (tmpConfig) fs.rmSync(path.dirname(tmpConfig), { recursive: true, force: true });
  }
}

/**
 * The CLI that synthesizes the app: its own cdktf-cli or cdktn-cli (CDK Terrain) in node_modules/.bin,
 * else the one on the PATH (a global install, as both CLIs' docs have it): `cdktn` when the app
 * depends on cdktn and not on cdktf, `cdktf` otherwise.
 */
export function synthCli(appDir: string): string {
  for (const cli of ['cdktf', 'cdktn']) {
    const local = path.join(appDir, 'node_modules', '.bin', cli);
    if (fs.existsSync(local)) return local;
  }
  const has = (pkg: string) => fs.existsSync(path.join(appDir, 'node_modules', pkg, 'package.json'));
  return has('cdktn') && !has('cdktf') ? 'cdktn' : 'cdktf';
}

/**
 * A `.terraform.lock.hcl` text without the `provider "<source>" { ... }` block of `source` (a full
 * source address, `registry.terraform.io/<namespace>/<type>`). Terraform writes each block from a
 * `provider` line at the start of a line to the next line that is a lone `}`.
 */
export function withoutLockEntry(lockText: string, source: string): string {
  const lines = lockText.split('\n');
  const start = lines.findIndex((l) => l.trim() === `provider ${JSON.stringify(source)} {`);
  if (start < 0) return lockText;
  let end = start + 1;
  while (end < lines.length && lines[end] !== '}') end++;
  // with the blank line that separates it from the next block
  if (lines[end + 1] === '') end++;
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
}

/** `cdktf-elastic-cross-cluster/eccx` and `registry.terraform.io/cdktf-elastic-cross-cluster/eccx` are one source. */
function sameSource(a: string, b: string): boolean {
  const full = (s: string) => (s.split('/').length === 2 ? `registry.terraform.io/${s}` : s).toLowerCase();
  return full(a) === full(b);
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): void {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`\`${cmd}\` was not found on the PATH: install it (cdktf-cli 0.21: \`npm install -g cdktf-cli@0.21\`, or cdktn-cli 0.24 for CDK Terrain; ` +
      'Terraform), or skip locking with --no-lock and deploy with `cdktf deploy --skip-provider-lock`');
  }
  if (r.error) throw new Error(`${cmd} ${args.join(' ')} in ${cwd}: ${r.error.message}`);
  if (r.status !== 0) {
    const out = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`\`${path.basename(cmd)} ${args.join(' ')}\` failed in ${cwd} (exit ${r.status}):\n${out}`);
  }
}
