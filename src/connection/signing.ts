import { SIGNING_SETTINGS } from '../rules/remote-cluster-signing';

/**
 * How the local cluster signs its requests to one remote (strong identity verification,
 * Elasticsearch 9.3+): written as the dynamic cluster settings `cluster.remote.<alias>.signing.*`.
 * Needed when the connection's key has `certificateIdentity`: the remote then accepts only
 * requests signed with a certificate whose subject DN matches that pattern and that its
 * `cluster.remote.signing.certificate_authorities` trust.
 *
 * Give a PEM pair (`certificate` and `key`) or a keystore (`keystorePath`), not both. Paths are
 * files on every local node, relative to its config directory (on Elastic Cloud, `node.crt` and
 * `node.key` are the transport certificate and key every deployment has). Passwords are secure
 * settings, never written here: put them into the local keystore as
 * `cluster.remote.<alias>.signing.key.secure_passphrase`,
 * `cluster.remote.<alias>.signing.keystore.secure_password` or
 * `cluster.remote.<alias>.signing.keystore.secure_key_password`.
 *
 * Setting names from Elasticsearch's `CrossClusterApiKeySigningSettings` (elastic/elasticsearch#137822);
 * see https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key#remote-cluster-strong-verification.
 */
export interface RemoteClusterSigningProps {
  /**
   * PEM certificate (chain) to sign with: `cluster.remote.<alias>.signing.certificate`.
   *
   * @default - none; then `keystorePath`
   */
  readonly certificate?: string;
  /**
   * PEM private key of `certificate`: `cluster.remote.<alias>.signing.key`.
   *
   * @default - none; then `keystorePath`
   */
  readonly key?: string;
  /**
   * PKCS#12 or JKS keystore holding the signing key and certificate:
   * `cluster.remote.<alias>.signing.keystore.path`.
   *
   * @default - none; then `certificate` and `key`
   */
  readonly keystorePath?: string;
  /**
   * Alias of the entry in `keystorePath` to sign with: `cluster.remote.<alias>.signing.keystore.alias`.
   *
   * @default - not written; Elasticsearch's default applies
   */
  readonly keystoreAlias?: string;
  /**
   * Type of `keystorePath` (`PKCS12` or `jks`): `cluster.remote.<alias>.signing.keystore.type`.
   *
   * @default - not written; Elasticsearch infers it from the file name
   */
  readonly keystoreType?: string;
  /**
   * Key manager algorithm: `cluster.remote.<alias>.signing.keystore.algorithm`.
   *
   * @default - not written; the JVM's default key manager algorithm
   */
  readonly keystoreAlgorithm?: string;
}

/** The `cluster.remote.<alias>.signing.*` settings of `signing`, in a fixed order, given ones only. */
export function signingSettings(alias: string, signing: RemoteClusterSigningProps | undefined): Array<{ name: string; value: string }> {
  if (signing === undefined) return [];
  const out: Array<{ name: string; value: string }> = [];
  for (const [prop, suffix] of SIGNING_SETTINGS) {
    const value = signing[prop];
    if (value !== undefined) out.push({ name: `cluster.remote.${alias}.signing.${suffix}`, value });
  }
  return out;
}
