import type { ProviderData } from '../connection';
import type { Resource } from '../framework';
import { crossClusterApiKey } from './cross-cluster-api-key';

/**
 * The provider's resources. To add one: write `resources/<name>.ts` exporting a
 * `Resource<ProviderData, ...>` whose `typeName` is `eccx_<name>`, and list it here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const resources: ReadonlyArray<Resource<ProviderData, any>> = [crossClusterApiKey];
