// Rotation (time_rotating from @cdktf/provider-time) and secrets across stacks inside a CDK Terrain
// (cdktn 0.24) app, with "cdktf" resolving to cdktn as in cdktn-compat.test.ts: the prebuilt time
// provider package and the key's sensitive() wrapping must work there too.
jest.mock('cdktf', () => jest.requireActual('cdktn'));

import * as cdktn from 'cdktn';
import { CrossClusterApiKey, KeyRotation } from '../src';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

function stack(app: cdktn.App, id: string): cdktn.TerraformStack {
  const s = new cdktn.TerraformStack(app, id);
  new ElasticstackProvider(s, 'elasticstack', { elasticsearch: [{}] });
  return s;
}

test('a rotated key and its encoded value used in another stack synthesize in a cdktn app', () => {
  const app = cdktn.Testing.app();
  const keys = stack(app, 'keys');
  const consumer = stack(app, 'consumer');
  const key = new CrossClusterApiKey(keys, 'Key', { name: 'ccx', search: [{ names: ['a'] }], expiration: '30d', rotation: KeyRotation.beforeExpiry('7d') });
  new cdktn.TerraformOutput(consumer, 'secret', { value: key.encoded, sensitive: true });
  app.synth();
  const keysJson = JSON.parse(cdktn.Testing.synth(keys));
  const [rotatingId] = Object.keys(keysJson.resource.time_rotating);
  expect(keysJson.resource.time_rotating[rotatingId].rotation_minutes).toBe(23 * 24 * 60);
  const keyJson = Object.values(keysJson.resource.elasticstack_elasticsearch_security_api_key)[0] as any;
  expect(keyJson.lifecycle.replace_triggered_by).toEqual([`\${time_rotating.${rotatingId}}`]);
  expect(JSON.parse(cdktn.Testing.synth(consumer)).output.secret.value).toMatch(/^\$\{sensitive\(data\.terraform_remote_state\.[\w-]+\.outputs\.[\w-]+\)\}$/);
});

test('an unmarked output of the secret fails cdktn synth with its path', () => {
  const app = cdktn.Testing.app();
  const keys = stack(app, 'keys');
  const key = new CrossClusterApiKey(keys, 'Key', { name: 'ccx', search: [{ names: ['a'] }] });
  new cdktn.TerraformOutput(keys, 'leak', { value: key.apiKey });
  expect(() => app.synth()).toThrow(/\[keys\] output keys\/leak reads the secret key\.apiKey of keys\/Key but is not sensitive/);
});
