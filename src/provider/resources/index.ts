import type { ProviderData } from '../connection';
import type { Resource } from '../framework';
import { crossClusterApiKey } from './cross-cluster-api-key';
import { remoteClusterCheck } from './remote-cluster-check';
import { remoteClusterSettings } from './remote-cluster-settings';
import { secureSettingsReload } from './secure-settings-reload';
import { securityRole } from './security-role';

/**
 * The provider's resources. To add one: make a folder `resources/<name>/` (split as
 * `cross-cluster-api-key/` is: schema, models, converters, one file per operation) whose index
 * exports a `Resource<ProviderData, ...>` with `typeName` `eccx_<name>`, and list it here.
 * Elasticsearch calls go through `../elasticsearch`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const resources: ReadonlyArray<Resource<ProviderData, any>> = [
  crossClusterApiKey, remoteClusterSettings, securityRole, secureSettingsReload, remoteClusterCheck,
];
