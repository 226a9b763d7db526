/**
 * Builds this package's own Terraform provider into `dist-provider/`:
 *
 * 1. Protocol descriptors. The `.proto` files are not committed: they come from the Go modules that
 *    define them, pinned with the sha256 of their zips (`provider-descriptors.ts`), fetched from the
 *    Go module proxy with Node (`go-module-proxy.ts`; GOPROXY is honoured, a Go module cache is used
 *    when it holds the zips), parsed with protobufjs and written out as one protobufjs JSON
 *    descriptor (`dist-provider/descriptors.json`).
 * 2. The provider executable `dist-provider/terraform-provider-<type>`: a small launcher followed by
 *    one esbuild bundle (the descriptors embedded) and the V8 code cache made at build time, in one
 *    file, so that the lock file's `h1:` hash (which covers only the provider's directory) covers
 *    everything the provider runs (see bench/provider-startup.md).
 * 3. The CLI behind `npx cdktf-elastic-cross-cluster provider install` (`dist-provider/cli.js`).
 *
 * Needs: Node only, with the Go module proxy reachable (or the zips already in a Go module cache).
 * Usage: ts-node scripts/build-provider.ts [--descriptors-only]
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import type * as protobuf from 'protobufjs';
import { compileDescriptors } from './provider-descriptors';
import { DESCRIPTORS_FILE, OUT_DIR, PROVIDER_BUNDLE, PROVIDER_TYPE } from './provider-paths';
import { writeThirdPartyNotices } from './third-party-notices';
import { createServerCertificate } from '../src/provider/protocol/certificate';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../src/provider/protocol/handshake';

// The provider's type name (resources are `eccx_<name>`) and where the build writes it.
export { DESCRIPTORS_FILE, OUT_DIR, PROVIDER_BUNDLE, PROVIDER_TYPE } from './provider-paths';
export const PROVIDER_NAMESPACE = 'cdktf-elastic-cross-cluster';
export const PROVIDER_HOST = 'registry.terraform.io';

const ROOT = path.resolve(__dirname, '..');
/** The CLI behind `npx cdktf-elastic-cross-cluster provider install`. */
export const PROVIDER_CLI = path.join(OUT_DIR, 'cli.js');

export interface BundleOptions {
  /** TypeScript entry point that calls `serve(...)`. */
  readonly entry: string;
  /** Output file (made executable). */
  readonly outfile: string;
  /** The protobufjs JSON descriptor to embed. */
  readonly descriptors: protobuf.INamespace;
  /** Provider version embedded in the executable. */
  readonly version: string;
}

/**
 * Packages replaced in the bundle. `debug` (the Elasticsearch client's logger, switched on by the
 * DEBUG environment variable) becomes a module that never prints: it would write request headers
 * and response bodies, secrets among them, to stderr and so into Terraform's log.
 */
export const BUNDLE_ALIASES: Record<string, string> = {
  debug: path.join(ROOT, 'src/provider/elasticsearch/no-debug.ts'),
};

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
    alias: BUNDLE_ALIASES,
    logLevel: 'warning',
  });
  const code = out.outputFiles[0].text;
  // a CommonJS module compiled on first require, kept brotli-compressed: start-up reads (and, without
  // a usable code cache, scans) less, and decompressing it on first use takes a few milliseconds
  const packed = zlib.brotliCompressSync(Buffer.from(code, 'utf8'), {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: code.length },
  });
  return [
    `var source = require('node:zlib').brotliDecompressSync(Buffer.from(${JSON.stringify(packed.toString('base64'))}, 'base64')).toString('utf8');`,
    'var m = { exports: {} };',
    "new Function('module', 'exports', 'require', '__filename', '__dirname', source)(m, m.exports, require, __filename, __dirname);",
    'module.exports = m.exports;',
  ].join('\n');
}

