import * as http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * One timeline of HTTP requests across several Elasticsearch doubles: a small forwarding proxy
 * in front of each double records every request as it arrives, in a single array, so a test can
 * say which cluster saw what first (each double's own `state.requests` orders only its own).
 */

/** A request as the timeline saw it arrive. `cluster` is the name given to {@link RequestTimeline.front}. */
export interface TimelineEntry {
  readonly cluster: string;
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
}

export class RequestTimeline {
  public readonly entries: TimelineEntry[] = [];
  private readonly servers: http.Server[] = [];

  /**
   * Starts a proxy on an ephemeral port of 127.0.0.1 that forwards every request to `target`
   * (a double's `url`) unchanged and records it under `cluster`. Resolves to the proxy's URL.
   */
  public async front(cluster: string, target: string): Promise<string> {
    const to = new URL(target);
    const server = http.createServer((req, res) => {
      this.entries.push({ cluster, method: (req.method ?? 'GET').toUpperCase(), path: (req.url ?? '/').split('?')[0] });
      const upstream = http.request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    this.servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Index of the first entry from `from` on that matches, or -1. */
  public indexOf(cluster: string, method: string, path: RegExp | string, from = 0): number {
    for (let i = from; i < this.entries.length; i++) {
      const e = this.entries[i];
      if (e.cluster === cluster && e.method === method && (typeof path === 'string' ? e.path === path : path.test(e.path))) return i;
    }
    return -1;
  }

  public async close(): Promise<void> {
    await Promise.all(this.servers.map((s) => new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    })));
  }
}
