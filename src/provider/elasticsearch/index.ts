// The one module through which eccx resources call Elasticsearch.
export { clusterTime, esCall, providerDataOf, serverVersion, versionAtLeast } from './client';
export type { EsRequest } from './client';
export { describeEsError, esDiagnostic } from './errors';
export type { EsErrorBody } from './errors';
