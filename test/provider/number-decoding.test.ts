// Bounded number decoding: decimal text from Terraform (msgpack) or from the
// state (JSON) is bounded in length and magnitude, rejected with a ValueError naming the attribute,
// and normalized in time linear in its length.
import { decode, encode } from '@msgpack/msgpack';
import { cpuTimed } from './support/cpu-time';
import { recordingLogger } from './support/recording-log';
import { providerSchema } from '../../src/provider/connection';
import { createHandlers } from '../../src/provider/framework';
import { createProvider } from '../../src/provider/provider';
import {
  ExactNumber, MAX_DECIMAL_EXPONENT, MAX_DECIMAL_TEXT_LENGTH, T, ValueError, decodeJson, decodeMsgpack, encodeMsgpack, impliedType,
  nullObject, numberFromDecimalText,
} from '../../src/provider/values';

const config = T.object({ request_timeout: T.number });

describe('numbers beyond the bounds are value errors naming the attribute, found in under 50 ms of CPU time', () => {
  // what the review measured on the old decoder: 28 s, 29 s and 600 MB, and a 1.1 GB string
  const hostile: Array<[string, string]> = [
    ['a 300,001-digit integer (HCL 1e300000 as Terraform sends it)', `1${'0'.repeat(300_000)}`],
    ['a huge exponent', '1e100000000'],
    ['a huge negative exponent', '1e-500000000'],
    ['an exponent of 400 digits', `1e${'9'.repeat(400)}`],
    ['zeros then a digit, past the length bound', `0.${'0'.repeat(MAX_DECIMAL_TEXT_LENGTH)}1`],
  ];

  test.each(hostile)('msgpack: %s', (_name, text) => {
    const bytes = encode({ request_timeout: text });
    const { thrown, cpuMs } = cpuTimed(() => decodeMsgpack(bytes, config));
    expect(thrown).toBeInstanceOf(ValueError);
    expect((thrown as ValueError).steps).toEqual(['request_timeout']);
    expect((thrown as Error).message).toMatch(/^request_timeout: a number of .* (is longer than|is out of the range)/);
    expect(cpuMs).toBeLessThan(50);
  });

  test.each(hostile)('state JSON: %s', (_name, text) => {
    // as a JSON string: the lossless JSON reader already caps bare JSON numbers at 1,024 characters
    const json = JSON.stringify({ request_timeout: text });
    const { thrown, cpuMs } = cpuTimed(() => decodeJson(json, config));
    expect(thrown).toBeInstanceOf(ValueError);
    expect((thrown as Error).message).toMatch(/^request_timeout: a number of /);
    expect(cpuMs).toBeLessThan(50);
  });

  test('a long fraction of small magnitude is measured in plain notation, as Terraform would send it', () => {
    const text = `1.${'2'.repeat(9000)}e-4000`; // 9,008 characters; 13,002 in plain notation
    expect(() => numberFromDecimalText(text)).toThrow('a number of 13002 digits in plain notation is longer than the 10000 eccx accepts');
    expect(String(numberFromDecimalText(`1.${'2'.repeat(5000)}e-4000`))).toHaveLength(9002);
  });

  test('ExactNumber refuses the same texts with a ValueError', () => {
    expect(() => new ExactNumber('1e100000000')).toThrow(ValueError);
    expect(() => new ExactNumber('not a number')).toThrow(/not a decimal number/);
  });

  test('NaN as a msgpack float64 is an error, not a number', () => {
    const nan = Uint8Array.from([0x81, 0xaf, ...Buffer.from('request_timeout'), 0xcb, 0x7f, 0xf8, 0, 0, 0, 0, 0, 0]);
    expect(() => decodeMsgpack(nan, config)).toThrow('request_timeout: NaN is not a number Terraform can hold');
  });
});

test('through the provider: `request_timeout = 1e300000` is an invalid configuration pointing at the attribute', async () => {
  const handlers = createHandlers(createProvider([]), recordingLogger().log) as unknown as
    Record<string, (req: object) => Promise<{ diagnostics?: Array<{ severity: string; summary: string; detail?: string; attribute?: unknown }> }>>;
  const type = impliedType(providerSchema);
  const nulls = encodeMsgpack(nullObject(type), type);
  // Terraform sends the number in plain notation: "1" and 300,000 zeros, in place of the null
  const bytes = encode({ ...decode(nulls) as object, request_timeout: `1${'0'.repeat(300_000)}` });
  const before = process.cpuUsage();
  const res = await handlers.ValidateProviderConfig({ config: { msgpack: bytes } });
  const used = process.cpuUsage(before);
  expect((used.user + used.system) / 1000).toBeLessThan(50);
  expect(res.diagnostics).toEqual([expect.objectContaining({
    severity: 'ERROR',
    summary: 'Invalid provider configuration received from Terraform',
    detail: expect.stringContaining('request_timeout: a number of 300001 characters is longer than the 10000 eccx accepts'),
    attribute: { steps: [{ attribute_name: 'request_timeout' }] },
  })]);
});

describe('numbers within the bounds', () => {
  test('the largest and smallest magnitudes accepted decode exactly', () => {
    expect(numberFromDecimalText(`1e${MAX_DECIMAL_EXPONENT}`)).toBe(10n ** BigInt(MAX_DECIMAL_EXPONENT));
    expect(String(numberFromDecimalText(`-1e-${MAX_DECIMAL_EXPONENT}`))).toBe(`-0.${'0'.repeat(MAX_DECIMAL_EXPONENT - 1)}1`);
    expect(() => numberFromDecimalText(`1e${MAX_DECIMAL_EXPONENT + 1}`)).toThrow(ValueError);
    expect(() => numberFromDecimalText(`1e-${MAX_DECIMAL_EXPONENT + 1}`)).toThrow(ValueError);
  });

  test('trailing zeros are stripped on the text: 4,000 digits with 3,999 zeros decode in under 50 ms', () => {
    const bytes = encode({ request_timeout: `1${'0'.repeat(3999)}` });
    let n: { request_timeout?: unknown } = {};
    const { thrown, cpuMs } = cpuTimed(() => { n = decodeMsgpack(bytes, config) as typeof n; });
    expect(thrown).toBeUndefined();
    expect(cpuMs).toBeLessThan(50);
    expect(n.request_timeout).toBe(10n ** 3999n);
  });

  test('zero written with any exponent is zero; leading and trailing zeros do not count', () => {
    expect(numberFromDecimalText('0e999999999999')).toBe(0);
    expect(numberFromDecimalText('-000.000')).toBe(0);
    expect(numberFromDecimalText('000120.500e1')).toBe(1205);
    expect(String(numberFromDecimalText('0.10000000000000000000000001000'))).toBe('0.10000000000000000000000001');
  });

  test('what Terraform sends for ordinary values is unchanged: 1e300 in plain notation, 2^63, 0.1', () => {
    expect(numberFromDecimalText(`1${'0'.repeat(300)}`)).toBe(10n ** 300n);
    expect(numberFromDecimalText('9223372036854775808')).toBe(2n ** 63n);
    expect(numberFromDecimalText('0.1')).toBe(0.1);
  });
});
