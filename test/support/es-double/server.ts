/**
 * An in-process test double of the Elasticsearch HTTP API: security API keys (REST and cross-cluster),
 * roles, cluster settings, per-node keystores and secure-settings reload, remote cluster connections
 * between two doubles, and searches across them. Behaviour and messages follow the team's fact sheet
 * (reference/elasticsearch.md) and the sources listed in README.md; each concern lives in its own module.
 */
import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import { AddressInfo, Server, Socket } from 'node:net';
import { registerCatHealthRoutes } from './cat-health';
import { Clock, registerClockRoutes } from './clock';
import { registerInfoRoutes } from './cluster-info';
import { registerClusterSettingsRoutes } from './cluster-settings';
import { registerCrossClusterKeyRoutes } from './cross-cluster-keys';
import { registerSearchRoutes } from './cross-cluster-search';
import { registerDocumentRoutes } from './documents';
import { Faults } from './faults';
import { HttpFront } from './http-plumbing';
import { registerKeyQueryRoutes } from './key-queries';
import { newNode, registerKeystoreRoutes, selectNodes } from './keystore';
import { answerRemoteClusterPort, answerTransportPort } from './remote-cluster-server';
import { serveWire } from './remote-cluster-wire';
import { registerRemoteInfoRoutes } from './remote-info';
import { registerResolveClusterRoutes } from './resolve-cluster';
import { registerRestKeyRoutes } from './rest-keys';
import { registerRoleRoutes } from './roles';
import { DoubleContext, DoubleOptions, DoubleState, DoubleUser, FaultHandle, FaultSpec } from './types';
import { Version, parseVersion } from './version';

export * from './types';

export class ElasticsearchDouble {
  /**
   * Start a double listening on 127.0.0.1 (ephemeral ports unless given): HTTP always, the remote
   * cluster server port with `remoteClusterServer`, the transport port with `transport`.
   */
  static async start(options: DoubleOptions = {}): Promise<ElasticsearchDouble> {
    const d = new ElasticsearchDouble(options);
    await d.listen(options);
    return d;
  }

  readonly state: DoubleState;
  readonly users: Map<string, Required<DoubleUser>>;
  readonly clusterUuid: string;
  readonly clusterName: string;
  private versionInfo: Version;
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly faults = new Faults();
  private readonly clock: Clock;
  private readonly context: DoubleContext;
  private wireServers: { remoteCluster?: Server; transport?: Server } = {};
  private host = '127.0.0.1';
  private _url = '';

