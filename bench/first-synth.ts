// Part 2: a new user's time to a first synth of the example, two ways:
//   package  - `npm install` of this package (prebuilt L1 bindings inside) with cdktf, constructs,
//              typescript and @types/node (as `cdktf init` sets up) into a fresh project, then `tsc` and a synth of the example app.
//   generate - `npm install` of cdktf, constructs, typescript and @types/node, then generating bindings for the
//              whole elasticstack provider from its full schema with @cdktf/provider-generator
//              (what `cdktf get` does for TypeScript), `tsc` over the app and the bindings, and
//              a synth of the same key written against the generated L1.
// Every step is a separate process timed by wall clock. npm installs use a fresh, empty cache
// directory (cold), then once more into another fresh project reusing that cache (warm).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './synth-bench';

export const DEFAULT_FULL_SCHEMA = path.join('..', 'shared', 'provider-schema', 'elasticstack-0.16.3-elasticsearch-all.json');

export interface Step {
  readonly name: string;
  readonly ms: number;
}

export interface FirstSynthPath {
  readonly label: string;
  readonly steps: Step[];
  /** Cold total: every step with the cold npm install. */
  readonly totalColdMs: number;
  /** Warm total: the same with the warm npm install. */
  readonly totalWarmMs: number;
  /** Bytes on disk of the project (node_modules, bindings, compiled output). */
  readonly sizes: Record<string, number>;
  readonly files: Record<string, number>;
}

