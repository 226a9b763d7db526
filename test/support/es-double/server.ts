/**
 * An in-process test double of the Elasticsearch HTTP API: security API keys (REST and cross-cluster),
 * roles, cluster settings, remote info and secure-settings reload. Behaviour and messages follow the
 * team's fact sheet (reference/elasticsearch.md); the section numbers cited below refer to it.
 */
import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import {
  ParsedAccess, RoleDescriptorJson, accessFromDescriptor, buildCrossClusterRoleDescriptor,
  indicesToJson, parseAccess, parseIndicesEntry,
} from './access';
import {
  EsError, forbidden, illegalArgument, injectedError, notFound, parseException, unauthenticated, validationFailed,
  xContentParse,
} from './errors';
import { JsonSyntaxError, ParsedJson, isPlainObject, jsonEqual, parseJsonWithPositions } from './json';
import { ParseContext, runBuilder, walkFields } from './parsing';
import { TimeValue, javaTrim, parseTimeValue, wholeSeconds } from './time-value';
import { Version, atLeast, parseVersion } from './version';

// ---------------------------------------------------------------------------------------------
// Public types

export interface DoubleUser {
  readonly username: string;
  readonly password: string;
  /** Role names, reported in 403 messages and `limited_by`. Default `[]` (`['superuser']` for `elastic`). */
  readonly roles?: string[];
  /**
   * Cluster privileges the user effectively holds, e.g. `['manage_security']`, `['manage_api_key']`,
   * `['all']`. Default: `['all']` when `roles` contains `superuser`, else `[]`.
   */
  readonly clusterPrivileges?: string[];
  /** Realm name. Default `reserved` for `elastic`, else `default_native`. */
  readonly realm?: string;
  /** Realm type. Default `reserved` for `elastic`, else `native`. */
  readonly realmType?: string;
}

export interface DoubleOptions {
  /** Elasticsearch version to impersonate. Default `8.19.3`. */
  readonly version?: string;
  /** Users. Default: one superuser `elastic` / `changeme`. */
  readonly users?: DoubleUser[];
  /** TCP port. Default 0 (ephemeral). */
  readonly port?: number;
  /** Host to bind. Default 127.0.0.1. */
  readonly host?: string;
  readonly clusterName?: string;
  readonly clusterUuid?: string;
  /** `version.build_flavor`. Default `default`. */
  readonly buildFlavor?: string;
  /** Clock in epoch ms. Default `Date.now`; `advanceTime()` adds an offset to it. */
  readonly now?: () => number;
}

export interface FaultSpec {
  /** HTTP method to match (case-insensitive). Default: any. */
  readonly method?: string;
  /** Matched against the path without the query string. A string must match exactly. Default: any. */
  readonly path?: RegExp | string;
  /** How many matching calls to affect. Default 1; use `Infinity` for all. */
  readonly times?: number;
  /** Respond with this status and an Elasticsearch-shaped error instead of handling the call. */
  readonly status?: number;
  /** The error reason for `status`. Default `injected fault`. */
  readonly reason?: string;
  /** Wait this long before answering (or before handling the call normally). */
  readonly delayMs?: number;
  /** Destroy the socket without answering. */
  readonly drop?: boolean;
}

export interface FaultHandle {
  readonly spec: FaultSpec;
  /** Calls this fault has affected so far. */
  hits: number;
  /** Calls it will still affect. */
  remaining: number;
}

export interface StoredApiKey {
  id: string;
  name: string;
  type: 'rest' | 'cross_cluster';
  /** The secret (`api_key`); 22 characters. */
  apiKey: string;
  creation: number;
  expiration?: number;
  invalidated: boolean;
  invalidation?: number;
  username: string;
  realm: string;
  realmType: string;
  metadata: Record<string, unknown>;
  roleDescriptors: Record<string, RoleDescriptorJson>;
  /** Owner's role descriptors at creation (REST keys only). */
  limitedBy?: Record<string, RoleDescriptorJson>;
  certificateIdentity?: string;
  /** Bumped on every effective update (the document version). */
  version: number;
}

export interface StoredRole {
  name: string;
  body: Record<string, unknown>;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: unknown;
  /** The authenticated principal (username, or `apikey:<id>`), if any. */
  principal?: string;
  status?: number;
}

export interface DoubleState {
  readonly apiKeys: Map<string, StoredApiKey>;
  readonly roles: Map<string, StoredRole>;
  /** Flat setting name → string or string[]. */
  readonly persistentSettings: Map<string, string | string[]>;
  readonly transientSettings: Map<string, string | string[]>;
  /** Keystore entries as written (e.g. `cluster.remote.a.credentials`); applied by a reload. */
  readonly keystore: Map<string, string>;
  /** Secure settings in effect since the last `POST /_nodes/reload_secure_settings`. */
  readonly loadedSecureSettings: Map<string, string>;
  /** Remote aliases reported as `connected: true` by `GET /_remote/info`. */
  readonly connectedRemotes: Set<string>;
  readonly requests: RecordedRequest[];
  reloadCount: number;
}

// ---------------------------------------------------------------------------------------------
// Internals

interface Principal {
  readonly user: Required<DoubleUser>;
  /** Set when the caller authenticated with an API key. */
  readonly apiKey?: StoredApiKey;
}

interface Req {
  readonly method: string;
  readonly path: string;
  readonly uri: string;
  readonly query: Record<string, string>;
  readonly raw: string;
  readonly principal: Principal;
  readonly params: Record<string, string>;
  readonly record: RecordedRequest;
}

interface Reply {
  readonly status: number;
  readonly body: unknown;
}

type Handler = (req: Req) => Reply;

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly keys: string[];
  readonly handler: Handler;
  readonly since?: [number, number];
}

const IMPLIED: Record<string, string[]> = {
  all: ['*'],
  manage_security: ['manage_api_key', 'manage_own_api_key', 'manage', 'monitor', 'read_security'],
  manage: ['monitor', 'manage_own_api_key'],
  manage_api_key: ['manage_own_api_key'],
  read_security: [],
};

function grants(held: readonly string[], wanted: string): boolean {
  const seen = new Set<string>();
  const stack = [...held];
  while (stack.length) {
    const p = stack.pop()!;
    if (p === wanted || p === 'all') return true;
    if (seen.has(p)) continue;
    seen.add(p);
    stack.push(...(IMPLIED[p] ?? []));
  }
  return false;
}

const ok = (body: unknown, status = 200): Reply => ({ status, body });

function newId(): string {
  // Elasticsearch ids are 20-character base64url UUIDs.
  return randomBytes(15).toString('base64url');
}

function newSecret(): string {
  // 16 random bytes → 22 base64url characters (fact sheet §1.1: exactly 22).
  return randomBytes(16).toString('base64url');
}

function boolParam(v: string | undefined): boolean {
  return v !== undefined && (v === '' || v === 'true');
}

function nameMatches(pattern: string, name: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return pattern === name;
}

