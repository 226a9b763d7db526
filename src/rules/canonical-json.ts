/**
 * Canonical JSON: the one encoder that the constructs, the rules, the eccx provider, the benchmarks
 * and the scripts share. Pure: it knows nothing of cdktf or tokens (the constructs fall back to
 * Terraform's `jsonencode(...)` themselves when a value holds deploy-time values).
 *
 * Canonical means: object keys sorted by UTF-16 code units at every depth (arrays keep their order),
 * no insignificant white space unless `indent` is given, `undefined` members and functions left out
 * as `JSON.stringify` leaves them out. The same data therefore always gives the same text, which is
 * what Elasticsearch's stored JSON is compared against and what snapshot tests need.
 */

/**
 * Returns `value` encoded as canonical JSON.
 *
 * Keys are sorted as written, so keys that look like array indices (`"10"`, `"2"`) keep sorted order
 * too, which a sorted copy passed to `JSON.stringify` would not (JavaScript enumerates such keys
 * first, in numeric order).
 *
 * @param value any JSON-serializable value; `toJSON` is honoured as `JSON.stringify` honours it
 * @param indent number of spaces per level for readable output (default: compact)
 * @returns the JSON text; `null` for a value that has no JSON form (`undefined`, a function)
 */
export function canonicalJson(value: unknown, indent = 0): string {
  return write(value, indent > 0 ? ' '.repeat(indent) : '', '') ?? 'null';
}

/**
 * A copy of `value` with object keys inserted in sorted order at every depth; arrays keep their order
 * and `undefined` members are dropped. For callers that need the data, not the text.
 *
 * @param keep values to return as they are, without looking inside (the constructs keep cdktf
 * tokens this way); by default none
 */
export function sortKeysDeep<T>(value: T, keep: (value: unknown) => boolean = () => false): T {
  if (keep(value)) return value;
  if (Array.isArray(value)) return value.map((item) => sortKeysDeep(item, keep)) as unknown as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) out[key] = sortKeysDeep(member, keep);
  }
  return out as T;
}

function write(value: unknown, step: string, indent: string): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'object':
      return Array.isArray(value) ? writeArray(value, step, indent) : writeObject(value as Record<string, unknown>, step, indent);
    default:
      return undefined; // undefined, functions, symbols: left out, as JSON.stringify does
  }
}

function writeArray(items: unknown[], step: string, indent: string): string {
  if (items.length === 0) return '[]';
  const inner = indent + step;
  const parts = items.map((item) => write(item, step, inner) ?? 'null');
  return step ? `[\n${inner}${parts.join(`,\n${inner}`)}\n${indent}]` : `[${parts.join(',')}]`;
}

function writeObject(object: Record<string, unknown>, step: string, indent: string): string {
  const inner = indent + step;
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const text = write(object[key], step, inner);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${step ? ' ' : ''}${text}`);
  }
  if (members.length === 0) return '{}';
  return step ? `{\n${inner}${members.join(`,\n${inner}`)}\n${indent}}` : `{${members.join(',')}}`;
}
