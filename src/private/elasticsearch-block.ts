import { TerraformProvider, TerraformResource } from 'cdktf';
import { Problem } from '../rules';

/**
 * The elasticstack provider reads `ELASTICSEARCH_*` only when its `elasticsearch {}` block exists;
 * without the block, and without a per-resource `elasticsearch_connection`, every Elasticsearch
 * resource fails at apply with "elasticsearch client is not configured: set
 * elasticsearch.endpoints, elasticsearch_connection.endpoints, or ELASTICSEARCH_ENDPOINTS" (true for
 * every version since 0.11.18).
 *
 * The constructs report this at synth rather than add the block themselves: the provider is the
 * user's construct, often shared with other resources, and adding a block would silently change
 * where it reads its endpoint and credentials from. An error names the provider and the fix.
 */

/** True when the elasticstack provider construct has an `elasticsearch` block (a token counts as one). */
export function hasElasticsearchBlock(provider: TerraformProvider): boolean {
  const block: unknown = (provider as { elasticsearch?: unknown }).elasticsearch;
  return block !== undefined && block !== null && (!Array.isArray(block) || block.length > 0);
}

/** True when the resource was given its own `elasticsearch_connection` (e.g. with `putElasticsearchConnection`). */
export function hasOwnConnection(resource: TerraformResource): boolean {
  return (resource as { elasticsearchConnectionInput?: unknown }).elasticsearchConnectionInput !== undefined;
}

/** The problem when `resource` on the elasticstack `provider` could not reach Elasticsearch at all. */
export function missingElasticsearchBlock(provider: TerraformProvider, resource: TerraformResource, users = 'this resource'): Problem[] {
  if (hasElasticsearchBlock(provider) || hasOwnConnection(resource)) return [];
  return [noBlockProblem(provider, users)];
}

/** The problem for `users` (a list of construct paths, or "this resource") on a provider without the block. */
export function noBlockProblem(provider: TerraformProvider, users: string): Problem {
  return {
    prop: 'provider',
    message: `the elasticstack provider ${provider.node.path} has no elasticsearch block, and ${users} no elasticsearch_connection: the provider then ignores ELASTICSEARCH_* and fails every request at apply ("elasticsearch client is not configured: set elasticsearch.endpoints, elasticsearch_connection.endpoints, or ELASTICSEARCH_ENDPOINTS")`,
    fix: 'give the provider an elasticsearch block: elasticsearch: [{}] to take the endpoint and credentials from ELASTICSEARCH_*, or elasticsearch: [{ endpoints: [\'https://...:9200\'], username, password }]',
  };
}
