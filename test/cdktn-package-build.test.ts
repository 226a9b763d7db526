// The cdktn package's build (scripts/cdktn-package.ts): which import specifiers it rewrites, and the
// package.json it writes. The packed result is installed and deployed in test/user/cdktn-package.test.ts.
import { CDKTN_PACKAGE_NAME, CDKTN_PEERS, cdktnPackageJson, toCdktnImports } from '../scripts/cdktn-package';

describe('toCdktnImports', () => {
  test('rewrites the module specifier cdktf in imports, type imports, require and dynamic import', () => {
    const source = [
      "import * as cdktf from 'cdktf';",
      'import { TerraformStack } from "cdktf";',
      "import type { IResolvable } from 'cdktf';",
      "const c = require('cdktf');",
      "const d = import('cdktf');",
      "import 'cdktf';",
    ].join('\n');
    expect(toCdktnImports(source)).toBe([
      "import * as cdktf from 'cdktn';",
      'import { TerraformStack } from "cdktn";',
      "import type { IResolvable } from 'cdktn';",
      "const c = require('cdktn');",
      "const d = import('cdktn');",
      "import 'cdktn';",
    ].join('\n'));
  });

  test('leaves identifiers, other packages, subpaths and prose alone', () => {
    const source = [
      'cdktf.Token.asString(x);',
      "import { Construct } from 'constructs';",
      "import { x } from 'cdktf-elastic-cross-cluster';",
      "import { y } from 'cdktf/lib/tokens';",
      "// 'cdktf' 0.21 is what this was built with",
      "const name = 'cdktf';",
    ].join('\n');
    expect(toCdktnImports(source)).toBe(source);
  });
});

describe('cdktnPackageJson', () => {
  const pkg = {
    name: 'cdktf-elastic-cross-cluster',
    version: '1.2.3',
    license: 'Apache-2.0',
    main: 'lib/index.js',
    types: 'lib/index.d.ts',
    bin: { 'cdktf-elastic-cross-cluster': 'dist-provider/cli.js' },
    peerDependencies: { cdktf: '^0.21.0', constructs: '^10.4.2' },
  };

  test('renames the package, keeps its version and bin, and peers on cdktn 0.24 and its constructs range', () => {
    const out = cdktnPackageJson(pkg);
    expect(out).toMatchObject({
      name: CDKTN_PACKAGE_NAME,
      version: '1.2.3',
      main: 'lib/index.js',
      types: 'lib/index.d.ts',
      bin: { [CDKTN_PACKAGE_NAME]: 'dist-provider/cli.js' },
      peerDependencies: { cdktn: '^0.24.0', constructs: '>=10.6.0 <10.8.0' },
    });
    expect(out.peerDependencies).toBe(CDKTN_PEERS);
    expect(JSON.stringify(out)).not.toMatch(/"cdktf":/);
  });
});
