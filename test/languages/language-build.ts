// The jsii build that the language tests share: one jsii compile and one jsii-pacmak run per target,
// done once however many test files (jest workers) ask for them, and redone only when the package's
// sources change.
//
// The build happens in a copy of the package under the system temp directory (never in the
// repository, so lib/, .jsii and dist/ of the checkout are left alone), in a folder named by a hash
// of everything the build reads. A lock directory per step makes concurrent callers wait for the
// first one; a `.done` stamp marks a finished step.
import { execFile } from 'child_process';
import { createHash } from 'crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';

/** The repository root (this file is test/languages/language-build.ts). */
export const REPO_ROOT = join(__dirname, '..', '..');

/**
 * What the jsii build reads: copied into the build folder and hashed for its name. README.md is left
 * out (the packages then carry no long description), so that editing the docs does not rebuild.
 */
const BUILD_INPUTS = ['package.json', 'tsconfig.json', '.npmignore', 'LICENSE', 'src'];

/** Result of one child process run to completion. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `command args` in `cwd` and resolves with its exit code and output (never rejects on a
 * non-zero exit; callers decide). `env` is added to this process's environment.
 */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        // not started (e.g. ENOENT: the tool is not installed) or killed by a signal
        reject(new Error(`${command} ${args.join(' ')} in ${cwd} did not run to completion: ${error.message}`));
        return;
      }
      resolve({ code: error ? Number(error.code) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Like `run`, but throws with the command, exit code and the end of its output unless it exits 0. */
export async function runOk(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${result.code}:\n${tail}`);
  }
  return result;
}

/**
 * Environment for processes that start the jsii runtime (pacmak, Python and Go apps): keeps the
 * runtime's "Node.js version end of life" banner out of their output, which the tests compare.
 */
export const JSII_QUIET_ENV: NodeJS.ProcessEnv = {
  JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: process.versions.node.split('.')[0],
  JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1',
  JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION: '1',
};

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((entry) => filesUnder(join(path, entry)));
}

function toolVersion(name: string): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Hash of the build inputs, the lock file (the exact cdktf and constructs installed) and the jsii and jsii-pacmak versions. */
function buildHash(): string {
  const hash = createHash('sha256');
  hash.update(`jsii ${toolVersion('jsii')} jsii-pacmak ${toolVersion('jsii-pacmak')}\n`);
  for (const input of [...BUILD_INPUTS, 'package-lock.json']) {
    for (const file of filesUnder(join(REPO_ROOT, input))) {
      hash.update(`${relative(REPO_ROOT, file)}\n`);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

let root: string | undefined;

/** The build folder of the current sources: `<tmp>/cdktf-elastic-cross-cluster-languages/<hash>`. */
export function buildRoot(): string {
  root ??= join(tmpdir(), 'cdktf-elastic-cross-cluster-languages', buildHash());
  return root;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `build` once for `step` across processes: later callers wait for the first and reuse its result. */
async function once(step: string, build: () => Promise<void>): Promise<void> {
  mkdirSync(buildRoot(), { recursive: true });
  const done = join(buildRoot(), `${step}.done`);
  const lock = join(buildRoot(), `${step}.lock`);
  for (;;) {
    if (existsSync(done)) return;
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // a lock whose owner died (a killed jest run) is taken over
      const pidFile = join(lock, 'pid');
      if (existsSync(pidFile) && !isRunning(Number(readFileSync(pidFile, 'utf8')))) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (!existsSync(done)) {
      await build();
      writeFileSync(done, new Date().toISOString());
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Package folder (a copy of the build inputs) whose lib/ and .jsii the jsii compiler wrote. */
export async function jsiiPackage(): Promise<string> {
  const pkg = join(buildRoot(), 'package');
  await once('jsii', async () => {
    rmSync(pkg, { recursive: true, force: true });
    mkdirSync(pkg, { recursive: true });
    for (const input of BUILD_INPUTS) cpSync(join(REPO_ROOT, input), join(pkg, input), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    await runOk(join(REPO_ROOT, 'node_modules', '.bin', 'jsii'), ['--silence-warnings=reserved-word'], pkg);
  });
  return pkg;
}

/**
 * Runs jsii-pacmak for one target into `<build root>/dist` and returns `<build root>/dist/<target>`.
 * `env` is added to pacmak's environment (the Go target's module settings).
 */
export async function pacmak(target: 'python' | 'go' | 'java', extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const pkg = await jsiiPackage();
  const dist = join(buildRoot(), 'dist');
  await once(`pacmak-${target}`, async () => {
    rmSync(join(dist, target), { recursive: true, force: true });
    await runOk(join(REPO_ROOT, 'node_modules', '.bin', 'jsii-pacmak'), ['--target', target, '--outdir', dist, ...extraArgs], pkg, {
      ...JSII_QUIET_ENV,
      ...env,
    });
  });
  return join(dist, target);
}
