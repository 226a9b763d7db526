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
