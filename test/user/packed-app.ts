/**
 * The package as users get it: the tarball `npm run tarball` builds, installed with plain
 * `npm install` into a fresh app made from cdktf-cli 0.21's own `typescript` template (its
 * package.json, tsconfig.json, cdktf.json, jest.config.js and setup.js, with the dependencies
 * `cdktf init --template=typescript` installs: cdktf 0.21, constructs ^10.8.1, typescript, ts-node,
 * jest, ts-jest). The development dependencies take the versions this repository has installed, so
 * that npm's cache serves them.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TEMPLATE = path.join(REPO_ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'templates', 'typescript');
const PACKAGE_NAME = 'cdktf-elastic-cross-cluster';

/** Output of a finished command. */
export interface Ran {
  readonly status: number | null;
  readonly output: string;
}

/** Runs a command; throws with its last output lines unless it exits with 0. */
export function run(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 600_000): Ran {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  if (r.error || r.status !== 0) {
    const tail = output.trim().split('\n').slice(-40).join('\n');
    throw new Error(`\`${cmd} ${args.join(' ')}\` in ${cwd} failed (${r.error?.message ?? `exit ${r.status}`}):\n${tail}`);
  }
  return { status: r.status, output };
}

/**
 * Builds the tarball and returns its path: `npm run tarball` (the documented command) when the eccx
 * bundle is missing; when `npm test`'s first step has just built it, only that task's jsii and
 * `npm pack` steps, because rebuilding the bundle in place would pull it from under the deploy
 * tests that other jest workers run at the same time.
 */
export function buildTarball(): string {
  const version = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
  const tgz = path.join(REPO_ROOT, 'dist', 'js', `${PACKAGE_NAME}-${version}.tgz`);
  fs.rmSync(tgz, { force: true });
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist-provider', 'terraform-provider-eccx'))) {
    run('npm', ['run', 'tarball'], REPO_ROOT);
  } else {
    run('npx', ['projen', 'compile'], REPO_ROOT);
    fs.mkdirSync(path.dirname(tgz), { recursive: true });
    run('npm', ['pack', '--pack-destination', path.dirname(tgz)], REPO_ROOT);
  }
  if (!fs.existsSync(tgz)) throw new Error(`the tarball build wrote no ${tgz}`);
  return tgz;
}

/** The files of a tarball, without npm's `package/` prefix. */
export function tarballFiles(tgz: string): string[] {
  return run('tar', ['tzf', tgz], REPO_ROOT).output.split('\n')
    .filter((l) => l.startsWith('package/') && !l.endsWith('/'))
    .map((l) => l.slice('package/'.length))
    .sort();
}

/** The version of `pkg` installed in this repository's node_modules. */
export function installedVersion(pkg: string): string {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

/** Writes a CLI's typescript template (cdktf-cli's unless `template` names another) into `dir`. */
export function writeTemplate(dir: string, name: string, template: string = TEMPLATE): void {
  const fill = (text: string) => text
    .replace(/\{\{ \$base \}\}/g, name)
    .replace(/\{\{projectId\}\}/g, '00000000-0000-4000-8000-000000000000')
    .replace(/\{\{sendCrashReports\}\}/g, 'false')
    .replace(/\{\{futureFlags\}\}/g, '');
  for (const file of ['package.json', 'tsconfig.json', 'cdktf.json', 'jest.config.js', 'setup.js']) {
    fs.writeFileSync(path.join(dir, file), fill(fs.readFileSync(path.join(template, file), 'utf8')));
  }
}

/**
 * A fresh app in a temporary directory with the tarball installed (`npm install`, no
 * `--legacy-peer-deps`). Returns its directory.
 */
export function createFreshApp(tgz: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccx-fresh-app-'));
  writeTemplate(dir, 'fresh-app');
  const pkgFile = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  // what the template's post-install hook asks npm for: `cdktf@<cli version> constructs@10`, then
  // the development tools; constructs 10's newest release is 10.8.1, outside the old exact peer pin
  pkg.dependencies = { cdktf: '^0.21.0', constructs: '^10.8.1', [PACKAGE_NAME]: `file:${tgz}` };
  pkg.devDependencies = Object.fromEntries(
    ['@types/node', 'typescript', 'jest', '@types/jest', 'ts-jest', 'ts-node'].map((p) => [p, `^${installedVersion(p)}`]),
  );
  fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
  const env = { ...process.env, npm_config_legacy_peer_deps: 'false', npm_config_force: 'false' };
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir, env);
  return dir;
}

/** The cdktf CLI users run (this repository's cdktf-cli 0.21; the template does not install one). */
export const CDKTF_CLI = path.join(REPO_ROOT, 'node_modules', '.bin', 'cdktf');

/**
 * The environment of a user's deploy against the test double at `doubleUrl`: HOME is `home` (where
 * Terraform's implied local mirror lives), no Terraform CLI configuration at all, and the double's
 * address and credentials in `ELASTICSEARCH_*`.
 */
export function deployEnv(home: string, doubleUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    TF_CLI_CONFIG_FILE: undefined,
    TF_PLUGIN_CACHE_DIR: undefined,
    CHECKPOINT_DISABLE: '1',
    CI: '1',
    ELASTICSEARCH_ENDPOINTS: doubleUrl,
    ELASTICSEARCH_USERNAME: 'elastic',
    ELASTICSEARCH_PASSWORD: 'changeme',
  };
}
