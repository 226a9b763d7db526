/**
 * Deploy-time values. The rules are shared by the constructs (where values may be cdktf tokens) and
 * by this package's Terraform provider (where they never are, and cdktf is not loaded), so the
 * token test is injected: the constructs install cdktf's (`src/private/cdktf-tokens.ts`).
 */
let unresolved: (value: unknown) => boolean = () => false;

/** Installs the test for values known only at deploy time. */
export function setUnresolvedPredicate(predicate: (value: unknown) => boolean): void {
  unresolved = predicate;
}

/** True when `value` is only known at deploy time (a token), as a whole. */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return unresolved(value);
}
