import {
  EntryRef, Problem, ReplicationEntry, SearchEntry, checkAccess, checkExpiration, checkMetadata, checkName,
  checkReplicationEntry, checkReplicationHasNoDlsFls, checkSearchEntry, formatProblem,
} from '../../rules';
import type { ProviderData } from '../connection';
import type { CallContext, PlanRequest, PlanResult, Resource, State } from '../framework';
import {
  Attribute, AttributePath, Diagnostic, DiagnosticError, T, Unknown, Value, attrPath, impliedType, isPlainObject, valuesEqual,
} from '../values';

/**
 * `eccx_cross_cluster_api_key`: a cross-cluster API key on the remote (fulfilling) cluster
 * (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key).
 *
 * - create: `POST /_security/cross_cluster/api_key`
 * - read: `GET /_security/api_key?id=&active_only=true`; `access`, `metadata` and
 *   `certificate_identity` are read back (drift shows in the next plan); a key that is gone,
 *   invalidated or expired is removed from state, so the next plan creates it again
 * - update in place: `PUT /_security/cross_cluster/api_key/{id}` with `access`, `metadata`, and
 *   `expiration` from Elasticsearch 8.13 (below 8.13 a new expiration replaces the key) and
 *   `certificate_identity` from 9.3; the secret and the id stay the same
 * - delete: invalidate by id (`DELETE /_security/api_key`)
 * - import by key id: everything but the secret, which Elasticsearch never shows again: `api_key`
 *   and `encoded` stay null after an import (rotate the key, or supply the credential yourself)
 *
 * Every call authenticates as the provider's user: Elasticsearch refuses cross-cluster API key
 * calls authenticated by an API key, and the user needs the `manage_security` cluster privilege.
 */

export const TYPE_NAME = 'eccx_cross_cluster_api_key';

type Obj = { readonly [k: string]: Value };

const jsonNote = 'JSON text; compared by value, so key order and whitespace make no difference.';

const searchAttributes: { readonly [name: string]: Attribute } = {
  names: { type: T.list(T.string), required: true, description: 'Index names or patterns on the remote cluster, e.g. `["logs-*"]`.' },
  query: { type: T.string, optional: true, description: `Document level security: the query, as a JSON object. ${jsonNote}` },
  field_security: {
    type: T.string,
    optional: true,
    description: `Field level security: \`{"grant": [...], "except": [...]}\`. ${jsonNote}`,
  },
  allow_restricted_indices: {
    type: T.bool,
    optional: true,
    computed: true,
    description: 'Whether the patterns may match restricted (system) indices. Default false.',
  },
};

const replicationAttributes: { readonly [name: string]: Attribute } = {
  names: { type: T.list(T.string), required: true, description: 'Index names or patterns on the remote cluster to replicate, e.g. `["archive-*"]`.' },
  allow_restricted_indices: {
    type: T.bool,
    optional: true,
    computed: true,
    description: 'Whether the patterns may match restricted (system) indices. Default false.',
  },
};

