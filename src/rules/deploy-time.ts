/**
 * Values known only at deploy time.
 *
 * The rules are pure functions over literal values and know nothing of cdktf or Terraform. A caller
 * that does not know a value when it checks (a cdktf token in the constructs, an unknown value in
 * the provider's plan) puts {@link DEPLOY_TIME} in its place, and every rule skips it. An object
 * with a key known only at deploy time carries {@link DEPLOY_TIME} as a symbol-keyed member, which
 * `Object.keys` does not list, so only the rules that care about such keys see it.
 */
export const DEPLOY_TIME: unique symbol = Symbol('a value known only at deploy time');

/** True when `value` stands for a value known only at deploy time. */
export function isDeployTime(value: unknown): value is typeof DEPLOY_TIME {
  return value === DEPLOY_TIME;
}

/** True when `value` is an object with a key known only at deploy time (see {@link DEPLOY_TIME}). */
export function hasDeployTimeKey(value: object): boolean {
  return Object.prototype.hasOwnProperty.call(value, DEPLOY_TIME);
}
