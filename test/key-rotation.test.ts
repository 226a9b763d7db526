import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { Rotating } from '@cdktf/provider-time/lib/rotating';
import { TerraformStack } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps, KeyRotation } from '../src';
import { keyBlock, StackJson, synthKey, synthStack, variable } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';

/** The one time_rotating block of a synthesized stack, with its address. */
function rotating(json: StackJson): { address: string; block: Record<string, any> } {
  const blocks = Object.entries(json.resource?.time_rotating ?? {});
  expect(blocks).toHaveLength(1);
  const [id, block] = blocks[0];
  return { address: `time_rotating.${id}`, block: block as Record<string, any> };
}

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

describe('KeyRotation on the elasticstack provider', () => {
  test('every("30d") writes a time_rotating of 43200 minutes that the key is replaced by, new key first', () => {
    const { json, errors } = synthKey({ search: [{ names: ['a'] }], expiration: '90d', rotation: KeyRotation.every('30d') });
    expect(errors).toEqual([]);
    const { address, block } = rotating(json);
    expect(block.rotation_minutes).toBe(43200);
    // cdktf writes the reference as an interpolation, which Terraform's JSON syntax reads as the address.
    expect(keyBlock(json).lifecycle).toEqual({ create_before_destroy: true, replace_triggered_by: [`\${${address}}`] });
  });

  test('beforeExpiry("7d") on a "30d" key rotates every 23 days', () => {
    const { json, errors } = synthKey({ search: [{ names: ['a'] }], expiration: '30d', rotation: KeyRotation.beforeExpiry('7d') });
    expect(errors).toEqual([]);
    expect(rotating(json).block.rotation_minutes).toBe(23 * 24 * 60);
  });

  test('the time_rotating block conforms to @cdktf/provider-time\'s bindings, and the stack requires hashicorp/time', () => {
    const { json } = synthKey({ search: [{ names: ['a'] }], rotation: KeyRotation.every('12h') });
    const { block } = rotating(json);
    // Every written argument is an input of the generated Rotating class (e.g. rotationMinutesInput).
    const inputs = Object.getOwnPropertyNames(Rotating.prototype).filter((n) => n.endsWith('Input'));
    for (const name of Object.keys(block).filter((n) => n !== '//')) expect(inputs).toContain(`${camel(name)}Input`);
    expect(block.rotation_minutes).toBe(720);
    expect(json.terraform.required_providers.time.source).toBe('hashicorp/time');
    expect(Object.keys(json.provider.time)).toHaveLength(1);
  });

  test('a stack\'s own time provider is used, not a second one', () => {
    const { json } = synthStack((stack: TerraformStack) => {
      new TimeProvider(stack, 'my-time', {});
      new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }], rotation: KeyRotation.every('1d') });
      new CrossClusterApiKey(stack, 'K2', { name: 'b', search: [{ names: ['b'] }], rotation: KeyRotation.every('2d') });
    });
    expect(json.provider.time).toHaveLength(1);
    expect(Object.keys(json.resource.time_rotating)).toHaveLength(2);
  });

  test('a key without rotation has no time_rotating and no time provider', () => {
    const { json } = synthKey({ search: [{ names: ['a'] }], expiration: '30d' });
    expect(json.resource.time_rotating).toBeUndefined();
    expect(json.provider.time).toBeUndefined();
    expect(keyBlock(json).lifecycle).toEqual({ create_before_destroy: true });
  });
});

describe('KeyRotation on the eccx provider: the key resource\'s own rotation_period', () => {
  function synthEccx(props: Partial<CrossClusterApiKeyProps>, build?: (stack: TerraformStack) => Partial<CrossClusterApiKeyProps>) {
    return synthStack((stack) => {
      const provider = new EccxProvider(stack, 'eccx', {});
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', provider, search: [{ names: ['a'] }], ...props, ...build?.(stack) });
    }, { provider: false });
  }

  test.each([
    ['every("7d")', { rotation: KeyRotation.every('7d') }, '7d'],
    ['every("90s"): eccx is not limited to minutes', { rotation: KeyRotation.every('90s') }, '90s'],
    ['beforeExpiry("7d") on a "30d" key', { expiration: '30d', rotation: KeyRotation.beforeExpiry('7d') }, '23d'],
    ['beforeExpiry("90m") on a "1d" key', { expiration: '1d', rotation: KeyRotation.beforeExpiry('90m') }, '1350m'],
  ])('%s writes rotation_period, keeps create_before_destroy, and adds no time_rotating', (_, props, period) => {
    const { json, errors } = synthEccx(props);
    expect(errors).toEqual([]);
    expect(keyBlock(json).rotation_period).toBe(period);
    expect(keyBlock(json).lifecycle).toEqual({ create_before_destroy: true });
    expect(json.resource.time_rotating).toBeUndefined();
  });

  test('a deploy-time period is passed on (eccx checks it at plan)', () => {
    const { json, errors } = synthEccx({}, (stack) => ({ rotation: KeyRotation.every(variable(stack, 'period').stringValue) }));
    expect(errors).toEqual([]);
    expect(keyBlock(json).rotation_period).toBe('${var.period}');
  });

  test('a period not shorter than expiration fails synth as with elasticstack', () => {
    const { errors } = synthEccx({ expiration: '7d', rotation: KeyRotation.every('8d') });
    expect(errors).toEqual([expect.stringMatching(/\[test\/Key\] rotation\.every: "8d" is not shorter than expiration "7d"/)]);
  });
});

