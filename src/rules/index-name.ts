/**
 * How Elasticsearch reads the syntax of an index name or pattern given in `names`, for the rules
 * that look at single names.
 */

/**
 * True for a `/regex/` pattern: Elasticsearch takes a name of two or more characters that begins
 * and ends with `/` as a Lucene regular expression (`Automatons.isLuceneRegex`).
 */
export function isRegexPattern(name: string): boolean {
  return name.length >= 2 && name.startsWith('/') && name.endsWith('/');
}

/**
 * True when `name` begins with a cluster alias (`remote-a:logs-*`): its first `:` follows at least
 * one character. Elasticsearch's `RemoteClusterAware.isRemoteIndexName` decides it the same way: a
 * name that begins with `:` has no alias ("index name [:logs] is invalid because the remote part is
 * empty" where it is split) and is not a remote name. `/regex/` patterns are not index expressions
 * and carry no alias.
 */
export function hasClusterPrefix(name: string): boolean {
  return !isRegexPattern(name) && name.indexOf(':') > 0;
}
