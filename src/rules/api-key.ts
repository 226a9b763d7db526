import { hasDeployTimeKey, isDeployTime } from './deploy-time';
import { Problem, show } from './problem';
import { MAX_EXPIRATION_NANOS, ONE_SECOND_NANOS, javaTrim, parseTimeValue } from './time-value';

/**
 * Rules for the top-level fields of `POST /_security/cross_cluster/api_key`
 * (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key).
 * Every check skips values that are only known at deploy time.
 */

/** Maximum API key name length, in UTF-16 code units (Java `String.length()`). */
const MAX_NAME_LENGTH = 256;

/** `name`: Elasticsearch's create-request validation (`AbstractCreateApiKeyRequest`). */
export function checkName(name: unknown): Problem[] {
  if (isDeployTime(name)) return [];
  const problem = (message: string, fix: string): Problem => ({ prop: 'name', message, fix });
  if (typeof name !== 'string') return [problem(`must be a string, got ${show(name)}`, 'pass the API key name as a string')];
  if (name.length === 0) {
    return [problem('must not be empty (Elasticsearch: "api key name is required")', 'give the key a name, e.g. "search-from-local-a"')];
  }
  const problems: Problem[] = [];
  if (name.length > MAX_NAME_LENGTH) {
    problems.push(problem(
      `is ${name.length} UTF-16 code units long, more than ${MAX_NAME_LENGTH} (Elasticsearch: "api key name may not be more than 256 characters long")`,
      `shorten the name to at most ${MAX_NAME_LENGTH} characters`,
    ));
  }
  if (javaTrim(name) !== name) {
    problems.push(problem(
      `${show(name)} begins or ends with whitespace or a control character (Elasticsearch: "api key name may not begin or end with whitespace")`,
      'remove the leading and trailing whitespace',
    ));
  }
  if (name.startsWith('_')) {
    problems.push(problem(
      `${show(name)} begins with an underscore, which is reserved (Elasticsearch: "api key name may not begin with an underscore")`,
      'drop the leading "_"',
    ));
  }
  return problems;
}

/**
 * `name` as the elasticstack Terraform provider validates it before calling Elasticsearch: printable
 * ASCII (`[[:graph:]]`) with inner spaces only, 1 to 1024 characters. Leading and trailing
 * whitespace and control characters are left to {@link checkName}, so each cause gets one message.
 */
export function checkNameForElasticstackProvider(name: unknown): Problem[] {
  if (typeof name !== 'string') return [];
  const inner = javaTrim(name);
  if (inner === '' || ELASTICSTACK_NAME.test(inner)) return [];
  return [{
    prop: 'name',
    message: `${show(name)} contains characters other than printable ASCII and inner spaces, which the elasticstack provider's name validator rejects at plan time`,
    fix: 'use printable ASCII characters (spaces allowed only inside the name)',
  }];
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
  const problem = (message: string, fix: string): Problem[] => [{ prop: 'expiration', message, fix }];
  if (typeof expiration !== 'string') return problem(`must be a string time value, got ${show(expiration)}`, EXPIRATION_UNITS_FIX);
  const value = show(expiration);
  const parsed = parseTimeValue(expiration);
  if (!parsed.ok) return problem(`${value} is not an Elasticsearch time value (Elasticsearch: "${parsed.error}")`, EXPIRATION_UNITS_FIX);
  if (parsed.magic) {
    return problem(
      `${value} is a magic value (${parsed.magic === 'zero' ? 'zero' : 'minus one'}), not a duration: the key would be expired on creation`,
      'omit expiration for a key that never expires, or give a positive duration such as "30d"',
    );
  }
  if (parsed.nanos < 0n) {
    return problem(
      `${value} is negative: the key would be expired on creation (on update Elasticsearch answers "API key expiration must be in the future")`,
      'give a positive duration such as "30d", or omit expiration for a key that never expires',
    );
  }
  if (parsed.nanos < ONE_SECOND_NANOS) {
    return problem(
      `${value} is shorter than one second; Elasticsearch truncates API key expirations to whole seconds, so the key would be expired on creation (on update Elasticsearch answers "API key expiration must be in the future")`,
      'give a duration of at least one second, e.g. "1h" or "30d"',
    );
  }
  if (parsed.nanos > MAX_EXPIRATION_NANOS) {
    return problem(
      `${value} is longer than 106751 days, the largest duration Elasticsearch can represent`,
      'use at most "106751d", or omit expiration for a key that never expires',
    );
  }
  return [];
}

const EXPIRATION_UNITS_FIX = 'use an integer followed by one of the units d, h, m, s, ms, micros, nanos, e.g. "30d" or "12h"; omit expiration for a key that never expires';

/**
 * What keeps `value` from being written as JSON without loss (plain objects, arrays, finite
 * numbers, strings, booleans and null are fine), as a message naming the place below `path`;
 * undefined when nothing does.
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
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
    return [{ prop: 'metadata', message: `must be a JSON object, got ${show(metadata)}`, fix: 'pass an object such as { description: "phase one" }' }];
  }
  const problems: Problem[] = [];
  const reserved = Object.keys(metadata).filter((k) => k.startsWith('_'));
  if (reserved.length > 0) {
    problems.push({
      prop: 'metadata',
      message: `top-level key(s) ${reserved.map((k) => show(k)).join(', ')} begin with "_", which Elasticsearch reserves (Elasticsearch: "API key metadata keys may not start with [_]")`,
      fix: 'rename the key(s) without the leading "_" (nested keys may start with "_")',
    });
  }
  const bad = jsonProblem(metadata, 'metadata');
  if (bad) {
    problems.push({ prop: 'metadata', message: `values must be JSON: ${bad}`, fix: 'use only strings, finite numbers, booleans, null, arrays and plain objects' });
  }
  return problems;
}
