// The one module through which eccx resources call Elasticsearch.
export { EsRequest, esCall, providerDataOf, serverVersion, versionAtLeast } from './client';
export { EsErrorBody, describeEsError, esDiagnostic } from './errors';
export {
  deleteRole, getRole, persistentSettings, putPersistentSettings, putRole, reloadSecureSettings, remoteInfo, resolveRemote,
} from './local-cluster';
