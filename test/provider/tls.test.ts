// The plugin server's TLS settings: TLS 1.2 at least and AEAD suites only, set
// by the server itself so that NODE_OPTIONS cannot lower them; what Terraform's go-plugin client
// offers (TLS 1.3, or TLS 1.2 with ECDHE-ECDSA AEAD suites) still works, and the RPCs answer.
// Runs the built executable as Terraform does.
import * as fs from 'node:fs';
import * as tls from 'node:tls';
import { connect, decodeRawStdBase64, derToPem } from './support/grpc-client';
import { BUNDLE, ClientCert, Launched, launchProvider, makeClientCert, pluginEnv } from './support/plugin-env';

jest.setTimeout(60_000);

let client: ClientCert;
let provider: Launched & { host: string; port: number; certPem: string };

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error('build the provider first: npx projen provider:build');
  client = await makeClientCert();
  // Node options that would lower the defaults of a server that relied on them
  const p = await launchProvider(pluginEnv(client, { NODE_OPTIONS: '--tls-min-v1.0 --tls-cipher-list=DEFAULT:@SECLEVEL=0' }));
  const [host, port] = p.line.split('|')[3].split(':');
  provider = { ...p, host, port: Number(port), certPem: derToPem(decodeRawStdBase64(p.line.split('|')[5])) };
});

afterAll(() => {
  if (provider?.child.exitCode === null) provider.child.kill('SIGKILL');
});

type Outcome = { ok: true; protocol: string | null; cipher: string } | { ok: false; error: string };

/** One TLS handshake with the provider, presenting Terraform's client certificate. */
function handshake(options: tls.ConnectionOptions): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: provider.host,
      port: provider.port,
      servername: 'localhost',
      ca: provider.certPem,
      cert: client.certPem,
      key: client.keyPem,
      ALPNProtocols: ['h2'],
      ...options,
    });
    socket.once('secureConnect', () => {
      resolve({ ok: true, protocol: socket.getProtocol(), cipher: socket.getCipher().standardName });
      socket.destroy();
    });
    socket.once('error', (err) => resolve({ ok: false, error: err.message }));
  });
}

// The client side must allow old protocols and suites itself (OpenSSL 3 refuses them at its default
// security level), so that a refusal can only come from the server.
const permissive = { ciphers: 'ALL:@SECLEVEL=0' };

describe('refused, even with NODE_OPTIONS=--tls-min-v1.0 in the provider\'s environment', () => {
  test.each([['TLSv1'], ['TLSv1.1']] as Array<[tls.SecureVersion]>)('%s', async (version) => {
    const outcome = await handshake({ ...permissive, minVersion: version, maxVersion: version });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/protocol version|unsupported protocol/i) });
  });

  test.each([
    ['ECDHE-ECDSA-AES128-SHA', 'AES-128-CBC with SHA-1'],
    ['ECDHE-ECDSA-AES256-SHA384', 'AES-256-CBC with SHA-384'],
  ])('TLS 1.2 offering only the CBC suite %s (%s)', async (cipher) => {
    const outcome = await handshake({ ...permissive, ciphers: `${cipher}:@SECLEVEL=0`, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/handshake failure|no shared cipher/i) });
  });
});

describe('what Terraform\'s client offers works', () => {
  test('TLS 1.3 (what go-plugin and the provider settle on) with an AEAD suite', async () => {
    const outcome = await handshake({});
    expect(outcome).toEqual({ ok: true, protocol: 'TLSv1.3', cipher: expect.stringMatching(/^TLS_(AES_(128|256)_GCM|CHACHA20_POLY1305)_SHA(256|384)$/) });
  });

  test.each([
    ['ECDHE-ECDSA-AES128-GCM-SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'],
    ['ECDHE-ECDSA-AES256-GCM-SHA384', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
    ['ECDHE-ECDSA-CHACHA20-POLY1305', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256'],
  ])('TLS 1.2 with %s (go-plugin sets MinVersion TLS 1.2)', async (cipher, standardName) => {
    const outcome = await handshake({ ciphers: cipher, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
    expect(outcome).toEqual({ ok: true, protocol: 'TLSv1.2', cipher: standardName });
  });

  test('TLS 1.2 offering CBC and AEAD suites gets an AEAD one', async () => {
    const outcome = await handshake({ ciphers: 'ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256', minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', honorCipherOrder: true });
    expect(outcome).toMatchObject({ ok: true, cipher: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256' });
  });

  test('gRPC over the hardened connection answers GetProviderSchema', async () => {
    const c = connect(`${provider.host}:${provider.port}`, provider.certPem, client);
    const schema = await c.call(c.provider, 'GetProviderSchema');
    expect(schema.diagnostics ?? []).toEqual([]);
    c.close();
  });
});
