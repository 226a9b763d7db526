// `npx cdktf-elastic-cross-cluster provider install [--mirror DIR] [--platform OS_ARCH] [--app DIR | --no-lock]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installProvider, lockForApp } from './install';
import { PROVIDER_SOURCE as SOURCE } from './provider';

declare const __ECCX_PROVIDER_VERSION__: string;

const USAGE = `Usage: cdktf-elastic-cross-cluster provider install [--mirror DIR] [--platform OS_ARCH] [--app DIR | --no-lock]
       cdktf-elastic-cross-cluster provider path

  provider install   copy the eccx Terraform provider (v${__ECCX_PROVIDER_VERSION__}) into Terraform's implied
                     local mirror (~/.terraform.d/plugins), or into the filesystem mirror DIR and
                     print the CLI configuration that uses it. Then, in a cdktf app (cdktf.json in
                     the current directory, or --app DIR), synthesize it and write the lock file of
                     each stack that uses eccx (terraform init -backend=false), so that a plain
                     \`cdktf deploy\` needs no registry; --no-lock skips this
  provider path      print the path of the provider executable in this package
`;

function main(argv: string[]): number {
  const [group, command, ...rest] = argv;
  if (group === '--version') {
    process.stdout.write(`${__ECCX_PROVIDER_VERSION__}\n`);
    return 0;
  }
  if (group !== 'provider' || (command !== 'install' && command !== 'path')) {
    process.stderr.write(USAGE);
    return group === undefined || group === '--help' || group === '-h' ? 0 : 2;
  }
  const executable = path.join(__dirname, 'terraform-provider-eccx');
  if (command === 'path') {
    process.stdout.write(`${executable}\n`);
    return 0;
  }
  let mirror: string | undefined;
  let platform: string | undefined;
  let app: string | undefined;
  let lock = true;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--mirror' || a.startsWith('--mirror=')) mirror = value();
    else if (a === '--platform' || a.startsWith('--platform=')) platform = value();
    else if (a === '--app' || a.startsWith('--app=')) app = value();
    else if (a === '--no-lock') lock = false;
    else throw new Error(`unknown option ${a}\n\n${USAGE}`);
  }
  const res = installProvider({ executable, version: __ECCX_PROVIDER_VERSION__, source: SOURCE, mirror, platform });
  process.stdout.write(res.instructions);
  const appDir = app ?? (fs.existsSync('cdktf.json') ? '.' : undefined);
  if (!lock) return 0;
  if (appDir === undefined) {
    process.stdout.write('No cdktf.json here: run this again in your cdktf app (or pass --app DIR) to lock its stacks,\n' +
      'or `cdktf deploy` will ask a registry for eccx (`terraform providers lock`) and fail.\n');
    return 0;
  }
  process.stdout.write(`Locking the stacks of the cdktf app in ${path.resolve(appDir)} (cdktf synth, terraform init -backend=false) ...\n`);
  const locked = lockForApp({ appDir, source: SOURCE, mirror: res.implied ? undefined : res.mirror });
  for (const l of locked) process.stdout.write(`  ${l.stack}: ${l.lockFile}\n`);
  process.stdout.write(locked.length === 0
    ? 'No stack of this app requires eccx yet: run this again after adding one.\n'
    : 'Run `cdktf deploy`. Run this command again after adding a stack that uses eccx or upgrading this package.\n');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`cdktf-elastic-cross-cluster: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
