/**
 * A small query evaluator for the double's documents: `match_all`, `match_none`, `term`, `terms`,
 * `match` (exact value, or any whitespace-separated word of a text value), `exists`, `ids` and `bool`
 * (`must`, `filter`, `should`, `must_not`). Used for search bodies and for document-level security.
 * Real Elasticsearch analyses text and scores hits; the double does neither (README, "Search").
 */
import { EsError } from './errors';
import { isPlainObject } from './json';

function fieldValue(source: Record<string, unknown>, field: string): unknown {
  let cur: unknown = source;
  for (const part of field.split('.')) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

function values(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function single(body: unknown, name: string): [string, unknown] {
  if (!isPlainObject(body) || Object.keys(body).length !== 1) {
    throw new EsError('parsing_exception', `[${name}] query malformed, must have exactly one field`, { status: 400 });
  }
  return Object.entries(body)[0];
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

/** Whether `source` (with id `id`) matches `query`; throws Elasticsearch's 400 for an unknown query. */
export function matches(query: unknown, source: Record<string, unknown>, id: string): boolean {
  if (query === undefined || query === null) return true;
  if (typeof query === 'string') return query === '' || matches(JSON.parse(query), source, id);
  const [type, body] = single(query, 'query');
  switch (type) {
    case 'match_all':
      return true;
    case 'match_none':
      return false;
    case 'term': {
      const [field, spec] = single(body, 'term');
      const wanted = isPlainObject(spec) ? spec.value : spec;
      return values(fieldValue(source, field)).some((v) => v === wanted);
    }
    case 'terms': {
      const [field, wanted] = single(body, 'terms');
      return values(fieldValue(source, field)).some((v) => list(wanted).includes(v));
    }
    case 'match': {
      const [field, spec] = single(body, 'match');
      const wanted = isPlainObject(spec) ? spec.query : spec;
      return values(fieldValue(source, field)).some((v) => v === wanted
        || (typeof v === 'string' && typeof wanted === 'string' && v.toLowerCase().split(/\s+/).includes(wanted.toLowerCase())));
    }
    case 'exists':
      return isPlainObject(body) && values(fieldValue(source, String(body.field))).length > 0;
    case 'ids':
      return isPlainObject(body) && list(body.values).includes(id);
    case 'bool': {
      if (!isPlainObject(body)) return true;
      const all = [...list(body.must), ...list(body.filter)].every((q) => matches(q, source, id));
      const none = list(body.must_not).every((q) => !matches(q, source, id));
      const should = list(body.should);
      const any = should.length === 0 || (list(body.must).length + list(body.filter).length > 0) || should.some((q) => matches(q, source, id));
      return all && none && any;
    }
    default:
      throw new EsError('parsing_exception', `unknown query [${type}]`, { status: 400 });
  }
}
