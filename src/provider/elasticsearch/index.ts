// The one module through which eccx resources call Elasticsearch.
export { EsRequest, clusterTime, esCall, providerDataOf, serverVersion, versionAtLeast } from './client';
export { EsErrorBody, describeEsError, esDiagnostic } from './errors';
