// Credentials over plain http: the provider warns when a password or API key
// would travel unencrypted to a host that is not this machine, and never prints the credentials.
import { recordingLogger } from './support/recording-log';
import { ProviderData, resolveConnection } from '../../src/provider/connection';
import { createProvider } from '../../src/provider/provider';
import { Diagnostic, Diagnostics, Value, attrPath } from '../../src/provider/values';

const basic = { username: 'elastic', password: 'hunter2-secret' };

function warnings(config: { [k: string]: Value }, env: NodeJS.ProcessEnv = {}): readonly Diagnostic[] {
  const diagnostics = new Diagnostics();
  resolveConnection(config, env, diagnostics);
  return diagnostics.all;
}

describe('a warning for credentials sent over http:// to a host that is not loopback', () => {
  test('basic authentication to a remote http endpoint: one warning per such endpoint, pointing at it', () => {
    const w = warnings({ ...basic, endpoints: ['https://safe:9200', 'http://es.example.com:9200'] });
    expect(w).toEqual([expect.objectContaining({ severity: 'warning', summary: 'Credentials sent without TLS', path: attrPath('endpoints', 1) })]);
    expect(w[0].detail).toContain('Endpoint 2 (http://es.example.com:9200)');
    expect(w[0].detail).toContain('password');
    expect(w[0].detail).toContain('https://');
  });

  test('an API key, and endpoints from ELASTICSEARCH_ENDPOINTS (no attribute to point at)', () => {
    const w = warnings({}, { ELASTICSEARCH_ENDPOINTS: 'http://10.0.0.5:9200', ELASTICSEARCH_API_KEY: 'a2V5OnNlY3JldA==' });
    expect(w).toEqual([expect.objectContaining({ severity: 'warning', summary: 'Credentials sent without TLS', path: undefined })]);
    expect(w[0].detail).toContain('API key');
  });

  test('the warning never quotes a secret, even one written into the URL', () => {
    const w = warnings({ ...basic, api_key: 'a2V5OnNlY3JldA==', endpoints: ['http://admin:url-secret@es.example.com:9200/'] });
    expect(w).toHaveLength(1);
    const text = JSON.stringify(w);
    for (const secret of ['hunter2-secret', 'url-secret', 'a2V5OnNlY3JldA==', 'admin']) expect(text).not.toContain(secret);
  });

  test.each(['http://localhost:9200', 'http://127.0.0.1:9200', 'http://127.8.9.1:9200', 'http://[::1]:9200', 'http://es.localhost:9200'])(
    'no warning for the loopback endpoint %s', (endpoint) => {
      expect(warnings({ ...basic, endpoints: [endpoint] })).toEqual([]);
    });

  test('no warning for https, nor for http without credentials', () => {
    expect(warnings({ ...basic, endpoints: ['https://es.example.com:9200'] })).toEqual([]);
    expect(warnings({ endpoints: ['http://es.example.com:9200'] })).toEqual([]);
  });

  test('the provider\'s configure reports the warning to Terraform', async () => {
    const provider = createProvider([]);
    const diagnostics = new Diagnostics();
    const ctx = { providerData: undefined, diagnostics, log: recordingLogger().log, signal: new AbortController().signal };
    const config = { ...basic, endpoints: ['http://es.example.com:9200'], api_key: null, ca_file: null, ca_data: null, insecure: null, request_timeout: null };
    const data = await provider.configure!({ config, terraformVersion: '1.11.4' }, ctx) as ProviderData;
    expect(data.authMethod).toBe('basic');
    expect(diagnostics.all).toEqual([expect.objectContaining({ severity: 'warning', summary: 'Credentials sent without TLS' })]);
  });
});
