/**
 * The plugin protocol's descriptors for the provider bundle: the `.proto` files of the pinned Go
 * modules (fetched and verified by `go-module-proxy.ts`), plus the gRPC health service, parsed with
 * protobufjs and pruned to the RPCs the provider serves.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as protobuf from 'protobufjs';
import { PinnedModule, fetchModuleZip, readZipFiles } from './go-module-proxy';
import { SERVED_PROVIDER_RPCS } from '../src/provider/protocol/rpcs';

/**
 * Go modules that hold the protocol definitions, pinned by version and by the sha256 of the zip the
 * Go module proxy serves (the same bytes `go mod download` verifies against the checksum database).
 */
export const PROTO_SOURCES: Record<string, PinnedModule & { readonly files: readonly string[] }> = {
  terraformPluginGo: {
    module: 'github.com/hashicorp/terraform-plugin-go',
    version: 'v0.31.0',
    zipSha256: 'd736e0c23dd2b931913fc4732267b3eae3ae9ac5bdeab3f223fce044d4a9832a',
    files: ['tfprotov6/internal/tfplugin6/tfplugin6.proto'],
  },
  goPlugin: {
    module: 'github.com/hashicorp/go-plugin',
    version: 'v1.6.0',
    zipSha256: '3e6ed5a7a7db548c84d9f60180874cb0c0b9c261eb3292ad7412ac84ec0b7e8c',
    files: ['internal/plugin/grpc_controller.proto', 'internal/plugin/grpc_stdio.proto'],
  },
};

/**
 * `grpc.health.v1.Health` (the standard gRPC health service go-plugin asks for). No Go module in
 * reach ships its .proto, so it is declared here from the gRPC health checking protocol.
 */
function addHealthService(root: protobuf.Root): void {
  const ns = root.define('grpc.health.v1');
  ns.add(new protobuf.Type('HealthCheckRequest').add(new protobuf.Field('service', 1, 'string')));
  const status = new protobuf.Enum('ServingStatus', { UNKNOWN: 0, SERVING: 1, NOT_SERVING: 2, SERVICE_UNKNOWN: 3 });
  const response = new protobuf.Type('HealthCheckResponse');
  response.add(status);
  response.add(new protobuf.Field('status', 1, 'ServingStatus'));
  ns.add(response);
  const service = new protobuf.Service('Health');
  service.add(new protobuf.Method('Check', 'rpc', 'HealthCheckRequest', 'HealthCheckResponse'));
  service.add(new protobuf.Method('Watch', 'rpc', 'HealthCheckRequest', 'HealthCheckResponse', false, true));
  ns.add(service);
}

/**
 * Keeps only the given tfplugin6.Provider methods and the types reachable from any service's
 * methods (all of go-plugin's and health's are kept).
 */
export function pruneDescriptors(root: protobuf.Root, providerMethods: readonly string[]): void {
  const provider = root.lookupService('tfplugin6.Provider');
  for (const m of [...provider.methodsArray]) {
    if (!providerMethods.includes(m.name)) provider.remove(m);
  }
  for (const name of providerMethods) {
    if (!provider.methods[name]) throw new Error(`tfplugin6.Provider has no method ${name}`);
  }
  root.resolveAll();
  const reachable = new Set<protobuf.ReflectionObject>();
  const visit = (t: protobuf.Type | protobuf.Enum | null): void => {
    if (!t || reachable.has(t)) return;
    reachable.add(t);
    if (t instanceof protobuf.Type) {
      for (const f of t.fieldsArray) visit(f.resolve().resolvedType);
    }
  };
  const services: protobuf.Service[] = [];
  const collect = (ns: protobuf.NamespaceBase): void => {
    for (const o of ns.nestedArray) {
      if (o instanceof protobuf.Service) services.push(o);
      if (o instanceof protobuf.Namespace || o instanceof protobuf.Type) collect(o);
    }
  };
  collect(root);
  for (const svc of services) {
    for (const m of svc.methodsArray) {
      m.resolve();
      visit(m.resolvedRequestType);
      visit(m.resolvedResponseType);
    }
  }
  // drop types neither reachable nor holding something reachable
  const prune = (ns: protobuf.NamespaceBase): boolean => {
    let keep = reachable.has(ns) || ns instanceof protobuf.Service;
    for (const o of [...ns.nestedArray]) {
      const keepChild = o instanceof protobuf.Service
        || (o instanceof protobuf.Enum ? reachable.has(o) : (o instanceof protobuf.Namespace || o instanceof protobuf.Type) && prune(o));
      if (keepChild) keep = true;
      else ns.remove(o);
    }
    return keep;
  };
  prune(root);
}

/** Fetches the pinned modules and parses their protocol files into one protobufjs JSON descriptor (field names as in the .proto). */
export async function compileDescriptors(env: NodeJS.ProcessEnv = process.env): Promise<protobuf.INamespace> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-proto-'));
  try {
    const files: string[] = [];
    for (const src of Object.values(PROTO_SOURCES)) {
      const prefix = `${src.module}@${src.version}/`;
      const zip = await fetchModuleZip(src, env);
      for (const [name, data] of readZipFiles(zip, src.files.map((f) => prefix + f))) {
        const file = path.join(work, name.slice(prefix.length));
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, data);
        files.push(file);
      }
    }
    const root = new protobuf.Root();
    // google/protobuf/{timestamp,empty}.proto are protobufjs's bundled common types.
    root.loadSync(files, { keepCase: true });
    addHealthService(root);
    root.resolveAll();
    pruneDescriptors(root, SERVED_PROVIDER_RPCS);
    for (const name of ['tfplugin6.Provider', 'plugin.GRPCController', 'plugin.GRPCStdio', 'grpc.health.v1.Health']) {
      root.lookupService(name);
    }
    return root.toJSON({ keepComments: false });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
