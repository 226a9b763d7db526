/**
 * Attribute paths, as diagnostics and `requires_replace` carry them: a sequence of steps, each an
 * attribute name, a string key (map element) or an integer index (list element).
 */
export type PathStep =
  | { readonly attribute: string }
  | { readonly key: string }
  | { readonly index: number };

export type AttributePath = readonly PathStep[];

/**
 * Builds a path from short segments: a string is an attribute name, a number a list index; use
 * `{ key: 'k' }` for a map key. `attrPath('access', 'search', 0, 'names')`.
 */
export function attrPath(...segments: Array<string | number | PathStep>): AttributePath {
  return segments.map((s) => {
    if (typeof s === 'string') return { attribute: s };
    if (typeof s === 'number') return { index: s };
    return s;
  });
}

/** Terraform's way of printing a path: `access.search[0].names`, `tags["a"]`. */
export function pathToString(path: AttributePath): string {
  let out = '';
  for (const step of path) {
    if ('attribute' in step) out += out === '' ? step.attribute : `.${step.attribute}`;
    else if ('key' in step) out += `[${JSON.stringify(step.key)}]`;
    else out += `[${step.index}]`;
  }
  return out;
}

export function pathsEqual(a: AttributePath, b: AttributePath): boolean {
  return a.length === b.length && a.every((s, i) => pathToString([s]) === pathToString([b[i]]));
}
