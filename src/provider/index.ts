// This package's own Terraform provider (plugin protocol 6). Not part of the jsii API: it is
// bundled into dist-provider/terraform-provider-eccx by scripts/build-provider.ts.
export * from './values';
export * from './framework';
export { PROVIDER_SOURCE, PROVIDER_TYPE, PROVIDER_VERSION, createProvider } from './provider';
export type { ProviderData, ConnectionSettings } from './connection';
export { installProvider, cliConfig, terraformPlatform } from './install';
export { serveProvider } from './serve';
