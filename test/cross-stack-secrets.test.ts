import { Fn, TerraformOutput } from 'cdktf';
import { RemoteClusterConnection } from '../src';
import { stackJson, synthErrors, twoStacks } from './support/two-stacks';

// key.encoded, key.apiKey and connection.credential used in another stack of the same app: cdktf
// passes them through a (sensitive) output of the key's stack and a terraform_remote_state data
// source, whose outputs the consumer does not treat as sensitive; the key marks them with sensitive().

const REMOTE_STATE = /data\.terraform_remote_state\.cross-stack-reference-input-keys\.outputs\.(cross-stack-output-[\w-]+)/;

describe('secrets used in another stack stay sensitive on both sides', () => {
  test.each([
    ['key.encoded', 'encoded'],
    ['key.apiKey', 'api_key'],
  ])('%s: the producing output is sensitive and the consumer reads it through sensitive()', (_, attribute) => {
    const { app, keys, consumer, key } = twoStacks();
    new TerraformOutput(consumer, 'secret', { value: attribute === 'encoded' ? key.encoded : key.apiKey, sensitive: true });
    expect(synthErrors(app)).toEqual([]);
    const value: string = stackJson(consumer).output.secret.value;
    expect(value).toMatch(new RegExp(`^\\$\\{sensitive\\(${REMOTE_STATE.source}\\)\\}$`));
    const outputName = REMOTE_STATE.exec(value)![1];
    const produced = stackJson(keys).output[outputName];
    expect(produced.sensitive).toBe(true);
    expect(produced.value).toMatch(new RegExp(`^\\$\\{elasticstack_elasticsearch_security_api_key\\.Key_\\w+\\.${attribute}\\}$`));
  });

  test('inside a function call and a string, the reference is still wrapped', () => {
    const { app, consumer, key } = twoStacks();
    new TerraformOutput(consumer, 'decoded', { value: Fn.base64decode(key.encoded), sensitive: true });
    new TerraformOutput(consumer, 'header', { value: `ApiKey ${key.encoded}`, sensitive: true });
    expect(synthErrors(app)).toEqual([]);
    const json = stackJson(consumer);
    expect(json.output.decoded.value).toMatch(new RegExp(`^\\$\\{base64decode\\(sensitive\\(${REMOTE_STATE.source}\\)\\)\\}$`));
    expect(json.output.header.value).toMatch(new RegExp(`^ApiKey \\$\\{sensitive\\(${REMOTE_STATE.source}\\)\\}$`));
  });

  test('connection.credential of a connection in the consumer stack is wrapped too', () => {
    const { app, consumer, key } = twoStacks();
    const connection = new RemoteClusterConnection(consumer, 'Conn', { alias: 'remote', key, seeds: ['remote:9443'] });
    new TerraformOutput(consumer, 'credential', { value: connection.credential, sensitive: true });
    expect(synthErrors(app)).toEqual([]);
    expect(stackJson(consumer).output.credential.value).toMatch(new RegExp(`^\\$\\{sensitive\\(${REMOTE_STATE.source}\\)\\}$`));
  });

  test('in the key\'s own stack the secret is the plain attribute reference (the provider schema marks it sensitive)', () => {
    const { app, keys, key } = twoStacks({ exportEncoded: false });
    new TerraformOutput(keys, 'secret', { value: key.encoded, sensitive: true });
    expect(synthErrors(app)).toEqual([]);
    expect(stackJson(keys).output.secret.value).toMatch(/^\$\{elasticstack_elasticsearch_security_api_key\.Key_\w+\.encoded\}$/);
  });
});
