/**
 * Terraform CLI configuration for tests: always written to a file the test
 * owns (the environment points TF_CLI_CONFIG_FILE at a file that does not
 * exist, which makes every Terraform command warn), optionally with a
 * `provider_installation` block that installs providers from a local
 * filesystem mirror.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Options of {@link renderCliConfig}. */
export interface CliConfigOptions {
  /**
   * A Terraform filesystem mirror directory, in either layout Terraform accepts:
   * `HOSTNAME/NAMESPACE/TYPE/VERSION/TARGET/terraform-provider-TYPE…` (unpacked) or
   * `HOSTNAME/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_TARGET.zip` (packed).
   * @default - no mirror; providers come from their registries
   */
  readonly providerMirrorDir?: string;
  /**
   * Provider addresses (`HOSTNAME/NAMESPACE/TYPE`, wildcards allowed) served
   * by the mirror and never fetched from a registry.
   * @default - every provider found in `providerMirrorDir`
   */
  readonly mirrorIncludes?: readonly string[];
  /**
   * Extra HCL appended verbatim to the CLI configuration.
   * @default - none
   */
  readonly extra?: string;
}

function quoteHcl(value: string): string {
  return JSON.stringify(value);
}

function listDirs(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
}

/**
 * Provider addresses (`HOSTNAME/NAMESPACE/TYPE`) present in a filesystem mirror
 * directory, sorted. Empty when the directory does not exist.
 */
export function providersInMirror(mirrorDir: string): string[] {
  const found: string[] = [];
  for (const host of listDirs(mirrorDir)) {
    for (const ns of listDirs(path.join(mirrorDir, host))) {
      for (const type of listDirs(path.join(mirrorDir, host, ns))) {
        found.push(`${host}/${ns}/${type}`);
      }
    }
  }
  return found.sort();
}

/**
 * The text of a Terraform CLI configuration file. Without a mirror it is a
 * comment only (Terraform accepts an empty configuration). With a mirror,
 * providers matched by `mirrorIncludes` come only from the mirror, and every
 * other provider is installed directly from its registry.
 */
export function renderCliConfig(options: CliConfigOptions = {}): string {
  const lines = ['# Terraform CLI configuration written by the deploy harness (test/support/terraform-cli-config.ts)'];
  if (options.providerMirrorDir !== undefined) {
    const mirror = path.resolve(options.providerMirrorDir);
    const includes = options.mirrorIncludes ?? providersInMirror(mirror);
    lines.push('provider_installation {', '  filesystem_mirror {', `    path = ${quoteHcl(mirror)}`);
    if (includes.length > 0) lines.push(`    include = [${includes.map(quoteHcl).join(', ')}]`);
    lines.push('  }');
    if (includes.length > 0) {
      lines.push('  direct {', `    exclude = [${includes.map(quoteHcl).join(', ')}]`, '  }');
    } else {
      lines.push('  direct {}');
    }
    lines.push('}');
  }
  if (options.extra) lines.push(options.extra);
  return lines.join('\n') + '\n';
}

/** Writes {@link renderCliConfig} to `file` and returns the file's path. */
export function writeCliConfig(file: string, options: CliConfigOptions = {}): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renderCliConfig(options));
  return file;
}
