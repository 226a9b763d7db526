import { isDeployTime } from './deploy-time';
import { Problem } from './problem';

/**
 * Rules for the settings with which a local cluster signs its cross-cluster requests, needed when
 * the remote's cross-cluster API key has a `certificate_identity` (strong identity verification,
 * Elasticsearch 9.3, elastic/elasticsearch#137822). The setting names are those of
 * `CrossClusterApiKeySigningSettings` in Elasticsearch's security plugin: per alias, the dynamic
 * settings `cluster.remote.<alias>.signing.certificate`, `.signing.key`, `.signing.keystore.path`,
 * `.signing.keystore.alias`, `.signing.keystore.type` and `.signing.keystore.algorithm`; the
 * passwords (`.signing.key.secure_passphrase`, `.signing.keystore.secure_password`,
 * `.signing.keystore.secure_key_password`) are secure settings, keystore only.
 *
 * The signer is configured like any Elasticsearch SSL key: a PEM pair (`certificate` and `key`),
 * or a keystore (`keystore.path`), not both; `keystore.alias`, `.type` and `.algorithm` only refine
 * a keystore. [derived: from Elasticsearch's SSL configuration loading, which the signing
 * settings reuse (SslConfigurationKeys); not stated separately for signing in the docs.]
 */

/** The literal signing values, as given (undefined: not given; DEPLOY_TIME: a token). */
export interface SigningValues {
  readonly certificate?: unknown;
  readonly key?: unknown;
  readonly keystorePath?: unknown;
  readonly keystoreAlias?: unknown;
  readonly keystoreType?: unknown;
  readonly keystoreAlgorithm?: unknown;
}

/** Prop names (TypeScript) and the setting suffix under `cluster.remote.<alias>.signing.` each writes. */
export const SIGNING_SETTINGS: ReadonlyArray<readonly [keyof SigningValues, string]> = [
  ['certificate', 'certificate'],
  ['key', 'key'],
  ['keystorePath', 'keystore.path'],
  ['keystoreAlias', 'keystore.alias'],
  ['keystoreType', 'keystore.type'],
  ['keystoreAlgorithm', 'keystore.algorithm'],
];

/**
 * `signing` of a connection. With `required` (the key has `certificate_identity`), a missing
 * signer is an error that names the missing settings; given values must form one signer.
 */
export function checkSigning(alias: string, s: SigningValues | undefined, required: boolean): Problem[] {
  const prefix = `cluster.remote.${alias}.signing`;
  const given = (v: unknown) => v !== undefined && v !== null && v !== '';
  const v = s ?? {};
  const pem = given(v.certificate) || given(v.key);
  const keystore = given(v.keystorePath);
  // The given settings that only refine a keystore (keystoreAlias, -Type, -Algorithm).
  const extras = (['keystoreAlias', 'keystoreType', 'keystoreAlgorithm'] as const).filter((k) => given(v[k]));
  if (!pem && !keystore) {
    if (!required) {
      if (extras.length === 0) return [];
      return [{ prop: 'signing.keystorePath', message: `is missing, but ${extras.join(', ')} ${extras.length === 1 ? 'is' : 'are'} given; they only refine a signing keystore`, fix: 'give keystorePath, or remove them' }];
    }
    return [{
      prop: 'signing',
      message: `the key has certificate_identity, so the remote cluster only accepts requests signed by a certificate matching it, but ${prefix}.certificate and ${prefix}.key (or ${prefix}.keystore.path) are missing`,
      fix: 'pass signing: { certificate: "<path of the PEM certificate on the local nodes>", key: "<path of its PEM private key>" } (or keystorePath), relative to the config directory of the local nodes; a key passphrase goes into the keystore as ' + `${prefix}.key.secure_passphrase`,
    }];
  }
  if (pem && keystore) {
    return [{ prop: 'signing', message: `sets both a PEM pair (certificate/key) and keystorePath; ${prefix}.* takes one of them`, fix: 'keep either certificate and key, or keystorePath' }];
  }
  const problems: Problem[] = [];
  if (pem) {
    for (const k of ['certificate', 'key'] as const) {
      if (!given(v[k]) && !isDeployTime(v[k])) {
        problems.push({ prop: `signing.${k}`, message: `is missing: ${prefix}.${k} is needed with ${prefix}.${k === 'key' ? 'certificate' : 'key'}`, fix: `give the path of the PEM ${k === 'key' ? 'private key' : 'certificate'} on the local nodes` });
      }
    }
    if (extras.length > 0) problems.push({ prop: 'signing', message: `${extras.join(', ')} only apply to keystorePath, not to a PEM pair`, fix: 'remove them, or use keystorePath instead of certificate and key' });
  }
  return problems;
}