export interface FirstSynthResults {
  readonly packageTarball: { file: string; bytes: number; packMs: number; compileMs: number };
  readonly paths: FirstSynthPath[];
  readonly npmVersion: string;
  readonly registry: string;
  readonly schema: { path: string; resources: number; dataSources: number; bytes: number };
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed with ${r.status}:\n${r.stderr}\n${r.stdout}`.slice(0, 4000));
  return { ms, stdout: r.stdout };
}

/** Bytes and file count under `dir` (files only, symlinks not followed). */
export function du(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!fs.existsSync(dir)) return { bytes, files };
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) {
        bytes += fs.statSync(p).size;
        files++;
      }
    }
  }
  return { bytes, files };
}

/**
 * Builds the npm package a user would install: the library compiled by tsc (what the jsii build
 * emits for JavaScript: lib/*.js and lib/*.d.ts, prebuilt bindings included) with a package.json
 * taken from the repository's, packed with `npm pack`. jsii's .jsii assembly and the other
 * languages' packages are left out; they do not change what an npm user installs and runs.
 */
export function packLibrary(work: string): FirstSynthResults['packageTarball'] {
  const stage = path.join(work, 'package-stage');
  fs.mkdirSync(stage, { recursive: true });
  const tsconfig = {
    extends: path.relative(stage, path.join(REPO_ROOT, 'tsconfig.json')),
    compilerOptions: {
      rootDir: path.relative(stage, path.join(REPO_ROOT, 'src')),
      outDir: 'lib',
      noEmitOnError: true,
      typeRoots: [path.relative(stage, path.join(REPO_ROOT, 'node_modules', '@types'))],
    },
    include: [],
    files: [path.relative(stage, path.join(REPO_ROOT, 'src', 'index.ts'))],
  };
  fs.writeFileSync(path.join(stage, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = require.resolve('typescript/bin/tsc', { paths: [REPO_ROOT] });
  const compile = run(process.execPath, [tsc, '-p', 'tsconfig.json'], stage);
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    main: 'lib/index.js',
    types: 'lib/index.d.ts',
    peerDependencies: pkg.peerDependencies,
    dependencies: pkg.dependencies,
    files: ['lib'],
  };
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  const dest = path.join(work, 'dist');
  fs.mkdirSync(dest, { recursive: true });
  const pack = run('npm', ['pack', '--pack-destination', dest, '--silent'], stage);
  const file = path.join(dest, pack.stdout.trim().split('\n').pop()!.trim());
  return { file, bytes: fs.statSync(file).size, packMs: pack.ms, compileMs: compile.ms };
}

function writeProject(dir: string, deps: Record<string, string>, typescript: string, typesNode: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'first-synth', private: true, version: '0.0.0', dependencies: deps, devDependencies: { 'typescript': typescript, '@types/node': typesNode } }, null, 2),
  );
  fs.copyFileSync(path.join(REPO_ROOT, 'bench', 'fixtures', 'first-synth', 'tsconfig.json.txt'), path.join(dir, 'tsconfig.json'));
}

function npmInstall(dir: string, cache: string): number {
  return run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--cache', cache], dir).ms;
}

/** The example app, importing from the installed package instead of the repository's sources. */
export function exampleForPackage(name: string): string {
  const src = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'cross-cluster-search', 'main.ts'), 'utf8');
  const out = src
    .replace(/from '\.\.\/\.\.\/src\/generated\/([^']+)'/g, `from '${name}/lib/generated/$1'`)
    .replace(/from '\.\.\/\.\.\/src'/g, `from '${name}'`);
  if (/\.\.\/\.\.\/src/.test(out)) throw new Error('examples/cross-cluster-search/main.ts imports something this bench cannot map to the package');
  return out;
}

function compileAndSynth(dir: string): { tscMs: number; synthMs: number } {
  const tscMs = run(process.execPath, [path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], dir).ms;
  const synthMs = run(process.execPath, [path.join('dist', 'main.js')], dir).ms;
  const doc = path.join(dir, 'cdktf.out', 'stacks', 'cross-cluster-search', 'cdk.tf.json');
  const json = JSON.parse(fs.readFileSync(doc, 'utf8'));
  if (Object.keys(json.resource?.elasticstack_elasticsearch_security_api_key ?? {}).length !== 1) {
    throw new Error(`${doc}: expected one API key resource`);
  }
  return { tscMs, synthMs };
}

/** Generates TypeScript bindings for every resource and data source in the schema, as `cdktf get` does. */
function generateBindings(schemaPath: string, outDir: string): number {
  const generator = require.resolve('@cdktf/provider-generator', { paths: [REPO_ROOT] });
  const script = `
    const { TerraformProviderGenerator, CodeMaker } = require(${JSON.stringify(generator)});
    const schema = JSON.parse(require('fs').readFileSync(${JSON.stringify(schemaPath)}, 'utf8'));
    const code = new CodeMaker();
    new TerraformProviderGenerator(code, schema).generateAll();
    code.save(${JSON.stringify(outDir)}).catch((e) => { console.error(e); process.exit(1); });`;
  return run(process.execPath, ['-e', script], path.dirname(outDir)).ms;
}

export function runFirstSynth(opts: { fullSchema: string; log?: (m: string) => void }): FirstSynthResults {
  const log = opts.log ?? (() => undefined);
  const schemaPath = path.resolve(REPO_ROOT, opts.fullSchema);
  if (!fs.existsSync(schemaPath)) {
    throw new Error(`full provider schema not found at ${schemaPath}; pass --full-schema PATH (the output of terraform providers schema -json for elastic/elasticstack)`);
  }
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const entry = Object.values(schema.provider_schemas ?? {})[0] as any;
  const rootPkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const typescript = rootPkg.devDependencies.typescript;
  const typesNode = rootPkg.devDependencies['@types/node'];
  const cdktfVersion = rootPkg.devDependencies.cdktf;
  const constructsVersion = rootPkg.devDependencies.constructs;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ccx-first-synth-'));
  try {
    log(`first synth: working in a temp dir; packing the library`);
    const tarball = packLibrary(work);
    const base = { cdktf: cdktfVersion, constructs: constructsVersion };
    const paths: FirstSynthPath[] = [];

    // (A) install the package
    {
      const steps: Step[] = [];
      const cache = path.join(work, 'cache-package');
      const deps = { ...base, [rootPkg.name]: `file:${tarball.file}` };
      const cold = path.join(work, 'package-cold');
      writeProject(cold, deps, typescript, typesNode);
      fs.writeFileSync(path.join(cold, 'main.ts'), exampleForPackage(rootPkg.name));
      steps.push({ name: 'npm install (cold cache)', ms: npmInstall(cold, cache) });
      log(`package: ${steps[0].name} ${steps[0].ms.toFixed(0)} ms`);
      const { tscMs, synthMs } = compileAndSynth(cold);
      steps.push({ name: 'tsc (app)', ms: tscMs }, { name: 'synth (node main.js)', ms: synthMs });
      const warm = path.join(work, 'package-warm');
      writeProject(warm, deps, typescript, typesNode);
      steps.push({ name: 'npm install (warm cache)', ms: npmInstall(warm, cache) });
      log(`package: tsc ${tscMs.toFixed(0)} ms, synth ${synthMs.toFixed(0)} ms, warm install ${steps[3].ms.toFixed(0)} ms`);
      const nm = du(path.join(cold, 'node_modules'));
      const lib = du(path.join(cold, 'node_modules', rootPkg.name));
      const distDir = du(path.join(cold, 'dist'));
      paths.push({
        label: 'install this package',
        steps,
        totalColdMs: steps[0].ms + tscMs + synthMs,
        totalWarmMs: steps[3].ms + tscMs + synthMs,
        sizes: { 'node_modules': nm.bytes, 'of which this package': lib.bytes, 'compiled app (dist)': distDir.bytes },
        files: { 'node_modules': nm.files, 'of which this package': lib.files, 'compiled app (dist)': distDir.files },
      });
    }

    // (B) generate the whole provider's bindings
    {
      const steps: Step[] = [];
      const cache = path.join(work, 'cache-generate');
      const cold = path.join(work, 'generate-cold');
      writeProject(cold, base, typescript, typesNode);
      fs.copyFileSync(path.join(REPO_ROOT, 'bench', 'fixtures', 'first-synth', 'l1-main.ts.txt'), path.join(cold, 'main.ts'));
      steps.push({ name: 'npm install (cold cache)', ms: npmInstall(cold, cache) });
      log(`generate: ${steps[0].name} ${steps[0].ms.toFixed(0)} ms`);
      const genMs = generateBindings(schemaPath, path.join(cold, '.gen'));
      steps.push({ name: 'generate bindings (provider-generator)', ms: genMs });
      log(`generate: bindings ${genMs.toFixed(0)} ms`);
      const { tscMs, synthMs } = compileAndSynth(cold);
      steps.push({ name: 'tsc (app + bindings)', ms: tscMs }, { name: 'synth (node main.js)', ms: synthMs });
      const warm = path.join(work, 'generate-warm');
      writeProject(warm, base, typescript, typesNode);
      steps.push({ name: 'npm install (warm cache)', ms: npmInstall(warm, cache) });
      log(`generate: tsc ${tscMs.toFixed(0)} ms, synth ${synthMs.toFixed(0)} ms, warm install ${steps[4].ms.toFixed(0)} ms`);
      const nm = du(path.join(cold, 'node_modules'));
      const gen = du(path.join(cold, '.gen'));
      const distDir = du(path.join(cold, 'dist'));
      paths.push({
        label: 'generate the whole provider',
        steps,
        totalColdMs: steps[0].ms + genMs + tscMs + synthMs,
        totalWarmMs: steps[4].ms + genMs + tscMs + synthMs,
        sizes: { 'node_modules': nm.bytes, 'generated bindings (.gen)': gen.bytes, 'compiled app + bindings (dist)': distDir.bytes },
        files: { 'node_modules': nm.files, 'generated bindings (.gen)': gen.files, 'compiled app + bindings (dist)': distDir.files },
      });
    }

    return {
      packageTarball: { ...tarball, file: path.basename(tarball.file) },
      paths,
      npmVersion: run('npm', ['--version'], work).stdout.trim(),
      registry: run('npm', ['config', 'get', 'registry'], work).stdout.trim(),
      schema: {
        path: path.relative(REPO_ROOT, schemaPath),
        resources: Object.keys(entry?.resource_schemas ?? {}).length,
        dataSources: Object.keys(entry?.data_source_schemas ?? {}).length,
        bytes: fs.statSync(schemaPath).size,
      },
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
