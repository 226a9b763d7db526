import { Problem, formatProblem } from '../../rules';
import { AttributePath, Diagnostic, Unknown, Value, attrPath } from '../values';

/**
 * Turning the shared rules' problems (`src/rules`) into diagnostics of the local-side resources:
 * the problem's prop (`seeds[0]`, `remote_indices[1].privileges`) becomes the attribute path.
 */

/** `remote_indices[1].privileges[0]` → the attribute path; `rename` maps a rule prop name to the attribute's. */
export function propPath(prop: string, rename: Readonly<Record<string, string>> = {}): AttributePath {
  const segments: Array<string | number> = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prop)) !== null) segments.push(m[1] !== undefined ? rename[m[1]] ?? m[1] : Number(m[2]));
  return attrPath(...segments);
}

/** Each problem as a diagnostic at its attribute (`severity` error unless the rule is advisory). */
export function problemDiagnostics(problems: readonly Problem[], severity: 'error' | 'warning' = 'error',
  rename: Readonly<Record<string, string>> = {}): Diagnostic[] {
  return problems.map((p) => ({ severity, summary: `Invalid ${p.prop}`, detail: formatProblem(p), path: propPath(p.prop, rename) }));
}

/** A configuration value for the rules: undefined when null or known only at apply (unknown values are never checked). */
export function literal(v: Value | undefined): unknown {
  if (v === null || v === undefined || v instanceof Unknown) return undefined;
  if (Array.isArray(v)) return v.some((e) => e instanceof Unknown) ? undefined : v;
  return v;
}
