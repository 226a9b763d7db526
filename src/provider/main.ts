// Entry point of the terraform-provider-eccx executable (bundled by scripts/build-provider.ts).
// eslint-disable-next-line import/no-unresolved -- a virtual module: the build embeds the descriptors
import descriptors from 'eccx:descriptors';
import { createProvider } from './provider';
import { serveProvider } from './serve';

serveProvider(descriptors, () => createProvider());
