/**
 * The CDK Terrain package as users get it: `npm run tarball:cdktn` builds
 * `cdktn-elastic-cross-cluster` (the same sources compiled against cdktn 0.24), installed once with
 * plain `npm install` into a fresh app made from cdktn-cli 0.24's typescript template, with no
 * `overrides`. Every case reuses that app: the README's TypeScript blocks with the two import changes
 * the README's "CDK Terrain" subsection gives, then `npx cdktn-elastic-cross-cluster provider
 * install` and plain `cdktn deploy` / `cdktn destroy` with eccx against the Elasticsearch test double.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Client } from '@elastic/elasticsearch';
import { CDKTN_CLI_NODE, CDKTN_VERSION, asCdktnCode, createCdktnApp, nodeAtLeast, nodeForCdktnCli } from './cdktn-app';
import { REPO_ROOT, deployEnv, run, tarballFiles } from './packed-app';
import { eccxKeyBlock, typescriptBlocks } from './readme-blocks';
import { CDKTN_PACKAGE_NAME, CDKTN_PEERS, buildCdktnPackage } from '../../scripts/cdktn-package';
import { runCommand } from '../support/deploy-process';
import { ElasticsearchDouble } from '../support/es-double';

jest.setTimeout(900_000);

let tgz: string;
let app: string;
const installed = (p: string) => JSON.parse(fs.readFileSync(path.join(app, 'node_modules', p, 'package.json'), 'utf8'));

beforeAll(() => {
  // `npm test` builds the eccx bundle first; alone, this file builds it once
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist-provider', 'terraform-provider-eccx'))) run('npx', ['projen', 'provider:build'], REPO_ROOT);
  tgz = buildCdktnPackage();
  app = createCdktnApp(tgz);
}, 900_000);

afterAll(() => {
  if (app && process.env.KEEP_FRESH_APP !== '1') fs.rmSync(app, { recursive: true, force: true });
});

describe('the cdktn tarball', () => {
  test('holds the jsii build against cdktn and the eccx provider, and imports no cdktf', () => {
    const files = tarballFiles(tgz);
    const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^\.jsii$/, /^lib\/.+\.(js|d\.ts)$/, /^dist-provider\/[^/]+$/];
    expect(files.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['lib/index.js', 'lib/index.d.ts', 'dist-provider/cli.js', 'dist-provider/terraform-provider-eccx']));
    const lib = path.join(app, 'node_modules', CDKTN_PACKAGE_NAME, 'lib');
    const js = fs.readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'));
    const cdktfImports = js.filter((f) => /require\("cdktf"\)|from "cdktf"|from 'cdktf'/.test(fs.readFileSync(path.join(lib, f), 'utf8')));
    expect(cdktfImports).toEqual([]);
    const jsii = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', CDKTN_PACKAGE_NAME, '.jsii'), 'utf8'));
    expect(Object.keys(jsii.dependencies).sort()).toEqual(['cdktn', 'constructs']);
  });
});

describe(`a fresh \`cdktn init --template=typescript\` app (cdktn-cli ${CDKTN_VERSION})`, () => {
  test('installs the cdktn package with plain npm install, without overrides and without cdktf', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8'));
    expect({ overrides: pkg.overrides, pnpm: pkg.pnpm }).toEqual({ overrides: undefined, pnpm: undefined });
    expect(installed('cdktn').version).toBe(CDKTN_VERSION);
    expect(installed('constructs').version).toMatch(/^10\.[67]\./);
    expect(installed(CDKTN_PACKAGE_NAME).peerDependencies).toEqual(CDKTN_PEERS);
    expect(fs.existsSync(path.join(app, 'node_modules', 'cdktf'))).toBe(false);
  });

  test('compiles and synthesizes every README TypeScript block with the two import changes', () => {
    const blocks = typescriptBlocks(path.join(REPO_ROOT, 'README.md'));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    fs.mkdirSync(path.join(app, 'readme'), { recursive: true });
    const programs: string[] = [];
    for (const b of blocks) {
      const file = path.join('readme', `line-${b.line}${b.isTest ? '.test' : ''}.ts`);
      fs.writeFileSync(path.join(app, file), asCdktnCode(b.code));
      if (!b.isTest) programs.push(file);
    }
    // the template's `npm run compile`: tsc with its strict tsconfig over every .ts file of the app
    run('npm', ['run', 'compile'], app);
    for (const p of programs) {
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccx-cdktn-synth-'));
      try {
        run(process.execPath, [p.replace(/\.ts$/, '.js')], app, { ...process.env, CDKTF_OUTDIR: outdir });
        const stacks = Object.keys(JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')).stacks);
        expect({ program: p, stacks: stacks.length > 0 }).toEqual({ program: p, stacks: true });
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    }
    // the README's jest tests, with the template's jest configuration (setup.js: cdktn's matchers)
    // --ci=false: a user's first run writes the snapshots (with CI set, jest would refuse to)
    run('npx', ['jest', '--ci=false', 'readme/'], app);
  });
});

/**
 * cdktn-cli 0.24 declares Node.js >=22.19.0 and does not start on Node 20: its bundled HTTP client
 * calls `markAsUncloneable` (Node 22.10+), so every command that synthesizes (`cdktn synth`, `deploy`,
 * `destroy`) stops with `TypeError: ...markAsUncloneable is not a function`. The library itself runs
 * on Node 20. So the `cdktn deploy` test runs cdktn-cli (and the provider install and eccx, which
 * follow the PATH) with a Node 22 (this one, or one fetched from npm when this is older), and on
 * Node 20 a second test goes the way a user on Node 20 can go without cdktn-cli (README, "CDK
 * Terrain"): the app's own command from cdktf.json synthesizes, and Terraform applies the stack.
 */