  private constructor(options: DoubleOptions) {
    this.versionInfo = parseVersion(options.version ?? '8.19.3');
    this.clusterName = options.clusterName ?? 'es-double';
    this.clusterUuid = options.clusterUuid ?? randomBytes(16).toString('base64url').slice(0, 22);
    this.clock = new Clock(options.now ?? Date.now);
    this.users = new Map();
    for (const u of options.users ?? [{ username: 'elastic', password: 'changeme' }]) this.addUser(u);
    const nodeCount = options.nodes ?? 1;
    if (!Number.isInteger(nodeCount) || nodeCount < 1) throw new Error(`nodes must be a positive integer, got ${nodeCount}`);
    const nodes = Array.from({ length: nodeCount }, (_, i) => newNode(this.clusterName, i));
    this.state = {
      apiKeys: new Map(),
      roles: new Map(),
      persistentSettings: new Map(),
      transientSettings: new Map(),
      nodes,
      keystore: nodes[0].keystore,
      loadedSecureSettings: nodes[0].loaded,
      indices: new Map(),
      requests: [],
      reloadCount: 0,
    };
    this.context = {
      state: this.state,
      users: this.users,
      clusterName: this.clusterName,
      clusterUuid: this.clusterUuid,
      connectTimeoutMs: options.connectTimeoutMs ?? 2000,
      buildFlavor: options.buildFlavor ?? 'default',
      remoteClusterPort: () => this.remoteClusterPort,
      version: () => this.versionInfo,
      now: () => this.clock.now(),
    };
    const front = new HttpFront(this.context, this.faults);
    const route = front.route;
    registerInfoRoutes(this.context, route);
    registerCatHealthRoutes(this.context, route);
    registerCrossClusterKeyRoutes(this.context, route);
    registerRestKeyRoutes(this.context, route);
    registerKeyQueryRoutes(this.context, route);
    registerRoleRoutes(this.context, route);
    registerClusterSettingsRoutes(this.context, route);
    registerRemoteInfoRoutes(this.context, route);
    registerKeystoreRoutes(this.context, route);
    registerClockRoutes(this.clock, route);
    registerDocumentRoutes(this.context, route);
    registerSearchRoutes(this.context, route);
    registerResolveClusterRoutes(this.context, route);
    this.server = http.createServer((req, res) => front.onRequest(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    return this._url;
  }

  /** The HTTP port. */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The first node's id (the node that coordinates HTTP requests). */
  get nodeId(): string {
    return this.state.nodes[0].id;
  }

  /** The remote cluster server port, when `remoteClusterServer` is on. */
  get remoteClusterPort(): number | undefined {
    const s = this.wireServers.remoteCluster;
    return s ? (s.address() as AddressInfo).port : undefined;
  }

  /** `host:port` of the remote cluster server interface, for a local double's seeds or proxy_address. */
  get remoteClusterAddress(): string | undefined {
    return this.remoteClusterPort === undefined ? undefined : `${this.host}:${this.remoteClusterPort}`;
  }

  /** The transport port, when `transport` is on. */
  get transportPort(): number | undefined {
    const s = this.wireServers.transport;
    return s ? (s.address() as AddressInfo).port : undefined;
  }

  /** `host:port` of the transport interface. */
  get transportAddress(): string | undefined {
    return this.transportPort === undefined ? undefined : `${this.host}:${this.transportPort}`;
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
    return this.clock.now();
  }

  /** Move the double's clock forward (negative: back), e.g. to expire keys. */
  advanceTime(ms: number): void {
    this.clock.advance(ms);
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
   * Write a keystore entry on the nodes `node` names (`_all` by default, or an id or name), as
   * `elasticsearch-keystore add` would. It takes effect at the next secure-settings reload.
   */
  setKeystoreEntry(setting: string, value: string, node = '_all'): void {
    for (const n of selectNodes(this.context, node)) {
      n.corruptEntries.delete(setting);
      n.keystore.set(setting, value);
    }
  }

  /** Remove a keystore entry from the nodes `node` names (`_all` by default). */
  removeKeystoreEntry(setting: string, node = '_all'): void {
    for (const n of selectNodes(this.context, node)) {
      n.keystore.delete(setting);
      n.corruptEntries.delete(setting);
    }
  }

  /**
   * Inject a fault on matching HTTP calls. Faults are checked in the order they were added; each call
   * consumes at most one fault.
   */
  injectFault(spec: FaultSpec): FaultHandle {
    return this.faults.inject(spec);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Forget all keys, roles, settings, keystore entries, documents, recorded requests and faults. */
  reset(): void {
    this.state.apiKeys.clear();
    this.state.roles.clear();
    this.state.persistentSettings.clear();
    this.state.transientSettings.clear();
    for (const n of this.state.nodes) {
      n.keystore.clear();
      n.corruptEntries.clear();
      n.loaded.clear();
    }
    this.state.indices.clear();
    this.state.requests.length = 0;
    this.state.reloadCount = 0;
    this.clock.reset();
    this.clearFaults();
  }

  /** Stop listening on every port and drop open connections. */
  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const servers = [this.server, this.wireServers.remoteCluster, this.wireServers.transport].filter((s): s is Server => !!s);
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }

  private async listen(options: DoubleOptions): Promise<void> {
    this.host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(options.port ?? 0, this.host, () => {
        this._url = `http://${this.host}:${this.port}`;
        resolve();
      });
    });
    try {
      if (options.remoteClusterServer) {
        this.wireServers.remoteCluster = await serveWire(options.remoteClusterPort ?? 0, this.host, (r) => answerRemoteClusterPort(this.context, r));
      }
      if (options.transport) {
        this.wireServers.transport = await serveWire(options.transportPort ?? 0, this.host, (r) => answerTransportPort(this.context, r));
      }
    } catch (e) {
      await this.close();
      throw e;
    }
  }
}
