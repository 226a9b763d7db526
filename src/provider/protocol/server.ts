import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import * as tls from 'node:tls';
import * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';
import type { ServerCertificate } from './certificate';
import { handshakeLine } from './handshake';
import { Logger } from './log';
import { DiagnosticMsg, ProviderHandlers } from './messages';
import { serviceDefinition } from './services';

/**
 * The suites the plugin server accepts, all AEAD: TLS 1.3's three, and for TLS 1.2 the ECDHE-ECDSA
 * ones with GCM or ChaCha20-Poly1305 (the server's key is ECDSA). No CBC, no RSA key exchange.
 */
const PLUGIN_TLS_CIPHERS = [
  'TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256',
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305',
].join(':');

/** terraform-plugin-go accepts messages up to 256 MiB; grpc-js defaults to 4 MiB. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

export interface ServeOptions {
  /** tfplugin6, go-plugin's controller and stdio, and gRPC health (`loadDescriptors`). */
  readonly root: protobuf.Root;
  /** This process's server certificate (`createServerCertificate`). */
  readonly certificate: ServerCertificate;
  readonly handlers: ProviderHandlers;
  /** Terraform's client certificate (PEM, from PLUGIN_CLIENT_CERT): the only client accepted. */
  readonly clientCertPem: string;
  readonly log: Logger;
  /** Where the handshake line goes (stdout). */
  readonly writeHandshake?: (line: string) => void;
  /** How the process ends (process.exit). */
  readonly exit?: (code: number) => void;
}

export interface RunningServer {
  readonly port: number;
  /** Stops serving and ends the process, as GRPCController.Shutdown does. */
  shutdown(reason: string): void;
}

/**
 * The protocol descriptors, ready for `serve`. Without resolveAll (which Root.fromJSON runs,
 * generating a constructor for every message type): each message type is resolved and gets its
 * generated codec on first use, so a process pays only for the messages of the calls Terraform
 * makes to it.
 */
export function loadDescriptors(descriptors: protobuf.INamespace): protobuf.Root {
  const root = new protobuf.Root();
  root.addJSON(descriptors.nested ?? {});
  return root;
}

function internalErrorDiagnostics(rpc: string, err: unknown): { diagnostics: DiagnosticMsg[] } {
  const detail = err instanceof Error ? err.message : String(err);
  return { diagnostics: [{ severity: 'ERROR', summary: `Internal error in provider (${rpc})`, detail }] };
}

/**
 * Serves plugin protocol 6 over gRPC with automatic mutual TLS: binds 127.0.0.1 on a free port,
 * requires Terraform's client certificate, then prints the handshake line. Never throws once
 * serving: a handler's failure becomes a diagnostic.
 */
