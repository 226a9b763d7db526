// Where scripts/build-provider.ts writes the provider. No other imports, so that tests and
// bench/provider-startup.ts can find the bundle without loading esbuild and protobufjs.
import * as path from 'node:path';

export const PROVIDER_TYPE = 'eccx';
const ROOT = path.resolve(__dirname, '..');
export const OUT_DIR = path.join(ROOT, 'dist-provider');
export const DESCRIPTORS_FILE = path.join(OUT_DIR, 'descriptors.json');
export const PROVIDER_BUNDLE = path.join(OUT_DIR, `terraform-provider-${PROVIDER_TYPE}`);