const ON_OLD_NODE = !nodeAtLeast(process.versions.node, CDKTN_CLI_NODE);

describe('eccx: provider install, deploy and destroy of the README\'s eccx block', () => {
  let env: NodeJS.ProcessEnv;
  let home: string;
  let double: ElasticsearchDouble;
  let client: Client;
  let stack: string;
  const user = async (cmd: string, ...args: string[]) => (await runCommand(cmd, args, { cwd: app, env, timeoutMs: 600_000 })).output;
  const keyId = () => {
    const state = JSON.parse(fs.readFileSync(path.join(app, `terraform.${stack}.tfstate`), 'utf8'));
    return state.resources.find((r: any) => r.type === 'eccx_cross_cluster_api_key').instances[0].attributes.id as string;
  };
  const apiKey = async (id: string) => (await client.security.getApiKey({ id })).api_keys[0];

  beforeEach(async () => {
    const block = eccxKeyBlock(path.join(REPO_ROOT, 'README.md'));
    fs.writeFileSync(path.join(app, 'main.ts'), asCdktnCode(block.code));
    stack = /new TerraformStack\(app, '([^']+)'\)/.exec(block.code)![1];
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'ccx-cdktn-home-'));
    double = await ElasticsearchDouble.start({});
    client = new Client({ node: double.url, auth: { username: 'elastic', password: 'changeme' } });
    env = deployEnv(home, double.url);
  });

  afterEach(async () => {
    await client.close();
    await double.close();
    fs.rmSync(home, { recursive: true, force: true });
  });

  test('provider install, then plain cdktn deploy and cdktn destroy, with cdktn-cli on Node 22', async () => {
    const nodeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccx-cdktn-node-'));
    try {
      const nodeBin = nodeForCdktnCli(nodeDir);
      if (!nodeBin) throw new Error(`npm has no Node.js 22 package for ${process.platform}-${process.arch}: run this test on Node ${CDKTN_CLI_NODE.join('.')}+`);
      env = { ...env, PATH: `${nodeBin}${path.delimiter}${env.PATH}` };
      expect((await user('node', '--version')).trim()).toMatch(/^v(2[2-9]|[3-9]\d)\./);
      expect(await user('npx', CDKTN_PACKAGE_NAME, 'provider', 'install')).toMatch(/Locking the stacks/);
      expect(fs.existsSync(path.join(app, 'cdktf.out', 'stacks', stack, '.terraform.lock.hcl'))).toBe(true);
      expect(await user('npx', 'cdktn', 'deploy', '--auto-approve')).toMatch(/Apply complete! Resources: 1 added, 0 changed, 0 destroyed/);
      const id = keyId();
      expect(await apiKey(id)).toMatchObject({ name: 'ccx', invalidated: false });
      expect(await user('npx', 'cdktn', 'destroy', '--auto-approve')).toMatch(/Destroy complete! Resources: 1 destroyed/);
      expect((await apiKey(id)).invalidated).toBe(true);
    } finally {
      fs.rmSync(nodeDir, { recursive: true, force: true });
    }
  });

  (ON_OLD_NODE ? test : test.skip)('on Node 20, without cdktn-cli: provider install, the app\'s synth, terraform apply and destroy', async () => {
    expect(await user('npx', CDKTN_PACKAGE_NAME, 'provider', 'install', '--no-lock')).toMatch(/implied local mirror/);
    // cdktf.json's "app" is what `cdktn synth` runs; it writes cdktf.out/ (cdktn's App default)
    const appCommand = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.json'), 'utf8')).app as string;
    await user('sh', '-c', appCommand);
    const stackDir = path.join('cdktf.out', 'stacks', stack);
    const terraform = (...args: string[]) => user('terraform', `-chdir=${stackDir}`, ...args, '-input=false', '-no-color');
    await terraform('init');
    expect(await terraform('apply', '-auto-approve')).toMatch(/Apply complete! Resources: 1 added, 0 changed, 0 destroyed/);
    const id = keyId();
    expect(await apiKey(id)).toMatchObject({ name: 'ccx', invalidated: false });
    expect(await terraform('destroy', '-auto-approve')).toMatch(/Destroy complete! Resources: 1 destroyed/);
    expect((await apiKey(id)).invalidated).toBe(true);
  });
});
