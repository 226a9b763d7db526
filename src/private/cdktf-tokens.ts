import { Token, Tokenization } from 'cdktf';
import { setUnresolvedPredicate } from '../rules/tokens';

/**
 * cdktf's test for deploy-time values: strings, numbers and lists that hold tokens, and
 * `IResolvable` objects. Importing this module installs it for the rules.
 */
export function cdktfIsUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'object' && Tokenization.isResolvable(value)) return true;
  if (typeof value === 'string' || typeof value === 'number' || Array.isArray(value)) {
    return Token.isUnresolved(value);
  }
  return false;
}

setUnresolvedPredicate(cdktfIsUnresolved);
