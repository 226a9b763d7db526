// The one module through which eccx resources call Elasticsearch.
export type { EsRequest } from './client';
export { esCall, providerDataOf, serverVersion, versionAtLeast } from './client';
export type { EsErrorBody } from './errors';
export { describeEsError, esDiagnostic } from './errors';
export {
  deleteRole, getRole, persistentSettings, putPersistentSettings, putRole, reloadSecureSettings, remoteInfo, resolveRemote,
} from './local-cluster';
