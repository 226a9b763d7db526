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

/** True when `value` is unresolved or contains an unresolved value (or key) at any depth. */
export function containsUnresolved(value: unknown, seen: Set<unknown> = new Set()): boolean {
  if (isUnresolved(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((v) => containsUnresolved(v, seen));
  return Object.entries(value as Record<string, unknown>).some(
    ([k, v]) => isUnresolved(k) || containsUnresolved(v, seen),
  );
}
