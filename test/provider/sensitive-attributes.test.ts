// Sensitive schema flags (found sound, kept under test): the attributes that
// hold a secret are marked sensitive in the schema Terraform receives from the built executable,
// so that Terraform hides them in plan and apply output.
import * as fs from 'node:fs';
import { connect, decodeRawStdBase64, derToPem } from './support/grpc-client';
import { BUNDLE, Launched, launchProvider, makeClientCert, pluginEnv } from './support/plugin-env';

jest.setTimeout(60_000);

interface WireBlock { block: { attributes: Array<{ name: string; sensitive?: boolean }> } }

let provider: Launched | undefined;
let schema: { provider: WireBlock; resource_schemas: Record<string, WireBlock> };

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error('build the provider first: npx projen provider:build');
  const client = await makeClientCert();
  provider = await launchProvider(pluginEnv(client));
  const fields = provider.line.split('|');
  const c = connect(fields[3], derToPem(decodeRawStdBase64(fields[5])), client);
  schema = await c.call(c.provider, 'GetProviderSchema') as unknown as typeof schema;
  c.close();
});

afterAll(() => {
  if (provider?.child.exitCode === null) provider.child.kill('SIGKILL');
});

const sensitiveNames = (b: WireBlock): string[] => b.block.attributes.filter((a) => a.sensitive === true).map((a) => a.name).sort();

test('provider block: password and api_key are sensitive, nothing else', () => {
  expect(sensitiveNames(schema.provider)).toEqual(['api_key', 'password']);
});

test('eccx_cross_cluster_api_key: api_key and encoded (the key\'s secret) are sensitive, nothing else', () => {
  expect(sensitiveNames(schema.resource_schemas.eccx_cross_cluster_api_key)).toEqual(['api_key', 'encoded']);
});
