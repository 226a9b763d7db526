// Decoding fuzz: 20,000 seeded random and mutated inputs, msgpack and JSON,
// against the types of every eccx schema. Each one decodes or is rejected with a ValueError within
// 50 ms of CPU time, and the heap does not grow by more than a bound. Reproducible: a failure
// names the input's number, and the same seed makes the same inputs.
import { ExtData, encode } from '@msgpack/msgpack';
import { createProvider } from '../../src/provider/provider';
import { CtyType, ValueError, decodeJson, decodeMsgpack, elementType, impliedType, typeKind } from '../../src/provider/values';
import { seeded } from '../support/seeded';
import { cpuTimed } from './support/cpu-time';

const SEED = 20261206;
const INPUTS = 20_000;
const MAX_CPU_MS = 50;
/**
 * What one decode may add to the heap and buffers, measured from just before it to just after it
 * (the largest input is about 300 KB; the old decoder built strings of 1.1 GB).
 */
const MAX_GROWTH_BYTES = 32 * 1024 * 1024;

const provider = createProvider();
const TYPES: CtyType[] = [impliedType(provider.schema), ...provider.resources.map((r) => impliedType(r.schema))];

/** Texts that cost the old decoder seconds or gigabytes, and other awkward numbers. */
const HOSTILE_NUMBERS = [
  '1e100000000', '1e-500000000', `1${'0'.repeat(30_000)}`, `1e${'9'.repeat(30)}`, '-0e-99999999999', 'NaN', 'Infinity',
  `0.${'0'.repeat(9_000)}1`, '9'.repeat(5_000), '1e4096', '1e-4096', '1e4097', '.e5', '--1', '1e', ' 12 ',
];
/** Names an object inherits, and the key that would replace a prototype. */
const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

type Next = (n: number) => number;
const pick = <T>(next: Next, xs: readonly T[]): T => xs[next(xs.length)];

function randomString(next: Next): string {
  if (next(10) === 0) return pick(next, PROTOTYPE_NAMES);
  const alphabet = 'abcxyz_-. 09é€"\\\u0000\u{1F600}';
  const chars = [...alphabet];
  let s = '';
  for (let i = next(12); i > 0; i--) s += pick(next, chars);
  return s;
}

function randomNumber(next: Next): number | bigint | string {
  switch (next(6)) {
    case 0: return next(1000) - 500;
    case 1: return BigInt(next(2 ** 30)) * 2n ** 33n + BigInt(next(1000)); // beyond 2^53
    case 2: return (next(2 ** 30) - 2 ** 29) / 1024; // exact float64
    case 3: return `${next(1000)}.${next(1000)}e${next(40) - 20}`;
    case 4: return `${next(10)}${'0'.repeat(next(600))}`;
    default: return pick(next, HOSTILE_NUMBERS);
  }
}

/**
 * A value in the shape msgpack carries it for `type` (plain JavaScript, bigints, ExtData for
 * unknowns), mostly well-formed: the mutations come after.
 */
function wireValue(next: Next, type: CtyType, depth: number): unknown {
  const r = next(40);
  if (r === 0) return null;
  if (r === 1) return new ExtData(0, new Uint8Array([0]));
  switch (typeKind(type)) {
    case 'string': return randomString(next);
    case 'bool': return next(2) === 0;
    case 'number': return randomNumber(next);
    case 'dynamic': return [Buffer.from('"string"'), randomString(next)];
    case 'list': case 'set': {
      const out: unknown[] = [];
      for (let i = depth > 4 ? 0 : next(4); i > 0; i--) out.push(wireValue(next, elementType(type), depth + 1));
      return out;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (let i = depth > 4 ? 0 : next(4); i > 0; i--) {
        // defineProperty, not assignment, so that "__proto__" stays a key; configurable, so that a key drawn twice is redefined
        const key = randomString(next);
        const value = wireValue(next, elementType(type), depth + 1);
        Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
      }
      return out;
    }
    case 'object': {
      const attrs = (type as { object: Record<string, CtyType> }).object;
      const out: Record<string, unknown> = {};
      for (const [k, t] of Object.entries(attrs)) out[k] = wireValue(next, t, depth + 1);
      return out;
    }
    case 'tuple': return (type as { tuple: CtyType[] }).tuple.map((t) => wireValue(next, t, depth + 1));
  }
}

/** One structural mutation somewhere in `v`: a hostile number, an extension, an inherited name, a wrong type. */
function mutate(next: Next, v: unknown): unknown {
  const here = next(4) === 0;
  if (!here && Array.isArray(v) && v.length > 0) {
    const i = next(v.length);
    return v.map((e, j) => (j === i ? mutate(next, e) : e));
  }
  if (!here && v !== null && typeof v === 'object' && !(v instanceof ExtData) && !(v instanceof Uint8Array)) {
    const keys = Object.keys(v);
    if (keys.length > 0) {
      const k = pick(next, keys);
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const old = (v as Record<string, unknown>)[key];
        Object.defineProperty(out, key, { value: key === k ? mutate(next, old) : old, enumerable: true });
      }
      return out;
    }
  }
  switch (next(7)) {
    case 0: return pick(next, HOSTILE_NUMBERS);
    case 1: return new ExtData(next(256) - 128, Uint8Array.from({ length: next(20) }, () => next(256)));
    case 2: return new ExtData(12, Uint8Array.from({ length: next(8) }, () => next(256)));
    case 3: {
      const out: Record<string, unknown> = v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...(v as object) } : {};
      Object.defineProperty(out, pick(next, PROTOTYPE_NAMES), { value: 'x', enumerable: true });
      return out;
    }
    case 4: return [[[[[[[[[[[[[[[[[[[[['deep']]]]]]]]]]]]]]]]]]]]];
    case 5: return next(2) === 0 ? Number.NaN : -Infinity;
    default: return pick(next, [true, 'text', 12, [], {}, new Uint8Array([1, 2])]);
  }
}