const schema = {
  version: 0,
  description: 'A cross-cluster API key on the remote cluster, for the API-key security model of remote clusters. '
    + 'Access, metadata, expiration (Elasticsearch 8.13+) and certificate_identity (9.3+) change in place with the same secret; '
    + 'a new name replaces the key. Import by key id: the secret (`api_key`, `encoded`) cannot be read back and stays null.',
  attributes: {
    id: { type: T.string, computed: true, useStateForUnknown: true, description: 'The key id (same as `key_id`).' },
    key_id: { type: T.string, computed: true, useStateForUnknown: true, description: 'The key id Elasticsearch assigned.' },
    name: {
      type: T.string,
      required: true,
      requiresReplace: true,
      description: 'Key name (1 to 256 characters, no leading `_`, no leading or trailing whitespace). Changing it replaces the key.',
    },
    expiration: {
      type: T.string,
      optional: true,
      description: 'Time to live, an Elasticsearch time value such as `30d` or `12h`; omit for a key that never expires. '
        + 'A change updates the key in place on Elasticsearch 8.13 and later (the new expiry counts from the update) and replaces it before 8.13; removing it replaces the key.',
    },
    expiration_timestamp: { type: T.number, computed: true, description: 'Expiry in milliseconds since the epoch; null when the key never expires.' },
    metadata: { type: T.string, optional: true, description: `Arbitrary metadata, a JSON object (top-level keys may not start with \`_\`). ${jsonNote}` },
    access: {
      required: true,
      description: 'What the key grants: `search` and/or `replication` entries (at least one).',
      nested: {
        nesting: 'single',
        attributes: {
          search: { optional: true, nested: { nesting: 'list', attributes: searchAttributes }, description: 'Cross-cluster search access.' },
          replication: {
            optional: true,
            nested: { nesting: 'list', attributes: replicationAttributes },
            description: 'Cross-cluster replication access (no document or field level security).',
          },
        },
      },
    },
    certificate_identity: {
      type: T.string,
      optional: true,
      description: 'Elasticsearch 9.3+ (technical preview): a regular expression the subject DN of the local cluster\'s signing certificate must match.',
    },
    api_key: { type: T.string, computed: true, sensitive: true, useStateForUnknown: true, description: 'The secret part of the key. Null after an import.' },
    encoded: {
      type: T.string,
      computed: true,
      sensitive: true,
      useStateForUnknown: true,
      description: 'base64 of `id:api_key`, the value for the local cluster\'s keystore setting `cluster.remote.<alias>.credentials`. Null after an import.',
    },
  },
} as const;

const stateType = impliedType(schema);

// ---------------------------------------------------------------------------------------------
// JSON text attributes

/** JSON with object keys sorted: equal text means equal value. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort()) out[k] = sort((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: (e as Error).name };
  }
}

/** Parses a JSON-object attribute for a request; a bad value is a diagnostic at its path. */
function parseObject(text: string, path: AttributePath, what: string): Record<string, unknown> {
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
function keepOrCanonical(prior: Value | undefined, server: unknown): string {
  const serverValue = typeof server === 'string' ? tryParse(server) : { ok: true as const, value: server };
  if (!serverValue.ok) return server as string; // not JSON: keep what the server says, as text
  if (typeof prior === 'string') {
    const p = tryParse(prior);
    if (p.ok && canonicalJson(p.value) === canonicalJson(serverValue.value)) return prior;
  }
  return canonicalJson(serverValue.value);
}

// ---------------------------------------------------------------------------------------------
// Validation with the rules shared with the constructs

const JSON_TEXT_ATTRIBUTES = new Set(['query', 'field_security', 'metadata']);

/** `access.search[0].field_security.except[1]` → the attribute path, stopping at JSON text attributes. */
export function problemPath(prop: string): AttributePath {
  const segments: Array<string | number> = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prop)) !== null) {
    if (m[1] !== undefined) {
      segments.push(m[1]);
      if (JSON_TEXT_ATTRIBUTES.has(m[1])) break;
    } else {
      segments.push(Number(m[2]));
    }
  }
  return attrPath(...segments);
}

function problemDiagnostic(p: Problem): Diagnostic {
  return { severity: 'error', summary: `Invalid ${p.prop}`, detail: formatProblem(p), path: problemPath(p.prop) };
}

/** Values known only at apply, and nulls, are not checked: undefined for the rules. */
const checkable = (v: Value | undefined): Value | undefined => (v instanceof Unknown || v === null ? undefined : v);

