import { Fn, TerraformLocal, TerraformOutput } from 'cdktf';
import { CrossClusterApiKey, RemoteClusterConnection } from '../src';
import { synthKey } from './support/synth';
import { synthErrors, twoStacks } from './support/two-stacks';

// A TerraformOutput that carries a key's secret without sensitive: true fails synth (Terraform would
// refuse it only at plan: "Output refers to sensitive values"), naming the output and the fix.

const unmarked = (output: string, secret: string) =>
  expect.stringMatching(new RegExp(`output ${output} reads the secret ${secret} but is not sensitive.*Fix: add sensitive: true to the TerraformOutput`));

describe('unmarked outputs of a key\'s secrets fail synth', () => {
  test.each([
    ['key.encoded', (k: CrossClusterApiKey) => k.encoded, 'key\\.encoded'],
    ['key.apiKey', (k: CrossClusterApiKey) => k.apiKey, 'key\\.apiKey'],
    ['a string embedding key.encoded', (k: CrossClusterApiKey) => `prefix-${k.encoded}`, 'key\\.encoded'],
    ['key.apiKey inside a map and a list', (k: CrossClusterApiKey) => ({ header: [`ApiKey ${k.apiKey}`] }), 'key\\.apiKey'],
    ['key.encoded inside a function call', (k: CrossClusterApiKey) => Fn.base64decode(k.encoded), 'key\\.encoded'],
    ['key.encoded already wrapped in sensitive()', (k: CrossClusterApiKey) => Fn.sensitive(k.encoded), 'key\\.encoded'],
  ])('%s, in the key\'s stack', (_, value, secret) => {
    const { errors } = synthKey({ search: [{ names: ['a'] }] }, (key, stack) => new TerraformOutput(stack, 'leak', { value: value(key) }));
    expect(errors).toEqual([unmarked('test/leak', `${secret} of test/Key`)]);
    expect(errors[0]).toMatch(/^\[test\] output test\/leak /);
  });

  test('a secret read through locals (local of a local), and not a local whose name merely starts alike', () => {
    const { errors } = synthKey({ search: [{ names: ['a'] }] }, (key, stack) => {
      const l = new TerraformLocal(stack, 'l', { header: `ApiKey ${key.apiKey}` });
      const ll = new TerraformLocal(stack, 'll', Fn.lookup(l.asAnyMap, 'header', ''));
      const lll = new TerraformLocal(stack, 'lll', 'not a secret');
      new TerraformOutput(stack, 'viaLocal', { value: ll.asString });
      new TerraformOutput(stack, 'harmless', { value: lll.asString });
    });
    expect(errors).toEqual([unmarked('test/viaLocal', 'key\\.apiKey of test/Key \\(through local\\.l, local\\.ll\\)')]);
  });

  test('connection.credential, in the key\'s stack', () => {
    const { errors } = synthKey({ search: [{ names: ['a'] }] }, (key, stack) => {
      const connection = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote', key, seeds: ['remote:9443'] });
      new TerraformOutput(stack, 'credential', { value: connection.credential });
    });
    expect(errors).toEqual([unmarked('test/credential', 'key\\.encoded of test/Key')]);
  });

  test('key.encoded and connection.credential in another stack of the app', () => {
    const { app, consumer, key } = twoStacks();
    const connection = new RemoteClusterConnection(consumer, 'Conn', { alias: 'remote', key, seeds: ['remote:9443'] });
    new TerraformOutput(consumer, 'leak', { value: key.encoded });
    new TerraformOutput(consumer, 'credential', { value: `x${connection.credential}` });
    new TerraformOutput(consumer, 'wrapped', { value: Fn.sensitive(key.apiKey) });
    const errors = synthErrors(app);
    expect(errors).toEqual([
      unmarked('consumer/leak', 'key\\.encoded of keys/Key'),
      unmarked('consumer/credential', 'key\\.encoded of keys/Key'),
      unmarked('consumer/wrapped', 'key\\.apiKey of keys/Key'),
    ]);
    expect(errors[0]).toMatch(/^\[keys\] /);
  });

  test('sensitive outputs, the key\'s own output, the key id and the expiration pass', () => {
    const { errors } = synthKey({ search: [{ names: ['a'] }] }, (key, stack) => {
      new TerraformOutput(stack, 'marked', { value: key.encoded, sensitive: true });
      new TerraformOutput(stack, 'id', { value: key.keyId });
      new TerraformOutput(stack, 'expires', { value: key.expirationTimestamp });
    });
    expect(errors).toEqual([]);
  });

  test('an output of the key id, in a stack where its secret is used, is not reported', () => {
    const { app, consumer, key } = twoStacks();
    new TerraformOutput(consumer, 'marked', { value: key.encoded, sensitive: true });
    new TerraformOutput(consumer, 'id', { value: key.keyId });
    expect(synthErrors(app)).toEqual([]);
  });
});