function nested(flat: Map<string, string | string[]> | Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries = flat instanceof Map ? [...flat.entries()] : Object.entries(flat);
  for (const [k, v] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    const parts = k.split('.');
    let cur = out;
    for (const p of parts.slice(0, -1)) {
      if (!isPlainObject(cur[p])) cur[p] = {};
      cur = cur[p] as Record<string, unknown>;
    }
    cur[parts[parts.length - 1]] = v;
  }
  return out;
}

function flatten(obj: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v)) flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

const REMOTE_ALIAS_SETTINGS = [
  'mode', 'seeds', 'proxy_address', 'server_name', 'skip_unavailable', 'node_connections', 'proxy_socket_connections',
  'transport.compress', 'transport.compression_scheme', 'transport.ping_schedule',
];
const SNIFF_ONLY = ['seeds', 'node_connections'];
const PROXY_ONLY = ['proxy_address', 'server_name', 'proxy_socket_connections'];
const OTHER_DYNAMIC_PREFIXES = [
  'cluster.routing.', 'cluster.blocks.', 'cluster.info.', 'cluster.indices.', 'cluster.max_shards_per_node',
  'indices.', 'action.', 'logger.', 'search.', 'xpack.', 'ingest.', 'script.', 'cluster.remote.initial_connect_timeout',
  'cluster.remote.node.attr', 'cluster.remote.connections_per_cluster',
];

// ---------------------------------------------------------------------------------------------

export class ElasticsearchDouble {
  /** Start a double listening on 127.0.0.1 (ephemeral port unless `port` is given). */
  static async start(options: DoubleOptions = {}): Promise<ElasticsearchDouble> {
    const d = new ElasticsearchDouble(options);
    await d.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    return d;
  }

  readonly state: DoubleState;
  readonly users: Map<string, Required<DoubleUser>>;
  readonly clusterUuid: string;
  readonly clusterName: string;
  readonly nodeId: string;
  private versionInfo: Version;
  private readonly buildFlavor: string;
  private readonly server: http.Server;
  private readonly sockets = new Set<import('node:net').Socket>();
  private readonly faults: FaultHandle[] = [];
  private readonly routes: Route[] = [];
  private readonly clock: () => number;
  private timeOffset = 0;
  private _url = '';