/** Bundles a provider entry point into a single executable file with the descriptors embedded. */
export async function bundleProvider(opts: BundleOptions): Promise<void> {
  const lazy = new Map<string, string>();
  for (const name of LAZY_MODULES) lazy.set(name, await lazyModuleSource(name));
  const out = await esbuild.build({
    entryPoints: [opts.entry],
    bundle: true,
    write: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    charset: 'ascii',
    // prefer packages' ES module builds: esbuild can drop what is not used (less to parse at start-up)
    mainFields: ['module', 'main'],
    define: { __ECCX_PROVIDER_VERSION__: JSON.stringify(opts.version) },
    alias: BUNDLE_ALIASES,
    logLevel: 'warning',
    plugins: [{
      name: 'eccx-lazy-modules',
      setup(build) {
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
  const source = out.outputFiles[0].text;
  fs.mkdirSync(path.dirname(opts.outfile), { recursive: true });
  let cache: CodeCache | undefined;
  try {
    cache = await trainCodeCache(source, opts.outfile);
  } catch (err) {
    // the executable works without a cache (compiled from source at start-up, as on other Node versions)
    process.stderr.write(`build-provider: no V8 code cache: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  fs.writeFileSync(opts.outfile, providerExecutable(source, cache));
  fs.chmodSync(opts.outfile, 0o755);
}

// ---------------------------------------------------------------------------------------------
// The executable: a small launcher, then the bundle and its V8 code cache in a comment.
//
// Node compiles everything in its main script from source on every start (Node 20 has no
// compile cache), which for the bundle was about 55 ms of a start-up that Terraform pays 3 to 5
// times per command. So the executable's JavaScript is only a launcher: it reads the bundle from
// the comment at the end of its own file (V8 skips a comment far faster than it compiles code
// or scans a string literal) and compiles it with `vm.Script` and the V8 code cache the build
// made by starting the provider once (so the cache holds the functions start-up runs, not just
// the top level). The cache is valid only for the V8 that made it: it is used when the Node
// version, architecture and platform are the build's, and V8 itself checks its version, flags
// and the source; on any mismatch V8 compiles from source, as a plain bundle would.
// One file, so the install copies one file and the lock file's hash covers it.
// ---------------------------------------------------------------------------------------------

/** A V8 code cache and the runtime it was made for. */
export interface CodeCache {
  /** `process.version process.arch process.platform` of the Node that made it. */
  readonly key: string;
  readonly data: Buffer;
}

/** Where a multi-line comment would end: broken up inside the payload, restored by the launcher. */
const COMMENT_END = '*/';
const ESCAPE_BYTE = '\x01';

/** The runtime key a code cache is made for and looked up by. */
const RUNTIME_KEY_EXPR = "process.version + ' ' + process.arch + ' ' + process.platform";

/** The function the bundle runs in (as Node wraps a CommonJS module), plus the launch facts. */
function wrapBundle(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, __eccxLaunch) {${source}\n})`;
}

interface PayloadLayout {
  /** Offsets within the payload (after the launcher). */
  readonly sourceStart: number;
  readonly sourceLength: number;
  /** Payload offsets of the escape bytes that break up comment ends ("*" then "/") in the source. */
  readonly escapes: number[];
  readonly cacheKey: string;
  readonly cacheStart: number;
  readonly cacheLength: number;
}

function launcherText(layout: PayloadLayout | undefined, payloadStart: number, train?: string): string {
  const header = JSON.stringify(layout ?? null);
  return `#!/usr/bin/env node
'use strict';
// terraform-provider-eccx, built by scripts/build-provider.ts: a launcher. The provider's code and
// its V8 code cache follow in the comment at the end of this file (see the build script).
(() => {
  const fs = require('node:fs');
  const vm = require('node:vm');
  const L = ${header};
  const START = ${String(payloadStart).padStart(12)};
  const file = fs.readFileSync(__filename);
  const parts = [];
  let at = START + L.sourceStart;
  for (const e of L.escapes) { parts.push(file.subarray(at, START + e)); at = START + e + 1; }
  parts.push(file.subarray(at, START + L.sourceStart + L.sourceLength + L.escapes.length));
  const source = Buffer.concat(parts).toString('latin1');
  const options = { filename: require('node:path').basename(__filename) };
  let codeCache = 'none';
  if (L.cacheLength > 0 && L.cacheKey === ${RUNTIME_KEY_EXPR}) {
    options.cachedData = Buffer.from(file.toString('latin1', START + L.cacheStart, START + L.cacheStart + L.cacheLength), 'base64');
    codeCache = 'offered';
  }
  const script = new vm.Script(source, options);
  if (options.cachedData) codeCache = script.cachedDataRejected ? 'rejected' : 'accepted';
  const main = script.runInThisContext();${train ? `
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const r = write(chunk, ...rest);
    if (String(chunk).startsWith('1|')) setTimeout(() => { fs.writeFileSync(${JSON.stringify(train)}, script.createCachedData()); process.exit(0); }, 100);
    return r;
  };` : ''}
  main.call(module.exports, module.exports, require, module, __filename, __dirname,
    { codeCache, launcherMs: Math.round(performance.now()) });
})();
`;
}

/** The executable's text: launcher, then the bundle (and cache) in a comment. */
export function providerExecutable(bundle: string, cache?: CodeCache, train?: string): string {
  const wrapped = wrapBundle(bundle);
  if (/[^\x02-\x7e\t\n\r]/.test(wrapped)) throw new Error('the bundle must be printable ASCII (esbuild charset ascii)');
  // payload: "/*\n" + source with "*/" broken by an escape byte + "\n" + base64 cache + "\n*/\n"
  const escapes: number[] = [];
  let body = '';
  let from = 0;
  const prefix = '/*\n';
  for (let i = wrapped.indexOf(COMMENT_END); i >= 0; i = wrapped.indexOf(COMMENT_END, i + 1)) {
    body += wrapped.slice(from, i + 1);
    escapes.push(prefix.length + body.length);
    body += ESCAPE_BYTE;
    from = i + 1;
  }
  body += wrapped.slice(from);
  const cacheB64 = cache ? cache.data.toString('base64') : '';
  const layout: PayloadLayout = {
    sourceStart: prefix.length,
    sourceLength: wrapped.length,
    escapes,
    cacheKey: cache?.key ?? '',
    cacheStart: prefix.length + body.length + 1,
    cacheLength: cacheB64.length,
  };
  const payload = `${prefix}${body}\n${cacheB64}\n*/\n`;
  // the launcher's length does not depend on START's value (fixed width)
  const launcherLength = Buffer.byteLength(launcherText(layout, 0, train));
  return launcherText(layout, launcherLength, train) + payload;
}

/**
 * Starts the provider once as Terraform would (with this Node, no flags) up to its handshake, and
 * keeps the V8 code cache of the bundle then: the top level and every function start-up ran.
 */
export async function trainCodeCache(bundle: string, outfile: string): Promise<CodeCache> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-cache-'));
  try {
    const cacheFile = path.join(work, 'cache.bin');
    const exe = path.join(work, path.basename(outfile));
    fs.writeFileSync(exe, providerExecutable(bundle, undefined, cacheFile), { mode: 0o755 });
    const env = {
      PATH: process.env.PATH,
      [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
      PLUGIN_PROTOCOL_VERSIONS: '6,5',
      // any certificate will do: nothing connects (made like the provider's own)
      PLUGIN_CLIENT_CERT: (await createServerCertificate()).certPem,
    };
    // process.execPath: the Node this build runs on, the one the cache is made for
    execFileSync(process.execPath, [exe], { env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
    const data = fs.readFileSync(cacheFile);
    return { key: `${process.version} ${process.arch} ${process.platform}`, data };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
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
  const descriptors = await compileDescriptors();
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
    outfile: PROVIDER_CLI,
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
  fs.chmodSync(PROVIDER_CLI, 0o755);
  await writeThirdPartyNotices(OUT_DIR);
  const size = fs.statSync(PROVIDER_BUNDLE).size;
  process.stderr.write(`provider ${PROVIDER_TYPE} v${version}: ${path.relative(ROOT, PROVIDER_BUNDLE)} (${(size / 1024).toFixed(0)} KiB) in ${Date.now() - started} ms\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`build-provider: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
