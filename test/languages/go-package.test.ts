// The Go module as users get it: the code jsii-pacmak generates, used through a local `replace` by a
// Go program (go-app/main.go) that builds the README's usage stack, with cdktf-go, constructs-go and
// jsii-runtime-go from the Go module proxy.
//
// Needs go (>= 1.25) and a Go module proxy. Downloads stay in the machine's module cache
// (GOMODCACHE) and compiled packages in its build cache, so reruns do not repeat them.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { JSII_QUIET_ENV, pacmak, run, runOk } from './language-build';
import { readmeSnippet } from './readme-snippets';
import { expectSameBadInputFailure, expectSameUsageStack, readUsageStack, resourceAddresses } from './synth-output';
import { BAD_EXPIRATION } from './usage-stack';

const CONSTRUCTS_GO = 'github.com/aws/constructs-go/constructs/v10';

// No checksum-database settings (GONOSUMDB, GOFLAGS=-mod=mod) are needed, measured with an empty
// module cache: `go` reaches the checksum database through the module proxy, which answers for every
// module version it serves. The "verifying go.mod: ... sumdb ... 404" that broke
// `npx projen package:go` here concerns constructs-go v10.7.0, which the proxy serves neither as a
// zip nor as a checksum; the constructs-go replacement below avoids that version.

/** The module path and constructs-go version in the go.mod that jsii-pacmak generated. */
function generatedModule(moduleDir: string): { path: string; constructsVersion: string } {
  const goMod = readFileSync(join(moduleDir, 'go.mod'), 'utf8');
  const path = /^module (\S+)/m.exec(goMod)?.[1];
  const constructsVersion = new RegExp(`^\\s*${CONSTRUCTS_GO.replace(/\./g, '\\.')} (v\\S+)`, 'm').exec(goMod)?.[1];
  if (!path || !constructsVersion) throw new Error(`no module path or ${CONSTRUCTS_GO} requirement in ${moduleDir}/go.mod:\n${goMod}`);
  return { path, constructsVersion };
}

describe('Go module', () => {
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'eccx-go-'));
    // --code-only: pacmak's own build step runs `go mod tidy` on the generated module as it is, which
    // needs constructs-go at the pinned version; the program below compiles the generated code anyway.
    const moduleDir = join(await pacmak('go', ['--code-only']), 'cdktfelasticcrosscluster');
    const generated = generatedModule(moduleDir);

    copyFileSync(join(__dirname, 'go-app', 'main.go'), join(work, 'main.go'));
    writeFileSync(join(work, 'go.mod'), [
      'module example.com/usage',
      '',
      'go 1.25',
      '',
      `require ${generated.path} v0.0.0`,
      '',
      `replace ${generated.path} => ${moduleDir}`,
      '',
    ].join('\n'));

    // The proxy our CI machines use serves constructs-go only at some versions (10.8.1 but not 10.7.0,
    // the version this package pins). Where the pinned one is missing, the program uses the newest
    // one served; cdktf-go 0.21 accepts any constructs 10.x from 10.4.2.
    const probe = await run('go', ['mod', 'download', '-json', `${CONSTRUCTS_GO}@${generated.constructsVersion}`], work);
    if (probe.code !== 0) {
      const latest = JSON.parse((await runOk('go', ['list', '-m', '-json', `${CONSTRUCTS_GO}@latest`], work)).stdout) as { Version: string };
      console.warn(`${CONSTRUCTS_GO}@${generated.constructsVersion} is not served by the Go module proxy here; using ${latest.Version}`);
      await runOk('go', ['mod', 'edit', `-replace=${CONSTRUCTS_GO}=${CONSTRUCTS_GO}@${latest.Version}`], work);
    }
    await runOk('go', ['mod', 'tidy'], work);
    await runOk('go', ['build', '-o', 'usage', '.'], work);
  }, 20 * 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the usage program synthesizes the same Terraform JSON as the TypeScript app, apart from paths', async () => {
    await runOk(join(work, 'usage'), [join(work, 'out')], work, JSII_QUIET_ENV);
    const fromGo = readUsageStack(join(work, 'out'), work);
    expectSameUsageStack(fromGo, join(work, 'ts-out'));
  });

  test('a bad expiration fails synth with the TypeScript message, construct path included', async () => {
    const result = await run(join(work, 'usage'), [join(work, 'bad-out'), BAD_EXPIRATION], work, JSII_QUIET_ENV);
    expectSameBadInputFailure(result, join(work, 'ts-bad-out'));
  });

  test('the README\'s Go code synthesizes its key as pasted', async () => {
    // a second program in the same module setup (go.mod and go.sum of the usage program)
    const dir = join(work, 'readme');
    mkdirSync(dir);
    for (const file of ['go.mod', 'go.sum']) copyFileSync(join(work, file), join(dir, file));
    writeFileSync(join(dir, 'main.go'), readmeSnippet('go'));
    await runOk('go', ['build', '-o', 'readme', '.'], dir);
    await runOk(join(dir, 'readme'), [], dir, JSII_QUIET_ENV);
    expect(resourceAddresses(readUsageStack(join(dir, 'cdktf.out'), dir))).toEqual(['elasticstack_elasticsearch_security_api_key.Key_961B73FD']);
  });
});
