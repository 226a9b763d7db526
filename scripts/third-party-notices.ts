/**
 * The third-party notices of the eccx provider. Everything the provider runs is
 * bundled into `dist-provider/`, where `npm audit` and license scanners cannot see it, and the
 * licenses of those packages ask for their notices to travel with the code. This module finds the
 * packages esbuild puts into the bundles (from its metafile) and writes
 * `dist-provider/THIRD-PARTY-NOTICES.txt`: one line per package (name, version, license), then
 * each package's license text and NOTICE file as the package ships them.
 *
 * Called by scripts/build-provider.ts after bundling; usable alone:
 * `ts-node scripts/third-party-notices.ts` (writes the file for the provider's entry points).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(__dirname, '..');

/** The file written into the output directory, shipped in the npm package with the bundles. */
export const NOTICES_FILE_NAME = 'THIRD-PARTY-NOTICES.txt';

/** The entry points build-provider bundles: the provider executable and the install CLI. */
export const PROVIDER_ENTRIES = ['src/provider/main.ts', 'src/provider/cli.ts'];

export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  /** The SPDX expression of package.json's `license` (or the legacy `licenses` list), or `UNKNOWN`. */
  readonly license: string;
  /** The package's license file(s) and NOTICE file, as shipped; empty when it ships none. */
  readonly texts: ReadonlyArray<{ readonly file: string; readonly text: string }>;
}

/**
 * The package directory (`.../node_modules/name` or `.../node_modules/@scope/name`) holding a
 * file that esbuild read, or undefined for the project's own files.
 */
export function packageDirOf(input: string): string | undefined {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const length = parts[at + 1].startsWith('@') ? 3 : 2;
  return parts.slice(0, at + length).join('/');
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

function licenseOf(pkg: { license?: unknown; licenses?: unknown }): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof (pkg.license as { type?: unknown }).type === 'string') return (pkg.license as { type: string }).type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l: { type?: string }) => l.type ?? 'UNKNOWN').join(' OR ');
  return 'UNKNOWN';
}

/** The packages whose files are in a bundle, read from esbuild's metafile (paths relative to `cwd`). */
export function bundledPackages(metafile: esbuild.Metafile, cwd: string = ROOT): BundledPackage[] {
  const dirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(input.replace(/^[a-z-]+:/, '')); // drop a namespace prefix
    if (dir !== undefined) dirs.add(dir);
  }
  const byId = new Map<string, BundledPackage>();
  for (const dir of dirs) {
    const abs = path.resolve(cwd, dir);
    const pkg = JSON.parse(fs.readFileSync(path.join(abs, 'package.json'), 'utf8'));
    const id = `${pkg.name}@${pkg.version}`;
    if (byId.has(id)) continue;
    const texts = fs.readdirSync(abs).filter((f) => LICENSE_FILE.test(f) && fs.statSync(path.join(abs, f)).isFile()).sort()
      .map((file) => ({ file, text: fs.readFileSync(path.join(abs, file), 'utf8').trimEnd() }));
    byId.set(id, { name: pkg.name, version: pkg.version, license: licenseOf(pkg), texts });
  }
  return [...byId.values()].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
}

/** The line that lists a package in the notices file (what the test looks for). */
export function listingLine(p: Pick<BundledPackage, 'name' | 'version' | 'license'>): string {
  return `${p.name} ${p.version} (${p.license})`;
}

/** The text of the notices file for these packages. */
export function noticesText(packages: readonly BundledPackage[]): string {
  const rule = '='.repeat(78);
  const out = [
    'Third-party notices for dist-provider/ of cdktf-elastic-cross-cluster',
    '',
    'The eccx provider executable and its install CLI are single files bundled by esbuild. They',
    'contain code from the packages below (name, version, license), whose license texts and notices',
    'follow. Generated at build time from esbuild\'s metafile by scripts/third-party-notices.ts.',
    '',
    ...packages.map(listingLine),
  ];
  for (const p of packages) {
    out.push('', rule, listingLine(p), rule);
    if (p.texts.length === 0) out.push('', `(${p.name} ships no license file; its package.json declares ${p.license}.)`);
    for (const t of p.texts) out.push('', `--- ${t.file} ---`, '', t.text);
  }
  return `${out.join('\n')}\n`;
}

/**
 * esbuild's metafile for the entry points bundled as build-provider bundles them (Node, CommonJS,
 * ES module builds preferred), the lazily loaded Elasticsearch client included: nothing is written.
 */
export async function bundleMetafile(entries: readonly string[] = PROVIDER_ENTRIES): Promise<esbuild.Metafile> {
  const result = await esbuild.build({
    entryPoints: entries.map((e) => path.resolve(ROOT, e)),
    bundle: true,
    write: false,
    metafile: true,
    outdir: path.join(ROOT, 'dist-provider'),
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    external: ['eccx:descriptors'], // a virtual module of build-provider (the protocol descriptors)
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  return result.metafile;
}

/** Writes the notices file for the provider's bundles into `outDir`; returns the packages listed. */
export async function writeThirdPartyNotices(outDir: string, entries: readonly string[] = PROVIDER_ENTRIES): Promise<BundledPackage[]> {
  const packages = bundledPackages(await bundleMetafile(entries), ROOT);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, NOTICES_FILE_NAME), noticesText(packages));
  return packages;
}

if (require.main === module) {
  writeThirdPartyNotices(path.join(ROOT, 'dist-provider')).then((packages) => {
    process.stderr.write(`${NOTICES_FILE_NAME}: ${packages.length} packages\n`);
  }, (err: unknown) => {
    process.stderr.write(`third-party-notices: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
