/**
 * Builds this package's own Terraform provider (issue 6) into `dist-provider/`:
 *
 * 1. Protocol descriptors. The `.proto` files are not committed: they come from the Go modules that
 *    define them, pinned below, fetched with `go mod download` (from the local Go module cache, or
 *    the Go module proxy on a clean machine), parsed with protobufjs and written out as one
 *    protobufjs JSON descriptor (`dist-provider/descriptors.json`).
 * 2. The provider executable `dist-provider/terraform-provider-<type>`: one esbuild bundle with
 *    `#!/usr/bin/env node`, the descriptors embedded, so that the lock file's `h1:` hash (which
 *    covers only the provider's directory) covers everything the provider runs.
 * 3. The CLI behind `npx cdktf-elastic-cross-cluster provider install` (`dist-provider/cli.js`).
 *
 * Needs: `go` on PATH with the module proxy reachable (or the modules already in the cache).
 * Usage: ts-node scripts/build-provider.ts [--descriptors-only]
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import * as protobuf from 'protobufjs';
import { SERVED_PROVIDER_RPCS } from '../src/provider/protocol/rpcs';

/** Go modules that hold the protocol definitions, pinned. */
export const PROTO_SOURCES = {
  terraformPluginGo: {
    module: 'github.com/hashicorp/terraform-plugin-go',
    version: 'v0.31.0',
    files: ['tfprotov6/internal/tfplugin6/tfplugin6.proto'],
  },
  goPlugin: {
    module: 'github.com/hashicorp/go-plugin',
    version: 'v1.6.0',
    files: ['internal/plugin/grpc_controller.proto', 'internal/plugin/grpc_stdio.proto'],
  },
} as const;

/** The provider's type name: resources are `eccx_<name>`. */
export const PROVIDER_TYPE = 'eccx';
export const PROVIDER_NAMESPACE = 'cdktf-elastic-cross-cluster';
export const PROVIDER_HOST = 'registry.terraform.io';

const ROOT = path.resolve(__dirname, '..');
export const OUT_DIR = path.join(ROOT, 'dist-provider');
export const DESCRIPTORS_FILE = path.join(OUT_DIR, 'descriptors.json');
export const PROVIDER_BUNDLE = path.join(OUT_DIR, `terraform-provider-${PROVIDER_TYPE}`);

interface GoModuleInfo { Path: string; Version: string; Dir?: string; Error?: string }

