import { hasDeployTimeKey, isDeployTime } from './deploy-time';
import { Problem, show } from './problem';
import { MAX_EXPIRATION_NANOS, ONE_SECOND_NANOS, javaTrim, parseTimeValue } from './time-value';

/**
 * Rules for the top-level fields of `POST /_security/cross_cluster/api_key`
 * (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key).
 * Every check skips values that are only known at deploy time.
 */

/** Maximum API key name length, in UTF-16 code units (Java `String.length()`). */
export const MAX_NAME_LENGTH = 256;

/** `name`: Elasticsearch's create-request validation (`AbstractCreateApiKeyRequest`). */
export function checkName(name: unknown): Problem[] {
  if (isDeployTime(name)) return [];
  if (typeof name !== 'string') return [NAME.notString(name)];
  if (name.length === 0) return [NAME.empty()];
  const problems: Problem[] = [];
  if (name.length > MAX_NAME_LENGTH) problems.push(NAME.tooLong(name));
  if (javaTrim(name) !== name) problems.push(NAME.whitespace(name));
  if (name.startsWith('_')) problems.push(NAME.underscore(name));
  return problems;
}

// The checks keep only their conditions; the messages are built here, and so are compiled only
// when a problem is found (V8 compiles a function's whole body on its first call, and a valid key
// calls every check once per synth: compiling message code is most of a small stack's extra cost).
const NAME = {
  notString: (name: unknown): Problem => ({ prop: 'name', message: `must be a string, got ${show(name)}`, fix: 'pass the API key name as a string' }),
  empty: (): Problem => ({
    prop: 'name',
    message: 'must not be empty (Elasticsearch: "api key name is required")',
    fix: 'give the key a name, e.g. "search-from-local-a"',
  }),
  tooLong: (name: string): Problem => ({
    prop: 'name',
    message: `is ${name.length} UTF-16 code units long, more than ${MAX_NAME_LENGTH} (Elasticsearch: "api key name may not be more than 256 characters long")`,
    fix: `shorten the name to at most ${MAX_NAME_LENGTH} characters`,
  }),
  whitespace: (name: string): Problem => ({
    prop: 'name',
    message: `${show(name)} begins or ends with whitespace or a control character (Elasticsearch: "api key name may not begin or end with whitespace")`,
    fix: 'remove the leading and trailing whitespace',
  }),
  underscore: (name: string): Problem => ({
    prop: 'name',
    message: `${show(name)} begins with an underscore, which is reserved (Elasticsearch: "api key name may not begin with an underscore")`,
    fix: 'drop the leading "_"',
  }),
  notElasticstackPrintable: (name: string): Problem => ({
    prop: 'name',
    message: `${show(name)} contains characters other than printable ASCII and inner spaces, which the elasticstack provider's name validator rejects at plan time`,
    fix: 'use printable ASCII characters (spaces allowed only inside the name)',
  }),
};

/**
 * `name` as the elasticstack Terraform provider validates it before calling Elasticsearch: printable
 * ASCII (`[[:graph:]]`) with inner spaces only, 1 to 1024 characters.
 */
export function checkNameForElasticstackProvider(name: unknown): Problem[] {
  if (typeof name !== 'string') return [];
  // Leading and trailing whitespace and control characters are checkName's to report: one message per cause.
  const inner = javaTrim(name);
  if (inner === '' || ELASTICSTACK_NAME.test(inner)) return [];
  return [NAME.notElasticstackPrintable(name)];
}

/** The elasticstack provider's name pattern: printable ASCII (`[[:graph:]]`), spaces only inside. */
const ELASTICSTACK_NAME = /^[!-~]([!-~ ]*[!-~])?$/;

/**
 * `expiration`: an Elasticsearch time value (units nanos, micros, ms, s, m, h, d; integer), of at
 * least one second (keys are truncated to whole seconds, so anything shorter is expired on
 * creation) and at most 106751 days.
 */
export function checkExpiration(expiration: unknown): Problem[] {
  if (expiration === undefined || isDeployTime(expiration)) return [];
  if (typeof expiration !== 'string') return [EXPIRATION.notString(expiration)];
  const parsed = parseTimeValue(expiration);
  if (!parsed.ok) return [EXPIRATION.notTimeValue(expiration, parsed.error)];
  if (parsed.magic) return [EXPIRATION.magic(expiration, parsed.magic)];
  if (parsed.nanos < 0n) return [EXPIRATION.negative(expiration)];
  if (parsed.nanos < ONE_SECOND_NANOS) return [EXPIRATION.underOneSecond(expiration)];
  if (parsed.nanos > MAX_EXPIRATION_NANOS) return [EXPIRATION.tooLong(expiration)];
  return [];
}

const EXPIRATION_UNITS_FIX = 'use an integer followed by one of the units d, h, m, s, ms, micros, nanos, e.g. "30d" or "12h"; omit expiration for a key that never expires';

