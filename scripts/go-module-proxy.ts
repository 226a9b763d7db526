/**
 * Go module zips from the Go module proxy over plain HTTPS, with Node only (no `go` toolchain):
 * the proxy protocol is `GET $GOPROXY/<escaped module>/@v/<version>.zip`
 * (https://go.dev/ref/mod#goproxy-protocol). Every zip is checked against a sha256 pinned in this
 * repository before a byte of it is used, and files are read from it with Node's zlib.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

/** A module version and the sha256 (hex) of its zip as the proxy serves it. */
export interface PinnedModule {
  readonly module: string;
  readonly version: string;
  readonly zipSha256: string;
}

const DEFAULT_GOPROXY = 'https://proxy.golang.org,direct';

/** One GOPROXY entry and whether the next one is tried after any failure (`|`) or only after 404/410 (`,`). */
export interface ProxyEntry { readonly url: string; readonly fallThroughOnError: boolean }

/**
 * The proxies of a GOPROXY value, in order (https://go.dev/ref/mod#environment-variables). `direct`
 * (fetch from version control) needs the go toolchain and is skipped; `off` ends the list.
 */
export function goProxies(goproxy: string | undefined): ProxyEntry[] {
  const value = goproxy === undefined || goproxy.trim() === '' ? DEFAULT_GOPROXY : goproxy;
  const out: ProxyEntry[] = [];
  const re = /([^,|]+)([,|]?)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) {
    const url = m[1].trim();
    if (url === 'off') break;
    if (url === 'direct' || url === '') continue;
    out.push({ url: url.replace(/\/+$/, ''), fallThroughOnError: m[2] === '|' });
  }
  return out;
}

/** Module paths in proxy URLs write each upper-case letter as `!` and its lower case. */
export function escapeModulePath(modulePath: string): string {
  return modulePath.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

/** The zip in the local Go module cache, if `go` ever downloaded it (read as a plain file). */
function fromGoModuleCache(mod: PinnedModule, env: NodeJS.ProcessEnv): Buffer | undefined {
  const gopath = (env.GOPATH ?? '').split(path.delimiter).find((p) => p !== '') ?? path.join(os.homedir(), 'go');
  const modcache = env.GOMODCACHE || path.join(gopath, 'pkg', 'mod');
  const file = path.join(modcache, 'cache', 'download', escapeModulePath(mod.module), '@v', `${mod.version}.zip`);
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What downloads a URL: status and body. Default: Node's fetch with a 60 s timeout. */
export type Download = (url: string) => Promise<{ status: number; body: Buffer }>;

const nodeDownload: Download = async (url) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000), redirect: 'follow' });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
};

/**
 * The module's zip, verified against its pinned sha256: from the Go module cache when it is there
 * and matches, else from the proxies of GOPROXY in order. Throws when no source gives the pinned bytes.
 */
export async function fetchModuleZip(mod: PinnedModule, env: NodeJS.ProcessEnv = process.env, download: Download = nodeDownload): Promise<Buffer> {
  const cached = fromGoModuleCache(mod, env);
  if (cached && sha256(cached) === mod.zipSha256) return cached;
  const failures: string[] = [];
  for (const proxy of goProxies(env.GOPROXY)) {
    const url = `${proxy.url}/${escapeModulePath(mod.module)}/@v/${mod.version}.zip`;
    let res: { status: number; body: Buffer };
    try {
      res = await download(url);
    } catch (err) {
      failures.push(`${url}: ${err instanceof Error ? err.message : String(err)}`);
      if (proxy.fallThroughOnError) continue;
      break;
    }
    if (res.status === 200) {
      const actual = sha256(res.body);
      if (actual !== mod.zipSha256) throw new Error(`${url} has sha256 ${actual}, not the pinned ${mod.zipSha256}: refusing it`);
      return res.body;
    }
    failures.push(`${url}: HTTP ${res.status}`);
    // a "," list moves on only when the proxy does not have the module (404, 410); a "|" list always
    if (res.status !== 404 && res.status !== 410 && !proxy.fallThroughOnError) break;
  }
  throw new Error(`could not fetch ${mod.module}@${mod.version} from the Go module proxy (GOPROXY=${env.GOPROXY ?? DEFAULT_GOPROXY}; `
    + `"direct" needs the go toolchain and is skipped): ${failures.join('; ') || 'no proxy to ask'}`);
}

/**
 * The named files of a zip archive (stored or deflated entries, as Go module zips have), read from
 * its central directory (PKWARE APPNOTE 4.3.12 and 4.3.16). Names are the full entry names.
 */
export function readZipFiles(zip: Buffer, names: readonly string[]): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const wanted = new Set(names);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip central directory entry ${i} is malformed`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted.has(name)) continue;
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) out.set(name, Buffer.from(data));
    else if (method === 8) out.set(name, zlib.inflateRawSync(data));
    else throw new Error(`zip entry ${name} uses compression method ${method}, which this reader does not know`);
  }
  const missing = names.filter((n) => !out.has(n));
  if (missing.length > 0) throw new Error(`zip archive lacks ${missing.join(', ')}`);
  return out;
}