/** Byte-level damage: change a byte, drop, insert, truncate. */
function damage(next: Next, bytes: Uint8Array): Uint8Array {
  let b = Buffer.from(bytes);
  for (let n = 1 + next(3); n > 0; n--) {
    const at = next(b.length + 1);
    switch (next(4)) {
      case 0: if (b.length > 0) b[at % b.length] = (b[at % b.length] + 1 + next(255)) % 256; break;
      case 1: b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + next(4))]); break;
      case 2: b = Buffer.concat([b.subarray(0, at), Buffer.from(Array.from({ length: 1 + next(6) }, () => next(256))), b.subarray(at)]); break;
      default: b = b.subarray(0, at);
    }
  }
  return Uint8Array.from(b);
}

/** cty's JSON for a wire value (numbers as bare JSON numbers or strings, unknowns as null). */
function toJsonText(next: Next, v: unknown): string {
  if (v === null || v instanceof ExtData || v instanceof Uint8Array) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : `"${v}"`;
  if (typeof v === 'string') return /^[-+.\deE ]+$/.test(v) && v.length < 1000 && next(2) === 0 ? v : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((e) => toJsonText(next, e)).join(',')}]`;
  if (typeof v === 'object') return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${toJsonText(next, (v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

function damageText(next: Next, text: string): string {
  const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', '1e999999999', '-', '0', 'null', '"__proto__":1', ' '];
  let t = text;
  for (let n = 1 + next(3); n > 0; n--) {
    const at = next(t.length + 1);
    t = next(2) === 0 ? t.slice(0, at) + pick(next, pieces) + t.slice(at) : t.slice(0, at) + t.slice(at + 1 + next(3));
  }
  return t;
}

interface Input { readonly n: number; readonly format: 'msgpack' | 'json'; readonly type: CtyType; readonly bytes: Uint8Array | string }

/** The inputs, made from the seed: random values, then structural mutations, then damaged bytes or text. */
function* inputs(seed: number): Generator<Input> {
  const next = seeded(seed);
  for (let n = 0; n < INPUTS; n++) {
    const format = n % 2 === 0 ? 'msgpack' : 'json';
    const type = pick(next, TYPES);
    let v = wireValue(next, type, 0);
    const kind = next(3); // 0: as generated, 1: mutated, 2: mutated and damaged
    if (kind > 0) v = mutate(next, v);
    if (format === 'msgpack') {
      let bytes: Uint8Array = encode(v, { useBigInt64: true });
      if (kind === 2) bytes = damage(next, bytes);
      yield { n, format, type, bytes };
    } else {
      let text = toJsonText(next, v);
      if (kind === 2) text = damageText(next, text);
      yield { n, format, type, bytes: text };
    }
  }
}

const heapAndBuffers = (): number => { const m = process.memoryUsage(); return m.heapUsed + m.external; };

test(`${INPUTS} random and mutated msgpack and JSON inputs: each decoded or rejected with a ValueError within ${MAX_CPU_MS} ms, heap bounded`, () => {
  let slowest = { n: -1, cpuMs: 0 };
  let hungriest = { n: -1, bytes: 0 };
  const counts = { decoded: 0, rejected: 0, msgpack: 0, json: 0 };
  const unexpected: string[] = [];
  for (const input of inputs(SEED)) {
    const before = heapAndBuffers();
    let after = before;
    const { thrown, cpuMs } = cpuTimed(() => {
      try {
        return input.format === 'msgpack'
          ? decodeMsgpack(input.bytes as Uint8Array, input.type)
          : decodeJson(input.bytes as string, input.type, { ignoreUndefinedAttributes: input.n % 4 === 1 });
      } finally {
        after = heapAndBuffers(); // while the result (or error) is still alive
      }
    });
    counts[input.format]++;
    if (thrown === undefined) counts.decoded++;
    else if (thrown instanceof ValueError) counts.rejected++;
    else unexpected.push(`input ${input.n} (${input.format}): ${String(thrown)}`);
    if (cpuMs > slowest.cpuMs) slowest = { n: input.n, cpuMs };
    if (after - before > hungriest.bytes) hungriest = { n: input.n, bytes: after - before };
  }
  if (process.env.FUZZ_REPORT) process.stderr.write(`${JSON.stringify({ ...counts, slowest, hungriest })}\n`);
  expect(unexpected.slice(0, 5)).toEqual([]);
  expect(counts.msgpack + counts.json).toBe(INPUTS);
  // both outcomes occur often: a generator that only made garbage (or only valid values) tests little
  expect(counts.decoded).toBeGreaterThan(INPUTS / 5);
  expect(counts.rejected).toBeGreaterThan(INPUTS / 5);
  expect(slowest.cpuMs < MAX_CPU_MS ? 'within bound' : slowest).toBe('within bound');
  expect(hungriest.bytes < MAX_GROWTH_BYTES ? 'within bound' : hungriest).toBe('within bound');
});
