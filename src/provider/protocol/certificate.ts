import 'reflect-metadata'; // @peculiar/x509 needs it loaded first
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

export interface ServerCertificate {
  readonly certPem: string;
  readonly keyPem: string;
  readonly certDer: Uint8Array;
}

/**
 * A fresh self-signed server certificate for one process, as go-plugin's AutoMTLS expects it:
 * P-256 ECDSA-SHA256, CN=localhost with DNS SAN localhost, CA, key usages for signing and key
 * encipherment, extended key usages serverAuth and clientAuth. The key never leaves the process.
 */
export async function createServerCertificate(now: Date = new Date()): Promise<ServerCertificate> {
  const crypto = webcrypto;
  x509.cryptoProvider.set(crypto as unknown as Parameters<typeof x509.cryptoProvider.set>[1]);
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = await crypto.subtle.generateKey(alg, true, ['sign', 'verify']) as webcrypto.CryptoKeyPair;
  const serial = Buffer.from(crypto.getRandomValues(new Uint8Array(16)));
  serial[0] = serial[0] % 0x80; // positive
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString('hex'),
    name: 'CN=localhost',
    notBefore: new Date(now.getTime() - 30_000),
    notAfter: new Date(now.getTime() + 30 * 24 * 3600_000),
    signingAlgorithm: alg,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        // eslint-disable-next-line no-bitwise
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.keyCertSign, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
    ],
  });
  const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  const keyPem = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n?$/, '\n')}-----END PRIVATE KEY-----\n`;
  return { certPem: cert.toString('pem') + '\n', keyPem, certDer: new Uint8Array(cert.rawData) };
}