function listOf(v: Value | undefined): readonly Value[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

function namesForRules(names: Value | undefined): unknown {
  if (names instanceof Unknown) return ['*'];
  if (!Array.isArray(names)) return names;
  return names.map((n) => (n instanceof Unknown ? '*' : n));
}

function validate(config: State): Diagnostic[] {
  const problems: Problem[] = [];
  const diags: Diagnostic[] = [];
  if (typeof config.name === 'string') problems.push(...checkName(config.name));
  if (typeof config.expiration === 'string') problems.push(...checkExpiration(config.expiration));
  if (typeof config.metadata === 'string') {
    const parsed = tryParse(config.metadata);
    if (!parsed.ok) {
      diags.push({ severity: 'error', summary: 'Invalid metadata', detail: 'metadata is not valid JSON: give a JSON object, e.g. {"team":"a"}.', path: attrPath('metadata') });
    } else {
      problems.push(...checkMetadata(parsed.value));
    }
  }
  const access = config.access;
  if (isPlainObject(access)) {
    const a = access as Obj;
    const search: Array<{ entry: SearchEntry; ref: EntryRef }> = [];
    const replication: Array<{ entry: ReplicationEntry; ref: EntryRef }> = [];
    (listOf(a.search) ?? []).forEach((e, i) => {
      if (!isPlainObject(e)) return;
      const entry = e as Obj;
      const prop = `access.search[${i}]`;
      let fieldSecurity: unknown = checkable(entry.field_security);
      if (typeof fieldSecurity === 'string') {
        const parsed = tryParse(fieldSecurity);
        if (!parsed.ok) {
          diags.push({
            severity: 'error',
            summary: `Invalid ${prop}.field_security`,
            detail: `${prop}.field_security is not valid JSON: give an object such as {"grant":["@timestamp","message"]}.`,
            path: attrPath('access', 'search', i, 'field_security'),
          });
          fieldSecurity = undefined;
        } else {
          fieldSecurity = parsed.value;
        }
      }
      const ruleEntry = {
        names: namesForRules(entry.names),
        query: checkable(entry.query),
        fieldSecurity,
        allowRestrictedIndices: checkable(entry.allow_restricted_indices),
      };
      problems.push(...checkSearchEntry(ruleEntry, prop));
      search.push({ entry: ruleEntry, ref: { prop, path: 'in this resource' } });
    });
    (listOf(a.replication) ?? []).forEach((e, i) => {
      if (!isPlainObject(e)) return;
      const entry = e as Obj;
      const prop = `access.replication[${i}]`;
      const ruleEntry = { names: namesForRules(entry.names), allowRestrictedIndices: checkable(entry.allow_restricted_indices) };
      problems.push(...checkReplicationEntry(ruleEntry, prop), ...checkReplicationHasNoDlsFls(ruleEntry, prop));
      replication.push({ entry: ruleEntry, ref: { prop, path: 'in this resource' } });
    });
    const accessProblems = checkAccess(search, replication, a.search instanceof Unknown, a.replication instanceof Unknown);
    problems.push(...accessProblems.map((p) => (search.length === 0 && replication.length === 0 && p.prop === 'access'
      ? { ...p, fix: 'add at least one entry to access.search or access.replication' } : p)));
  }
  return [...problems.map(problemDiagnostic), ...diags];
}

// ---------------------------------------------------------------------------------------------
// Elasticsearch calls

interface EsErrorBody { type?: unknown; reason?: unknown; caused_by?: unknown }

function describeEsError(error: EsErrorBody, depth = 0): string {
  const own = `${String(error.type ?? 'error')}: ${String(error.reason ?? '(no reason given)')}`;
  if (depth < 3 && isPlainObject(error.caused_by)) return `${own}; caused by ${describeEsError(error.caused_by as EsErrorBody, depth + 1)}`;
  return own;
}

/**
 * Anything an Elasticsearch call throws, as a diagnostic: Elasticsearch's error type and reason,
 * a timeout, a dropped connection or a malformed answer. Never the request or response values.
 */
export function esDiagnostic(err: unknown, what: string, timeoutMs: number): DiagnosticError {
  if (err instanceof DiagnosticError) return err;
  const e = err as { name?: unknown; message?: unknown; meta?: { statusCode?: unknown; body?: unknown } };
  const name = typeof e?.name === 'string' ? e.name : '';
  switch (name) {
    case 'ResponseError': {
      const status = typeof e.meta?.statusCode === 'number' ? e.meta.statusCode : undefined;
      const body = e.meta?.body;
      let reason: string;
      if (isPlainObject(body) && isPlainObject(body.error)) reason = describeEsError(body.error as EsErrorBody);
      else if (isPlainObject(body) && typeof body.error === 'string') reason = body.error;
      else if (typeof body === 'string' && body.trim() !== '') reason = `a response that is not Elasticsearch's error JSON: ${body.trim().slice(0, 200)}`;
      else reason = 'an empty response';
      const verb = status !== undefined && status >= 500 ? 'failed to' : 'refused to';
      return new DiagnosticError(`Elasticsearch ${verb} ${what}`, `HTTP ${status ?? '?'}: ${reason}`);
    }
    case 'TimeoutError':
      return new DiagnosticError('Elasticsearch did not answer in time',
        `No answer to ${what} within ${timeoutMs / 1000} s (provider attribute request_timeout). `
        + (what.startsWith('read') ? 'Try again, or raise request_timeout.' : 'The call may still have taken effect; run terraform apply again to converge.'));
    case 'ConnectionError': case 'NoLivingConnectionsError':
      return new DiagnosticError('Connection to Elasticsearch failed',
        `Could not ${what}: ${typeof e.message === 'string' ? e.message : name}. If the connection dropped after the request was sent, `
        + 'the call may have taken effect; run terraform apply again to converge.');
    case 'RequestAbortedError':
      return new DiagnosticError('Elasticsearch call cancelled', `Terraform asked the provider to stop while it tried to ${what}.`);
    case 'DeserializationError':
      // the message can quote the body, which may hold a secret: never pass it on
      return new DiagnosticError('Malformed Elasticsearch response', `The answer to the request to ${what} is not valid JSON.`);
    case 'ProductNotSupportedError':
      return new DiagnosticError('Not Elasticsearch', `The server answering the request to ${what} does not identify as Elasticsearch.`);
    default:
      return new DiagnosticError(`Could not ${what}`, `${name || 'Error'}: ${typeof e?.message === 'string' ? e.message : String(err)}`);
  }
}

interface Request {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly querystring?: Record<string, string | boolean>;
  readonly body?: Record<string, unknown>;
}

/** One Elasticsearch call. A 404 resolves to `notFound` when given, any other failure is a diagnostic. */
async function call<R>(ctx: CallContext<ProviderData>, what: string, req: Request, notFound?: R): Promise<R> {
  const data = providerDataOf(ctx);
  try {
    const es = await data.client();
    // transport.request: the 8.x client's typed methods have no certificate_identity (it would go
    // into the query string) and cannot send `certificate_identity: null`
    const params = { method: req.method, path: req.path, querystring: req.querystring, body: req.body };
    return await es.transport.request<R>(params, { signal: ctx.signal });
  } catch (err) {
    const status = (err as { meta?: { statusCode?: unknown } })?.meta?.statusCode;
    if (notFound !== undefined && (err as { name?: unknown })?.name === 'ResponseError' && status === 404) return notFound;
    throw esDiagnostic(err, what, data.requestTimeoutMs);
  }
}

function providerDataOf(ctx: CallContext<ProviderData>): ProviderData {
  if (!ctx.providerData) throw new DiagnosticError('Provider not configured', 'Terraform did not configure the eccx provider before using it.');
  return ctx.providerData;
}

/** Elasticsearch refuses cross-cluster API key calls authenticated by an API key: say so before calling. */
function refuseApiKeyAuth(ctx: CallContext<ProviderData>): void {
  if (providerDataOf(ctx).authMethod === 'api_key') {
    throw new DiagnosticError('Cross-cluster API keys need user authentication',
      'The eccx provider authenticates with an API key (api_key or ELASTICSEARCH_API_KEY), and Elasticsearch refuses to create or update '
      + 'cross-cluster API keys for a caller authenticated by an API key ("authentication via API key not supported"). '
      + 'Configure username and password (or ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD) of a user with the manage_security cluster privilege.');
  }
}

function versionAtLeast(version: string, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const [maj, min] = [Number(m[1]), Number(m[2])];
  return maj > major || (maj === major && min >= minor);
}

async function serverVersion(ctx: CallContext<ProviderData>): Promise<string> {
  const data = providerDataOf(ctx);
  try {
    return await data.serverVersion(ctx.signal);
  } catch (err) {
    throw esDiagnostic(err, 'read the cluster version (GET /)', data.requestTimeoutMs);
  }
}

async function requireCertificateIdentitySupport(ctx: CallContext<ProviderData>): Promise<void> {
  const version = await serverVersion(ctx);
  if (!versionAtLeast(version, 9, 3)) {
    throw new DiagnosticError('certificate_identity needs Elasticsearch 9.3 or later',
      `The cluster runs Elasticsearch ${version}, which does not know certificate_identity (added in 9.3, technical preview). `
      + 'Remove certificate_identity, or upgrade the cluster.', attrPath('certificate_identity'));
  }
}

// ---------------------------------------------------------------------------------------------
// Mapping between Terraform values and Elasticsearch JSON

const str = (v: Value | undefined): string | null => (typeof v === 'string' ? v : null);

function accessBody(access: Value): Record<string, unknown> {
  const a = (isPlainObject(access) ? access : {}) as Obj;
  const out: Record<string, unknown> = {};
  const search = (listOf(a.search) ?? []).map((e, i) => {
    const entry = e as Obj;
    const body: Record<string, unknown> = { names: entry.names, allow_restricted_indices: entry.allow_restricted_indices === true };
    if (typeof entry.query === 'string') body.query = parseObject(entry.query, attrPath('access', 'search', i, 'query'), `access.search[${i}].query`);
    if (typeof entry.field_security === 'string') {
      body.field_security = parseObject(entry.field_security, attrPath('access', 'search', i, 'field_security'), `access.search[${i}].field_security`);
    }
    return body;
  });
  const replication = (listOf(a.replication) ?? []).map((e) => {
    const entry = e as Obj;
    return { names: entry.names, allow_restricted_indices: entry.allow_restricted_indices === true };
  });
  if (search.length > 0) out.search = search;
  if (replication.length > 0) out.replication = replication;
  return out;
}

/** The planned access with `allow_restricted_indices` false where the configuration leaves it null. */
function withDefaults(access: Value, config: Value): Value {
  if (!isPlainObject(access)) return access;
  const a = access as Obj;
  const c = (isPlainObject(config) ? config : {}) as Obj;
  const fill = (list: Value | undefined, cfg: Value | undefined): Value => {
    if (!Array.isArray(list)) return list ?? null;
    const cfgList = Array.isArray(cfg) ? cfg : [];
    return list.map((e, i) => {
      if (!isPlainObject(e)) return e;
      const entry = e as Obj;
      const cfgEntry = (isPlainObject(cfgList[i]) ? cfgList[i] : {}) as Obj;
      if (cfgEntry.allow_restricted_indices instanceof Unknown) return entry;
      if (typeof cfgEntry.allow_restricted_indices === 'boolean') return { ...entry, allow_restricted_indices: cfgEntry.allow_restricted_indices };
      return { ...entry, allow_restricted_indices: false };
    });
  };
  return { ...a, search: fill(a.search, c.search), replication: fill(a.replication, c.replication) };
}

interface ServerKey {
  id?: unknown;
  name?: unknown;
  type?: unknown;
  expiration?: unknown;
  invalidated?: unknown;
  metadata?: unknown;
  access?: unknown;
  certificate_identity?: unknown;
}

function namesOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : [];
}