/** Downloads the pinned Go modules (no-op when cached) and returns their source directories. */
export function downloadProtoModules(): Record<keyof typeof PROTO_SOURCES, string> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-proto-'));
  try {
    // `go mod download` with explicit versions needs a module to run in; an empty one will do.
    fs.writeFileSync(path.join(work, 'go.mod'), 'module eccxproto\n\ngo 1.21\n');
    const specs = Object.values(PROTO_SOURCES).map((s) => `${s.module}@${s.version}`);
    const out = execFileSync('go', ['mod', 'download', '-json', ...specs], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // The output is a stream of JSON objects, one per module.
    const infos: GoModuleInfo[] = JSON.parse(`[${out.replace(/}\s*{/g, '},{')}]`);
    const dirs: Partial<Record<keyof typeof PROTO_SOURCES, string>> = {};
    for (const [key, src] of Object.entries(PROTO_SOURCES) as Array<[keyof typeof PROTO_SOURCES, typeof PROTO_SOURCES[keyof typeof PROTO_SOURCES]]>) {
      const info = infos.find((i) => i.Path === src.module && i.Version === src.version);
      if (!info || info.Error || !info.Dir) {
        throw new Error(`go mod download ${src.module}@${src.version} failed: ${info?.Error ?? 'no Dir in output'}`);
      }
      dirs[key] = info.Dir;
    }
    return dirs as Record<keyof typeof PROTO_SOURCES, string>;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `grpc.health.v1.Health` (the standard gRPC health service go-plugin asks for). No Go module in
 * reach ships its .proto, so it is declared here from the gRPC health checking protocol.
 */
function addHealthService(root: protobuf.Root): void {
  const ns = root.define('grpc.health.v1');
  ns.add(new protobuf.Type('HealthCheckRequest').add(new protobuf.Field('service', 1, 'string')));
  const status = new protobuf.Enum('ServingStatus', { UNKNOWN: 0, SERVING: 1, NOT_SERVING: 2, SERVICE_UNKNOWN: 3 });
  const response = new protobuf.Type('HealthCheckResponse');
  response.add(status);
  response.add(new protobuf.Field('status', 1, 'ServingStatus'));
  ns.add(response);
  const service = new protobuf.Service('Health');
  service.add(new protobuf.Method('Check', 'rpc', 'HealthCheckRequest', 'HealthCheckResponse'));
  service.add(new protobuf.Method('Watch', 'rpc', 'HealthCheckRequest', 'HealthCheckResponse', false, true));
  ns.add(service);
}

/**
 * Keeps only the given tfplugin6.Provider methods and the types reachable from any service's
 * methods (all of go-plugin's and health's are kept).
 */
export function pruneDescriptors(root: protobuf.Root, providerMethods: readonly string[]): void {
  const provider = root.lookupService('tfplugin6.Provider');
  for (const m of [...provider.methodsArray]) {
    if (!providerMethods.includes(m.name)) provider.remove(m);
  }
  for (const name of providerMethods) {
    if (!provider.methods[name]) throw new Error(`tfplugin6.Provider has no method ${name}`);
  }
  root.resolveAll();
  const reachable = new Set<protobuf.ReflectionObject>();
  const visit = (t: protobuf.Type | protobuf.Enum | null): void => {
    if (!t || reachable.has(t)) return;
    reachable.add(t);
    if (t instanceof protobuf.Type) {
      for (const f of t.fieldsArray) visit(f.resolve().resolvedType);
    }
  };
  const services: protobuf.Service[] = [];
  const collect = (ns: protobuf.NamespaceBase): void => {
    for (const o of ns.nestedArray) {
      if (o instanceof protobuf.Service) services.push(o);
      if (o instanceof protobuf.Namespace || o instanceof protobuf.Type) collect(o);
    }
  };
  collect(root);
  for (const svc of services) {
    for (const m of svc.methodsArray) {
      m.resolve();
      visit(m.resolvedRequestType);
      visit(m.resolvedResponseType);
    }
  }
  // drop types neither reachable nor holding something reachable
  const prune = (ns: protobuf.NamespaceBase): boolean => {
    let keep = reachable.has(ns) || ns instanceof protobuf.Service;
    for (const o of [...ns.nestedArray]) {
      const keepChild = o instanceof protobuf.Service
        || (o instanceof protobuf.Enum ? reachable.has(o) : (o instanceof protobuf.Namespace || o instanceof protobuf.Type) && prune(o));
      if (keepChild) keep = true;
      else ns.remove(o);
    }
    return keep;
  };
  prune(root);
}

/** Parses the protocol files into one protobufjs JSON descriptor (field names as in the .proto). */
export function compileDescriptors(providerMethods: readonly string[] = SERVED_PROVIDER_RPCS): protobuf.INamespace {
  const dirs = downloadProtoModules();
  const root = new protobuf.Root();
  const files: string[] = [];
  for (const [key, src] of Object.entries(PROTO_SOURCES) as Array<[keyof typeof PROTO_SOURCES, typeof PROTO_SOURCES[keyof typeof PROTO_SOURCES]]>) {
    for (const f of src.files) files.push(path.join(dirs[key], f));
  }
  // google/protobuf/{timestamp,empty}.proto are protobufjs's bundled common types.
  root.loadSync(files, { keepCase: true });
  addHealthService(root);
  root.resolveAll();
  pruneDescriptors(root, providerMethods);
  for (const name of ['tfplugin6.Provider', 'plugin.GRPCController', 'plugin.GRPCStdio', 'grpc.health.v1.Health']) {
    root.lookupService(name);
  }
  return root.toJSON({ keepComments: false });
}

export interface BundleOptions {
  /** TypeScript entry point that calls `serve(...)`. */
  readonly entry: string;
  /** Output file (made executable). */
  readonly outfile: string;
  /** The protobufjs JSON descriptor to embed. */
  readonly descriptors: protobuf.INamespace;
  /** Provider version embedded in the executable. */
  readonly version: string;
  /** Modules left out of the bundle (for start-up experiments only: the package must be self-contained). */
  readonly external?: readonly string[];
}

/**
 * Modules that the provider loads only when a resource first needs them (the Elasticsearch client
 * with its HTTP stack is about 1.1 MB). They are embedded in the executable as a string and
 * compiled on first use, so that start-up does not pay for parsing them.
 */
export const LAZY_MODULES = ['@elastic/elasticsearch'];

async function lazyModuleSource(name: string): Promise<string> {
  const out = await esbuild.build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  const code = out.outputFiles[0].text;
  // a CommonJS module compiled on first require: the string costs little to parse
  return [
    `var source = ${JSON.stringify(code)};`,
    'var m = { exports: {} };',
    "new Function('module', 'exports', 'require', '__filename', '__dirname', source)(m, m.exports, require, __filename, __dirname);",
    'module.exports = m.exports;',
  ].join('\n');
}

/** Bundles a provider entry point into a single executable file with the descriptors embedded. */
export async function bundleProvider(opts: BundleOptions): Promise<void> {
  const lazy = new Map<string, string>();
  for (const name of LAZY_MODULES) {
    if (!(opts.external ?? []).includes(name)) lazy.set(name, await lazyModuleSource(name));
  }
  await esbuild.build({
    entryPoints: [opts.entry],
    outfile: opts.outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    // prefer packages' ES module builds: esbuild can drop what is not used (less to parse at start-up)
    mainFields: ['module', 'main'],
    external: opts.external ? [...opts.external] : undefined,
    banner: { js: '#!/usr/bin/env node' },
    define: { __ECCX_PROVIDER_VERSION__: JSON.stringify(opts.version) },
    logLevel: 'warning',
    plugins: [{
      name: 'eccx-lazy-modules',
      setup(build) {
        if (lazy.size === 0) return;
        const filter = new RegExp(`^(${[...lazy.keys()].map((n) => n.replace(/[/.@-]/g, (c) => `\\${c}`)).join('|')})$`);
        build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'eccx-lazy' }));
        build.onLoad({ filter: /.*/, namespace: 'eccx-lazy' }, (args) => ({ contents: lazy.get(args.path)!, loader: 'js' }));
      },
    }, {
      name: 'eccx-descriptors',
      setup(build) {
        build.onResolve({ filter: /^eccx:descriptors$/ }, (args) => ({ path: args.path, namespace: 'eccx-descriptors' }));
        build.onLoad({ filter: /.*/, namespace: 'eccx-descriptors' }, () => ({
          contents: JSON.stringify(opts.descriptors),
          loader: 'json',
        }));
      },
    }],
  });
  fs.chmodSync(opts.outfile, 0o755);
}

