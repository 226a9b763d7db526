/**
 * The double's stand-in for Elasticsearch's transport protocol between clusters: one JSON line
 * each way per TCP connection. Real Elasticsearch speaks its binary transport protocol (over TLS)
 * on the remote cluster server port (9443); the doubles speak this instead, so only two doubles
 * understand each other. What travels matches what Elasticsearch sends (README, "How the local
 * double reaches the remote"): the credential from the keystore (the `_cross_cluster_access_credentials`
 * header) and, with a search, the user and the `remote_indices` that apply to this remote (the
 * cross-cluster access subject info).
 */
import * as net from 'node:net';
import { IndexGrant } from './index-permissions';

/** `cluster:internal/remote_cluster/handshake`, the search action, and `_resolve/cluster`'s per-cluster resolve. */
export type WireAction = 'handshake' | 'search' | 'resolve';

/** The local user, as the remote sees them: name, roles and the remote_indices for this alias. */
export interface WireSubject {
  readonly username: string;
  readonly roles: string[];
  readonly remoteIndices: IndexGrant[];
}

export interface WireRequest {
  readonly action: WireAction;
  /** The encoded cross-cluster API key, absent when the local node has no credential (certificate model). */
  readonly credentials?: string;
  readonly subject?: WireSubject;
  /** Comma-separated index expression on the remote. */
  readonly index?: string;
  /** The search's `query` (default match_all). */
  readonly query?: unknown;
  readonly size?: number;
}

export interface WireError {
  readonly type: string;
  readonly reason: string;
  readonly status: number;
  readonly extra?: Record<string, unknown>;
}

export interface WireHit {
  readonly index: string;
  readonly id: string;
  readonly source: Record<string, unknown>;
}

export interface WireReply {
  readonly error?: WireError;
  readonly clusterName?: string;
  readonly clusterUuid?: string;
  readonly nodes?: number;
  /** `_resolve/cluster`'s version fields of the remote. */
  readonly version?: Record<string, string>;
  /** For `resolve`: whether any index the user may search matches the expression. */
  readonly matchingIndices?: boolean;
  readonly hits?: WireHit[];
  readonly total?: number;
  readonly indices?: number;
}

/** A failure to reach a remote at all (refused, unknown host, timeout, not a double). */
export class ConnectFailure extends Error {
  constructor(readonly address: string, readonly code: string) {
    super(`[][${address}] connect_exception`);
  }
}

/** Split `host:port` (or `[v6]:port`); undefined when there is no usable port. */
export function parseAddress(address: string): { host: string; port: number } | undefined {
  const idx = address.lastIndexOf(':');
  if (idx <= 0) return undefined;
  const host = address.slice(0, idx).replace(/^\[(.*)\]$/, '$1');
  const port = Number(address.slice(idx + 1));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return undefined;
  return { host, port };
}

/** Send one request to `address` and read one reply; rejects with ConnectFailure when that fails. */
export function exchange(address: string, request: WireRequest, timeoutMs: number): Promise<WireReply> {
  const target = parseAddress(address);
  if (!target) return Promise.reject(new ConnectFailure(address, 'EINVAL'));
  return new Promise((resolve, reject) => {
    const socket = net.connect(target.port, target.host);
    let buffer = '';
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      fn();
    };
    socket.setTimeout(timeoutMs, () => finish(() => reject(new ConnectFailure(address, 'ETIMEDOUT'))));
    socket.on('error', (e: NodeJS.ErrnoException) => finish(() => reject(new ConnectFailure(address, e.code ?? 'EIO'))));
    socket.on('connect', () => socket.write(JSON.stringify(request) + '\n'));
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const nl = buffer.indexOf('\n');
      if (nl < 0) return;
      try {
        const reply = JSON.parse(buffer.slice(0, nl)) as WireReply;
        finish(() => resolve(reply));
      } catch {
        finish(() => reject(new ConnectFailure(address, 'EPROTO')));
      }
    });
    socket.on('end', () => finish(() => reject(new ConnectFailure(address, 'ECONNRESET'))));
  });
}

/** Serve the wire protocol on a port: each connection gets one request and one reply. */
export async function serveWire(
  port: number, host: string, answer: (request: WireRequest) => WireReply | Promise<WireReply>,
): Promise<net.Server> {
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const nl = buffer.indexOf('\n');
      if (nl < 0) return;
      let request: WireRequest;
      try {
        request = JSON.parse(buffer.slice(0, nl)) as WireRequest;
      } catch {
        socket.destroy();
        return;
      }
      Promise.resolve()
        .then(() => answer(request))
        .then((reply) => socket.end(JSON.stringify(reply) + '\n'), () => socket.destroy());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
