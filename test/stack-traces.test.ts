import { TerraformStack, Testing } from 'cdktf';
import { CrossClusterApiKey, KeyProviderType } from '../src';
import { keyBlock, synthStack } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';
import { ElasticsearchSecurityApiKey } from '../src/generated/elasticstack/elasticsearch-security-api-key';
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
    let inside: string | undefined;
    try {
      withoutStackTraceFormatting(() => {
        inside = capturedStack();
        throw new Error('boom');
      });
    } catch (e) {
      thrown = e as Error;
    }
    expect(inside).toBe(''); // formatting was off when it threw
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
  test('control: the same generated resource built directly gets a formatted creation stack', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const direct = new ElasticsearchSecurityApiKey(stack, 'Direct', { name: 'k', type: 'cross_cluster' });
    expect((direct as any).access.creationStack.length).toBeGreaterThan(3);
  });

  test.each([KeyProviderType.ELASTICSTACK, KeyProviderType.ECCX])('%s: empty creation stacks, the hook unchanged afterwards, the escape hatch intact', (providerType) => {
    // A formatter of several lines, as Node's and source-map-support's are: cdktf keeps all but the first.
    const mine = (e: Error, frames: NodeJS.CallSite[]) => [`Error: ${e.message}`, ...frames.map((f) => `    at ${f.getFunctionName()}`)].join('\n');
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
    expect((key.resource as any).access.creationStack).toEqual([]);
    expect(new Error('after').stack).toMatch(/^Error: after\n\s+at /);
    if (providerType === KeyProviderType.ECCX) expect(keyBlock(json).certificate_identity).toBe('CN=local,.*');
    else expect(keyBlock(json).timeouts).toEqual({ create: '5m' });
    expect(keyBlock(json).access.search[0].names).toEqual(['logs-*']);
  });

  test('with Node\'s own formatter, the key\'s references have empty creation stacks too', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    new ElasticstackProvider(stack, 'elasticstack', {});
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'k', search: [{ names: ['a'] }] });
    expect((key.resource as any).access.creationStack).toEqual([]);
    expect((key.resource as any).timeouts.creationStack).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace')).toEqual(ORIGINAL);
  });

  test('a stand-in without the hook that cannot be extended is left alone, and the build runs', () => {
    const frozen = Object.preventExtensions(function StandIn() {});
    expect(withoutStackTraceFormatting(() => 'built', frozen)).toBe('built');
    expect(Object.getOwnPropertyDescriptor(frozen, 'prepareStackTrace')).toBeUndefined();
  });

  test('a hook with other attributes is put back with them', () => {
    const standIn = function StandIn() {};
    const hook = () => 'x';
    Object.defineProperty(standIn, 'prepareStackTrace', { value: hook, writable: false, enumerable: true, configurable: true });
    const inside = withoutStackTraceFormatting(() => (standIn as unknown as { prepareStackTrace: () => string }).prepareStackTrace(), standIn);
    expect(inside).toBe(''); // replaced during the build
    expect(Object.getOwnPropertyDescriptor(standIn, 'prepareStackTrace')).toEqual({ value: hook, writable: false, enumerable: true, configurable: true });
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
