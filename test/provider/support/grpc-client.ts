import * as fs from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ClientCert, DESCRIPTORS } from './plugin-env';

/** Decodes standard base64 WITHOUT padding strictly (Go's RawStdEncoding); throws on anything else. */
export function decodeRawStdBase64(s: string): Buffer {
  if (!/^[A-Za-z0-9+/]*$/.test(s)) throw new Error('not unpadded standard base64 (bad characters or padding)');
  if (s.length % 4 === 1) throw new Error('impossible base64 length');
  const buf = Buffer.from(s, 'base64');
  if (buf.toString('base64').replace(/=+$/, '') !== s) throw new Error('non-canonical base64');
  return buf;
}

export function derToPem(der: Buffer): string {
  return `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
}

type Unary = (req: object, cb: (err: grpc.ServiceError | null, res: Record<string, unknown>) => void) => void;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = grpc.Client & Record<string, any>;

export interface PluginClients {
  readonly provider: AnyClient;
  readonly controller: AnyClient;
  readonly health: AnyClient;
  readonly stdio: AnyClient;
  call(client: AnyClient, method: string, req?: object): Promise<Record<string, unknown>>;
  close(): void;
}

/** gRPC clients for the provider's services, connecting like Terraform (server name localhost). */
export function connect(address: string, serverCertPem: string, client?: ClientCert): PluginClients {
  const def = protoLoader.fromJSON(JSON.parse(fs.readFileSync(DESCRIPTORS, 'utf8')), {
    keepCase: true, longs: Number, enums: String, defaults: false, oneofs: false,
  });
  const pkg = grpc.loadPackageDefinition(def) as unknown as Record<string, Record<string, unknown>>;
  const creds = client
    ? grpc.credentials.createSsl(Buffer.from(serverCertPem), Buffer.from(client.keyPem), Buffer.from(client.certPem))
    : grpc.credentials.createSsl(Buffer.from(serverCertPem));
  const opts = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.max_receive_message_length': 256 * 1024 * 1024 };
  const make = (ctor: unknown): AnyClient => new (ctor as new (a: string, c: grpc.ChannelCredentials, o: object) => AnyClient)(address, creds, opts);
  const clients = {
    provider: make((pkg.tfplugin6 as unknown as Record<string, unknown>).Provider),
    controller: make((pkg.plugin as unknown as Record<string, unknown>).GRPCController),
    stdio: make((pkg.plugin as unknown as Record<string, unknown>).GRPCStdio),
    health: make(((pkg.grpc as unknown as Record<string, Record<string, Record<string, unknown>>>).health.v1).Health),
  };
  return {
    ...clients,
    call: (c, method, req = {}) => new Promise((resolve, reject) => {
      (c[method] as Unary).call(c, req, (err, res) => (err ? reject(err) : resolve(res)));
    }),
    close: () => Object.values(clients).forEach((c) => c.close()),
  };
}
