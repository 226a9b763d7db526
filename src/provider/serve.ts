import type * as protobuf from 'protobufjs';
import type { ProviderData } from './connection';
import type { ProviderDefinition } from './framework';
import { launch } from './protocol/launch';

/**
 * Runs a provider definition as a Terraform plugin executable. `descriptors` is the compiled
 * protocol (the bundle embeds it as the `eccx:descriptors` module).
 */
export function serveProvider(descriptors: protobuf.INamespace,
  definition: () => ProviderDefinition<ProviderData> | Promise<ProviderDefinition<ProviderData>>): void {
  launch({
    name: 'eccx',
    descriptors,
    handlers: async () => {
      const [{ createHandlers }, { createLogger }] = await Promise.all([import('./framework/dispatch'), import('./protocol/log')]);
      return createHandlers(await definition(), createLogger('provider.terraform-provider-eccx'));
    },
  });
}
