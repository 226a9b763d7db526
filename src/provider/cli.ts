// `npx cdktf-elastic-cross-cluster provider install [--mirror DIR] [--platform OS_ARCH]`
import * as path from 'node:path';
import { installProvider } from './install';
import { PROVIDER_SOURCE as SOURCE } from './provider';

declare const __ECCX_PROVIDER_VERSION__: string;

const USAGE = `Usage: cdktf-elastic-cross-cluster provider install [--mirror DIR] [--platform OS_ARCH]
       cdktf-elastic-cross-cluster provider path

  provider install   copy the eccx Terraform provider (v${__ECCX_PROVIDER_VERSION__}) into Terraform's implied
                     local mirror (~/.terraform.d/plugins), or into the filesystem mirror DIR and
                     print the CLI configuration that uses it
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
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--mirror' || a.startsWith('--mirror=')) mirror = value();
    else if (a === '--platform' || a.startsWith('--platform=')) platform = value();
    else throw new Error(`unknown option ${a}\n\n${USAGE}`);
  }
  const res = installProvider({ executable, version: __ECCX_PROVIDER_VERSION__, source: SOURCE, mirror, platform });
  process.stdout.write(res.instructions);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`cdktf-elastic-cross-cluster: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
