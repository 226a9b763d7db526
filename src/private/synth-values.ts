import { Token } from 'cdktf';
import { DEPLOY_TIME } from '../rules';

/**
 * What the rules may see of a prop value: `value` with every cdktf token (a string, number, list or
 * map token, or an `IResolvable`) replaced by the rules' {@link DEPLOY_TIME}, at any depth of lists
 * and plain objects. An object with a token as a key gets a `DEPLOY_TIME` member (see
 * `src/rules/deploy-time.ts`). Other objects (class instances, `Date`, `Map`) are left as they are,
 * for the rules to judge.
 *
 * Returns `value` itself when it holds no token, and a copy otherwise, so
 * `!Object.is(knownAtSynth(v), v)` tells whether `v` holds deploy-time values.
 */
export function knownAtSynth(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (Token.isUnresolved(value)) return DEPLOY_TIME;
  if (Array.isArray(value)) {
    const items = value.map(knownAtSynth); // keeps holes, which the rules skip as cdktf does
    return items.some((item, i) => !Object.is(item, value[i])) ? items : value;
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string | symbol, unknown> = Object.create(Object.getPrototypeOf(value));
  let changed = false;
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (Token.isUnresolved(key)) {
      copy[DEPLOY_TIME] = true;
      changed = true;
      continue;
    }
    const known = knownAtSynth(member);
    if (!Object.is(known, member)) changed = true;
    // defineProperty: an own "__proto__" key (as JSON.parse makes it) stays a key.
    Object.defineProperty(copy, key, { value: known, enumerable: true, writable: true, configurable: true });
  }
  return changed ? copy : value;
}

/** True when `value` holds a cdktf token anywhere (see {@link knownAtSynth}). */
export function holdsTokens(value: unknown): boolean {
  return !Object.is(knownAtSynth(value), value);
}

/** An object whose prototype is `Object.prototype` or null (what JSON.parse and literals make). */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
