/**
 * A tiny document store so that searches have something to find: `POST /{index}/_doc`,
 * `PUT|POST /{index}/_doc/{id}` (indices are created on first write, every write is visible at once),
 * and the index-expression resolution and hit collection that searches share.
 */
import { randomBytes } from 'node:crypto';
import { wildcardMatch } from './access';
import { can } from './auth';
import { EsError, forbidden } from './errors';
import { IndexGrant, filterFields, visible } from './index-permissions';
import { isPlainObject } from './json';
import { matches } from './query';
import { objectBody } from './request-body';
import { DoubleContext, Reply, Req, RouteFn, StoredDocument, ok } from './types';

export function registerDocumentRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('POST', '/{index}/_doc', (r) => indexDocument(ctx, r));
  route('PUT', '/{index}/_doc/{id}', (r) => indexDocument(ctx, r));
  route('POST', '/{index}/_doc/{id}', (r) => indexDocument(ctx, r));
}

const invalidName = (index: string, why: string) => new EsError('invalid_index_name_exception', `Invalid index name [${index}], ${why}`, {
  status: 400, extra: { index_uuid: '_na_', index },
});

/** MetadataCreateIndexService's name rules (the common ones). */
function checkIndexName(index: string): void {
  if (index !== index.toLowerCase()) throw invalidName(index, 'must be lowercase');
  if (/^[_\-+]/.test(index)) throw invalidName(index, "must not start with '_', '-', or '+'");
  if (/[\\/*?"<>| ,#:]/.test(index)) throw invalidName(index, 'must not contain the following characters [ , ", *, \\, <, |, ,, >, /, ?, #, :]');
}

function indexDocument(ctx: DoubleContext, r: Req): Reply {
  const index = r.params.index;
  checkIndexName(index);
  // The double lets only holders of the `all` cluster privilege (superusers) write documents.
  if (!can(r.principal, 'all')) {
    throw forbidden(`action [indices:data/write/index] is unauthorized for user [${r.principal.user.username}] with effective roles `
      + `[${r.principal.user.roles.join(',')}] on indices [${index}], this action is granted by the index privileges [create_doc,create,index,write,all]`);
  }
  const { obj } = objectBody(r)!;
  const docs = ctx.state.indices.get(index) ?? new Map<string, StoredDocument>();
  ctx.state.indices.set(index, docs);
  const id = r.params.id ?? randomBytes(15).toString('base64url');
  const previous = docs.get(id);
  const doc: StoredDocument = { id, source: obj, version: (previous?.version ?? 0) + 1 };
  docs.set(id, doc);
  return ok({
    _index: index,
    _id: id,
    _version: doc.version,
    result: previous ? 'updated' : 'created',
    _shards: { total: 2, successful: 1, failed: 0 },
    _seq_no: [...ctx.state.indices.values()].reduce((n, m) => n + m.size, 0) - 1,
    _primary_term: 1,
  }, previous ? 200 : 201);
}

export const noSuchIndex = (index: string) => new EsError('index_not_found_exception', `no such index [${index}]`, {
  status: 404, extra: { 'resource.type': 'index_or_alias', 'resource.id': index, 'index_uuid': '_na_', index },
});

/**
 * Resolve a comma-separated expression against existing indices. Wildcards expand only to indices
 * `allowed` accepts (Elasticsearch resolves wildcards against authorized indices); concrete names
 * are returned as given, for the caller to authorize and to report when missing.
 */
export function resolveIndices(
  ctx: DoubleContext, expression: string, allowed: (index: string) => boolean,
): { concrete: string[]; expanded: string[] } {
  const concrete: string[] = [];
  const expanded: string[] = [];
  for (const part of expression.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (part.includes('*')) {
      for (const name of [...ctx.state.indices.keys()].sort()) {
        if (wildcardMatch(part, name) && allowed(name) && !expanded.includes(name)) expanded.push(name);
      }
    } else if (!concrete.includes(part)) {
      concrete.push(part);
    }
  }
  return { concrete, expanded };
}

export interface Hit {
  readonly index: string;
  readonly id: string;
  readonly source: Record<string, unknown>;
}

/**
 * Documents of `indices` that match `query` and pass every permission layer in `layers` (each layer:
 * index → the grants that allow it), with fields filtered by each layer in turn.
 */
export function collectHits(
  ctx: DoubleContext, indices: readonly string[], query: unknown, layers: ((index: string) => IndexGrant[] | undefined)[],
): Hit[] {
  const hits: Hit[] = [];
  for (const index of indices) {
    const grants = layers.map((layer) => layer(index));
    for (const doc of ctx.state.indices.get(index)?.values() ?? []) {
      if (!matches(query, doc.source, doc.id)) continue;
      if (!grants.every((g) => g === undefined || visible(g, doc.source, doc.id))) continue;
      let source = doc.source;
      for (const g of grants) if (g) source = filterFields(g, source);
      hits.push({ index, id: doc.id, source });
    }
  }
  return hits;
}

/** `{query, size}` of a search body (other keys are ignored by the double). */
export function searchBody(r: Req): { query?: unknown; size: number } {
  const parsed = objectBody(r, false);
  const body = parsed?.obj ?? {};
  const size = r.query.size !== undefined ? Number(r.query.size) : typeof body.size === 'number' ? body.size : 10;
  const query = isPlainObject(body.query) ? body.query : undefined;
  return { query, size };
}