export async function serve(opts: ServeOptions): Promise<RunningServer> {
  const log = opts.log;
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const { certificate, root } = opts;

  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
  });
  const openStreams = new Set<grpc.ServerWritableStream<object, object>>();
  const stopServing: Array<() => void> = [];
  let stopping = false;

  const shutdown = (reason: string): void => {
    if (stopping) return;
    stopping = true;
    log.debug('provider shutting down', { reason });
    for (const stop of stopServing) stop();
    for (const s of openStreams) {
      try { s.end(); } catch { /* already closed */ }
    }
    const force = setTimeout(() => { server.forceShutdown(); exit(0); }, 500);
    force.unref();
    server.tryShutdown(() => { clearTimeout(force); exit(0); });
  };

  // tfplugin6.Provider: every unary RPC the handlers implement
  const providerDef = serviceDefinition(root, 'tfplugin6.Provider');
  const providerImpl: grpc.UntypedServiceImplementation = {};
  for (const [rpc, method] of Object.entries(providerDef)) {
    const handler = opts.handlers[rpc];
    if (!handler || method.requestStream || method.responseStream) continue;
    providerImpl[rpc] = (call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
      const started = Date.now();
      Promise.resolve()
        .then(() => handler(call.request))
        .then(
          (response) => {
            log.trace('rpc done', { rpc, ms: Date.now() - started });
            callback(null, response);
          },
          (err: unknown) => {
            log.error('rpc failed', { rpc, error: err instanceof Error ? err.name : typeof err });
            callback(null, rpc === 'StopProvider'
              ? { Error: err instanceof Error ? err.message : String(err) }
              : internalErrorDiagnostics(rpc, err));
          },
        )
        .catch((err: unknown) => {
          // the response could not be sent (serialization): report as a gRPC error
          callback({ code: grpc.status.INTERNAL, details: err instanceof Error ? err.message : String(err) });
        });
    };
  }
  server.addService(providerDef, providerImpl);

  // grpc.health.v1.Health: go-plugin checks the "plugin" service
  server.addService(serviceDefinition(root, 'grpc.health.v1.Health'), {
    Check: (_call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
      callback(null, { status: 'SERVING' });
    },
    Watch: (call: grpc.ServerWritableStream<object, object>) => {
      openStreams.add(call);
      call.on('close', () => openStreams.delete(call));
      call.write({ status: 'SERVING' });
    },
  });

  // plugin.GRPCController: Shutdown replies first, then the process ends
  server.addService(serviceDefinition(root, 'plugin.GRPCController'), {
    Shutdown: (_call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
      callback(null, {});
      setImmediate(() => shutdown('GRPCController.Shutdown'));
    },
  });

  // plugin.GRPCStdio: nothing is redirected (logs go to stderr directly); keep the stream open
  server.addService(serviceDefinition(root, 'plugin.GRPCStdio'), {
    StreamStdio: (call: grpc.ServerWritableStream<object, object>) => {
      openStreams.add(call);
      call.on('close', () => openStreams.delete(call));
    },
  });

  // Mutual TLS in front of gRPC: a Node TLS server accepts only a client that presents Terraform's
  // certificate (PLUGIN_CLIENT_CERT, byte for byte; OpenSSL has checked during the handshake that
  // the client holds its key) and hands the connection to grpc-js, which serves HTTP/2 on it.
  // Any other client is disconnected before a byte of HTTP/2 is read. This is what go-plugin's
  // AutoMTLS asks for (Terraform's certificate is the only CA the server trusts), without a CA
  // store: giving Node any CA certificate makes it first parse its ~140 bundled root
  // certificates (50 to 60 ms on every start, bench/provider-startup.md), which nothing here needs.
  const terraformCert = new X509Certificate(opts.clientCertPem).raw;
  const injector = server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
  const tlsServer = tls.createServer({
    key: certificate.keyPem,
    cert: certificate.certPem,
    ca: [], // no CA store (see above): the client certificate is checked against Terraform's below
    requestCert: true,
    rejectUnauthorized: false, // checked below, for every connection
    ALPNProtocols: ['h2'],
    // Set here, not left to Node's defaults, which NODE_OPTIONS (--tls-min-v1.0, --tls-cipher-list)
    // can change: TLS 1.2 at least, AEAD suites only. go-plugin's client (Terraform) offers TLS 1.2
    // and 1.3 with ECDHE AEAD suites, and the two settle on TLS 1.3.
    minVersion: 'TLSv1.2',
    ciphers: PLUGIN_TLS_CIPHERS,
  });
  tlsServer.on('secureConnection', (socket: tls.TLSSocket) => {
    const peer = socket.getPeerX509Certificate();
    if (!peer || !peer.raw.equals(terraformCert) || socket.alpnProtocol !== 'h2') {
      log.warn('refused a connection without Terraform\'s client certificate', { remote_port: socket.remotePort });
      socket.destroy();
      return;
    }
    socket.on('error', (err) => log.debug('connection error', { error: err.message }));
    injector.injectConnection(socket);
  });
  tlsServer.on('tlsClientError', (err) => log.debug('TLS handshake failed', { error: err.message }));
  stopServing.push(() => tlsServer.close());
  const port = await new Promise<number>((resolve, reject) => {
    tlsServer.once('error', reject);
    tlsServer.listen(0, '127.0.0.1', () => {
      tlsServer.off('error', reject);
      resolve((tlsServer.address() as AddressInfo).port);
    });
  });

  (opts.writeHandshake ?? ((line: string) => { process.stdout.write(line); }))(handshakeLine(`127.0.0.1:${port}`, certificate.certDer));
  return { port, shutdown };
}
