import type * as protobuf from 'protobufjs';
import type { ProviderData } from './connection';
import type { ProviderDefinition } from './framework';
import { createHandlers } from './framework/dispatch';
import { launch } from './protocol/launch';
import { createLogger } from './protocol/log';

/**
 * Runs a provider definition as a Terraform plugin executable. `descriptors` is the compiled
 * protocol (the bundle embeds it as the `eccx:descriptors` module).
 */
export function serveProvider(descriptors: protobuf.INamespace,
  definition: () => ProviderDefinition<ProviderData> | Promise<ProviderDefinition<ProviderData>>): void {
  launch({
    name: 'eccx',
    descriptors,
    handlers: async () => createHandlers(await definition(), createLogger('provider.terraform-provider-eccx')),
  });
}
