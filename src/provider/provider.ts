import { ProviderData, expiryWarningWindowMs, providerData, providerSchema, requestTimeoutMs, resolveConnection } from './connection';
import type { ProviderDefinition, Resource } from './framework';
import { resources as defaultResources } from './resources';

declare const __ECCX_PROVIDER_VERSION__: string | undefined;

/** The provider type name: `provider "eccx" {}`, resources `eccx_<name>`. */
export const PROVIDER_TYPE = 'eccx';
/** Source address; works from the implied local mirror (~/.terraform.d/plugins/...). */
export const PROVIDER_SOURCE = `registry.terraform.io/cdktf-elastic-cross-cluster/${PROVIDER_TYPE}`;
/** The package version, embedded by the build. */
export const PROVIDER_VERSION = typeof __ECCX_PROVIDER_VERSION__ === 'string' ? __ECCX_PROVIDER_VERSION__ : '0.0.0-dev';

/** The eccx provider with the given resources (default: the package's resources). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createProvider(resources: ReadonlyArray<Resource<ProviderData, any>> = defaultResources): ProviderDefinition<ProviderData> {
  return {
    typeName: PROVIDER_TYPE,
    version: PROVIDER_VERSION,
    schema: providerSchema,
    configure: ({ config }, ctx) => providerData(
      resolveConnection(config, process.env, ctx.diagnostics), requestTimeoutMs(config), undefined, expiryWarningWindowMs(config)),
    resources,
  };
}