function entriesFromServer(server: unknown, prior: Value | undefined, search: boolean): Value {
  const list = Array.isArray(server) ? server.filter(isPlainObject) : [];
  const priorList = Array.isArray(prior) ? prior : undefined;
  if (list.length === 0) return priorList && priorList.length === 0 ? [] : null;
  return list.map((s, i) => {
    const p = (priorList && isPlainObject(priorList[i]) ? priorList[i] : {}) as Obj;
    const entry: Record<string, Value> = { names: namesOf(s.names) };
    if (search) {
      entry.query = s.query === undefined || s.query === null || s.query === '' ? null : keepOrCanonical(p.query, s.query);
      entry.field_security = isPlainObject(s.field_security) ? keepOrCanonical(p.field_security, s.field_security) : null;
    }
    entry.allow_restricted_indices = s.allow_restricted_indices === true;
    return entry;
  });
}

/** The state for a key as Elasticsearch reports it, keeping the prior text of equal JSON values. */
function stateFromServer(prior: Obj, key: ServerKey): State {
  const priorAccess = (isPlainObject(prior.access) ? prior.access : {}) as Obj;
  const access = (isPlainObject(key.access) ? key.access : {}) as Record<string, unknown>;
  const metadata = isPlainObject(key.metadata) ? key.metadata : {};
  const id = String(key.id);
  return {
    id,
    key_id: id,
    name: typeof key.name === 'string' ? key.name : str(prior.name),
    expiration: str(prior.expiration),
    expiration_timestamp: typeof key.expiration === 'number' ? key.expiration : null,
    // metadata {} is "none": null unless the configuration says {}
    metadata: Object.keys(metadata).length === 0 && typeof prior.metadata !== 'string' ? null : keepOrCanonical(prior.metadata, metadata),
    access: {
      search: entriesFromServer(access.search, priorAccess.search, true),
      replication: entriesFromServer(access.replication, priorAccess.replication, false),
    },
    certificate_identity: typeof key.certificate_identity === 'string' ? key.certificate_identity : null,
    api_key: str(prior.api_key),
    encoded: str(prior.encoded),
  };
}

