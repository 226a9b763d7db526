/**
 * Shared helpers for the double's own tests. Each suite runs once per Elasticsearch mode
 * (8.13, 8.19, 9.x) against a fresh double, or once against a real cluster when
 * ELASTICSEARCH_ENDPOINTS / ELASTICSEARCH_USERNAME / ELASTICSEARCH_PASSWORD are set.
 */
import { Client, errors } from '@elastic/elasticsearch';
import { DoubleOptions, ElasticsearchDouble } from '../support/es-double';
import { TestTarget, realClusterConfigured, testTarget } from '../support/target';

export const REAL = realClusterConfigured();

/** The modes the double's suites run in; a real cluster is a single mode. */
export const MODES: string[] = REAL ? ['real'] : ['8.13.4', '8.19.3', '9.1.2'];

const printed = new Set<string>();
function printSkip(reason: string): void {
  if (!printed.has(reason)) {
    printed.add(reason);
    // eslint-disable-next-line no-console
    console.log(`skipped against a real cluster: ${reason}`);
  }
}

/** `it`, or a skip (with the reason printed) against a real cluster, for double-only powers. */
export function itDouble(name: string, reason: string, fn: () => Promise<void>): void {
  if (REAL) {
    printSkip(`${name} (${reason})`);
    it.skip(`${name} [double only: ${reason}]`, fn);
  } else {
    it(name, fn);
  }
}

export interface Ctx {
  target: TestTarget;
  client: Client;
  /** Version number the target reports. */
  version: string;
  /** The double (throws against a real cluster; only use inside `itDouble`). */
  readonly double: ElasticsearchDouble;
  clientFor(auth: { username: string; password: string } | { apiKey: string }): Client;
  /** A unique key/role name for this run. */
  unique(prefix: string): string;
  atLeast(major: number, minor: number): boolean;
}

/** Set up beforeAll/afterAll for one mode and return the live context object. */
export function useTarget(mode: string, options: Omit<DoubleOptions, 'version'> = {}): Ctx {
  let counter = 0;
  const clients: Client[] = [];
  const ctx = {
    unique: (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter++}`,
    clientFor(auth: { username: string; password: string } | { apiKey: string }): Client {
      const c = new Client({ node: ctx.target.url, auth, maxRetries: 0 });
      clients.push(c);
      return c;
    },
    get double(): ElasticsearchDouble {
      if (!ctx.target.double) throw new Error('not running against the double');
      return ctx.target.double;
    },
    atLeast(major: number, minor: number): boolean {
      const [ma, mi] = ctx.version.split('.').map(Number);
      return ma > major || (ma === major && mi >= minor);
    },
  } as Ctx;
  beforeAll(async () => {
    ctx.target = await testTarget(mode === 'real' ? options : { ...options, version: mode });
    ctx.client = ctx.clientFor({ username: ctx.target.username, password: ctx.target.password });
    ctx.version = (await ctx.client.info()).version.number;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await ctx.target?.close();
  });
  return ctx;
}

export interface CaughtError {
  status: number;
  body: any;
  headers: Record<string, unknown>;
  /** Every `reason` in the error and its causes, outermost first. */
  reasons: string[];
}

/** Await a call that must fail with an HTTP error and return what came back. */
export async function esError(p: Promise<unknown>): Promise<CaughtError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof errors.ResponseError) {
      const body = e.meta.body as any;
      const reasons: string[] = [];
      let cur = body?.error;
      while (cur && typeof cur === 'object') {
        reasons.push(cur.reason);
        cur = cur.caused_by;
      }
      if (typeof body?.error === 'string') reasons.push(body.error);
      return { status: e.meta.statusCode ?? 0, body, headers: e.meta.headers ?? {}, reasons };
    }
    throw e;
  }
  throw new Error('expected the call to fail');
}

/** A raw request (for bodies the typed client would not send). */
export function raw(client: Client, method: string, path: string, body?: unknown, querystring?: Record<string, unknown>) {
  return client.transport.request({ method, path, body: body as any, querystring: querystring as any });
}
