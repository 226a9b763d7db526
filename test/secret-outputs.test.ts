import { TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { CrossClusterApiKey, KeyProviderType, testing } from '../src';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

/** Synthesizes a stack with one key (exported `encoded` unless told otherwise) and what `build` adds. */
function synth(build: (stack: TerraformStack, key: CrossClusterApiKey) => void, providerType = KeyProviderType.ELASTICSTACK): string {
  const stack = new TerraformStack(Testing.app(), 'stack');
  const provider = providerType === KeyProviderType.ECCX ? new EccxProvider(stack, 'eccx', {}) : new ElasticstackProvider(stack, 'es', { elasticsearch: [{}] });
  const key = new CrossClusterApiKey(stack, 'Key', { provider, name: 'k', search: [{ names: ['logs-*'] }], encodedOutputName: 'encoded' });
  build(stack, key);
  // Without validations: the key's own check fails synth on these outputs (test/unmarked-outputs.test.ts);
  // the helper answers the same question for a document, e.g. one synthesized with skipValidation.
  return Testing.synth(stack);
}

describe('SecretOutputs.findUnmarked', () => {
  test.each([KeyProviderType.ELASTICSTACK, KeyProviderType.ECCX])('the construct\'s own encoded output is sensitive (%s)', (type) => {
    expect(testing.SecretOutputs.findUnmarked(synth(() => {}, type))).toEqual([]);
  });

  test('an output of encoded without sensitive is reported with the reference', () => {
    const json = synth((stack, key) => new TerraformOutput(stack, 'leak', { value: key.encoded }));
    expect(testing.SecretOutputs.findUnmarked(json)).toEqual([
      { output: 'leak', secrets: [expect.stringMatching(/^elasticstack_elasticsearch_security_api_key\.Key_\w+\.encoded$/)] },
    ]);
  });

  test('api_key inside a template string and an object value is reported (eccx)', () => {
    const json = synth((stack, key) => {
      new TerraformOutput(stack, 'header', { value: `ApiKey ${key.apiKey}` });
      new TerraformOutput(stack, 'nested', { value: { secret: [key.apiKey] } });
    }, KeyProviderType.ECCX);
    const found = testing.SecretOutputs.findUnmarked(json);
    expect(found.map((f) => f.output)).toEqual(['header', 'nested']);
    expect(found[0].secrets).toEqual([expect.stringMatching(/^eccx_cross_cluster_api_key\.Key_\w+\.api_key$/)]);
  });

  test('the whole key resource, and a splat or index over it, carry its secrets', () => {
    const json = synth((stack, key) => {
      new TerraformOutput(stack, 'whole', { value: key.resource.fqn });
      new TerraformOutput(stack, 'splat', { value: `\${${key.resource.terraformResourceType}.${key.resource.friendlyUniqueId}[*].api_key}` });
      new TerraformOutput(stack, 'ids', { value: `\${${key.resource.terraformResourceType}.${key.resource.friendlyUniqueId}[*].key_id}` });
    });
    const found = testing.SecretOutputs.findUnmarked(json);
    expect(found.map((f) => f.output)).toEqual(['splat', 'whole']);
    expect(found[1].secrets).toEqual([expect.stringMatching(/^elasticstack_elasticsearch_security_api_key\.Key_\w+$/)]);
  });

  test('key id and expiration timestamp are not secrets', () => {
    const json = synth((stack, key) => {
      new TerraformOutput(stack, 'id', { value: key.keyId });
      new TerraformOutput(stack, 'expires', { value: key.expirationTimestamp });
    });
    expect(testing.SecretOutputs.findUnmarked(json)).toEqual([]);
  });

  test('a sensitive variable and a local that reads the key are followed; a plain variable is not', () => {
    const json = synth((stack, key) => {
      const password = new TerraformVariable(stack, 'password', { type: 'string', sensitive: true });
      const user = new TerraformVariable(stack, 'user', { type: 'string' });
      const credential = new TerraformLocal(stack, 'credential', key.encoded);
      const wrapped = new TerraformLocal(stack, 'wrapped', `x-${credential.asString}`);
      new TerraformOutput(stack, 'password_out', { value: password.stringValue });
      new TerraformOutput(stack, 'user_out', { value: user.stringValue });
      new TerraformOutput(stack, 'via_local', { value: wrapped.asString });
    });
    expect(testing.SecretOutputs.findUnmarked(json)).toEqual([
      { output: 'password_out', secrets: ['var.password'] },
      { output: 'via_local', secrets: ['local.wrapped'] },
    ]);
  });

  test('literal text that looks like a reference, outside ${...}, is not a secret', () => {
    const json = synth((stack) => new TerraformOutput(stack, 'doc', { value: 'see elasticstack_elasticsearch_security_api_key.Key.encoded' }));
    expect(testing.SecretOutputs.findUnmarked(json)).toEqual([]);
  });

  test('text that is not a stack document is refused with the fix', () => {
    expect(() => testing.SecretOutputs.findUnmarked('cdktf.out')).toThrow(/synthesized: is not JSON .*Fix: pass the text that Testing\.synth\(stack\) returns/);
    expect(() => testing.SecretOutputs.findUnmarked('[]')).toThrow(/not a stack document/);
  });
});