async function getKey(ctx: CallContext<ProviderData>, id: string, activeOnly: boolean): Promise<ServerKey | null> {
  const res = await call<{ api_keys?: unknown } | null>(ctx, `read API key ${id}`, {
    method: 'GET',
    path: '/_security/api_key',
    querystring: activeOnly ? { id, active_only: true } : { id },
  }, null);
  if (res === null) return null;
  if (!isPlainObject(res) || !Array.isArray(res.api_keys)) {
    throw new DiagnosticError('Malformed Elasticsearch response', `The answer to GET /_security/api_key for key ${id} has no api_keys list.`);
  }
  const key = res.api_keys.find((k) => isPlainObject(k) && k.id === id) as ServerKey | undefined;
  return key ?? null;
}

function keyIdOf(state: Obj): string {
  const id = str(state.key_id) ?? str(state.id);
  if (!id) throw new DiagnosticError('Missing key id', 'The state has no key_id; remove the resource from state and import it by key id.');
  return id;
}

// ---------------------------------------------------------------------------------------------
// The resource

export const crossClusterApiKey: Resource<ProviderData, State> = {
  typeName: TYPE_NAME,
  schema,

  validateConfig({ config }, ctx) {
    ctx.diagnostics.add(...validate(config));
  },

  async plan({ priorState, plannedState, config }: PlanRequest<State>, ctx): Promise<PlanResult<State>> {
    const planned: Record<string, Value> = { ...plannedState, access: withDefaults(plannedState.access, config.access) };
    const replace: AttributePath[] = [];
    if (priorState === null) {
      if (config.expiration === null) planned.expiration_timestamp = null;
      refuseApiKeyAuth(ctx);
      if (typeof config.certificate_identity === 'string') await requireCertificateIdentitySupport(ctx);
      return { plannedState: planned };
    }
    // an update: the id and the secret stay (null after an import), the expiry unless expiration changes
    for (const k of ['id', 'key_id', 'api_key', 'encoded']) planned[k] = priorState[k] ?? null;
    const expirationChanged = !valuesEqual(priorState.expiration, config.expiration, T.string);
    planned.expiration_timestamp = expirationChanged ? Unknown.plain : priorState.expiration_timestamp ?? null;
    if (valuesEqual(priorState, planned, stateType)) return { plannedState: planned };

    if (expirationChanged) {
      if (config.expiration === null) {
        replace.push(attrPath('expiration')); // Elasticsearch cannot remove an expiry
      } else if (!versionAtLeast(await serverVersion(ctx), 8, 13)) {
        replace.push(attrPath('expiration')); // no expiration on update before 8.13
      }
    }
    const certChanged = !valuesEqual(priorState.certificate_identity, config.certificate_identity, T.string);
    // a replacement is planned again as a create, where the checks run
    if (replace.length > 0) return { plannedState: planned, requiresReplace: replace };
    if (!valuesEqual(priorState.name, config.name, T.string)) return { plannedState: planned }; // requiresReplace
    refuseApiKeyAuth(ctx);
    if (certChanged) await requireCertificateIdentitySupport(ctx);
    return { plannedState: planned };
  },

  async create({ plannedState, config }, ctx) {
    refuseApiKeyAuth(ctx);
    const cert = str(plannedState.certificate_identity);
    if (cert !== null) await requireCertificateIdentitySupport(ctx);
    const body: Record<string, unknown> = { name: plannedState.name, access: accessBody(plannedState.access) };
    if (typeof plannedState.expiration === 'string') body.expiration = plannedState.expiration;
    if (typeof plannedState.metadata === 'string') body.metadata = parseObject(plannedState.metadata, attrPath('metadata'), 'metadata');
    if (cert !== null) body.certificate_identity = cert;
    const res = await call<Record<string, unknown>>(ctx, 'create the cross-cluster API key', {
      method: 'POST', path: '/_security/cross_cluster/api_key', body,
    });
    if (!isPlainObject(res) || typeof res.id !== 'string' || typeof res.api_key !== 'string' || typeof res.encoded !== 'string') {
      throw new DiagnosticError('Malformed Elasticsearch response',
        'The answer to POST /_security/cross_cluster/api_key lacks id, api_key or encoded. A key may have been created: look for it by name.');
    }
    ctx.log.debug('created cross-cluster API key', { key_id: res.id });
    return {
      ...plannedState,
      access: withDefaults(plannedState.access, config.access),
      id: res.id,
      key_id: res.id,
      api_key: res.api_key,
      encoded: res.encoded,
      expiration_timestamp: typeof res.expiration === 'number' ? res.expiration : null,
    };
  },

  async read({ state }, ctx) {
    const id = keyIdOf(state);
    const key = await getKey(ctx, id, true);
    if (key === null || key.invalidated === true) {
      ctx.log.debug('cross-cluster API key gone, invalidated or expired: removed from state', { key_id: id });
      return null;
    }
    if (key.type !== undefined && key.type !== 'cross_cluster') {
      throw new DiagnosticError('Not a cross-cluster API key', `API key ${id} has type ${String(key.type)}; this resource manages cross_cluster keys.`, attrPath('key_id'));
    }
    return stateFromServer(state, key);
  },

  async update({ priorState, plannedState, config }, ctx) {
    refuseApiKeyAuth(ctx);
    const id = keyIdOf(priorState);
    const body: Record<string, unknown> = {
      access: accessBody(plannedState.access),
      // metadata replaces the stored one: {} clears it when the configuration has none
      metadata: typeof plannedState.metadata === 'string' ? parseObject(plannedState.metadata, attrPath('metadata'), 'metadata') : {},
    };
    const expirationChanged = !valuesEqual(priorState.expiration, plannedState.expiration, T.string);
    if (expirationChanged) {
      const version = await serverVersion(ctx);
      if (typeof plannedState.expiration !== 'string' || !versionAtLeast(version, 8, 13)) {
        throw new DiagnosticError('expiration cannot change in place',
          `Elasticsearch ${version} cannot ${typeof plannedState.expiration === 'string' ? 'update the expiration of a key (8.13 and later can)' : 'remove the expiry of a key'}; the key must be replaced. Plan again.`,
          attrPath('expiration'));
      }
      body.expiration = plannedState.expiration;
    }
    if (!valuesEqual(priorState.certificate_identity, plannedState.certificate_identity, T.string)) {
      await requireCertificateIdentitySupport(ctx);
      body.certificate_identity = str(plannedState.certificate_identity); // null clears it
    }
    const res = await call<Record<string, unknown>>(ctx, `update cross-cluster API key ${id}`, {
      method: 'PUT', path: `/_security/cross_cluster/api_key/${encodeURIComponent(id)}`, body,
    });
    if (!isPlainObject(res) || typeof res.updated !== 'boolean') {
      throw new DiagnosticError('Malformed Elasticsearch response', `The answer to PUT /_security/cross_cluster/api_key/${id} has no "updated" flag.`);
    }
    let expirationTimestamp: Value = priorState.expiration_timestamp ?? null;
    if (expirationChanged) {
      const key = await getKey(ctx, id, false);
      expirationTimestamp = key && typeof key.expiration === 'number' ? key.expiration : null;
    }
    ctx.log.debug('updated cross-cluster API key', { key_id: id, updated: res.updated });
    return {
      ...plannedState,
      access: withDefaults(plannedState.access, config.access),
      id: priorState.id ?? id,
      key_id: id,
      api_key: priorState.api_key ?? null,
      encoded: priorState.encoded ?? null,
      expiration_timestamp: expirationTimestamp,
    };
  },

  async delete({ priorState }, ctx) {
    const id = keyIdOf(priorState);
    const res = await call<Record<string, unknown> | null>(ctx, `invalidate API key ${id}`, {
      method: 'DELETE', path: '/_security/api_key', body: { ids: [id] },
    }, null);
    if (res === null) return; // nothing to invalidate
    if (!isPlainObject(res)) throw new DiagnosticError('Malformed Elasticsearch response', `The answer to DELETE /_security/api_key for key ${id} is not an object.`);
    const errors = typeof res.error_count === 'number' ? res.error_count : 0;
    if (errors > 0) {
      const details = Array.isArray(res.error_details) ? res.error_details.filter(isPlainObject).map((d) => describeEsError(d as EsErrorBody)) : [];
      throw new DiagnosticError('Elasticsearch refused to invalidate the cross-cluster API key',
        `Invalidating key ${id} reported ${errors} error(s): ${details.join('; ') || 'no details'}. `
        + 'Invalidating cross-cluster API keys needs the manage_security cluster privilege.');
    }
    ctx.log.debug('invalidated cross-cluster API key', { key_id: id });
  },

  async importState({ id }, ctx) {
    if (id.trim() === '') throw new DiagnosticError('Missing key id', 'Import a cross-cluster API key by its id: terraform import <address> <key id>.');
    const key = await getKey(ctx, id, false);
    if (key === null) throw new DiagnosticError('Cannot import', `Elasticsearch has no API key with id ${id}.`);
    if (key.type !== 'cross_cluster') throw new DiagnosticError('Cannot import', `API key ${id} has type ${String(key.type)}, not cross_cluster.`);
    if (key.invalidated === true) throw new DiagnosticError('Cannot import', `API key ${id} is invalidated.`);
    ctx.diagnostics.warning('The imported key\'s secret cannot be read back',
      `Elasticsearch shows the secret of API key ${id} only when it is created, so api_key and encoded stay null in state. `
      + 'Consumers that need the credential (the local cluster\'s keystore) must get it elsewhere: rotate the key '
      + '(for example change its name to create a new one) or supply the encoded value you kept.');
    return stateFromServer({ expiration: null }, key);
  },
};
