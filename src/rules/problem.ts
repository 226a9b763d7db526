/**
 * A rule violation found at synth time.
 *
 * Rules are pure functions over literal prop values: they know Elasticsearch's rules and nothing
 * about constructs. The construct that registers a rule turns each problem into a validation
 * message prefixed with its construct path.
 */
export interface Problem {
  /** The prop, in Elasticsearch's terms, e.g. `search[0].field_security` or `expiration`. */
  readonly prop: string;
  /** What is wrong, including the offending value. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** Renders a problem as one line: `<prop>: <message>. Fix: <fix>`. */
export function formatProblem(p: Problem): string {
  return `${p.prop}: ${p.message}. Fix: ${p.fix}`;
}

/** Renders a value for an error message: JSON where possible, truncated to 120 characters. */
export function show(value: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
