import { Token, Tokenization } from 'cdktf';
import { setUnresolvedPredicate } from '../rules/tokens';

/**
 * cdktf's test for deploy-time values: strings, numbers, lists and maps that are tokens, and
 * `IResolvable` objects. Importing this module installs it for the rules.
 */
export function cdktfIsUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'object' && Tokenization.isResolvable(value)) return true;
  // strings, numbers, list tokens and map tokens (`Token.asAnyMap(...)`)
  return Token.isUnresolved(value);
}

setUnresolvedPredicate(cdktfIsUnresolved);
