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
 * True when `name` begins with a cluster alias (`remote-a:logs-*`), as Elasticsearch's
 * `RemoteClusterAware.isRemoteIndexName` decides it: its first `:` follows at least one character
 * and does not start a `::` selector (`logs-*::failures`), and the name is not date math (`<...>`,
 * `-<...>`). A name that begins with `:` has no alias ("the remote part is empty" where Elasticsearch
 * splits it). `/regex/` patterns are not index expressions and carry no alias.
 */
export function hasClusterPrefix(name: string): boolean {
  if (isRegexPattern(name) || name.startsWith('<') || name.startsWith('-<')) return false;
  const colon = name.indexOf(':');
  return colon > 0 && !name.startsWith('::', colon);
}