  private constructor(options: DoubleOptions) {
    this.versionInfo = parseVersion(options.version ?? '8.19.3');
    this.buildFlavor = options.buildFlavor ?? 'default';
    this.clusterName = options.clusterName ?? 'es-double';
    this.clusterUuid = options.clusterUuid ?? randomBytes(16).toString('base64url').slice(0, 22);
    this.nodeId = randomBytes(16).toString('base64url').slice(0, 22);
    this.clock = options.now ?? Date.now;
    this.users = new Map();
    const users = options.users ?? [{ username: 'elastic', password: 'changeme' }];
    for (const u of users) this.addUser(u);
    this.state = {
      apiKeys: new Map(),
      roles: new Map(),
      persistentSettings: new Map(),
      transientSettings: new Map(),
      keystore: new Map(),
      loadedSecureSettings: new Map(),
      connectedRemotes: new Set(),
      requests: [],
      reloadCount: 0,
    };
    this.registerRoutes();
    this.server = http.createServer((req, res) => this.onRequest(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    return this._url;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The impersonated version, e.g. `8.19.3`. */
  get version(): string {
    return this.versionInfo.text;
  }

  /** Switch the impersonated version (state is kept). */
  setVersion(version: string): void {
    this.versionInfo = parseVersion(version);
  }

  /** The double's current time in epoch ms. */
  now(): number {
    return this.clock() + this.timeOffset;
  }

  /** Move the double's clock forward, e.g. to expire keys. */
  advanceTime(ms: number): void {
    this.timeOffset += ms;
  }

  addUser(u: DoubleUser): void {
    const isElastic = u.username === 'elastic';
    const roles = u.roles ?? (isElastic ? ['superuser'] : []);
    this.users.set(u.username, {
      username: u.username,
      password: u.password,
      roles,
      clusterPrivileges: u.clusterPrivileges ?? (roles.includes('superuser') ? ['all'] : []),
      realm: u.realm ?? (isElastic ? 'reserved' : 'default_native'),
      realmType: u.realmType ?? (isElastic ? 'reserved' : 'native'),
    });
  }

  /**
   * Inject a fault on matching calls. Faults are checked in the order they were added; each call
   * consumes at most one fault.
   */
  injectFault(spec: FaultSpec): FaultHandle {
    const handle: FaultHandle = { spec, hits: 0, remaining: spec.times ?? 1 };
    this.faults.push(handle);
    return handle;
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Forget all keys, roles, settings, keystore entries, recorded requests and faults. */
  reset(): void {
    this.state.apiKeys.clear();
    this.state.roles.clear();
    this.state.persistentSettings.clear();
    this.state.transientSettings.clear();
    this.state.keystore.clear();
    this.state.loadedSecureSettings.clear();
    this.state.connectedRemotes.clear();
    this.state.requests.length = 0;
    this.state.reloadCount = 0;
    this.timeOffset = 0;
    this.clearFaults();
  }

  /** Stop listening and drop open connections. */
  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const a = this.server.address() as AddressInfo;
        this._url = `http://${host}:${a.port}`;
        resolve();
      });
    });
  }

  // -------------------------------------------------------------------------------------------
  // HTTP plumbing

  private onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): Promise<void> {
    const uri = req.url ?? '/';
    const parsed = new URL(uri, 'http://double');
    const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : parsed.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const query: Record<string, string> = {};
    parsed.searchParams.forEach((v, k) => {
      query[k] = v;
    });
    let recordedBody: unknown = raw;
    try {
      recordedBody = raw ? JSON.parse(raw) : undefined;
    } catch {
      // keep the raw text
    }
    const record: RecordedRequest = { method, path, query, headers: req.headers, body: recordedBody };
    this.state.requests.push(record);

    const fault = this.faults.find((f) => f.remaining > 0
      && (!f.spec.method || f.spec.method.toUpperCase() === method)
      && (!f.spec.path || (typeof f.spec.path === 'string' ? f.spec.path === path : f.spec.path.test(path))));
    if (fault) {
      fault.remaining--;
      fault.hits++;
      if (fault.spec.delayMs) await new Promise((r) => setTimeout(r, fault.spec.delayMs));
      if (fault.spec.drop) {
        record.status = 0;
        req.socket.destroy();
        return;
      }
      if (fault.spec.status !== undefined) {
        this.send(res, req, record, injectedError(fault.spec.status, fault.spec.reason ?? 'injected fault'));
        return;
      }
    }

    let reply: Reply | EsError;
    try {
      reply = this.dispatch(method, path, uri, query, raw, req, record);
    } catch (e) {
      if (e instanceof EsError) reply = e;
      else reply = new EsError('exception', String((e as Error)?.message ?? e), { status: 500 });
    }
    this.send(res, req, record, reply);
  }

  private send(res: http.ServerResponse, req: http.IncomingMessage, record: RecordedRequest, reply: Reply | EsError): void {
    const status = reply.status;
    const body = reply instanceof EsError ? reply.toBody() : reply.body;
    record.status = status;
    const accept = String(req.headers.accept ?? '');
    const compat = /compatible-with=(\d+)/.exec(accept);
    res.statusCode = status;
    res.setHeader('X-elastic-product', 'Elasticsearch');
    res.setHeader('content-type', compat ? `application/vnd.elasticsearch+json;compatible-with=${compat[1]}` : 'application/json');
    if (reply instanceof EsError) for (const [k, v] of Object.entries(reply.headers)) res.setHeader(k, v);
    const text = JSON.stringify(body) + (req.url && /[?&]pretty/.test(req.url) ? '\n' : '');
    res.end(req.method === 'HEAD' ? undefined : text);
  }

  private dispatch(
    method: string, path: string, uri: string, query: Record<string, string>, raw: string,
    req: http.IncomingMessage, record: RecordedRequest,
  ): Reply {
    // Authentication comes first, before routing (as with Elasticsearch's security REST filter).
    const principal = this.authenticate(req, uri);
    record.principal = principal.apiKey ? `apikey:${principal.apiKey.id}` : principal.user.username;

    const available = this.routes.filter((r) => !r.since || atLeast(this.versionInfo, r.since[0], r.since[1]));
    const matching = available.filter((r) => r.pattern.test(path));
    if (matching.length === 0) {
      return ok({ error: `no handler found for uri [${uri}] and method [${method}]`, status: 400 }, 400);
    }
    const route = matching.find((r) => r.method === method);
    if (!route) {
      const allowed = [...new Set(matching.map((r) => r.method))];
      return ok({ error: `Incorrect HTTP method for uri [${uri}] and method [${method}], allowed: [${allowed.join(', ')}]`, status: 405 }, 405);
    }
    const m = route.pattern.exec(path)!;
    const params: Record<string, string> = {};
    route.keys.forEach((k, idx) => {
      params[k] = decodeURIComponent(m[idx + 1]);
    });
    return route.handler({ method, path, uri, query, raw, principal, params, record });
  }

  private authenticate(req: http.IncomingMessage, uri: string): Principal {
    const header = req.headers.authorization;
    if (!header) throw unauthenticated(`missing authentication credentials for REST request [${uri}]`);
    const sp = header.indexOf(' ');
    const scheme = (sp < 0 ? header : header.slice(0, sp)).toLowerCase();
    const cred = sp < 0 ? '' : header.slice(sp + 1).trim();
    const generic = 'unable to authenticate with provided credentials and anonymous access is not allowed for this request';
    if (scheme === 'basic') {
      const decoded = Buffer.from(cred, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const username = colon < 0 ? decoded : decoded.slice(0, colon);
      const password = colon < 0 ? '' : decoded.slice(colon + 1);
      const user = this.users.get(username);
      if (!user || user.password !== password) {
        throw unauthenticated(`unable to authenticate user [${username}] for REST request [${uri}]`);
      }
      return { user };
    }
    if (scheme === 'apikey') {
      const decoded = Buffer.from(cred, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const id = colon < 0 ? decoded : decoded.slice(0, colon);
      const secret = colon < 0 ? '' : decoded.slice(colon + 1);
      const key = this.state.apiKeys.get(id);
      const unsuccessful = (why: string) => unauthenticated(generic, { additional_unsuccessful_credentials: `API key: ${why}` });
      if (!key) throw unsuccessful(`unable to find apikey with id ${id}`);
      if (key.apiKey !== secret) throw unsuccessful(`invalid credentials for API key [${id}]`);
      if (key.type !== 'rest') {
        // §2.7: cross-cluster keys cannot authenticate on the REST interface.
        throw unsuccessful(`authentication expected API key type of [rest], but API key [${id}] has type [${key.type}]`);
      }
      if (key.invalidated) throw unsuccessful('api key has been invalidated');
      if (key.expiration !== undefined && key.expiration <= this.now()) throw unsuccessful('api key is expired');
      const owner = this.users.get(key.username);
      if (!owner) throw unsuccessful(`owner of API key [${id}] no longer exists`);
      return { user: owner, apiKey: key };
    }
    throw unauthenticated(generic);
  }

  private can(p: Principal, privilege: string): boolean {
    if (!grants(p.user.clusterPrivileges, privilege)) return false;
    if (!p.apiKey) return true;
    const descriptors = Object.values(p.apiKey.roleDescriptors);
    return descriptors.length === 0 || descriptors.some((d) => grants(d.cluster, privilege));
  }

  private authorize(p: Principal, privilege: string, action: string, grantedBy: string): void {
    if (this.can(p, privilege)) return;
    const who = p.apiKey
      ? `API key id [${p.apiKey.id}] of user [${p.user.username}]`
      : `user [${p.user.username}] with effective roles [${p.user.roles.join(',')}]`;
    throw forbidden(`action [${action}] is unauthorized for ${who}, this action is granted by the cluster privileges [${grantedBy}]`);
  }

  private body(req: Req, required = true): ParsedJson | undefined {
    if (!req.raw.trim()) {
      if (required) throw parseException('request body is required');
      return undefined;
    }
    try {
      return parseJsonWithPositions(req.raw);
    } catch (e) {
      if (e instanceof JsonSyntaxError) throw xContentParse(e.loc, e.message);
      throw e;
    }
  }

  private objectBody(req: Req, required = true): { obj: Record<string, unknown>; ctx: ParseContext } | undefined {
    const parsed = this.body(req, required);
    if (!parsed) return undefined;
    if (!isPlainObject(parsed.value)) {
      throw parseException('request body or source parameter is required');
    }
    return { obj: parsed.value, ctx: { positions: parsed.positions } };
  }

  private route(method: string, template: string, handler: Handler, since?: [number, number]): void {
    const keys: string[] = [];
    const pattern = new RegExp('^' + template.replace(/\{(\w+)\}/g, (_, k: string) => {
      keys.push(k);
      return '([^/]+)';
    }) + '$');
    this.routes.push({ method, pattern, keys, handler, since });
  }

  // -------------------------------------------------------------------------------------------
  // Routes

  private registerRoutes(): void {
    this.route('GET', '/', () => this.info());
    this.route('HEAD', '/', () => ok({}));
    this.route('POST', '/_security/cross_cluster/api_key', (r) => this.createCrossClusterKey(r), [8, 10]);
    this.route('PUT', '/_security/cross_cluster/api_key/{id}', (r) => this.updateCrossClusterKey(r), [8, 10]);
    this.route('POST', '/_security/api_key', (r) => this.createRestKey(r));
    this.route('PUT', '/_security/api_key', (r) => this.createRestKey(r));
    this.route('GET', '/_security/api_key', (r) => this.getKeys(r));
    this.route('DELETE', '/_security/api_key', (r) => this.invalidateKeys(r));
    this.route('PUT', '/_security/api_key/{id}', (r) => this.updateRestKey(r), [8, 4]);
    this.route('GET', '/_security/_authenticate', (r) => this.whoami(r));
    this.route('GET', '/_security/role', (r) => this.getRoles(r));
    this.route('GET', '/_security/role/{name}', (r) => this.getRoles(r));
    this.route('PUT', '/_security/role/{name}', (r) => this.putRole(r));
    this.route('POST', '/_security/role/{name}', (r) => this.putRole(r));
    this.route('DELETE', '/_security/role/{name}', (r) => this.deleteRole(r));
    this.route('GET', '/_cluster/settings', (r) => this.getSettings(r));
    this.route('PUT', '/_cluster/settings', (r) => this.putSettings(r));
    this.route('GET', '/_remote/info', (r) => this.remoteInfo(r));
    this.route('POST', '/_nodes/reload_secure_settings', (r) => this.reloadSecureSettings(r));
  }

  private info(): Reply {
    const v = this.versionInfo;
    const lucene = v.major >= 9 ? '10.2.2' : '9.12.2';
    return ok({
      name: `${this.clusterName}-node-0`,
      cluster_name: this.clusterName,
      cluster_uuid: this.clusterUuid,
      version: {
        number: v.text,
        build_flavor: this.buildFlavor,
        build_type: 'docker',
        build_hash: '0000000000000000000000000000000000000000',
        build_date: '2025-01-01T00:00:00.000000000Z',
        build_snapshot: false,
        lucene_version: lucene,
        minimum_wire_compatibility_version: v.major >= 9 ? '8.19.0' : '7.17.0',
        minimum_index_compatibility_version: v.major >= 9 ? '8.0.0' : '7.0.0',
      },
      tagline: 'You Know, for Search',
    });
  }

  private whoami(r: Req): Reply {
    const u = r.principal.user;
    const out: Record<string, unknown> = {
      username: u.username,
      roles: u.roles,
      full_name: null,
      email: null,
      metadata: {},
      enabled: true,
      authentication_realm: { name: r.principal.apiKey ? '_es_api_key' : u.realm, type: r.principal.apiKey ? '_es_api_key' : u.realmType },
      lookup_realm: { name: r.principal.apiKey ? '_es_api_key' : u.realm, type: r.principal.apiKey ? '_es_api_key' : u.realmType },
      authentication_type: r.principal.apiKey ? 'api_key' : 'realm',
    };
    if (r.principal.apiKey) out.api_key = { id: r.principal.apiKey.id, name: r.principal.apiKey.name };
    return ok(out);
  }

  // ---- API keys: shared validation (§2.1, §2.5) -------------------------------------------------

  private nameErrors(name: string | null | undefined): string[] {
    if (name === null || name === undefined || name === '') return ['api key name is required'];
    if (name.length > 256) return ['api key name may not be more than 256 characters long'];
    if (name !== javaTrim(name)) return ['api key name may not begin or end with whitespace'];
    if (name.startsWith('_')) return ['api key name may not begin with an underscore'];
    return [];
  }

  private metadataErrors(metadata: Record<string, unknown> | undefined): string[] {
    if (metadata && Object.keys(metadata).some((k) => k.startsWith('_'))) return ['API key metadata keys may not start with [_]'];
    return [];
  }

  private expirationEpoch(tv: TimeValue | undefined, now: number = this.now()): number | undefined {
    if (!tv) return undefined;
    // §2.4: now.plusSeconds(expiration.getSeconds()), whole seconds; on create, `now` is the
    // creation instant itself (one clock read), so "0s" expires exactly at creation.
    return now + wholeSeconds(tv) * 1000;
  }

  private createdResponse(key: StoredApiKey): Reply {
    const out: Record<string, unknown> = { id: key.id, name: key.name };
    if (key.expiration !== undefined) out.expiration = key.expiration;
    out.api_key = key.apiKey;
    out.encoded = Buffer.from(`${key.id}:${key.apiKey}`, 'utf8').toString('base64');
    return ok(out);
  }

  private ownerDescriptors(user: Required<DoubleUser>): Record<string, RoleDescriptorJson> {
    const out: Record<string, RoleDescriptorJson> = {};
    for (const role of user.roles) {
      const stored = this.state.roles.get(role);
      out[role] = stored
        ? this.roleToJson(stored) as RoleDescriptorJson
        : {
          cluster: user.clusterPrivileges,
          indices: [],
          applications: [],
          run_as: [],
          metadata: {},
          transient_metadata: { enabled: true },
        };
    }
    return out;
  }

  // ---- POST /_security/cross_cluster/api_key (§1.1, §2) ----------------------------------------

  private createCrossClusterKey(r: Req): Reply {
    const v = this.versionInfo;
    const { obj, ctx } = this.objectBody(r)!;
    const parser = 'cross_cluster_api_key_request';
    const withCertId = atLeast(v, 9, 3);
    const decls = {
      name: { kind: 'string' as const, required: true },
      access: { kind: 'object' as const, required: true },
      expiration: { kind: 'string' as const },
      metadata: { kind: 'object' as const },
      ...(withCertId ? { certificate_identity: { kind: 'string' as const } } : {}),
    };
    let access: ParsedAccess | undefined;
    const present = walkFields(ctx, parser, obj, decls, (name, value) => {
      if (name === 'access') access = parseAccess(ctx, value as Record<string, unknown>);
    });
    const built = runBuilder(ctx, parser, obj, present, Object.keys(decls), () => {
      const expiration = typeof obj.expiration === 'string' ? parseTimeValue(obj.expiration, 'expiration') : undefined;
      const roleDescriptor = buildCrossClusterRoleDescriptor(access!, v);
      const certificateIdentity = typeof obj.certificate_identity === 'string' ? this.checkCertificateIdentity(obj.certificate_identity) : undefined;
      return { expiration, roleDescriptor, certificateIdentity };
    });
    const name = obj.name as string;
    const metadata = obj.metadata as Record<string, unknown> | undefined;
    const errors = [...this.nameErrors(name), ...this.metadataErrors(metadata)];
    if (errors.length) throw validationFailed(errors);
    this.authorize(r.principal, 'manage_security', 'cluster:admin/xpack/security/cross_cluster/api_key/create', 'manage_security,all');
    if (r.principal.apiKey) {
      throw illegalArgument('authentication via API key not supported: An API key cannot be used to create a cross-cluster API key');
    }
    const u = r.principal.user;
    const created = this.now();
    const key: StoredApiKey = {
      id: newId(),
      name,
      type: 'cross_cluster',
      apiKey: newSecret(),
      creation: created,
      expiration: this.expirationEpoch(built.expiration, created),
      invalidated: false,
      username: u.username,
      realm: u.realm,
      realmType: u.realmType,
      metadata: metadata ?? {},
      roleDescriptors: { cross_cluster: built.roleDescriptor },
      certificateIdentity: built.certificateIdentity,
      version: 1,
    };
    this.state.apiKeys.set(key.id, key);
    return this.createdResponse(key);
  }

  private checkCertificateIdentity(value: string): string {
    try {
      new RegExp(value);
    } catch {
      throw illegalArgument(`Invalid certificate_identity format: [${value}]. Must be a valid regex.`);
    }
    return value;
  }

  // ---- PUT /_security/cross_cluster/api_key/{id} (§1.2, §2.7) ----------------------------------

  private updateCrossClusterKey(r: Req): Reply {
    const v = this.versionInfo;
    const { obj, ctx } = this.objectBody(r)!;
    const parser = 'update_cross_cluster_api_key_request';
    const withCertId = atLeast(v, 9, 3);
    const decls = {
      access: { kind: 'object' as const },
      metadata: { kind: 'object' as const },
      ...(atLeast(v, 8, 13) ? { expiration: { kind: 'string' as const } } : {}),
      ...(withCertId ? { certificate_identity: { kind: 'stringOrNull' as const } } : {}),
    };
    let access: ParsedAccess | undefined;
    const present = walkFields(ctx, parser, obj, decls, (name, value) => {
      if (name === 'access') access = parseAccess(ctx, value as Record<string, unknown>);
    });
    const built = runBuilder(ctx, parser, obj, present, Object.keys(decls), () => ({
      expiration: typeof obj.expiration === 'string' ? parseTimeValue(obj.expiration, 'expiration') : undefined,
      roleDescriptor: access ? buildCrossClusterRoleDescriptor(access, v) : undefined,
      certificateIdentity: typeof obj.certificate_identity === 'string' ? this.checkCertificateIdentity(obj.certificate_identity) : undefined,
    }));
    const metadata = obj.metadata as Record<string, unknown> | undefined;
    const certPresent = withCertId && 'certificate_identity' in obj;
    const errors = [...this.metadataErrors(metadata)];
    if (built.expiration && built.expiration.nanos <= 0n) errors.push('API key expiration must be in the future');
    if (!built.roleDescriptor && metadata === undefined && !certPresent) {
      errors.push('must update either [access] or [metadata] for cross-cluster API keys');
    }
    if (errors.length) throw validationFailed(errors);
    this.authorize(r.principal, 'manage_security', 'cluster:admin/xpack/security/cross_cluster/api_key/update', 'manage_security,all');
    if (r.principal.apiKey) {
      throw illegalArgument('authentication via API key not supported: only the owner user can update an API key');
    }
    const key = this.ownedKey(r.principal, r.params.id);
    this.validateForUpdate(key, 'cross_cluster');

    const newDescriptors = built.roleDescriptor ? { cross_cluster: built.roleDescriptor } : key.roleDescriptors;
    const newMetadata = metadata ?? key.metadata;
    const newCert = certPresent ? (obj.certificate_identity as string | null) ?? undefined : key.certificateIdentity;
    const u = r.principal.user;
    const noop = !built.expiration
      && jsonEqual(newDescriptors, key.roleDescriptors) && jsonEqual(newMetadata, key.metadata)
      && newCert === key.certificateIdentity
      && key.username === u.username && key.realm === u.realm && key.realmType === u.realmType;
    if (noop) return ok({ updated: false });
    key.roleDescriptors = newDescriptors;
    key.metadata = newMetadata;
    key.certificateIdentity = newCert;
    if (built.expiration) key.expiration = this.expirationEpoch(built.expiration);
    key.realm = u.realm;
    key.realmType = u.realmType;
    key.version++;
    return ok({ updated: true });
  }

  /** §2.7: only the owner's keys are visible to update; anything else is "not found". */
  private ownedKey(p: Principal, id: string): StoredApiKey {
    const key = this.state.apiKeys.get(id);
    if (!key || key.username !== p.user.username || key.realm !== p.user.realm) {
      throw notFound('no API key owned by requesting user found');
    }
    return key;
  }

  private validateForUpdate(key: StoredApiKey, expected: 'rest' | 'cross_cluster'): void {
    if (key.invalidated) throw illegalArgument(`cannot update invalidated API key [${key.id}]`);
    if (key.expiration !== undefined && key.expiration <= this.now()) throw illegalArgument(`cannot update expired API key [${key.id}]`);
    if (key.type !== expected) {
      throw illegalArgument(`cannot update API key of type [${key.type}] while expected type is [${expected}]`);
    }
  }

  // ---- REST keys --------------------------------------------------------------------------------

  private parseRoleDescriptors(value: unknown): Record<string, RoleDescriptorJson> {
    if (!isPlainObject(value)) throw parseException('failed to parse role descriptors: expected an object');
    const out: Record<string, RoleDescriptorJson> = {};
    for (const [name, body] of Object.entries(value)) {
      if (!isPlainObject(body)) throw parseException(`failed to parse role [${name}]. expected an object but found [${typeof body}] instead`);
      out[name] = this.parseRoleBody(name, body, false) as RoleDescriptorJson;
    }
    return out;
  }

  private createRestKey(r: Req): Reply {
    const { obj, ctx } = this.objectBody(r)!;
    const decls = {
      name: { kind: 'stringOrNull' as const },
      role_descriptors: { kind: 'object' as const },
      expiration: { kind: 'string' as const },
      metadata: { kind: 'object' as const },
    };
    let descriptors: Record<string, RoleDescriptorJson> = {};
    walkFields(ctx, 'api_key_request', obj, decls, (name, value) => {
      if (name === 'role_descriptors') descriptors = this.parseRoleDescriptors(value);
    });
    const expiration = typeof obj.expiration === 'string' ? parseTimeValue(obj.expiration, 'expiration') : undefined;
    const name = obj.name as string | undefined;
    const metadata = obj.metadata as Record<string, unknown> | undefined;
    const errors = [...this.nameErrors(name), ...this.metadataErrors(metadata)];
    if (errors.length) throw validationFailed(errors);
    this.authorize(r.principal, 'manage_own_api_key', 'cluster:admin/xpack/security/api_key/create', 'manage_own_api_key,manage_api_key,manage_security,all');
    const u = r.principal.user;
    const created = this.now();
    const key: StoredApiKey = {
      id: newId(),
      name: name!,
      type: 'rest',
      apiKey: newSecret(),
      creation: created,
      expiration: this.expirationEpoch(expiration, created),
      invalidated: false,
      username: u.username,
      realm: u.realm,
      realmType: u.realmType,
      metadata: metadata ?? {},
      roleDescriptors: descriptors,
      limitedBy: r.principal.apiKey ? r.principal.apiKey.roleDescriptors : this.ownerDescriptors(u),
      version: 1,
    };
    this.state.apiKeys.set(key.id, key);
    return this.createdResponse(key);
  }

  private updateRestKey(r: Req): Reply {
    const v = this.versionInfo;
    const parsed = this.objectBody(r, false);
    const obj = parsed?.obj ?? {};
    const decls = {
      role_descriptors: { kind: 'object' as const },
      metadata: { kind: 'object' as const },
      ...(atLeast(v, 8, 13) ? { expiration: { kind: 'string' as const } } : {}),
    };
    let descriptors: Record<string, RoleDescriptorJson> | undefined;
    if (parsed) {
      walkFields(parsed.ctx, 'update_api_key_request_payload', obj, decls, (name, value) => {
        if (name === 'role_descriptors') descriptors = this.parseRoleDescriptors(value);
      });
    }
    const expiration = typeof obj.expiration === 'string' ? parseTimeValue(obj.expiration, 'expiration') : undefined;
    const metadata = obj.metadata as Record<string, unknown> | undefined;
    const errors = [...this.metadataErrors(metadata)];
    if (expiration && expiration.nanos <= 0n) errors.push('API key expiration must be in the future');
    if (errors.length) throw validationFailed(errors);
    this.authorize(r.principal, 'manage_own_api_key', 'cluster:admin/xpack/security/api_key/update', 'manage_own_api_key,manage_api_key,manage_security,all');
    if (r.principal.apiKey) {
      throw illegalArgument('authentication via API key not supported: only the owner user can update an API key');
    }
    const key = this.ownedKey(r.principal, r.params.id);
    this.validateForUpdate(key, 'rest');
    const u = r.principal.user;
    const newDescriptors = descriptors ?? key.roleDescriptors;
    const newMetadata = metadata ?? key.metadata;
    const newLimitedBy = this.ownerDescriptors(u);
    const noop = !expiration && jsonEqual(newDescriptors, key.roleDescriptors) && jsonEqual(newMetadata, key.metadata)
      && jsonEqual(newLimitedBy, key.limitedBy);
    if (noop) return ok({ updated: false });
    key.roleDescriptors = newDescriptors;
    key.metadata = newMetadata;
    key.limitedBy = newLimitedBy;
    if (expiration) key.expiration = this.expirationEpoch(expiration);
    key.version++;
    return ok({ updated: true });
  }

  // ---- GET /_security/api_key (§3.1) ------------------------------------------------------------

  private keyToJson(key: StoredApiKey, withLimitedBy: boolean, withProfileUid: boolean): Record<string, unknown> {
    const v = this.versionInfo;
    const out: Record<string, unknown> = { id: key.id, name: key.name, type: key.type, creation: key.creation };
    if (key.expiration !== undefined) out.expiration = key.expiration;
    out.invalidated = key.invalidated;
    if (key.invalidation !== undefined && atLeast(v, 8, 12)) out.invalidation = key.invalidation;
    out.username = key.username;
    out.realm = key.realm;
    if (atLeast(v, 8, 14)) out.realm_type = key.realmType;
    out.metadata = key.metadata;
    out.role_descriptors = key.roleDescriptors;
    if (withLimitedBy && key.type === 'rest' && key.limitedBy) out.limited_by = [key.limitedBy];
    if (key.type === 'cross_cluster') out.access = accessFromDescriptor(key.roleDescriptors.cross_cluster);
    if (key.certificateIdentity !== undefined) out.certificate_identity = key.certificateIdentity;
    if (withProfileUid && atLeast(v, 8, 14)) out.profile_uid = null;
    return out;
  }

  private getKeys(r: Req): Reply {
    const q = r.query;
    const v = this.versionInfo;
    const known = ['id', 'name', 'owner', 'realm_name', 'username', 'with_limited_by', 'pretty', 'error_trace', 'filter_path', 'human',
      ...(atLeast(v, 8, 10) ? ['active_only'] : []), ...(atLeast(v, 8, 14) ? ['with_profile_uid'] : [])];
    const unknown = Object.keys(q).filter((k) => !known.includes(k));
    if (unknown.length) {
      throw illegalArgument(`request [${r.path}] contains unrecognized parameter${unknown.length > 1 ? 's' : ''}: [${unknown.join('], [')}]`);
    }
    const owner = boolParam(q.owner);
    if (owner && (q.username || q.realm_name)) {
      throw validationFailed(['username or realm name must not be specified when retrieving owned API keys']);
    }
    const p = r.principal;
    const manageAll = this.can(p, 'manage_api_key');
    if (!manageAll && !(owner && this.can(p, 'manage_own_api_key'))) {
      this.authorize(p, 'manage_api_key', 'cluster:admin/xpack/security/api_key/get', 'manage_api_key,manage_security,all');
    }
    const activeOnly = boolParam(q.active_only);
    const now = this.now();
    const keys = [...this.state.apiKeys.values()].filter((k) => {
      if (q.id && k.id !== q.id) return false;
      if (q.name && !nameMatches(q.name, k.name)) return false;
      if (q.username && k.username !== q.username) return false;
      if (q.realm_name && k.realm !== q.realm_name) return false;
      if (owner) {
        if (p.apiKey) return k.id === p.apiKey.id;
        if (k.username !== p.user.username || k.realm !== p.user.realm) return false;
      }
      if (activeOnly && (k.invalidated || (k.expiration !== undefined && k.expiration <= now))) return false;
      return true;
    });
    if (keys.length === 0 && (q.id || q.name)) {
      // [derived] Elasticsearch answers 404 when a lookup by id or name finds nothing.
      throw notFound('api key not found');
    }
    return ok({ api_keys: keys.map((k) => this.keyToJson(k, boolParam(q.with_limited_by), boolParam(q.with_profile_uid))) });
  }

  // ---- DELETE /_security/api_key (§4) -----------------------------------------------------------

  private invalidateKeys(r: Req): Reply {
    const parsed = this.objectBody(r);
    const { obj, ctx } = parsed!;
    const decls = {
      id: { kind: 'string' as const },
      ids: { kind: 'objectArray' as const },
      name: { kind: 'string' as const },
      owner: { kind: 'boolean' as const },
      realm_name: { kind: 'string' as const },
      username: { kind: 'string' as const },
    };
    walkFields(ctx, 'invalidate_api_key_request', obj, decls, (name, value) => {
      if (name === 'ids' && !(Array.isArray(value) && value.every((x) => typeof x === 'string'))) {
        throw illegalArgument('[ids] must be an array of strings');
      }
    });
    const ids = obj.ids as string[] | undefined ?? (typeof obj.id === 'string' ? [obj.id] : undefined);
    const name = obj.name as string | undefined;
    const owner = obj.owner === true || obj.owner === 'true';
    const username = obj.username as string | undefined;
    const realmName = obj.realm_name as string | undefined;
    const errors: string[] = [];
    if (ids && ids.length === 0) errors.push('Field [ids] cannot be an empty array');
    if (ids && name) errors.push('only one of [api key id(s), api key name] can be specified');
    if ((ids || name) && (username || realmName)) {
      errors.push('username or realm name must not be specified when the api key id(s) or api key name are specified');
    }
    if (owner && (username || realmName)) {
      errors.push('neither username nor realm-name may be specified when invalidating owned API keys');
    }
    if (errors.length) throw validationFailed(errors);
    if (!ids && !name && !owner && !username && !realmName) {
      throw illegalArgument('One of [api key id, api key name, username, realm name] must be specified');
    }
    const p = r.principal;
    const manageSecurity = this.can(p, 'manage_security');
    const manageAll = this.can(p, 'manage_api_key');
    if (!manageAll && !this.can(p, 'manage_own_api_key')) {
      this.authorize(p, 'manage_own_api_key', 'cluster:admin/xpack/security/api_key/invalidate', 'manage_own_api_key,manage_api_key,manage_security,all');
    }
    const ownOnly = owner || !manageAll;
    const matched = [...this.state.apiKeys.values()].filter((k) => {
      if (ids && !ids.includes(k.id)) return false;
      if (name && !nameMatches(name, k.name)) return false;
      if (username && k.username !== username) return false;
      if (realmName && k.realm !== realmName) return false;
      if (ownOnly) {
        if (p.apiKey && owner) return k.id === p.apiKey.id;
        if (k.username !== p.user.username || k.realm !== p.user.realm) return false;
      }
      return true;
    });
    const invalidated: string[] = [];
    const previously: string[] = [];
    const errorDetails: Record<string, unknown>[] = [];
    const now = this.now();
    for (const k of matched) {
      if (k.type === 'cross_cluster' && !manageSecurity) {
        errorDetails.push({ type: 'illegal_argument_exception', reason: `Cannot invalidate cross-cluster API key [${k.id}]` });
        continue;
      }
      if (k.invalidated) {
        previously.push(k.id);
      } else {
        k.invalidated = true;
        k.invalidation = now;
        invalidated.push(k.id);
      }
    }
    const out: Record<string, unknown> = {
      invalidated_api_keys: invalidated,
      previously_invalidated_api_keys: previously,
      error_count: errorDetails.length,
    };
    if (errorDetails.length) out.error_details = errorDetails;
    return ok(out);
  }

  // ---- Roles ------------------------------------------------------------------------------------

  private parseRoleBody(name: string, body: Record<string, unknown>, allowDescription: boolean): Record<string, unknown> {
    const v = this.versionInfo;
    const out: Record<string, unknown> = {
      cluster: [], indices: [], applications: [], run_as: [], metadata: {}, transient_metadata: { enabled: true },
    };
    const allowed = ['cluster', 'indices', 'applications', 'run_as', 'metadata', 'transient_metadata', 'global',
      ...(atLeast(v, 8, 10) ? ['remote_indices'] : []), ...(atLeast(v, 8, 15) ? ['remote_cluster'] : []),
      ...(allowDescription && atLeast(v, 8, 15) ? ['description'] : []), ...(atLeast(v, 8, 9) ? ['restriction'] : [])];
    const errors: string[] = [];
    for (const [k, val] of Object.entries(body)) {
      if (!allowed.includes(k)) throw parseException(`failed to parse role [${name}]. unexpected field [${k}]`);
      switch (k) {
        case 'cluster':
        case 'run_as':
          if (!Array.isArray(val) || !val.every((x) => typeof x === 'string')) {
            throw parseException(`failed to parse role [${name}]. expected field [${k}] value to be an array of strings`);
          }
          out[k] = val;
          break;
        case 'indices':
          if (!Array.isArray(val)) throw parseException(`failed to parse indices privileges for role [${name}]. expected field [indices] value to be an array, but found [${typeof val}] instead`);
          out.indices = val.map((e) => indicesToJson(parseIndicesEntry(name, e, 'indices')));
          break;
        case 'remote_indices':
          if (!Array.isArray(val)) throw parseException(`failed to parse remote indices privileges for role [${name}]. expected field [remote_indices] value to be an array`);
          out.remote_indices = val.map((e) => {
            const entry = parseIndicesEntry(name, e, 'remote_indices', undefined, ['clusters']);
            if (!('clusters' in entry)) {
              throw parseException(`failed to parse remote indices privileges for role [${name}]. missing required [clusters] field`);
            }
            const clusters = entry.clusters;
            if (!Array.isArray(clusters) || !clusters.every((c) => typeof c === 'string')) {
              throw parseException(`failed to parse remote indices privileges for role [${name}]. expected field [clusters] value to be an array of strings`);
            }
            if (clusters.some((c: string) => c === '')) errors.push('remote index cluster alias cannot be an empty string');
            return { ...indicesToJson(entry), clusters };
          });
          break;
        case 'remote_cluster':
          if (!Array.isArray(val)) throw parseException(`failed to parse remote_cluster for role [${name}]. expected field [remote_cluster] value to be an array`);
          out.remote_cluster = val.map((e: unknown) => {
            if (!isPlainObject(e) || !Array.isArray(e.clusters) || !Array.isArray(e.privileges)) {
              throw parseException(`failed to parse remote_cluster for role [${name}]. [clusters] and [privileges] are required`);
            }
            const permitted = atLeast(v, 8, 17) ? ['monitor_enrich', 'monitor_stats'] : ['monitor_enrich'];
            for (const priv of e.privileges as string[]) {
              if (!permitted.includes(priv)) {
                errors.push(`Invalid remote_cluster permissions found. Please remove the following: [${priv}] Only [${permitted.join(', ')}] are allowed`);
              }
            }
            return { privileges: e.privileges, clusters: e.clusters };
          });
          break;
        case 'metadata':
          if (!isPlainObject(val)) throw parseException(`failed to parse role [${name}]. expected field [metadata] value to be an object`);
          if (Object.keys(val).some((mk) => mk.startsWith('_'))) errors.push('role metadata keys may not start with [_]');
          out.metadata = val;
          break;
        default:
          out[k] = val;
      }
    }
    if (errors.length) throw validationFailed(errors);
    return out;
  }

  private roleToJson(role: StoredRole): Record<string, unknown> {
    const b = role.body;
    const out: Record<string, unknown> = {
      cluster: b.cluster,
      indices: b.indices,
      applications: b.applications,
      run_as: b.run_as,
      metadata: b.metadata,
      transient_metadata: b.transient_metadata,
    };
    if (b.description !== undefined) out.description = b.description;
    if (Array.isArray(b.remote_indices) && b.remote_indices.length) out.remote_indices = b.remote_indices;
    if (Array.isArray(b.remote_cluster) && b.remote_cluster.length) out.remote_cluster = b.remote_cluster;
    return out;
  }

  private putRole(r: Req): Reply {
    const { obj } = this.objectBody(r)!;
    const name = r.params.name;
    const body = this.parseRoleBody(name, obj, true);
    this.authorize(r.principal, 'manage_security', 'cluster:admin/xpack/security/role/put', 'manage_security,all');
    const created = !this.state.roles.has(name);
    this.state.roles.set(name, { name, body });
    return ok({ role: { created } });
  }

  private getRoles(r: Req): Reply {
    this.authorize(r.principal, 'read_security', 'cluster:admin/xpack/security/role/get', 'read_security,manage_security,all');
    const names = r.params.name ? r.params.name.split(',') : [...this.state.roles.keys()];
    const out: Record<string, unknown> = {};
    for (const n of names) {
      const role = this.state.roles.get(n);
      if (role) out[n] = this.roleToJson(role);
    }
    // Elasticsearch answers an unknown role with `{}` and 404.
    return ok(out, r.params.name && Object.keys(out).length === 0 ? 404 : 200);
  }

  private deleteRole(r: Req): Reply {
    this.authorize(r.principal, 'manage_security', 'cluster:admin/xpack/security/role/delete', 'manage_security,all');
    const found = this.state.roles.delete(r.params.name);
    return ok({ found }, found ? 200 : 404);
  }

  // ---- Cluster settings (fact sheet §6.2, provider.md §5.5) -------------------------------------

  private settingKnown(key: string): 'dynamic' | 'static' | undefined {
    const m = /^cluster\.remote\.([^.]+)\.(.+)$/.exec(key);
    if (m && !['node', 'initial_connect_timeout', 'connections_per_cluster'].includes(m[1])) {
      if (m[2] === 'credentials') return 'static';
      return REMOTE_ALIAS_SETTINGS.includes(m[2]) ? 'dynamic' : undefined;
    }
    return OTHER_DYNAMIC_PREFIXES.some((p) => key === p || key.startsWith(p)) ? 'dynamic' : undefined;
  }

  private putSettings(r: Req): Reply {
    const { obj, ctx } = this.objectBody(r)!;
    walkFields(ctx, 'cluster_update_settings_request', obj, {
      persistent: { kind: 'object' }, transient: { kind: 'object' },
    }, () => undefined);
    this.authorize(r.principal, 'manage', 'cluster:admin/settings/update', 'manage,all');
    const scopes = [['persistent', this.state.persistentSettings], ['transient', this.state.transientSettings]] as const;
    const applied: Record<string, Record<string, unknown>> = { persistent: {}, transient: {} };
    const staged = new Map<string, Map<string, string | string[]>>();
    for (const [scope, current] of scopes) {
      const next = new Map(current);
      const flat = flatten((obj[scope] as Record<string, unknown> | undefined) ?? {});
      for (const [key, value] of Object.entries(flat)) {
        if (value === null) {
          const re = new RegExp('^' + key.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
          for (const k of [...next.keys()]) if (re.test(k)) next.delete(k);
          continue;
        }
        const kind = this.settingKnown(key);
        if (!kind) throw illegalArgument(`${scope} setting [${key}], not recognized`);
        if (kind === 'static') throw illegalArgument(`${scope} setting [${key}], not dynamically updateable`);
        const str = Array.isArray(value) ? value.map((x) => String(x)) : isPlainObject(value) ? JSON.stringify(value) : String(value);
        next.set(key, str);
        applied[scope][key] = str;
      }
      staged.set(scope, next);
    }
    // Validate remote-cluster mode consistency on the merged (transient over persistent) view.
    const merged = new Map([...staged.get('persistent')!, ...staged.get('transient')!]);
    for (const key of merged.keys()) {
      const m = /^cluster\.remote\.([^.]+)\.(.+)$/.exec(key);
      if (!m) continue;
      const mode = String(merged.get(`cluster.remote.${m[1]}.mode`) ?? 'sniff');
      if (mode !== 'sniff' && mode !== 'proxy' && m[2] === 'mode') {
        throw illegalArgument(`Unable to parse [${mode}] for setting [cluster.remote.${m[1]}.mode]: must be one of [sniff, proxy]`);
      }
      const required = SNIFF_ONLY.includes(m[2]) ? 'SNIFF' : PROXY_ONLY.includes(m[2]) ? 'PROXY' : undefined;
      if (required && required !== mode.toUpperCase()) {
        throw illegalArgument(`Setting "${key}" cannot be used with the configured "cluster.remote.${m[1]}.mode" [required=${required}, configured=${mode.toUpperCase()}]`);
      }
    }
    for (const [scope, current] of scopes) {
      current.clear();
      for (const [k, v] of staged.get(scope)!) current.set(k, v);
    }
    const flatOut = boolParam(r.query.flat_settings);
    return ok({
      acknowledged: true,
      persistent: flatOut ? applied.persistent : nested(applied.persistent),
      transient: flatOut ? applied.transient : nested(applied.transient),
    });
  }

  private getSettings(r: Req): Reply {
    this.authorize(r.principal, 'monitor', 'cluster:monitor/settings', 'monitor,manage,all');
    const flat = boolParam(r.query.flat_settings);
    const sorted = (m: Map<string, string | string[]>) => Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));
    const render = (m: Map<string, string | string[]>) => (flat ? sorted(m) : nested(m));
    const out: Record<string, unknown> = {
      persistent: render(this.state.persistentSettings),
      transient: render(this.state.transientSettings),
    };
    if (boolParam(r.query.include_defaults)) {
      const defaults = new Map<string, string | string[]>([
        ['cluster.name', this.clusterName],
        ['cluster.remote.initial_connect_timeout', '30s'],
        ['remote_cluster_server.enabled', 'false'],
        ['remote_cluster.port', '9443'],
      ]);
      out.defaults = render(defaults);
    }
    return ok(out);
  }

  // ---- GET /_remote/info (§6.2) ---------------------------------------------------------------

  private remoteInfo(r: Req): Reply {
    this.authorize(r.principal, 'monitor', 'cluster:monitor/remote/info', 'monitor,manage,all');
    const merged = new Map([...this.state.persistentSettings, ...this.state.transientSettings]);
    const aliases = new Set<string>();
    for (const k of merged.keys()) {
      const m = /^cluster\.remote\.([^.]+)\.(seeds|proxy_address)$/.exec(k);
      if (m) aliases.add(m[1]);
    }
    const skipDefault = atLeast(this.versionInfo, 8, 15);
    const out: Record<string, unknown> = {};
    for (const alias of [...aliases].sort()) {
      const get = (s: string) => merged.get(`cluster.remote.${alias}.${s}`);
      const mode = String(get('mode') ?? 'sniff');
      const connected = this.state.connectedRemotes.has(alias);
      const skip = get('skip_unavailable') === undefined ? skipDefault : get('skip_unavailable') === 'true';
      const timeout = String(merged.get('cluster.remote.initial_connect_timeout') ?? '30s');
      const info: Record<string, unknown> = mode === 'proxy'
        ? {
          connected,
          mode,
          proxy_address: get('proxy_address') ?? '',
          server_name: get('server_name') ?? '',
          num_proxy_sockets_connected: connected ? 1 : 0,
          max_proxy_socket_connections: Number(get('proxy_socket_connections') ?? 18),
          initial_connect_timeout: timeout,
          skip_unavailable: skip,
        }
        : {
          connected,
          mode,
          seeds: get('seeds') ?? [],
          num_nodes_connected: connected ? 1 : 0,
          max_connections_per_cluster: Number(get('node_connections') ?? 3),
          initial_connect_timeout: timeout,
          skip_unavailable: skip,
        };
      if (this.state.loadedSecureSettings.has(`cluster.remote.${alias}.credentials`)) info.cluster_credentials = '::es_redacted::';
      out[alias] = info;
    }
    return ok(out);
  }

  private reloadSecureSettings(r: Req): Reply {
    this.authorize(r.principal, 'manage', 'cluster:admin/nodes/reload_secure_settings', 'manage,all');
    this.state.loadedSecureSettings.clear();
    for (const [k, v] of this.state.keystore) this.state.loadedSecureSettings.set(k, v);
    this.state.reloadCount++;
    return ok({
      _nodes: { total: 1, successful: 1, failed: 0 },
      cluster_name: this.clusterName,
      nodes: { [this.nodeId]: { name: `${this.clusterName}-node-0` } },
    });
  }
}


