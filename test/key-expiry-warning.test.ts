import { App } from 'cdktf';
import { CrossClusterApiKey, KeyRotation, RemoteClusterConnection } from '../src';
import { synthStack } from './support/synth';
import { twoStacks } from './support/two-stacks';
import { EccxProvider } from '../src/generated/eccx/provider';

// A key with expiration and no rotation whose credential a RemoteClusterConnection uses gets a synth
// warning: what happens on expiry, and the fix.

function warnings(key: CrossClusterApiKey): string[] {
  return key.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

function synthApp(app: App): void {
  app.synth();
}

describe('expiry warning', () => {
  test('a key used by a connection in its stack: what happens on expiry and the fix', () => {
    let key!: CrossClusterApiKey;
    const { errors } = synthStack((stack) => {
      key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }], expiration: '30d' });
      new RemoteClusterConnection(stack, 'Conn', { alias: 'remote', key, seeds: ['remote:9443'] });
    });
    expect(errors).toEqual([]);
    expect(warnings(key)).toEqual([
      expect.stringMatching(/^expiration: the key expires 30d after it is created and has no rotation, and its credential is used by test\/Conn\. On expiry the remote cluster refuses the credential \(HTTP 401\).*Fix: add rotation: KeyRotation\.beforeExpiry\('7d'\)/),
    ]);
  });

  test('a key used by a connection in another stack', () => {
    const { app, consumer, key } = twoStacks({ expiration: '1d' });
    new RemoteClusterConnection(consumer, 'Conn', { alias: 'remote', key, seeds: ['remote:9443'] });
    synthApp(app);
    expect(warnings(key)).toEqual([expect.stringContaining('its credential is used by consumer/Conn.')]);
  });

  test('no warning with a rotation, without expiration, or without a connection', () => {
    const { app, consumer, key: rotated } = twoStacks({ expiration: '30d', rotation: KeyRotation.beforeExpiry('7d') });
    new RemoteClusterConnection(consumer, 'Conn', { alias: 'remote', key: rotated, seeds: ['remote:9443'] });
    const forever = new CrossClusterApiKey(consumer, 'Forever', { name: 'f', search: [{ names: ['a'] }] });
    new RemoteClusterConnection(consumer, 'Conn2', { alias: 'forever', key: forever, seeds: ['remote:9443'] });
    const unused = new CrossClusterApiKey(consumer, 'Unused', { name: 'u', search: [{ names: ['a'] }], expiration: '30d' });
    synthApp(app);
    expect([...warnings(rotated), ...warnings(forever), ...warnings(unused)]).toEqual([]);
  });

  test('synthesizing twice warns once', () => {
    const { app, consumer, key } = twoStacks({ expiration: '1d' });
    new RemoteClusterConnection(consumer, 'Conn', { alias: 'remote', key, seeds: ['remote:9443'] });
    synthApp(app);
    synthApp(app);
    expect(warnings(key)).toHaveLength(1);
  });
});

describe('the eccx provider\'s expiry_warning_window', () => {
  test.each([
    ['-1d', /\[test\/Key\] provider: the eccx provider \(test\/remote\) sets a negative expiry_warning_window "-1d"\. Fix: give a time value such as "14d"/],
    ['-1', /sets a negative expiry_warning_window "-1"/],
    ['2w', /sets expiry_warning_window "2w": failed to parse setting \[expiry_warning_window\] with value \[2w\] as a time value: unit is missing or unrecognized/],
  ])('%s fails synth with the key path, the prop and the fix', (window, expected) => {
    const { errors } = synthStack((stack) => {
      const remote = new EccxProvider(stack, 'remote', { expiryWarningWindow: window });
      new CrossClusterApiKey(stack, 'Key', { provider: remote, name: 'ccx', search: [{ names: ['a'] }] });
    });
    expect(errors).toEqual([expect.stringMatching(expected)]);
  });

  test.each(['14d', '0s'])('%s passes', (window) => {
    const { errors } = synthStack((stack) => {
      const remote = new EccxProvider(stack, 'remote', { expiryWarningWindow: window });
      new CrossClusterApiKey(stack, 'Key', { provider: remote, name: 'ccx', search: [{ names: ['a'] }] });
    });
    expect(errors).toEqual([]);
  });
});
