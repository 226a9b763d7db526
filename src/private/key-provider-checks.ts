import { TerraformProvider, Token } from 'cdktf';
import { Problem, parseTimeValue } from '../rules';

/*
 * Checks of a key's `provider` and `certificateIdentity` props, which depend on the provider type
 * (`elasticstack` or `eccx`).
 */

/** The type of a provider construct (`elasticstack`, `eccx`, ...), if it is one. */
export function providerTypeOf(provider: TerraformProvider | undefined): string | undefined {
  return provider?.terraformResourceType;
}

/** `providerType` and the `provider` construct must agree. */
export function checkProviderMatches(provider: TerraformProvider, providerType: string): Problem[] {
  const actual = providerTypeOf(provider);
  if (actual === providerType) return [];
  return [{
    prop: 'provider',
    message: `is a "${actual}" provider (${provider.node.path}), but providerType is "${providerType}"`,
    fix: `pass a ${providerType} provider, or set providerType: KeyProviderType.${actual === 'eccx' ? 'ECCX' : 'ELASTICSTACK'}`,
  }];
}

/**
 * Elasticsearch refuses to create cross-cluster API keys for callers that authenticate with an API
 * key: a literal `api_key` on the key's provider fails synth (a deploy-time one only warns, see
 * {@link deployTimeApiKeyWarning}).
 */
export function checkProviderAuth(provider: TerraformProvider): Problem[] {
  if (!providerApiKeys(provider).some((k) => !Token.isUnresolved(k))) return [];
  return [{
    prop: 'provider',
    message: `the ${providerTypeOf(provider)} provider (${provider.node.path}) authenticates with api_key, and Elasticsearch refuses cross-cluster API key creation for API-key callers ("authentication via API key not supported: An API key cannot be used to create a cross-cluster API key")`,
    fix: 'configure the provider of the remote cluster with username and password (or a bearer token) of a user with the manage_security cluster privilege',
  }];
}

/** The warning for a deploy-time `api_key` on the key's provider (which may turn out empty), if any. */
export function deployTimeApiKeyWarning(provider: TerraformProvider): string | undefined {
  if (!providerApiKeys(provider).some((k) => Token.isUnresolved(k))) return undefined;
  return 'provider: the provider authenticates with api_key; Elasticsearch refuses to create or update cross-cluster API keys for API-key callers ("authentication via API key not supported"). Use username/password or a bearer token with the manage_security privilege.';
}

/** The `api_key` values the provider is configured with (elasticstack: in its `elasticsearch` block; eccx: at the top). */
function providerApiKeys(provider: TerraformProvider): unknown[] {
  const type = providerTypeOf(provider);
  const p = provider as { apiKey?: unknown; elasticsearch?: unknown };
  const blocks = type === 'eccx' ? [{ apiKey: p.apiKey }] : p.elasticsearch;
  if (!Array.isArray(blocks)) return [];
  return blocks.map((b) => b?.apiKey).filter((k) => k !== undefined && k !== '');
}

/** `certificate_identity`: only eccx can send it, and an empty pattern is a mistake. */
export function checkCertificateIdentity(value: string, providerType: string): Problem[] {
  if (Token.isUnresolved(value)) return [];
  const prop = 'certificate_identity';
  if (providerType === 'elasticstack') {
    return [{
      prop,
      message: 'is set, but the elasticstack provider cannot send certificate_identity',
      fix: 'create the key with this package\'s provider: providerType: KeyProviderType.ECCX (Elasticsearch >= 9.3)',
    }];
  }
  if (value === '') {
    return [{ prop, message: 'is an empty string', fix: 'give a regular expression for the subject DN, e.g. "CN=local-cluster,.*", or omit it' }];
  }
  return [];
}

/**
 * Elasticsearch compiles `certificate_identity` as a Java regex; JavaScript's dialect differs
 * (e.g. `(?i)` and possessive quantifiers are Java-only), so a pattern JavaScript cannot compile
 * is only a warning, returned here.
 */
export function certificateIdentityWarning(value: string): string | undefined {
  if (value === '' || Token.isUnresolved(value)) return undefined;
  try {
    new RegExp(value);
    return undefined;
  } catch (e) {
    return `certificate_identity: ${JSON.stringify(value)} could not be checked here (JavaScript says: ${(e as Error).message}). Elasticsearch compiles it as a Java regex and answers "Invalid certificate_identity format: [...]. Must be a valid regex." if it is not one.`;
  }
}

/**
 * The eccx provider's `expiry_warning_window` (how long before a key's expiry eccx warns in every
 * plan): an Elasticsearch time value, not negative (`0s` turns the warning off). The provider checks
 * it at plan as well; a literal is checked here so that synth fails first.
 */
export function checkExpiryWarningWindow(provider: TerraformProvider): Problem[] {
  const window = (provider as { expiryWarningWindow?: unknown }).expiryWarningWindow;
  if (providerTypeOf(provider) !== 'eccx' || typeof window !== 'string' || Token.isUnresolved(window)) return [];
  const parsed = parseTimeValue(window, 'expiry_warning_window');
  const fix = 'give a time value such as "14d" (the default) or "0s" to turn the warning off';
  if (!parsed.ok) return [{ prop: 'provider', message: `the eccx provider (${provider.node.path}) sets expiry_warning_window "${window}": ${parsed.error}`, fix }];
  if (parsed.nanos < 0n || parsed.magic === 'minus-one') {
    return [{ prop: 'provider', message: `the eccx provider (${provider.node.path}) sets a negative expiry_warning_window "${window}"`, fix }];
  }
  return [];
}
