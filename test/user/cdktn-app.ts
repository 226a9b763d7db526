/**
 * A fresh CDK Terrain app, made the way `cdktn init --template=typescript` (cdktn-cli 0.24) makes
 * one, with the cdktn package's tarball installed by plain `npm install`: no `overrides`, no
 * `--legacy-peer-deps`.
 *
 * The template's post-install hook runs `npm install cdktn@<cli version> "constructs@>=10.6.0
 * <10.8.0"`, then `npm install -D @types/node typescript@5.x jest @types/jest ts-jest ts-node`.
 * Here these are one `npm install` (with the tarball and cdktn-cli itself, which users install
 * globally or into the app); the development tools take the versions this repository has installed,
 * so that npm's cache serves them. The template's files are then copied from the installed
 * cdktn-cli, and its package.json gets the installed dependencies, as the hook leaves it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { installedVersion, run, writeTemplate } from './packed-app';
import { CDKTN_PACKAGE_NAME, toCdktnImports } from '../../scripts/cdktn-package';

/** The cdktn and cdktn-cli version the app is made with. */
export const CDKTN_VERSION = '0.24.0';

/** Creates the app in a temporary directory and returns its directory. */
export function createCdktnApp(tgz: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccx-cdktn-app-'));
  const pkgFile = path.join(dir, 'package.json');
  const dependencies = {
    cdktn: `^${CDKTN_VERSION}`,
    constructs: '>=10.6.0 <10.8.0',
    [CDKTN_PACKAGE_NAME]: `file:${tgz}`,
  };
  const devDependencies = {
    ...Object.fromEntries(['@types/node', 'typescript', 'jest', '@types/jest', 'ts-jest', 'ts-node'].map((p) => [p, `^${installedVersion(p)}`])),
    'cdktn-cli': CDKTN_VERSION,
  };
  fs.writeFileSync(pkgFile, JSON.stringify({ name: 'cdktn-app', version: '1.0.0', private: true, dependencies, devDependencies }, null, 2));
  const env = { ...process.env, npm_config_legacy_peer_deps: 'false', npm_config_force: 'false' };
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir, env);

  writeTemplate(dir, 'cdktn-app', path.join(dir, 'node_modules', 'cdktn-cli', 'bundle', 'templates', 'typescript'));
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  fs.writeFileSync(pkgFile, JSON.stringify({ ...pkg, dependencies, devDependencies }, null, 2));
  return dir;
}

/**
 * A README TypeScript block as a CDK Terrain user pastes it, following the README's "CDK Terrain"
 * subsection: `'cdktf'` imports become `'cdktn'`, and the package is `cdktn-elastic-cross-cluster`.
 */
export function asCdktnCode(readmeCode: string): string {
  return toCdktnImports(readmeCode).replace(/(['"])cdktf-elastic-cross-cluster\1/g, `$1${CDKTN_PACKAGE_NAME}$1`);
}

/** cdktn-cli 0.24's `engines.node`: on older Node it stops at start (see cdktn-package.test.ts). */
export const CDKTN_CLI_NODE = [22, 19, 0];

/** Whether `version` (e.g. process.versions.node) is at least `min`. */
export function nodeAtLeast(version: string, min: readonly number[]): boolean {
  const v = version.split('.').map(Number);
  for (let i = 0; i < min.length; i++) if (v[i] !== min[i]) return v[i] > min[i];
  return true;
}

/** The Node.js 22 release fetched when the test runs on an older Node. */
const NODE22 = '22.22.2';

/**
 * The directory of a `node` that runs cdktn-cli 0.24: this process's own when it is new enough, else
 * Node.js 22 from the npm package `node-<os>-<arch>` (the official binary, as the `node` package
 * installs it), installed with npm into a temporary directory `dir`. Undefined where npm has no such
 * package for this platform.
 */
export function nodeForCdktnCli(dir: string): string | undefined {
  if (nodeAtLeast(process.versions.node, CDKTN_CLI_NODE)) return path.dirname(process.execPath);
  const pkg = `node-${process.platform}-${process.arch}`;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'node22', version: '1.0.0', private: true }));
  try {
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `${pkg}@${NODE22}`], dir);
  } catch {
    return undefined;
  }
  return path.join(dir, 'node_modules', pkg, 'bin');
}
