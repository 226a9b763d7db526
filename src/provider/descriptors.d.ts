// The compiled protocol descriptors, embedded by scripts/build-provider.ts (esbuild plugin).
declare module 'eccx:descriptors' {
  import type { INamespace } from 'protobufjs';
  const descriptors: INamespace;
  export default descriptors;
}
