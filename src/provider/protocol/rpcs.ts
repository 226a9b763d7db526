/**
 * The tfplugin6.Provider RPCs this provider answers. The build keeps only these (and the message
 * types they reach) in the embedded descriptors, which makes loading them at start-up cheaper;
 * any other RPC gets gRPC's UNIMPLEMENTED, as from a Go provider built without it.
 */
export const SERVED_PROVIDER_RPCS = [
  'GetMetadata',
  'GetProviderSchema',
  'GetResourceIdentitySchemas',
  'GetFunctions',
  'ValidateProviderConfig',
  'ConfigureProvider',
  'StopProvider',
  'ValidateResourceConfig',
  'UpgradeResourceState',
  'ReadResource',
  'PlanResourceChange',
  'ApplyResourceChange',
  'ImportResourceState',
  'ValidateDataResourceConfig',
  'ReadDataSource',
] as const;
