import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeZip } from './support/zip-writer';
import { escapeModulePath, fetchModuleZip, goProxies, readZipFiles, sha256 } from '../../scripts/go-module-proxy';
import { PROTO_SOURCES } from '../../scripts/provider-descriptors';

// The provider build fetches the plugin protocol's .proto files from the Go module proxy with Node
// only: GOPROXY honoured, each zip checked against its pinned sha256, files read with zlib.
jest.setTimeout(120_000);

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** A GOPROXY on loopback serving `zips` by request path, recording what was asked. */
async function fakeProxy(zips: Record<string, Buffer>): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const zip = zips[req.url ?? ''];
    res.writeHead(zip ? 200 : 404, { 'content-type': zip ? 'application/zip' : 'text/plain' });
    res.end(zip ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const tempDirs: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const emptyModCache = (): string => tempDir('eccx-gomodcache-');

describe('GOPROXY', () => {
  test('default is proxy.golang.org; direct (needs go) is skipped; off ends the list; | falls through on any error', () => {
    expect(goProxies(undefined)).toEqual([{ url: 'https://proxy.golang.org', fallThroughOnError: false }]);
    expect(goProxies('')).toEqual([{ url: 'https://proxy.golang.org', fallThroughOnError: false }]);
    expect(goProxies('https://a.example/,direct')).toEqual([{ url: 'https://a.example', fallThroughOnError: false }]);
    expect(goProxies('https://a.example|https://b.example,off,https://c.example')).toEqual([
      { url: 'https://a.example', fallThroughOnError: true },
      { url: 'https://b.example', fallThroughOnError: false },
    ]);
    expect(goProxies('off')).toEqual([]);
  });

  test('module paths escape upper-case letters as !lower', () => {
    expect(escapeModulePath('github.com/BurntSushi/toml')).toBe('github.com/!burnt!sushi/toml');
    expect(escapeModulePath('github.com/hashicorp/go-plugin')).toBe('github.com/hashicorp/go-plugin');
  });
});

describe('fetchModuleZip', () => {
  const zip = writeZip([{ name: 'example.com/m@v1.0.0/a.proto', data: Buffer.from('syntax = "proto3";\n') }]);
  const mod = { module: 'example.com/M', version: 'v1.0.0', zipSha256: sha256(zip) };
  const zipPath = '/example.com/!m/@v/v1.0.0.zip';

  test('asks the GOPROXY entries in order: after a 404 the next one', async () => {
    const empty = await fakeProxy({});
    const full = await fakeProxy({ [zipPath]: zip });
    try {
      const got = await fetchModuleZip(mod, { GOPROXY: `${empty.url},${full.url}`, GOMODCACHE: emptyModCache() });
      expect(got.equals(zip)).toBe(true);
      expect(empty.requests).toEqual([zipPath]);
      expect(full.requests).toEqual([zipPath]);
    } finally {
      await empty.close();
      await full.close();
    }
  });

  test('refuses a zip whose sha256 is not the pinned one', async () => {
    const tampered = writeZip([{ name: 'example.com/m@v1.0.0/a.proto', data: Buffer.from('syntax = "proto2";\n') }]);
    const proxy = await fakeProxy({ [zipPath]: tampered });
    try {
      await expect(fetchModuleZip(mod, { GOPROXY: proxy.url, GOMODCACHE: emptyModCache() }))
        .rejects.toThrow(`has sha256 ${sha256(tampered)}, not the pinned ${mod.zipSha256}: refusing it`);
    } finally {
      await proxy.close();
    }
  });

  test('names every proxy asked when none has the module, and that direct was skipped', async () => {
    const proxy = await fakeProxy({});
    try {
      await expect(fetchModuleZip(mod, { GOPROXY: `${proxy.url},direct`, GOMODCACHE: emptyModCache() }))
        .rejects.toThrow(new RegExp(`could not fetch example.com/M@v1.0.0 .*"direct" needs the go toolchain.*${proxy.url}${zipPath}: HTTP 404`));
    } finally {
      await proxy.close();
    }
  });

  test('uses the Go module cache when it holds the pinned zip, without asking a proxy', async () => {
    const cache = emptyModCache();
    const dir = path.join(cache, 'cache', 'download', 'example.com', '!m', '@v');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'v1.0.0.zip'), zip);
    const got = await fetchModuleZip(mod, { GOPROXY: 'off', GOMODCACHE: cache });
    expect(got.equals(zip)).toBe(true);
  });
});

describe('readZipFiles', () => {
  test('reads stored and deflated entries by name and names the missing ones', () => {
    const text = Buffer.from('message A { string b = 1; }\n'.repeat(50));
    const zip = writeZip([
      { name: 'm@v1/x/stored.proto', data: text },
      { name: 'm@v1/other.txt', data: Buffer.from('ignored') },
      { name: 'm@v1/y/deflated.proto', data: text, deflate: true },
    ]);
    const files = readZipFiles(zip, ['m@v1/x/stored.proto', 'm@v1/y/deflated.proto']);
    expect([...files.keys()]).toEqual(['m@v1/x/stored.proto', 'm@v1/y/deflated.proto']);
    expect(files.get('m@v1/x/stored.proto')!.equals(text)).toBe(true);
    expect(files.get('m@v1/y/deflated.proto')!.equals(text)).toBe(true);
    expect(() => readZipFiles(zip, ['m@v1/none.proto'])).toThrow('zip archive lacks m@v1/none.proto');
    expect(() => readZipFiles(Buffer.from('not a zip'), [])).toThrow('no end of central directory record');
  });
});

describe('protocol descriptors without go', () => {
  test('a process whose PATH has no go compiles the descriptors from a GOPROXY serving the pinned zips', async () => {
    // the pinned zips, from the Go module cache or the real proxy (verified against their sha256)
    const zips: Record<string, Buffer> = {};
    for (const src of Object.values(PROTO_SOURCES)) {
      zips[`/${escapeModulePath(src.module)}/@v/${src.version}.zip`] = await fetchModuleZip(src);
    }
    const proxy = await fakeProxy(zips);
    // a PATH with node and nothing else: no go, no shell tools
    const bin = tempDir('eccx-nogo-');
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const script = [
      "require('ts-node').register({ transpileOnly: true, project: 'test/tsconfig.json' });",
      "require('./scripts/provider-descriptors').compileDescriptors().then((d) => {",
      '  const t = d.nested.tfplugin6.nested; const p = d.nested.plugin.nested;',
      '  process.stdout.write(JSON.stringify(Object.keys(t.Provider.methods).concat(Object.keys(p.GRPCController.methods))));',
      '}, (e) => { process.stderr.write(String(e)); process.exit(1); });',
    ].join('\n');
    try {
      const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(path.join(bin, 'node'), ['-e', script], {
          cwd: REPO_ROOT,
          env: { PATH: bin, HOME: bin, GOPROXY: proxy.url, GOMODCACHE: emptyModCache() },
        }, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr }));
      });
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual(expect.arrayContaining(['GetProviderSchema', 'ApplyResourceChange', 'Shutdown']));
      expect(proxy.requests.sort()).toEqual(Object.keys(zips).sort());
    } finally {
      await proxy.close();
    }
  });
});