export function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
}

/**
 * The provider's version: the package's. Terraform ignores a provider version 0.0.0 (projen's
 * placeholder before the first release), so an unreleased checkout builds 0.0.0-dev, a pre-release
 * that a configuration must ask for exactly.
 */
export function providerVersion(pkg: string = packageVersion()): string {
  return pkg === '0.0.0' ? '0.0.0-dev' : pkg;
}

async function main(): Promise<void> {
  const started = Date.now();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const descriptors = compileDescriptors();
  fs.writeFileSync(DESCRIPTORS_FILE, JSON.stringify(descriptors));
  if (process.argv.includes('--descriptors-only')) return;
  const version = providerVersion();
  await bundleProvider({
    entry: path.join(ROOT, 'src/provider/main.ts'),
    outfile: PROVIDER_BUNDLE,
    descriptors,
    version,
  });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/provider/cli.ts')],
    outfile: path.join(OUT_DIR, 'cli.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    define: {
      __ECCX_PROVIDER_VERSION__: JSON.stringify(version),
    },
    logLevel: 'warning',
  });
  fs.chmodSync(path.join(OUT_DIR, 'cli.js'), 0o755);
  const size = fs.statSync(PROVIDER_BUNDLE).size;
  process.stderr.write(`provider ${PROVIDER_TYPE} v${version}: ${path.relative(ROOT, PROVIDER_BUNDLE)} (${(size / 1024).toFixed(0)} KiB) in ${Date.now() - started} ms\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`build-provider: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