describe('KeyRotation errors name the key, the prop and the fix', () => {
  test.each([
    ['a unit that is not a time unit', { rotation: KeyRotation.every('4w') }, /\[test\/Key\] rotation\.every: "4w" is not an Elasticsearch time value .*Fix: give an Elasticsearch time value/],
    ['a period not shorter than expiration', { expiration: '30d', rotation: KeyRotation.every('30d') }, /\[test\/Key\] rotation\.every: "30d" is not shorter than expiration "30d": the key expires before the rotation is due.*Fix: give a period shorter than expiration/],
    ['a period longer than expiration', { expiration: '1h', rotation: KeyRotation.every('1d') }, /rotation\.every: "1d" is not shorter than expiration "1h"/],
    ['less than a minute', { rotation: KeyRotation.every('90s') }, /rotation\.every: "90s" is not a whole number of minutes .*time_rotating/],
    ['renewBefore without expiration', { rotation: KeyRotation.beforeExpiry('7d') }, /rotation\.renewBefore: "7d" is set but the key has no expiration.*Fix: set expiration/],
    ['renewBefore not shorter than expiration', { expiration: '7d', rotation: KeyRotation.beforeExpiry('7d') }, /rotation\.renewBefore: "7d" is not shorter than expiration "7d"/],
    ['createBeforeDestroy: false', { createBeforeDestroy: false, rotation: KeyRotation.every('1d') }, /\[test\/Key\] createBeforeDestroy: is false with a rotation.*Fix: remove createBeforeDestroy: false/],
  ])('%s', (_, props, expected) => {
    const { errors } = synthKey({ search: [{ names: ['a'] }], ...props });
    expect(errors).toEqual([expect.stringMatching(expected)]);
  });

  test('a deploy-time period fails: time_rotating needs it at synth', () => {
    const { errors } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }], rotation: KeyRotation.every(variable(stack, 'period').stringValue) });
    });
    expect(errors).toEqual([expect.stringMatching(/\[test\/Key\] rotation\.every: depends on a value known only at deploy time .*Fix: give the rotation period/)]);
  });
});

describe('@cdktf/provider-time is loaded only when a key rotates on the elasticstack provider', () => {
  test('without it, that key fails with its path, the prop and the fix; eccx rotation and keys without rotation do not need it', () => {
    jest.isolateModules(() => {
      jest.doMock('@cdktf/provider-time', () => { throw new Error("Cannot find module '@cdktf/provider-time'"); });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const lib = require('../src') as typeof import('../src');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { App, TerraformStack: Stack } = require('cdktf') as typeof import('cdktf');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { EccxProvider: Eccx } = require('../src/generated/eccx/provider') as typeof import('../src/generated/eccx/provider');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ElasticstackProvider } = require('../src/generated/elasticstack/provider') as typeof import('../src/generated/elasticstack/provider');
      const stack = new Stack(new App(), 'test');
      const remote = new ElasticstackProvider(stack, 'remote', { elasticsearch: [{}] });
      new lib.CrossClusterApiKey(stack, 'Plain', { provider: remote, name: 'plain', search: [{ names: ['a'] }] });
      const eccx = new Eccx(stack, 'eccx', {});
      new lib.CrossClusterApiKey(stack, 'Rotated', { provider: eccx, name: 'rotated', search: [{ names: ['a'] }], rotation: lib.KeyRotation.every('1d') });
      expect(() => new lib.CrossClusterApiKey(stack, 'Key', { provider: remote, name: 'ccx', search: [{ names: ['a'] }], rotation: lib.KeyRotation.every('1d') }))
        .toThrow(/^\[test\/Key\] rotation: rotating a key on the elasticstack provider needs the package @cdktf\/provider-time .*Fix: npm install @cdktf\/provider-time@\^11/);
    });
  });
});
