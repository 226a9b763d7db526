/**
 * The package as users get it: `npm run tarball` once, installed once into a fresh app
 * made from cdktf-cli's typescript template; every case below reuses that app. It runs what a user
 * runs: plain `npm install`, the README's TypeScript blocks and the examples as pasted (importing
 * `cdktf-elastic-cross-cluster`), `npx cdktf-elastic-cross-cluster provider install`, then plain
 * `cdktf deploy` / `cdktf destroy` with eccx against the Elasticsearch test double.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Client } from '@elastic/elasticsearch';
import { CDKTF_CLI, REPO_ROOT, buildTarball, createFreshApp, deployEnv, run, tarballFiles } from './packed-app';
import { eccxKeyBlock, typescriptBlocks } from './readme-blocks';
import { runCommand } from '../support/deploy-process';
import { ElasticsearchDouble } from '../support/es-double';

jest.setTimeout(900_000);

let tgz: string;
let app: string;

beforeAll(() => {
  tgz = buildTarball();
  app = createFreshApp(tgz);
}, 900_000);

afterAll(() => {
  if (app && process.env.KEEP_FRESH_APP !== '1') fs.rmSync(app, { recursive: true, force: true });
});

/** Runs a compiled program of the app with cdktf's output in its own directory; returns the stack names. */
function synthesize(jsFile: string): string[] {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccx-fresh-synth-'));
  try {
    run(process.execPath, [jsFile], app, { ...process.env, CDKTF_OUTDIR: outdir });
    return Object.keys(JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')).stacks);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

describe('the tarball', () => {
  test('holds what runs plus README, LICENSE, API.md, SECURITY.md and CHANGELOG.md, and nothing else', () => {
    const files = tarballFiles(tgz);
    const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^API\.md$/, /^SECURITY\.md$/, /^CHANGELOG\.md$/, /^\.jsii$/, /^lib\/.+\.(js|d\.ts)$/, /^dist-provider\/[^/]+$/];
    expect(files.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    // what package.json points at is in it: main, types, the bin, and the provider the bin installs
    expect(files).toEqual(expect.arrayContaining([
      pkg.main, pkg.types, ...Object.values<string>(pkg.bin), 'dist-provider/terraform-provider-eccx', '.jsii',
      'README.md', 'LICENSE', 'API.md', 'SECURITY.md', 'CHANGELOG.md', 'lib/generated/eccx/provider/index.js', 'lib/generated/elasticstack/provider/index.js',
    ]));
  });
});

describe('a fresh `cdktf init --template=typescript` app', () => {
  test('installs the tarball with plain npm install next to constructs 10.8', () => {
    const installed = (p: string) => JSON.parse(fs.readFileSync(path.join(app, 'node_modules', p, 'package.json'), 'utf8'));
    expect(installed('constructs').version).toMatch(/^10\.8\./);
    expect(installed('cdktf').version).toMatch(/^0\.21\./);
    // the prebuilt kubernetes and time providers serve optional features and are no dependency
    expect(installed('cdktf-elastic-cross-cluster').peerDependencies).toEqual({ cdktf: '^0.21.0', constructs: '^10.4.2' });
    expect(installed('cdktf-elastic-cross-cluster').dependencies).toBeUndefined();
  });

  test('compiles and synthesizes every TypeScript block of the README and every example, as pasted', () => {
    const blocks = typescriptBlocks(path.join(REPO_ROOT, 'README.md'));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const programs: string[] = [];
    fs.mkdirSync(path.join(app, 'readme'), { recursive: true });
    for (const b of blocks) {
      expect({ line: b.line, imports: b.code.match(/from '(\.[^']*)'/g) ?? [] }).toEqual({ line: b.line, imports: [] });
      const file = path.join('readme', `line-${b.line}${b.isTest ? '.test' : ''}.ts`);
      fs.writeFileSync(path.join(app, file), b.code);
      if (!b.isTest) programs.push(file);
    }
    const examples = fs.readdirSync(path.join(REPO_ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const d of examples) {
      fs.mkdirSync(path.join(app, 'examples', d.name), { recursive: true });
      for (const f of fs.readdirSync(path.join(REPO_ROOT, 'examples', d.name)).filter((n) => n.endsWith('.ts'))) {
        fs.copyFileSync(path.join(REPO_ROOT, 'examples', d.name, f), path.join(app, 'examples', d.name, f));
      }
      // the committed snapshots too: the packed package must synthesize what the repository does
      const snapshots = path.join(REPO_ROOT, 'examples', d.name, '__snapshots__');
      if (fs.existsSync(snapshots)) fs.cpSync(snapshots, path.join(app, 'examples', d.name, '__snapshots__'), { recursive: true });
      programs.push(path.join('examples', d.name, 'main.ts'));
    }
    // the template's `npm run compile`: tsc with its strict tsconfig over every .ts file of the app
    run('npm', ['run', 'compile'], app);
    for (const p of programs) {
      expect({ program: p, stacks: synthesize(p.replace(/\.ts$/, '.js')).length > 0 }).toEqual({ program: p, stacks: true });
    }
  });

  // Example and README tests (examples/**/*.test.ts, ```ts blocks with describe/test) run with the
  // template's jest configuration, importing the package by name; skipped while there are none.
  const exampleTests = fs.readdirSync(path.join(REPO_ROOT, 'examples'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts'));
  const readmeTests = typescriptBlocks(path.join(REPO_ROOT, 'README.md')).filter((b) => b.isTest);
  (exampleTests.length + readmeTests.length > 0 ? test : test.skip)('runs the examples\' and the README\'s jest tests inside the app', () => {
    const listed = run('npx', ['jest', '--listTests'], app).output.split('\n').filter((l) => l.endsWith('.ts'));
    expect(listed).toHaveLength(exampleTests.length + readmeTests.length);
    // As a user does: the first run writes the README tests' new snapshots (with --ci or CI set,
    // jest refuses to; the examples' committed ones must match as they are), the second, with --ci,
    // must find every snapshot unchanged.
    run('npx', ['jest', '--ci=false'], app);
    run('npx', ['jest', '--ci'], app);
  });
});

describe('eccx: provider install, then plain cdktf deploy and destroy', () => {
  test('deploys the README\'s eccx block, updates a search name in place, destroys', async () => {
    const block = eccxKeyBlock(path.join(REPO_ROOT, 'README.md'));
    fs.writeFileSync(path.join(app, 'main.ts'), block.code);
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ccx-fresh-home-'));
    const double = await ElasticsearchDouble.start({});
    const client = new Client({ node: double.url, auth: { username: 'elastic', password: 'changeme' } });
    try {
      const env: NodeJS.ProcessEnv = {
        ...deployEnv(home, double.url),
        // cdktf-cli as users have it: installed globally, on the PATH
        PATH: `${path.dirname(CDKTF_CLI)}${path.delimiter}${process.env.PATH}`,
      };
      // the double answers from this process: the commands run asynchronously
      const user = async (cmd: string, ...args: string[]) => (await runCommand(cmd, args, { cwd: app, env, timeoutMs: 600_000 })).output;
      // The control: without the lock step, cdktf runs `terraform providers lock`, which asks the
      // origin registry for eccx, and the first deploy fails (offline here; online the registry has
      // no such provider). That failed deploy's init leaves a lock file behind: start again clean.
      await user('npx', 'cdktf-elastic-cross-cluster', 'provider', 'install', '--no-lock');
      const unlocked = await runCommand('cdktf', ['deploy', '--auto-approve'], { cwd: app, env, timeoutMs: 600_000, throwOnError: false });
      expect({ failed: unlocked.exitCode !== 0, output: unlocked.output }).toMatchObject({
        failed: true, output: expect.stringMatching(/Could not retrieve providers for locking/),
      });
      fs.rmSync(path.join(app, 'cdktf.out'), { recursive: true, force: true });

      const installed = await user('npx', 'cdktf-elastic-cross-cluster', 'provider', 'install');
      expect(installed).toMatch(/Locking the stacks/);
      const stack = /new TerraformStack\(app, '([^']+)'\)/.exec(block.code)![1];
      expect(fs.existsSync(path.join(app, 'cdktf.out', 'stacks', stack, '.terraform.lock.hcl'))).toBe(true);

      const state = () => JSON.parse(fs.readFileSync(path.join(app, `terraform.${stack}.tfstate`), 'utf8'));
      const keyOf = (s: any) => s.resources.find((r: any) => r.type === 'eccx_cross_cluster_api_key').instances[0].attributes;

      expect(await user('cdktf', 'deploy', '--auto-approve')).toMatch(/Apply complete! Resources: 1 added, 0 changed, 0 destroyed/);
      const created = keyOf(state());
      const [first] = (await client.security.getApiKey({ id: created.id })).api_keys;
      expect(first).toMatchObject({ name: 'ccx', invalidated: false });

      // `provider install` again, as after an upgrade: it replaces its own lock entry; init accepts it
      const lockFile = path.join(app, 'cdktf.out', 'stacks', stack, '.terraform.lock.hcl');
      const lockBefore = fs.readFileSync(lockFile, 'utf8');
      await user('npx', 'cdktf-elastic-cross-cluster', 'provider', 'install');
      expect(fs.readFileSync(lockFile, 'utf8')).toBe(lockBefore);

      fs.writeFileSync(path.join(app, 'main.ts'), block.code.replace("names: ['logs-*']", "names: ['logs-v2-*']"));
      expect(await user('cdktf', 'deploy', '--auto-approve')).toMatch(/Apply complete! Resources: 0 added, 1 changed, 0 destroyed/);
      const updated = keyOf(state());
      expect({ id: updated.id, encoded: updated.encoded }).toEqual({ id: created.id, encoded: created.encoded });
      const [afterUpdate] = (await client.security.getApiKey({ id: created.id })).api_keys;
      expect(JSON.stringify(afterUpdate.access)).toContain('logs-v2-*');

      expect(await user('cdktf', 'destroy', '--auto-approve')).toMatch(/Destroy complete! Resources: 1 destroyed/);
      const [afterDestroy] = (await client.security.getApiKey({ id: created.id })).api_keys;
      expect(afterDestroy.invalidated).toBe(true);
    } finally {
      await client.close();
      await double.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
