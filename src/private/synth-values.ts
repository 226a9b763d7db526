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
  if (Array.isArray(value)) return knownArray(value);
  if (!isPlainObject(value)) return value;
  return knownObject(value as Record<string, unknown>);
}

/** {@link knownAtSynth} of a list: the list itself, or a copy made only when it holds a token. */
function knownArray(value: unknown[]): unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) continue; // a hole, which the rules skip as cdktf does
    const known = knownAtSynth(value[i]);
    if (copy === undefined && !Object.is(known, value[i])) copy = value.slice();
    if (copy !== undefined) copy[i] = known;
  }
  return copy ?? value;
}

/**
 * {@link knownAtSynth} of a plain object: the object itself, or a copy made only when it holds a
 * token. Each member is read once (a getter runs once) unless a copy is made.
 */
function knownObject(value: Record<string, unknown>): object {
  const keys = Object.keys(value);
  let copy: Record<string | symbol, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const member = value[key];
    const tokenKey = Token.isUnresolved(key);
    const known = tokenKey ? undefined : knownAtSynth(member);
    if (copy === undefined && (tokenKey || !Object.is(known, member))) copy = copyOf(value, keys.slice(0, i));
    if (copy === undefined) continue;
    if (tokenKey) copy[DEPLOY_TIME] = true;
    else defineMember(copy, key, known);
  }
  return copy ?? value;
}

/** A copy of `value` with the given keys only, and the same prototype. */
function copyOf(value: Record<string, unknown>, keys: string[]): Record<string | symbol, unknown> {
  const copy: Record<string | symbol, unknown> = Object.create(Object.getPrototypeOf(value));
  for (const key of keys) defineMember(copy, key, value[key]);
  return copy;
}

/** defineProperty, so that an own "__proto__" key (as JSON.parse makes it) stays a key. */
function defineMember(object: object, key: string, member: unknown): void {
  Object.defineProperty(object, key, { value: member, enumerable: true, writable: true, configurable: true });
}

/** An object whose prototype is `Object.prototype` or null (what JSON.parse and literals make). */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
