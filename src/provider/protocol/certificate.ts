import * as crypto from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import * as asn1X509 from '@peculiar/asn1-x509';

export interface ServerCertificate {
  readonly certPem: string;
  readonly keyPem: string;
  readonly certDer: Uint8Array;
}

/** ecdsa-with-SHA256 (RFC 5758): no parameters. */
const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const COMMON_NAME = '2.5.4.3';

function extension(extnID: string, critical: boolean, value: unknown): asn1X509.Extension {
  return new asn1X509.Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

function pem(label: string, der: Uint8Array): string {
  const b64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n?$/, '\n');
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
}

/**
 * A fresh self-signed server certificate for one process, as go-plugin's AutoMTLS expects it:
 * P-256 ECDSA-SHA256, CN=localhost with DNS SAN localhost, CA, key usages for signing and key
 * encipherment, extended key usages serverAuth and clientAuth. The key never leaves the process.
 *
 * The key pair and the signature come from Node's crypto (synchronous: a P-256 key and one
 * signature take well under a millisecond); the certificate structure is @peculiar/asn1-x509's
 * X.509 model, serialized to DER by @peculiar/asn1-schema.
 */
export async function createServerCertificate(now: Date = new Date()): Promise<ServerCertificate> {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const serial = crypto.randomBytes(16);
  // DER INTEGER, positive and minimal: the first byte in 0x01..0x7f
  // eslint-disable-next-line no-bitwise
  serial[0] = (serial[0] & 0x7f) || 1;
  const name = new asn1X509.Name([new asn1X509.RelativeDistinguishedName([
    new asn1X509.AttributeTypeAndValue({ type: COMMON_NAME, value: new asn1X509.AttributeValue({ utf8String: 'localhost' }) }),
  ])]);
  const algorithm = new asn1X509.AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 });
  const keyUsage = new asn1X509.KeyUsage(
    // eslint-disable-next-line no-bitwise
    asn1X509.KeyUsageFlags.digitalSignature | asn1X509.KeyUsageFlags.keyEncipherment | asn1X509.KeyUsageFlags.keyCertSign);
  const tbs = new asn1X509.TBSCertificate({
    version: asn1X509.Version.v3,
    serialNumber: new Uint8Array(serial).buffer,
    signature: algorithm,
    issuer: name,
    validity: new asn1X509.Validity({
      notBefore: new Date(now.getTime() - 30_000),
      notAfter: new Date(now.getTime() + 30 * 24 * 3600_000),
    }),
    subject: name,
    subjectPublicKeyInfo: AsnConvert.parse(publicKey.export({ type: 'spki', format: 'der' }), asn1X509.SubjectPublicKeyInfo),
    extensions: new asn1X509.Extensions([
      extension(asn1X509.id_ce_basicConstraints, true, new asn1X509.BasicConstraints({ cA: true })),
      extension(asn1X509.id_ce_keyUsage, true, keyUsage),
      extension(asn1X509.id_ce_extKeyUsage, false, new asn1X509.ExtendedKeyUsage([asn1X509.id_kp_serverAuth, asn1X509.id_kp_clientAuth])),
      extension(asn1X509.id_ce_subjectAltName, false, new asn1X509.SubjectAlternativeName([new asn1X509.GeneralName({ dNSName: 'localhost' })])),
    ]),
  });
  const tbsDer = AsnConvert.serialize(tbs);
  const signature = crypto.sign('sha256', new Uint8Array(tbsDer), { key: privateKey, dsaEncoding: 'der' });
  const cert = new asn1X509.Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm: algorithm,
    signatureValue: new Uint8Array(signature).buffer,
  });
  const certDer = new Uint8Array(AsnConvert.serialize(cert));
  return {
    certPem: pem('CERTIFICATE', certDer),
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    certDer,
  };
}
