import type { ProviderData } from '../../connection';
import { providerDataOf, serverVersion, versionAtLeast } from '../../elasticsearch';
import type { CallContext } from '../../framework';
import { DiagnosticError, attrPath } from '../../values';

/** What the provider and the cluster must offer before a key is created or changed. */

/** Elasticsearch refuses cross-cluster API key calls authenticated by an API key: say so before calling. */
export function refuseApiKeyAuth(ctx: CallContext<ProviderData>): void {
  if (providerDataOf(ctx).authMethod === 'api_key') {
    throw new DiagnosticError('Cross-cluster API keys need user authentication',
      'The eccx provider authenticates with an API key (api_key or ELASTICSEARCH_API_KEY), and Elasticsearch refuses to create or update '
      + 'cross-cluster API keys for a caller authenticated by an API key ("authentication via API key not supported"). '
      + 'Configure username and password (or ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD) of a user with the manage_security cluster privilege.');
  }
}

/** `certificate_identity` exists from Elasticsearch 9.3: an error at its attribute on older clusters. */
export async function requireCertificateIdentitySupport(ctx: CallContext<ProviderData>): Promise<void> {
  const version = await serverVersion(ctx);
  if (!versionAtLeast(version, 9, 3)) {
    throw new DiagnosticError('certificate_identity needs Elasticsearch 9.3 or later',
      `The cluster runs Elasticsearch ${version}, which does not know certificate_identity (added in 9.3, technical preview). `
      + 'Remove certificate_identity, or upgrade the cluster.', attrPath('certificate_identity'));
  }
}
