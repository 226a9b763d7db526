import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DESCRIPTORS, REPO_ROOT } from './support/plugin-env';
import { bundleProvider, providerVersion } from '../../scripts/build-provider';
import { cliConfig, installProvider } from '../../src/provider/install';
import { PROVIDER_SOURCE } from '../../src/provider/provider';

// Terraform 1.11 against the real provider process: init from a filesystem mirror or the implied
// local mirror, plan, apply, an empty second plan, update, drift, replace, import, a failing apply,
// destroy; and a null list element in the real provider's resources, which Terraform passes through.
// The fixture resource (test/provider/fixtures) keeps its object in a local file.
jest.setTimeout(240_000);

interface Run { code: number; stdout: string; stderr: string }

function terraform(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('terraform', args, { cwd, env, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function expectOk(r: Run): void {
  if (r.code !== 0) throw new Error(`terraform failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
}

const version = providerVersion();
let work: string;

beforeAll(() => {
  if (!fs.existsSync(DESCRIPTORS)) throw new Error('build the provider first: npx projen provider:build');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-tf-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function baseEnv(home: string, cliConfigFile: string): NodeJS.ProcessEnv {
  // only what Terraform needs: no TF_LOG, no plugin cache, our own CLI configuration
  return { PATH: process.env.PATH, HOME: home, TF_CLI_CONFIG_FILE: cliConfigFile, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
}

test('full lifecycle through Terraform with the fixture resource, installed in a filesystem mirror', async () => {
  const fixture = path.join(work, 'fixture-bundle', 'terraform-provider-eccx');
  await bundleProvider({
    entry: path.join(REPO_ROOT, 'test/provider/fixtures/provider-entry.ts'),
    outfile: fixture,
    descriptors: JSON.parse(fs.readFileSync(DESCRIPTORS, 'utf8')),
    version,
  });
  const mirror = path.join(work, 'mirror');
  installProvider({ executable: fixture, version, source: PROVIDER_SOURCE, mirror });
  const rc = path.join(work, 'terraformrc');
  fs.writeFileSync(rc, cliConfig(mirror, PROVIDER_SOURCE));
  const home = path.join(work, 'home1');
  fs.mkdirSync(home);
  const env = baseEnv(home, rc);

  const dir = path.join(work, 'config');
  const data = path.join(work, 'data');
  fs.mkdirSync(dir);
  const writeConfig = (file: string, content: string): void => fs.writeFileSync(path.join(dir, 'main.tf'), `
terraform {
  required_providers {
    eccx = {
      source  = "cdktf-elastic-cross-cluster/eccx"
      version = "${version}"
    }
  }
}
provider "eccx" {
  endpoints = ["http://127.0.0.1:9"]
}
resource "eccx_test_es_client" "probe" {}
output "client_ready" { value = eccx_test_es_client.probe.client_ready }
resource "eccx_test_file" "a" {
  path    = ${JSON.stringify(path.join(data, file))}
  content = ${JSON.stringify(content)}
  tags    = ["y", "x"]
}
output "size" { value = eccx_test_file.a.size }
`);
  const tf = (...args: string[]): Promise<Run> => terraform(dir, env, ...args);

  writeConfig('a.txt', 'hello');
  const init = await tf('init', '-input=false', '-no-color');
  expectOk(init);
  const lock = fs.readFileSync(path.join(dir, '.terraform.lock.hcl'), 'utf8');
  expect(lock).toContain('provider "registry.terraform.io/cdktf-elastic-cross-cluster/eccx"');
  expect(lock).toMatch(/"h1:[A-Za-z0-9+/=]+"/);

  const apply = await tf('apply', '-auto-approve', '-input=false', '-no-color');
  expectOk(apply);
  expect(apply.stdout).toContain('2 added, 0 changed, 0 destroyed');
  expect(apply.stdout).toContain('size = 5');
  // the Elasticsearch client, embedded for loading on first use, loads inside the executable
  expect(apply.stdout).toContain('client_ready = true');
  expect(fs.readFileSync(path.join(data, 'a.txt'), 'utf8')).toBe('hello');

  // second plan is empty
  const again = await tf('plan', '-detailed-exitcode', '-input=false', '-no-color');
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('No changes.');

  // update in place
  writeConfig('a.txt', 'hello, world');
  const update = await tf('apply', '-auto-approve', '-input=false', '-no-color');
  expectOk(update);
  expect(update.stdout).toContain('will be updated in-place');
  expect(update.stdout).toContain('0 added, 1 changed, 0 destroyed');
  expect(fs.readFileSync(path.join(data, 'a.txt'), 'utf8')).toBe('hello, world');

  // drift: the object disappears outside Terraform, so the next plan creates it again
  fs.rmSync(path.join(data, 'a.txt'));
  const drift = await tf('plan', '-detailed-exitcode', '-input=false', '-no-color');
  expect(drift.code).toBe(2);
  expect(drift.stdout).toContain('will be created');

  // replacement on a requiresReplace attribute, which also recreates the missing file
  writeConfig('b.txt', 'hello, world');
  const replace = await tf('apply', '-auto-approve', '-input=false', '-no-color');
  expectOk(replace);
  expect(fs.readFileSync(path.join(data, 'b.txt'), 'utf8')).toBe('hello, world');

  // a failing apply is Terraform's error message, not a crashed plugin; a corrected run converges
  writeConfig('b.txt', 'FAIL');
  const failed = await tf('apply', '-auto-approve', '-input=false', '-no-color');
  expect(failed.code).toBe(1);
  expect(failed.stderr).toContain('Error updating eccx_test_file');
  expect(failed.stderr).toContain('the fixture was told to fail');
  expect(failed.stderr).not.toMatch(/plugin (crashed|exited)/i);
  writeConfig('b.txt', 'hello, world');
  expect((await tf('plan', '-detailed-exitcode', '-input=false', '-no-color')).code).toBe(0);

  // import
  expectOk(await tf('state', 'rm', 'eccx_test_file.a'));
  const imported = await tf('import', '-input=false', '-no-color', 'eccx_test_file.a', path.join(data, 'b.txt'));
  expectOk(imported);
  expect(imported.stdout).toContain('Import successful');
  const afterImport = await tf('plan', '-detailed-exitcode', '-input=false', '-no-color');
  expect(afterImport.code).toBe(2); // tags are not on disk, so only they differ
  expect(afterImport.stdout).toContain('update in-place');
  expect(afterImport.stdout).toMatch(/\+ tags\s+= \[/);

  const destroy = await tf('destroy', '-auto-approve', '-input=false', '-no-color');
  expectOk(destroy);
  expect(destroy.stdout).toContain('2 destroyed');
  expect(fs.existsSync(path.join(data, 'b.txt'))).toBe(false);
});

/**
 * A fresh HOME whose implied local mirror `provider install` filled (`install` is its run), with an
 * empty CLI configuration, and a directory whose main.tf requires the provider, plus `resources`.
 */
async function impliedMirror(name: string, resources = ''): Promise<{ env: NodeJS.ProcessEnv; install: Run; home: string; dir: string }> {
  const home = path.join(work, `home-${name}`);
  fs.mkdirSync(home);
  const emptyRc = path.join(work, `${name}.tfrc`);
  fs.writeFileSync(emptyRc, '');
  const env = baseEnv(home, emptyRc);
  const install = await new Promise<Run>((resolve) => execFile(process.execPath, [path.join(REPO_ROOT, 'dist-provider/cli.js'), 'provider', 'install'],
    { env }, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr })));
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'main.tf'), `
terraform {
  required_providers {
    eccx = {
      source  = "cdktf-elastic-cross-cluster/eccx"
      version = "${version}"
    }
  }
}
provider "eccx" {
  endpoints = ["https://localhost:9200"]
}
${resources}`);
  return { env, install, home, dir };
}

test('`provider install` puts the packaged provider in the implied local mirror; Terraform finds it without configuration', async () => {
  const { env, install: out, home, dir } = await impliedMirror('implied');
  expectOk(out);
  const installed = path.join(home, '.terraform.d/plugins/registry.terraform.io/cdktf-elastic-cross-cluster/eccx', version);
  expect(out.stdout).toContain('implied local mirror');
  expect(fs.readdirSync(installed)).toEqual([expect.stringMatching(/^[a-z]+_[a-z0-9]+$/)]);

  expectOk(await terraform(dir, env, 'init', '-input=false', '-no-color'));
  const schema = await terraform(dir, env, 'providers', 'schema', '-json');
  expectOk(schema);
  const parsed = JSON.parse(schema.stdout);
  const provider = parsed.provider_schemas['registry.terraform.io/cdktf-elastic-cross-cluster/eccx'].provider.block;
  expect(provider.attributes.password).toMatchObject({ sensitive: true, optional: true });
  expect(provider.attributes.endpoints.type).toEqual(['list', 'string']);
  const validate = await terraform(dir, env, 'validate', '-no-color');
  expectOk(validate);
});

test('Terraform passes a null element of a list nested attribute to the provider, whose validation reports it at its index', async () => {
  const { env, install, dir } = await impliedMirror('null-elements', `
resource "eccx_cross_cluster_api_key" "k" {
  name   = "k"
  access = { search = [null, { names = ["logs-*"] }] }
}
resource "eccx_security_role" "r" {
  name    = "r"
  indices = [null, { names = [""], privileges = ["read"] }]
}
`);
  expectOk(install);
  expectOk(await terraform(dir, env, 'init', '-input=false', '-no-color'));
  const validate = await terraform(dir, env, 'validate', '-no-color');
  expect(validate.code).toBe(1);
  expect(validate.stderr).toContain('Error: Invalid access.search[0]');
  expect(validate.stderr).toContain('Error: Invalid indices[0]');
  expect(validate.stderr).toMatch(/indices\[0\]: must be an object, not null/);
  // the role's entry after the null keeps its index
  expect(validate.stderr).toContain('Error: Invalid indices[1].names[0]');
});
