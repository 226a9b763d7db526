/**
 * Builds `cdktn-elastic-cross-cluster`, the same constructs compiled against CDK Terrain (cdktn
 * 0.24) instead of cdktf 0.21, and packs it into dist/js/ (`npm run tarball:cdktn`).
 *
 * Why a second package: the library's public API exposes framework types (`TerraformStack`,
 * `TerraformProvider`, the generated resources extend `TerraformResource`), and cdktn 0.24 stacks
 * cannot synthesize cdktf 0.21 elements. One package whose peer range admitted both frameworks would
 * still import one of them by name, so a cdktn app would need npm `overrides` to make `cdktf`
 * resolve to cdktn. A package built against cdktn imports `cdktn` and installs with plain
 * `npm install`.
 *
 * Steps, in dist/cdktn/ (ignored build output, inside the repository so that jsii finds cdktn,
 * constructs and the type packages in the repository's node_modules):
 * 1. copy src/ without src/provider/ (the eccx provider is bundled separately, not compiled by jsii);
 * 2. rewrite every module specifier `'cdktf'` to `'cdktn'` (imports, `import type`, `require`),
 *    in the constructs and in the generated bindings; nothing else in the code changes;
 * 3. write package.json: this package's fields, renamed, with the peers cdktn 0.24 and constructs
 *    `>=10.6.0 <10.8.0` (what cdktn 0.24 itself declares) and the same `provider install` bin;
 * 4. copy tsconfig.json, README.md, LICENSE and the built eccx bundle (dist-provider/, from
 *    `npx projen provider:build`), run jsii, then `npm pack --pack-destination dist/js`.
 *
 * Prints the tarball's path as its last line.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'dist', 'cdktn');
const OUT = path.join(ROOT, 'dist', 'js');

/** The cdktn package's name. */
export const CDKTN_PACKAGE_NAME = 'cdktn-elastic-cross-cluster';

/** Peer dependencies of the cdktn package: cdktn 0.24 and the constructs range cdktn 0.24 declares. */
export const CDKTN_PEERS = { cdktn: '^0.24.0', constructs: '>=10.6.0 <10.8.0' };

/**
 * `source` with every module specifier `'cdktf'` / `"cdktf"` (in `from`, `import(...)`,
 * `require(...)`) replaced by `'cdktn'`. Subpaths such as `'cdktf/lib/...'` are not used by the
 * sources and are left alone, so that a new one shows up as a compile error rather than a silent
 * mix of frameworks.
 */
export function toCdktnImports(source: string): string {
  return source.replace(/(\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)(['"])cdktf\2/gm, '$1$2cdktn$2');
}

function copySources(from: string, to: string): number {
  let rewritten = 0;
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      rewritten += copySources(src, dst);
    } else if (entry.name.endsWith('.ts')) {
      const text = fs.readFileSync(src, 'utf8');
      const out = toCdktnImports(text);
      if (out !== text) rewritten++;
      fs.writeFileSync(dst, out);
    } else {
      fs.copyFileSync(src, dst);
    }
  }
  return rewritten;
}

/** package.json of the cdktn package, from this repository's. */
export function cdktnPackageJson(pkg: Record<string, any>): Record<string, any> {
  return {
    name: CDKTN_PACKAGE_NAME,
    version: pkg.version,
    description: 'Typed CDK Terrain (cdktn) constructs for Elasticsearch cross-cluster API keys, validated at synth time. ' +
      `The same constructs as ${pkg.name}, built against cdktn instead of cdktf.`,
    repository: pkg.repository,
    author: pkg.author,
    license: pkg.license,
    keywords: pkg.keywords,
    engines: pkg.engines,
    main: pkg.main,
    types: pkg.types,
    // the same `provider install` command, under this package's name
    bin: { [CDKTN_PACKAGE_NAME]: Object.values<string>(pkg.bin)[0] },
    files: ['lib/**/*.js', 'lib/**/*.d.ts', '.jsii', 'dist-provider/'],
    dependencies: pkg.dependencies,
    peerDependencies: CDKTN_PEERS,
    stability: pkg.stability,
    publishConfig: pkg.publishConfig,
    // JavaScript/TypeScript only: the other languages are published from the cdktf package
    jsii: { outdir: 'dist', targets: {}, tsconfig: 'tsconfig.json', validateTsconfig: 'strict' },
  };
}

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) {
    throw new Error(`\`${cmd} ${args.join(' ')}\` in ${cwd} failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  }
  return r.stdout;
}

/** Builds and packs the cdktn package; returns the tarball's path. */
export function buildCdktnPackage(): string {
  const provider = path.join(ROOT, 'dist-provider', 'terraform-provider-eccx');
  if (!fs.existsSync(provider)) throw new Error(`no eccx bundle at ${provider}: run \`npx projen provider:build\` first`);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  fs.rmSync(BUILD, { recursive: true, force: true });
  fs.mkdirSync(BUILD, { recursive: true });
  const rewritten = copySources(path.join(ROOT, 'src'), path.join(BUILD, 'src'));
  fs.rmSync(path.join(BUILD, 'src', 'provider'), { recursive: true, force: true });
  if (rewritten === 0) throw new Error('no source imports cdktf: the rewrite found nothing to do, check toCdktnImports');
  for (const f of ['tsconfig.json', 'README.md', 'LICENSE']) fs.copyFileSync(path.join(ROOT, f), path.join(BUILD, f));
  fs.cpSync(path.join(ROOT, 'dist-provider'), path.join(BUILD, 'dist-provider'), { recursive: true });
  fs.writeFileSync(path.join(BUILD, 'package.json'), JSON.stringify(cdktnPackageJson(pkg), null, 2) + '\n');

  run(path.join(ROOT, 'node_modules', '.bin', 'jsii'), ['--silence-warnings=reserved-word'], BUILD);
  fs.mkdirSync(OUT, { recursive: true });
  const tgz = path.join(OUT, `${CDKTN_PACKAGE_NAME}-${pkg.version}.tgz`);
  fs.rmSync(tgz, { force: true });
  run('npm', ['pack', '--pack-destination', OUT], BUILD);
  if (!fs.existsSync(tgz)) throw new Error(`npm pack wrote no ${tgz}`);
  return tgz;
}

if (require.main === module) {
  const started = Date.now();
  const tgz = buildCdktnPackage();
  process.stdout.write(`built in ${((Date.now() - started) / 1000).toFixed(1)} s\n${tgz}\n`);
}
