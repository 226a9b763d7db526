// The Python package as users get it: the wheel that jsii-pacmak builds, installed into a fresh
// virtual environment with cdktf and constructs from PyPI, running the README's usage stack.
//
// Needs python3 (>= 3.9, with venv and pip) and PyPI (or a mirror pip is configured for). pip keeps
// its downloads in its own cache (the machine's default), so reruns do not download them again.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { JSII_QUIET_ENV, pacmak, REPO_ROOT, run, runOk } from './language-build';
import { readmeSnippet } from './readme-snippets';
import { expectSameBadInputFailure, expectSameUsageStack, readUsageStack, resourceAddresses } from './synth-output';
import { BAD_EXPIRATION } from './usage-stack';

const PYTHON = process.env.PYTHON ?? 'python3';
const APP = join(__dirname, 'python-app', 'usage_app.py');

// the versions the TypeScript side is built and tested with, and the package's own
const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};
// exact versions: the peer dependencies are ranges (cdktf ^0.21.0, constructs ^10.4.2)
const CDKTF_VERSION = packageJson.devDependencies.cdktf;
const CONSTRUCTS_VERSION = packageJson.devDependencies.constructs;

describe('Python package', () => {
  let work: string;
  let python: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'eccx-python-'));
    const dist = await pacmak('python');
    const wheel = readdirSync(dist).find((file) => file.endsWith('.whl'));
    if (!wheel) throw new Error(`jsii-pacmak --target python wrote no wheel into ${dist}: ${readdirSync(dist).join(', ')}`);
    await runOk(PYTHON, ['-m', 'venv', join(work, 'venv')], work);
    python = join(work, 'venv', 'bin', 'python');
    await runOk(python, ['-m', 'pip', 'install', '--quiet', join(dist, wheel), `cdktf==${CDKTF_VERSION}`, `constructs==${CONSTRUCTS_VERSION}`], work);
  }, 20 * 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the wheel installs beside cdktf and constructs from PyPI', async () => {
    const { stdout } = await runOk(python, ['-m', 'pip', 'list', '--format=json'], work);
    const installed = JSON.parse(stdout) as Array<{ name: string; version: string }>;
    const versions = Object.fromEntries(installed.map((p) => [p.name.toLowerCase(), p.version]));
    expect(versions).toMatchObject({
      'cdktf': CDKTF_VERSION,
      'constructs': CONSTRUCTS_VERSION,
      'cdktf-elastic-cross-cluster': packageJson.version,
    });
  });

  test('the usage app synthesizes the same Terraform JSON as the TypeScript app, apart from paths', async () => {
    await runOk(python, [APP, join(work, 'out')], work, JSII_QUIET_ENV);
    const fromPython = readUsageStack(join(work, 'out'), work);
    expectSameUsageStack(fromPython, join(work, 'ts-out'));
  });

  test('a bad expiration fails synth with the TypeScript message, construct path included', async () => {
    const result = await run(python, [APP, join(work, 'bad-out'), BAD_EXPIRATION], work, JSII_QUIET_ENV);
    expectSameBadInputFailure(result, join(work, 'ts-bad-out'));
  });

  test('the README\'s Python code synthesizes its two keys as pasted', async () => {
    const dir = join(work, 'readme');
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.py'), readmeSnippet('python'));
    await runOk(python, ['main.py'], dir, JSII_QUIET_ENV);
    expect(resourceAddresses(readUsageStack(join(dir, 'cdktf.out'), dir))).toEqual([
      'elasticstack_elasticsearch_security_api_key.Filtered_186C0D0A',
      'elasticstack_elasticsearch_security_api_key.Key_961B73FD',
    ]);
  });
});
