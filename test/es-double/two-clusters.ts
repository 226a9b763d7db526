/**
 * Two doubles side by side for the remote-cluster suites: a remote (fulfilling) cluster with its
 * remote cluster server port and a transport port, and a local (querying) cluster with two nodes.
 * Both are driven with the official client. These suites need two clusters and the double-only
 * keystore, so they are skipped against a real cluster.
 */
import { Client } from '@elastic/elasticsearch';
import { REAL, raw } from './support';
import { DoubleOptions, ElasticsearchDouble } from '../support/es-double';

export const describeTwoClusters = REAL ? describe.skip : describe;
if (REAL) {
  // eslint-disable-next-line no-console
  console.log('skipped against a real cluster: two-cluster suites (they need two clusters and the double-only keystore)');
}

export interface TwoClusters {
  remote: ElasticsearchDouble;
  local: ElasticsearchDouble;
  /** `elastic` on each cluster. */
  remoteClient: Client;
  localClient: Client;
  /** A client for another user of the local cluster. */
  localAs(username: string, password: string): Client;
  /** Create a cross-cluster key on the remote; returns its id and encoded credential. */
  createKey(access: Record<string, unknown>, expiration?: string): Promise<{ id: string; encoded: string }>;
  /** Register `alias` on the local cluster (persistent settings). */
  setAlias(alias: string, settings: Record<string, unknown>): Promise<void>;
  /** Write the credential on every local node through the keystore stand-in, then reload. */
  deliver(alias: string, encoded: string): Promise<void>;
  /** `GET _remote/info` on the local cluster. */
  remoteInfo(): Promise<Record<string, any>>;
}

const ELASTIC = { username: 'elastic', password: 'changeme' };

export function useTwoClusters(options: { local?: DoubleOptions; remote?: DoubleOptions } = {}): TwoClusters {
  const clients: Client[] = [];
  const client = (d: ElasticsearchDouble, auth: { username: string; password: string }) => {
    const c = new Client({ node: d.url, auth, maxRetries: 0 });
    clients.push(c);
    return c;
  };
  const world = {
    localAs: (username: string, password: string) => client(world.local, { username, password }),
    async createKey(access: Record<string, unknown>, expiration?: string) {
      const key = await world.remoteClient.security.createCrossClusterApiKey({ name: 'to-local', access, expiration } as any);
      return { id: key.id, encoded: key.encoded };
    },
    async setAlias(alias: string, settings: Record<string, unknown>) {
      const flat = Object.fromEntries(Object.entries(settings).map(([k, v]) => [`cluster.remote.${alias}.${k}`, v]));
      await world.localClient.cluster.putSettings({ persistent: flat } as any);
    },
    async deliver(alias: string, encoded: string) {
      await raw(world.localClient, 'PUT', `/_double/keystore/_all/cluster.remote.${alias}.credentials`, { value: encoded });
      await world.localClient.nodes.reloadSecureSettings();
    },
    async remoteInfo() {
      return await world.localClient.cluster.remoteInfo() as Record<string, any>;
    },
  } as TwoClusters;
  beforeAll(async () => {
    world.remote = await ElasticsearchDouble.start({
      clusterName: 'remote', remoteClusterServer: true, transport: true, ...options.remote,
    });
    world.local = await ElasticsearchDouble.start({ clusterName: 'local', nodes: 2, connectTimeoutMs: 1000, ...options.local });
    world.remoteClient = client(world.remote, ELASTIC);
    world.localClient = client(world.local, ELASTIC);
  });
  afterEach(() => {
    world.local.reset();
    world.remote.reset();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await world.local?.close();
    await world.remote?.close();
  });
  return world;
}
