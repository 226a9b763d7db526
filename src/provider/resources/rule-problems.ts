import { Problem, formatProblem } from '../../rules';
import { AttributePath, Diagnostic, Unknown, Value, attrPath } from '../values';

/**
 * Turning the shared rules' problems (`src/rules`) into diagnostics of the resources: the problem's
 * prop (`seeds[0]`, `remote_indices[1].privileges`) becomes the attribute path.
 */

/** How a resource's attribute paths differ from the rules' props. */
export interface PropPaths {
  /** A rule prop name → the attribute's name, e.g. `keystorePath` → `keystore_path`. */
  readonly rename?: Readonly<Record<string, string>>;
  /** Attributes holding JSON text: a path ends there, since Terraform cannot point inside a string. */
  readonly jsonText?: ReadonlySet<string>;
}

/** `remote_indices[1].privileges[0]` → the attribute path, renamed and cut as `paths` says. */
export function propPath(prop: string, paths: PropPaths = {}): AttributePath {
  const segments: Array<string | number> = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prop)) !== null) {
    if (m[1] === undefined) {
      segments.push(Number(m[2]));
      continue;
    }
    const name = paths.rename?.[m[1]] ?? m[1];
    segments.push(name);
    if (paths.jsonText?.has(name)) break;
  }
  return attrPath(...segments);
}

/** Each problem as a diagnostic at its attribute (`severity` error unless the rule is advisory). */
export function problemDiagnostics(problems: readonly Problem[], severity: 'error' | 'warning' = 'error', paths: PropPaths = {}): Diagnostic[] {
  return problems.map((p) => ({ severity, summary: `Invalid ${p.prop}`, detail: formatProblem(p), path: propPath(p.prop, paths) }));
}

/**
 * A configuration value for the rules: undefined when it is null or known only at apply (a list
 * counts as unknown when any element is), since the rules never check unknown values.
 */
export function literal(v: Value | undefined): unknown {
  if (v === null || v === undefined || v instanceof Unknown) return undefined;
  if (Array.isArray(v)) return v.some((e) => e instanceof Unknown) ? undefined : v;
  return v;
}
