import { Token, Tokenization } from 'cdktf';
import { setUnresolvedPredicate } from '../rules/tokens';

/** cdktf encodes number tokens as doubles above 1e289 in magnitude (-8.1e298 for a number, -1.9e289 for a number-list element); numbers below this are never tokens. */
const TOKEN_NUMBER_MAGNITUDE = 1e250;

/**
 * cdktf's test for deploy-time values: strings, numbers, lists and maps that are tokens, and
 * `IResolvable` objects. Importing this module installs it for the rules.
 *
 * The rules ask it for every value of every key, so cheap checks come first and cdktf's own test
 * (regular expressions, bit patterns) runs only on values that can be tokens: strings and keys
 * that contain `TfToken`, numbers of the huge magnitude cdktf encodes tokens with, and one-element
 * lists holding such a string or number.
 */
export function cdktfIsUnresolved(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      return value.includes('TfToken') && Token.isUnresolved(value);
    case 'number':
      return !(Math.abs(value) < TOKEN_NUMBER_MAGNITUDE) && Token.isUnresolved(value);
    case 'object':
      if (value === null) return false;
      if (Array.isArray(value)) {
        // A list token is a one-element list: an encoded string, or a number as huge as above.
        if (value.length !== 1) return false;
        const only: unknown = value[0];
        const mayBeToken = typeof only === 'string' ? only.includes('TfToken') : typeof only === 'number' && !(Math.abs(only) < TOKEN_NUMBER_MAGNITUDE);
        return mayBeToken && Token.isUnresolved(value);
      }
      if (Tokenization.isResolvable(value)) return true;
      // A map token (`Token.asAnyMap(...)`) is an object whose key encodes the token.
      for (const key in value) {
        if (key.includes('TfToken')) return Token.isUnresolved(value);
      }
      return false;
    default:
      return false;
  }
}

setUnresolvedPredicate(cdktfIsUnresolved);
