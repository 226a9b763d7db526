import type { Logger } from '../protocol/log';
import type { ProviderHandlers } from '../protocol/messages';
import { diagnosticsFromError } from '../values';
import { diagnosticToProto } from './convert';
import { Abort } from './dynamic-value';
import { ProviderServer } from './provider-server';
import type { ProviderDefinition } from './resource';

/** The tfplugin6 RPCs a ProviderServer answers, each by the method of the same name. */
const RPCS = [
  'GetMetadata', 'GetProviderSchema', 'GetResourceIdentitySchemas', 'GetFunctions',
  'ValidateProviderConfig', 'ConfigureProvider', 'ValidateResourceConfig', 'UpgradeResourceState',
  'ReadResource', 'PlanResourceChange', 'ApplyResourceChange', 'ImportResourceState',
  'ValidateDataResourceConfig', 'ReadDataSource',
] as const satisfies ReadonlyArray<keyof ProviderServer<unknown>>;

/**
 * The gRPC handlers for a ProviderDefinition: each RPC calls its ProviderServer method, logs its
 * duration at debug level, and turns an `Abort` or any other failure into the response's
 * diagnostics. StopProvider is passed through as is (its response has no diagnostics).
 */
export function createHandlers<P>(provider: ProviderDefinition<P>, log: Logger): ProviderHandlers {
  const server = new ProviderServer(provider, log);
  const handlers: Record<string, (req: object) => Promise<object>> = {
    StopProvider: () => server.StopProvider(),
  };
  for (const rpc of RPCS) {
    const method = server[rpc] as (req: object) => Promise<Record<string, unknown>>;
    handlers[rpc] = async (req) => {
      const started = Date.now();
      const typeName = (req as { type_name?: string }).type_name;
      try {
        const res = await method.call(server, req);
        log.debug('rpc', { rpc, type_name: typeName, ms: Date.now() - started });
        return res;
      } catch (err) {
        const diags = err instanceof Abort ? err.diagnostics : diagnosticsFromError(err, `Internal error in provider during ${rpc}`);
        log.debug('rpc failed', { rpc, type_name: typeName });
        return { diagnostics: diags.map(diagnosticToProto) };
      }
    };
  }
  return handlers;
}
