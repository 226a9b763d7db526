import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import { connect, decodeRawStdBase64, derToPem } from './support/grpc-client';
import { BUNDLE, ClientCert, Launched, launchProvider, makeClientCert, pluginEnv, waitForExit } from './support/plugin-env';

jest.setTimeout(60_000);

let client: ClientCert;
const running: Launched[] = [];

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error('build the provider first: npx projen provider:build');
  client = await makeClientCert();
});

afterEach(() => {
  for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
});

async function start(extra: NodeJS.ProcessEnv = {}): Promise<Launched & { address: string; certPem: string }> {
  const p = await launchProvider(pluginEnv(client, extra));
  running.push(p);
  const fields = p.line.split('|');
  return { ...p, address: fields[3], certPem: derToPem(decodeRawStdBase64(fields[5])) };
}

function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat); // a zombie has ended
  } catch {
    return false;
  }
}

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return cond();
}

describe('handshake', () => {
  test('first stdout line is exactly 1|6|tcp|127.0.0.1:PORT|grpc|CERT with an unpadded base64 DER certificate', async () => {
    const p = await start();
    expect(p.line).toMatch(/^1\|6\|tcp\|127\.0\.0\.1:\d{1,5}\|grpc\|[A-Za-z0-9+/]+$/);
    const fields = p.line.split('|');
    expect(fields).toHaveLength(6);
    const port = Number(fields[3].split(':')[1]);
    expect(port).toBeGreaterThan(0);
    expect(port).toBeLessThan(65536);

    const der = decodeRawStdBase64(fields[5]);
    const cert = new X509Certificate(der);
    expect(cert.subject).toBe('CN=localhost');
    expect(cert.subjectAltName).toBe('DNS:localhost');
    expect(cert.ca).toBe(true);
    expect(cert.keyUsage).toEqual(expect.arrayContaining(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']));
    expect(cert.publicKey.asymmetricKeyType).toBe('ec');
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(new Date(cert.validFrom).getTime()).toBeLessThanOrEqual(Date.now());
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(Date.now() + 3600_000);
    expect(cert.checkIssued(cert)).toBe(true); // self-signed
    expect(cert.verify(cert.publicKey)).toBe(true);
  });

  test('each process makes a fresh certificate', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(a.line.split('|')[5]).not.toBe(b.line.split('|')[5]);
  });

  test('started by hand (no magic cookie): a clear message on stderr, nothing on stdout, non-zero exit', async () => {
    const env = { PATH: process.env.PATH };
    const child = spawn(BUNDLE, [], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const code = await waitForExit(child, 20_000);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('is a Terraform provider');
    expect(err).toContain('not meant to be run directly');
    expect(err).toContain('npx cdktf-elastic-cross-cluster provider install');
  });

  test('refuses to start without Terraform\'s client certificate', async () => {
    const env = { ...pluginEnv(client), PLUGIN_CLIENT_CERT: '' };
    const child = spawn(BUNDLE, [], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    expect(await waitForExit(child, 20_000)).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('PLUGIN_CLIENT_CERT');
  });
});

describe('mutual TLS', () => {
  test('a client without a certificate is refused', async () => {
    const p = await start();
    const c = connect(p.address, p.certPem);
    await expect(c.call(c.provider, 'GetProviderSchema')).rejects.toMatchObject({ code: 14 }); // UNAVAILABLE
    c.close();
  });

  test('a client with a certificate other than Terraform\'s is refused', async () => {
    const p = await start();
    const stranger = await makeClientCert();
    const c = connect(p.address, p.certPem, stranger);
    await expect(c.call(c.provider, 'GetProviderSchema')).rejects.toMatchObject({ code: 14 });
    c.close();
  });

  test('Terraform\'s client certificate gets the provider schema, health and capabilities', async () => {
    const p = await start();
    const c = connect(p.address, p.certPem, client);
    const schema = await c.call(c.provider, 'GetProviderSchema');
    expect(schema.diagnostics ?? []).toEqual([]);
    expect(schema.server_capabilities).toMatchObject({ get_provider_schema_optional: true });
    const block = (schema.provider as { block: { attributes: Array<{ name: string; sensitive?: boolean }> } }).block;
    expect(block.attributes.map((a) => a.name)).toEqual(['api_key', 'ca_data', 'ca_file', 'endpoints', 'expiry_warning_window', 'insecure', 'password', 'request_timeout', 'username']);
    expect(block.attributes.find((a) => a.name === 'password')?.sensitive).toBe(true);
    expect(await c.call(c.health, 'Check', { service: 'plugin' })).toEqual({ status: 'SERVING' });
    expect(await c.call(c.provider, 'StopProvider')).toEqual({});
    c.close();
  });
});

describe('process lifetime', () => {
  test('GRPCController.Shutdown replies, then the process exits 0', async () => {
    const p = await start();
    const c = connect(p.address, p.certPem, client);
    await c.call(c.provider, 'GetProviderSchema');
    const stdio = c.stdio.StreamStdio({});
    stdio.on('error', () => undefined);
    expect(await c.call(c.controller, 'Shutdown')).toEqual({});
    expect(await waitForExit(p.child, 3000)).toBe(0);
    c.close();
  });

  test('exits when Terraform (the parent process) goes away', async () => {
    // a stand-in for Terraform that starts the provider, reports its pid, and is then killed
    const script = `
      const c = require('child_process').spawn(${JSON.stringify(BUNDLE)}, [], { env: JSON.parse(process.env.PROVIDER_ENV), stdio: ['pipe', 'pipe', 'ignore'] });
      c.stdout.once('data', (d) => process.stdout.write(c.pid + ' ' + d));`;
    const parent = spawn(process.execPath, ['-e', script], {
      env: { PATH: process.env.PATH, PROVIDER_ENV: JSON.stringify(pluginEnv(client)) }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    const first = await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    const pid = Number(first.split(' ')[0]);
    expect(first.split(' ')[1]).toMatch(/^1\|6\|tcp\|/);
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await until(() => !alive(pid), 5000)).toBe(true);
  });

  test('stdin closing alone does not end it (stdin is Terraform\'s own, often /dev/null or closed early)', async () => {
    const p = await start();
    p.child.stdin!.end();
    await new Promise((r) => setTimeout(r, 1500));
    expect(p.child.exitCode).toBeNull();
    const c = connect(p.address, p.certPem, client);
    const schema = await c.call(c.provider, 'GetProviderSchema');
    expect(schema.provider).toBeDefined();
    await c.call(c.controller, 'Shutdown');
    expect(await waitForExit(p.child, 3000)).toBe(0);
    c.close();
  });

  test('ignores SIGINT (Terraform sends StopProvider instead) and logs only to stderr', async () => {
    const p = await start({ TF_LOG: 'trace' });
    let laterStdout = '';
    p.child.stdout!.on('data', (d: Buffer) => { laterStdout += d.toString(); });
    p.child.kill('SIGINT');
    const c = connect(p.address, p.certPem, client);
    await c.call(c.provider, 'GetProviderSchema');
    expect(p.child.exitCode).toBeNull();
    await c.call(c.controller, 'Shutdown');
    await waitForExit(p.child, 3000);
    c.close();
    expect(laterStdout).toBe('');
    const lines = p.stderr().trim().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const entry = JSON.parse(line);
      expect(entry['@timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      expect(['trace', 'debug', 'info', 'warn', 'error']).toContain(entry['@level']);
    }
  });
});
