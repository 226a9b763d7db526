import { Token, Tokenization } from 'cdktf';

/**
 * True when `value` is only known at deploy time (a cdktf token), as a whole.
 * Strings, numbers, lists and `IResolvable` objects are recognised.
 */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'object' && Tokenization.isResolvable(value)) return true;
  if (typeof value === 'string' || typeof value === 'number' || Array.isArray(value)) {
    return Token.isUnresolved(value);
  }
  return false;
}

/** True when `value` is unresolved or contains an unresolved value at any depth. */
export function containsUnresolved(value: unknown, seen: Set<unknown> = new Set()): boolean {
  if (isUnresolved(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((v) => containsUnresolved(v, seen));
  return Object.entries(value as Record<string, unknown>).some(
    ([k, v]) => Token.isUnresolved(k) || containsUnresolved(v, seen),
  );
}
