import { TerraformStack, Testing } from 'cdktf';
import { CrossClusterApiKey, KeyProviderType } from '../src';
import { keyBlock, synthStack } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';
import { withoutStackTraceFormatting } from '../src/private/stack-traces';

// The generated key resource is built with stack-trace formatting off (src/private/stack-traces.ts).
// These tests pin down that nothing outside that call sees a difference.

const ORIGINAL = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');

afterEach(() => {
  if (Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace')?.configurable === false) return; // the last test's
  if (ORIGINAL) Object.defineProperty(Error, 'prepareStackTrace', ORIGINAL);
  else delete (Error as any).prepareStackTrace;
});

function capturedStack(): string {
  const o: { stack?: string } = {};
  Error.captureStackTrace(o);
  return o.stack!;
}

describe('withoutStackTraceFormatting', () => {
  test('formats no stacks inside, restores the hook after, and returns what the build returns', () => {
    const before = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
    const inside = withoutStackTraceFormatting(() => capturedStack());
    expect(inside).toBe('');
    expect(Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace')).toEqual(before);
    expect(capturedStack()).toMatch(/\n\s+at /);
  });

  test('a user formatter (such as source-map-support) is restored, and not called inside', () => {
    const calls: string[] = [];
    const mine = (e: Error, frames: NodeJS.CallSite[]) => {
      calls.push(String(frames.length));
      return `mine: ${e.message}`;
    };
    Error.prepareStackTrace = mine;
    withoutStackTraceFormatting(() => capturedStack());
    expect(calls).toEqual([]);
    expect(Error.prepareStackTrace).toBe(mine);
    expect(new Error('after').stack).toBe('mine: after');
    expect(calls).toHaveLength(1);
  });

  test('restores the hook when the build throws, and the error is formatted by it afterwards', () => {
    const mine = (e: Error) => `formatted by mine: ${e.message}`;
    Error.prepareStackTrace = mine;
    let thrown: Error | undefined;
    try {
      withoutStackTraceFormatting(() => {
        throw new Error('boom');
      });
    } catch (e) {
      thrown = e as Error;
    }
    expect(Error.prepareStackTrace).toBe(mine);
    expect(thrown?.stack).toBe('formatted by mine: boom');
  });

  test('an accessor is put back as it was, and an absent hook stays absent', () => {
    let stored: unknown;
    const get = () => stored;
    const set = (v: unknown) => {
      stored = v;
    };
    Object.defineProperty(Error, 'prepareStackTrace', { get, set, configurable: true, enumerable: false });
    withoutStackTraceFormatting(() => capturedStack());
    expect(Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace')).toEqual({ get, set, configurable: true, enumerable: false });
    expect(stored).toBeUndefined(); // the setter was never called

    delete (Error as any).prepareStackTrace;
    expect(withoutStackTraceFormatting(() => capturedStack())).toBe('');
    expect(Object.prototype.hasOwnProperty.call(Error, 'prepareStackTrace')).toBe(false);
  });
});

describe('keys build their resource with formatting off', () => {
  test.each([KeyProviderType.ELASTICSTACK, KeyProviderType.ECCX])('%s: the hook is unchanged afterwards; the resource works as an escape hatch', (providerType) => {
    const mine = (e: Error) => `mine: ${e.message}`;
    Error.prepareStackTrace = mine;
    let key!: CrossClusterApiKey;
    const { json, errors } = synthStack((stack) => {
      const provider = providerType === KeyProviderType.ECCX
        ? new EccxProvider(stack, 'eccx', { endpoints: ['http://127.0.0.1:9200'], username: 'elastic', password: 'changeme' })
        : new ElasticstackProvider(stack, 'elasticstack', {});
      key = new CrossClusterApiKey(stack, 'Key', { name: 'k', providerType, provider, search: [{ names: ['logs-*'] }] });
      // A setter of the generated class (the eccx resource has no timeouts).
      if (providerType === KeyProviderType.ECCX) (key.resource as any).certificateIdentity = 'CN=local,.*';
      else (key.resource as any).putTimeouts({ create: '5m' });
    }, { provider: false });
    expect(Error.prepareStackTrace).toBe(mine);
    expect(errors).toEqual([]);
    // The generated resource's complex references carry no creation stack (cdktf prints one only
    // when resolving such a reference fails); the escape hatch itself is unchanged.
    expect((key.resource as any).access.creationStack).toEqual([]);
    if (providerType === KeyProviderType.ECCX) expect(keyBlock(json).certificate_identity).toBe('CN=local,.*');
    else expect(keyBlock(json).timeouts).toEqual({ create: '5m' });
    expect(keyBlock(json).access.search[0].names).toEqual(['logs-*']);
  });

  test('a non-configurable hook is left alone and the key is still built', () => {
    // Last in this file: a non-configurable property cannot be put back.
    const fixed = (e: Error) => `fixed: ${e.message}`;
    Object.defineProperty(Error, 'prepareStackTrace', { value: fixed, writable: false, configurable: false });
    expect(withoutStackTraceFormatting(() => capturedStack())).toMatch(/^fixed: /);
    const stack = new TerraformStack(Testing.app(), 's');
    new ElasticstackProvider(stack, 'elasticstack', {});
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'k', search: [{ names: ['a'] }] });
    expect(key.resource).toBeDefined();
    expect(Error.prepareStackTrace).toBe(fixed);
  });
});
