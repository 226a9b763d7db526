// Where and with what the provider listens (found sound, kept under
// test): only on 127.0.0.1, and with a key pair of its own, new in every process. Runs the built
// executable as Terraform does. (The mTLS gate itself is tested in protocol.test.ts.)
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import { decodeRawStdBase64 } from './support/grpc-client';
import { BUNDLE, Launched, launchProvider, makeClientCert, pluginEnv } from './support/plugin-env';

jest.setTimeout(60_000);

/** Launches `count` providers as Terraform would, runs `use` with them, and kills them after. */
async function withProviders<T>(count: number, use: (launched: Launched[]) => Promise<T>): Promise<T> {
  if (!fs.existsSync(BUNDLE)) throw new Error('build the provider first: npx projen provider:build');
  const client = await makeClientCert();
  const launched = await Promise.all(Array.from({ length: count }, () => launchProvider(pluginEnv(client))));
  try {
    return await use(launched);
  } finally {
    for (const p of launched) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  }
}

const portOf = (p: Launched): number => Number(p.line.split('|')[3].split(':')[1]);

/** The local address (`hex IP:hex port`) of every listening TCP socket the process holds, from /proc. */
function listeningAddresses(pid: number): string[] {
  const inodes = new Set(fs.readdirSync(`/proc/${pid}/fd`)
    .map((fd) => { try { return fs.readlinkSync(`/proc/${pid}/fd/${fd}`); } catch { return ''; } })
    .map((link) => /^socket:\[(\d+)\]$/.exec(link)?.[1])
    .filter((i): i is string => i !== undefined));
  const out: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[3] === '0A' && inodes.has(f[9])) out.push(f[1]); // 0A: LISTEN
    }
  }
  return out;
}

function refusedAt(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.once('connect', () => { s.destroy(); resolve('connected'); });
    s.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

describe('the provider listens on loopback only', () => {
  test('its one listening socket is bound to 127.0.0.1, at the port of the handshake line', () => withProviders(1, async ([p]) => {
    const expected = `0100007F:${portOf(p).toString(16).toUpperCase().padStart(4, '0')}`; // 127.0.0.1 as /proc writes it
    expect(listeningAddresses(p.child.pid!)).toEqual([expected]);
  }));

  test('the port does not answer on the machine\'s other addresses', () => withProviders(1, async ([p]) => {
    const port = portOf(p);
    const others = Object.values(os.networkInterfaces()).flat()
      .filter((a): a is os.NetworkInterfaceInfo => a !== undefined && !a.internal && a.family === 'IPv4')
      .map((a) => a.address);
    for (const host of others) expect({ host, outcome: await refusedAt(host, port) }).toEqual({ host, outcome: 'ECONNREFUSED' });
    expect(await refusedAt('127.0.0.1', port)).toBe('connected');
  }));
});

test('each process has a key pair of its own', () => withProviders(2, async ([a, b]) => {
  const key = (p: Launched): string => new X509Certificate(decodeRawStdBase64(p.line.split('|')[5])).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  expect(key(a)).not.toBe(key(b));
}));