const EXPIRATION = {
  notString: (expiration: unknown): Problem => ({
    prop: 'expiration',
    message: `must be a string time value, got ${show(expiration)}`,
    fix: EXPIRATION_UNITS_FIX,
  }),
  notTimeValue: (expiration: string, error: string): Problem => ({
    prop: 'expiration',
    message: `${show(expiration)} is not an Elasticsearch time value (Elasticsearch: "${error}")`,
    fix: EXPIRATION_UNITS_FIX,
  }),
  magic: (expiration: string, magic: 'minus-one' | 'zero'): Problem => ({
    prop: 'expiration',
    message: `${show(expiration)} is a magic value (${magic === 'zero' ? 'zero' : 'minus one'}), not a duration: the key would be expired on creation`,
    fix: 'omit expiration for a key that never expires, or give a positive duration such as "30d"',
  }),
  negative: (expiration: string): Problem => ({
    prop: 'expiration',
    message: `${show(expiration)} is negative: the key would be expired on creation (on update Elasticsearch answers "API key expiration must be in the future")`,
    fix: 'give a positive duration such as "30d", or omit expiration for a key that never expires',
  }),
  underOneSecond: (expiration: string): Problem => ({
    prop: 'expiration',
    message: `${show(expiration)} is shorter than one second; Elasticsearch truncates API key expirations to whole seconds, so the key would be expired on creation (on update Elasticsearch answers "API key expiration must be in the future")`,
    fix: 'give a duration of at least one second, e.g. "1h" or "30d"',
  }),
  tooLong: (expiration: string): Problem => ({
    prop: 'expiration',
    message: `${show(expiration)} is longer than 106751 days, the largest duration Elasticsearch can represent`,
    fix: 'use at most "106751d", or omit expiration for a key that never expires',
  }),
};

/**
 * What keeps `value` from being written as JSON without loss (plain objects, arrays, finite
 * numbers, strings, booleans and null are fine), as a message naming the place below `path`;
 * undefined when nothing does. The path is rendered only for a problem: metadata and queries of
 * thousands of keys are walked at every synth.
 */
export function jsonProblem(value: unknown, path: string): string | undefined {
  const at: Array<string | number> = [];
  const problem = findJsonProblem(value, at);
  if (problem === undefined) return undefined;
  const where = path + at.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
  return `${where} ${problem}`;
}

/** The walk behind {@link jsonProblem}; `at` holds the steps to the problem when one is found. */
function findJsonProblem(value: unknown, at: Array<string | number>): string | undefined {
  if (isDeployTime(value)) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `is ${value}, which JSON cannot represent`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findJsonProblem(value[i], at);
      if (p !== undefined) {
        at.unshift(i);
        return p;
      }
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return `is a ${proto?.constructor?.name ?? 'non-plain'} object, not a JSON object`;
    }
    if (hasDeployTimeKey(value)) {
      return 'has a key known only at deploy time, which cannot be encoded (Terraform\'s jsonencode needs literal keys)';
    }
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue; // dropped, as JSON.stringify drops it
      const p = findJsonProblem(v, at);
      if (p !== undefined) {
        at.unshift(k);
        return p;
      }
    }
    return undefined;
  }
  return `is ${value === undefined ? 'undefined' : `a ${typeof value}`}, which JSON cannot represent`;
}

/** `metadata`: a JSON object whose top-level keys do not start with `_`. */
export function checkMetadata(metadata: unknown): Problem[] {
  if (metadata === undefined || isDeployTime(metadata)) return [];
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) return [METADATA.notObject(metadata)];
  const problems: Problem[] = [];
  let reserved: string[] | undefined;
  for (const k of Object.keys(metadata)) {
    if (k.startsWith('_')) (reserved ??= []).push(k);
  }
  if (reserved) problems.push(METADATA.reserved(reserved));
  const bad = jsonProblem(metadata, 'metadata');
  if (bad) problems.push(METADATA.notJson(bad));
  return problems;
}

const METADATA = {
  notObject: (metadata: unknown): Problem => ({
    prop: 'metadata',
    message: `must be a JSON object, got ${show(metadata)}`,
    fix: 'pass an object such as { description: "phase one" }',
  }),
  reserved: (reserved: string[]): Problem => ({
    prop: 'metadata',
    message: `top-level key(s) ${reserved.map((k) => show(k)).join(', ')} begin with "_", which Elasticsearch reserves (Elasticsearch: "API key metadata keys may not start with [_]")`,
    fix: 'rename the key(s) without the leading "_" (nested keys may start with "_")',
  }),
  notJson: (bad: string): Problem => ({
    prop: 'metadata',
    message: `values must be JSON: ${bad}`,
    fix: 'use only strings, finite numbers, booleans, null, arrays and plain objects',
  }),
};
