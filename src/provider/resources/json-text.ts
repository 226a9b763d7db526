import { canonicalJson } from '../../rules/canonical-json';
import { AttributePath, DiagnosticError, Value, isPlainObject } from '../values';

/**
 * The JSON text attributes of the key and the role (`metadata`, `query`, `field_security`): parsed
 * for requests, and compared by value with what Elasticsearch reports, so key order and whitespace
 * never show as a change.
 */

export function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: (e as Error).name };
  }
}

/** Parses a JSON-object attribute for a request; a bad value is a diagnostic at its path. */
export function parseObject(text: string, path: AttributePath, what: string): Record<string, unknown> {
  const parsed = tryParse(text);
  if (!parsed.ok || !isPlainObject(parsed.value)) {
    throw new DiagnosticError(`Invalid ${what}`, `${what} must be a JSON object.`, path);
  }
  return parsed.value;
}

/**
 * The state's value for a JSON attribute that Elasticsearch reported as `server` (an object, or a
 * string holding JSON): the prior text when it means the same, else the server's canonical JSON.
 */
export function keepOrCanonical(prior: Value | undefined, server: unknown): string {
  const serverValue = typeof server === 'string' ? tryParse(server) : { ok: true as const, value: server };
  if (!serverValue.ok) return server as string; // not JSON: keep what the server says, as text
  if (typeof prior === 'string') {
    const p = tryParse(prior);
    if (p.ok && canonicalJson(p.value) === canonicalJson(serverValue.value)) return prior;
  }
  return canonicalJson(serverValue.value);
}
