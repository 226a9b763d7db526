// CA settings of the eccx provider block: `ca_file` and `ca_data` together are a
// configuration error naming both; a CA that is not a valid PEM certificate is a configuration
// error naming the attribute, instead of TLS later failing with "self-signed certificate".
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveConnection } from '../../src/provider/connection';
import { createServerCertificate } from '../../src/provider/protocol/certificate';
import { DiagnosticError, attrPath } from '../../src/provider/values';

let dir: string;
let certA: string;
let certB: string;

beforeAll(async () => {
  [certA, certB] = (await Promise.all([createServerCertificate(), createServerCertificate()])).map((c) => c.certPem);
});
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-ca-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The diagnostic that resolving `config` throws (fails the test when nothing is thrown). */
function configError(config: Record<string, string>): { summary: string; detail?: string; path?: unknown } {
  try {
    resolveConnection({ endpoints: ['https://es:9200'], ...config }, {});
  } catch (err) {
    expect(err).toBeInstanceOf(DiagnosticError);
    return (err as DiagnosticError).diagnostics[0];
  }
  throw new Error(`no configuration error for ${Object.keys(config).join(', ')}`);
}

function writeFile(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('ca_file and ca_data', () => {
  test('both set is a configuration error naming both attributes', () => {
    const d = configError({ ca_file: writeFile('ca.pem', certA), ca_data: certB });
    expect(d.summary).toBe('Conflicting CA settings');
    expect(d.detail).toContain('`ca_file`');
    expect(d.detail).toContain('`ca_data`');
    expect(d.path).toEqual(attrPath('ca_data'));
  });

  test('either one alone is used as given, a bundle of several certificates too', () => {
    expect(resolveConnection({ ca_data: certA }, {}).caPem).toBe(certA);
    const bundle = `${certA}\n${certB}`;
    expect(resolveConnection({ ca_file: writeFile('bundle.pem', bundle) }, {}).caPem).toBe(bundle);
    expect(resolveConnection({}, {}).caPem).toBeUndefined();
  });
});

describe('a CA that is not a valid PEM certificate is a configuration error naming the attribute', () => {
  const broken = (pem: string): string => pem.replace(/^(-----BEGIN CERTIFICATE-----\n)(.{20})/, '$1AAAAAAAAAAAAAAAAAAAA');
  const privateKeyOnly = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIOnQ3s7Xh2b1\n-----END PRIVATE KEY-----\n';

  test.each([
    ['plain text', () => 'not a certificate', /holds no PEM certificate/],
    ['a private key and no certificate', () => privateKeyOnly, /holds no PEM certificate/],
    ['a certificate block with damaged contents', () => broken(certA), /Certificate 1 in `ca_(data|file)` is not a valid X\.509 certificate/],
    ['a good certificate followed by a damaged one', () => `${certA}${broken(certB)}`, /Certificate 2 in `ca_(data|file)` is not a valid X\.509 certificate/],
  ])('%s, in ca_data and in ca_file', (_name, pem, detail) => {
    const fromData = configError({ ca_data: pem() });
    expect(fromData).toMatchObject({ summary: 'Invalid CA certificate', path: attrPath('ca_data') });
    expect(fromData.detail).toMatch(detail);
    expect(fromData.detail).toContain('`ca_data`');
    const fromFile = configError({ ca_file: writeFile('ca.pem', pem()) });
    expect(fromFile).toMatchObject({ summary: 'Invalid CA certificate', path: attrPath('ca_file') });
    expect(fromFile.detail).toMatch(detail);
    expect(fromFile.detail).toContain('`ca_file`');
  });

  test('a ca_file that cannot be read names the attribute', () => {
    expect(configError({ ca_file: path.join(dir, 'missing.pem') })).toMatchObject({ summary: 'Cannot read CA certificate', path: attrPath('ca_file') });
  });
});
