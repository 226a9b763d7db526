import { Token, Tokenization } from 'cdktf';
import { setUnresolvedPredicate } from '../rules/tokens';

/**
 * cdktf's test for deploy-time values: strings, numbers, lists and maps that are tokens, and
 * `IResolvable` objects. Importing this module installs it for the rules.
 */
export function cdktfIsUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'object' && Tokenization.isResolvable(value)) return true;
  if (typeof value === 'string' || typeof value === 'number' || Array.isArray(value)) return Token.isUnresolved(value);
  // A map token (`Token.asAnyMap(...)`) is an object whose key encodes the token. cdktf's own test
  // is costly on every object, so it is asked only when a key looks like one.
  if (typeof value === 'object') {
    for (const key in value as object) {
      if (key.includes('TfToken')) return Token.isUnresolved(value);
    }
  }
  return false;
}

setUnresolvedPredicate(cdktfIsUnresolved);
