// The "Values" room: the cty type system as Terraform sees it. Pure; knows nothing of gRPC.
export * from './types';
export * from './unknown';
export * from './number';
export * from './value';
export * from './msgpack';
export * from './json';
export * from './path';
export * from './diagnostics';
export * from './schema';
