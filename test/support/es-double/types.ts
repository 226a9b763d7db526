/**
 * Types shared by the double's modules: the public options and state, and the internal request,
 * reply and route shapes every handler module uses.
 */
import type * as http from 'node:http';
import type { RoleDescriptorJson } from './access';
import type { Version } from './version';

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
  /**
   * Nodes in the simulated cluster, each with its own keystore. Default 1. HTTP requests are
   * coordinated by the first node (see README, "Nodes and the keystore").
   */
  readonly nodes?: number;
  /**
   * Open the remote cluster server interface (`remote_cluster_server.enabled: true`), a second TCP
   * port that local doubles connect to with a cross-cluster API key. Default false.
   */
  readonly remoteClusterServer?: boolean;
  /** Port of the remote cluster server interface (Elasticsearch's default is 9443). Default 0 (ephemeral). */
  readonly remoteClusterPort?: number;
  /**
   * Open a transport interface too (Elasticsearch's 9300), which refuses API-key connections as
   * Elasticsearch's does. Default false.
   */
  readonly transport?: boolean;
  /** Port of the transport interface. Default 0 (ephemeral). */
  readonly transportPort?: number;
  /** How long this double waits for a remote cluster to answer a connection attempt, in ms. Default 2000. */
  readonly connectTimeoutMs?: number;
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
  /**
   * Fail after commit: handle the call normally first (a key is created, updated or invalidated),
   * then delay, drop or replace its answer, as when a response is lost on its way back. Default
   * false: the fault acts before the call is handled, so nothing changes.
   */
  readonly afterCommit?: boolean;
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


/** One simulated node: its own keystore, and the secure settings loaded from it by the last reload. */
export interface DoubleNode {
  readonly id: string;
  readonly name: string;
  /** Keystore entries as written by the keystore stand-in (e.g. `cluster.remote.a.credentials`). */
  readonly keystore: Map<string, string>;
  /** Entries written as damaged: a reload of this node fails with a `reload_exception`. */
  readonly corruptEntries: Set<string>;
  /** Secure settings in effect on this node since its last successful reload. */
  readonly loaded: Map<string, string>;
}

/** A document in the double's tiny document store. */
export interface StoredDocument {
  readonly id: string;
  readonly source: Record<string, unknown>;
  /** 1 on create, +1 on each overwrite. */
  readonly version: number;
}

export interface DoubleState {
  readonly apiKeys: Map<string, StoredApiKey>;
  readonly roles: Map<string, StoredRole>;
  /** Flat setting name → string or string[]. */
  readonly persistentSettings: Map<string, string | string[]>;
  readonly transientSettings: Map<string, string | string[]>;
  /** The nodes; `nodes[0]` coordinates HTTP requests. */
  readonly nodes: DoubleNode[];
  /** The first node's keystore (`nodes[0].keystore`), kept for callers that predate several nodes. */
  readonly keystore: Map<string, string>;
  /** The first node's loaded secure settings (`nodes[0].loaded`). */
  readonly loadedSecureSettings: Map<string, string>;
  /** Index name → document id → document (insertion order). */
  readonly indices: Map<string, Map<string, StoredDocument>>;
  readonly requests: RecordedRequest[];
  reloadCount: number;
}

// ---------------------------------------------------------------------------------------------
// Internals shared by the handler modules

export interface Principal {
  readonly user: Required<DoubleUser>;
  /** Set when the caller authenticated with an API key. */
  readonly apiKey?: StoredApiKey;
}

export interface Req {
  readonly method: string;
  readonly path: string;
  readonly uri: string;
  readonly query: Record<string, string>;
  readonly raw: string;
  readonly principal: Principal;
  readonly params: Record<string, string>;
  readonly record: RecordedRequest;
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
}

export type Handler = (req: Req) => Reply | Promise<Reply>;

/** Registers a route: `{name}` in the template matches one path segment. */
export type RouteFn = (method: string, template: string | RegExp, handler: Handler, since?: [number, number]) => void;

/** What handler modules see of the double. */
export interface DoubleContext {
  readonly state: DoubleState;
  readonly users: Map<string, Required<DoubleUser>>;
  readonly clusterName: string;
  readonly clusterUuid: string;
  readonly connectTimeoutMs: number;
  /** `version.build_flavor`. */
  readonly buildFlavor: string;
  /** The remote cluster server port when that interface is open, else undefined. */
  remoteClusterPort(): number | undefined;
  version(): Version;
  now(): number;
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
