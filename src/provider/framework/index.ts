// The framework: resources as plain objects (modelled on terraform-plugin-framework), and the
// dispatch from tfplugin6 calls onto them.
export * from './resource';
export { createHandlers } from './dispatch';
export { ProviderServer } from './provider-server';
export { defaultPlan, replacePaths } from './plan';
