/**
 * The double's HTTP front: reads a request, records it, applies an injected fault, authenticates
 * (before routing, as Elasticsearch's security REST filter does), routes by method and path with
 * version gates, and writes the reply with Elasticsearch's headers.
 */
import * as http from 'node:http';
import { authenticate } from './auth';
import { EsError, injectedError } from './errors';
import { Faults } from './faults';
import { DoubleContext, FaultHandle, Handler, RecordedRequest, Reply, RouteFn } from './types';
import { atLeast } from './version';

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly keys: string[];
  readonly handler: Handler;
  readonly since?: [number, number];
}

export class HttpFront {
  private readonly routes: Route[] = [];

  constructor(private readonly ctx: DoubleContext, readonly faults: Faults) {}

  /** Register a route; `{name}` in a template matches one path segment that does not start with `_`
   * when it is the first segment (index names never do), any segment otherwise. */
  readonly route: RouteFn = (method, template, handler, since) => {
    const keys: string[] = [];
    const source = typeof template === 'string'
      ? '^' + template.replace(/\{(\w+)\}/g, (_, k: string, offset: number) => {
        keys.push(k);
        return offset === 1 ? '([^/_][^/]*)' : '([^/]+)';
      }) + '$'
      : template.source;
    this.routes.push({ method, pattern: new RegExp(source), keys, handler, since });
  };

  onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
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
    this.ctx.state.requests.push(record);

    const fault = this.faults.take(method, path);
    if (fault && !fault.spec.afterCommit && await this.failed(fault, req, res, record)) return;

    let reply: Reply | EsError;
    try {
      reply = await this.dispatch(method, path, uri, query, raw, req, record);
    } catch (e) {
      if (e instanceof EsError) reply = e;
      else reply = new EsError('exception', String((e as Error)?.message ?? e), { status: 500 });
    }
    // after commit: the call took effect, and its answer is delayed, replaced by an error or lost
    if (fault && fault.spec.afterCommit) {
      if (await this.failed(fault, req, res, record)) return;
    }
    this.send(res, req, record, reply);
  }

  /** Applies a fault's delay, then its drop or error answer; true when the call was answered (or dropped) by the fault. */
  private async failed(fault: FaultHandle, req: http.IncomingMessage, res: http.ServerResponse, record: RecordedRequest): Promise<boolean> {
    if (fault.spec.delayMs) await new Promise((r) => setTimeout(r, fault.spec.delayMs));
    if (fault.spec.drop) {
      record.status = 0;
      req.socket.destroy();
      return true;
    }
    if (fault.spec.status !== undefined) {
      this.send(res, req, record, injectedError(fault.spec.status, fault.spec.reason ?? 'injected fault'));
      return true;
    }
    return false;
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

  private async dispatch(
    method: string, path: string, uri: string, query: Record<string, string>, raw: string,
    req: http.IncomingMessage, record: RecordedRequest,
  ): Promise<Reply> {
    const principal = authenticate(this.ctx, req, uri);
    record.principal = principal.apiKey ? `apikey:${principal.apiKey.id}` : principal.user.username;

    const version = this.ctx.version();
    const available = this.routes.filter((r) => !r.since || atLeast(version, r.since[0], r.since[1]));
    const matching = available.filter((r) => r.pattern.test(path));
    if (matching.length === 0) {
      return { status: 400, body: { error: `no handler found for uri [${uri}] and method [${method}]`, status: 400 } };
    }
    const route = matching.find((r) => r.method === method);
    if (!route) {
      const allowed = [...new Set(matching.map((r) => r.method))];
      return { status: 405, body: { error: `Incorrect HTTP method for uri [${uri}] and method [${method}], allowed: [${allowed.join(', ')}]`, status: 405 } };
    }
    const m = route.pattern.exec(path)!;
    const params: Record<string, string> = {};
    route.keys.forEach((k, idx) => {
      params[k] = decodeURIComponent(m[idx + 1]);
    });
    return route.handler({ method, path, uri, query, raw, principal, params, record });
  }
}
