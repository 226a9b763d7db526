// Entry point of the terraform-provider-eccx executable (bundled by scripts/build-provider.ts).
import descriptors from 'eccx:descriptors';
import { serveProvider } from './serve';

serveProvider(descriptors, async () => (await import('./provider')).createProvider());
