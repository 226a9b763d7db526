import { CrossClusterApiKey, KeyProviderType, RemoteClusterConnection, RemoteClusterConnectionProps } from '../src';
import { clusterSettings, KEY } from './support/remote-cluster';
import { synthStack } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';
import { checkSigning } from '../src/rules/remote-cluster-signing';

// Strong identity: a key with certificateIdentity needs the local cluster to
// sign its requests with cluster.remote.<alias>.signing.* (names from Elasticsearch's
// CrossClusterApiKeySigningSettings, elastic/elasticsearch#137822).

/** An eccx key on the remote (certificateIdentity needs eccx), the connection on the local elasticstack provider. */
function synthSigned(props: Partial<RemoteClusterConnectionProps>, identity: string | null = 'CN=local-.*') {
  return synthStack((stack) => {
    const remote = new EccxProvider(stack, 'remote', {});
    const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, provider: remote, certificateIdentity: identity ?? undefined });
    new RemoteClusterConnection(stack, 'Conn', { alias: 'r1', key, seeds: ['h:9443'], ...props });
  });
}

describe('signing settings from props', () => {
  test('a PEM pair is written as signing.certificate and signing.key, after the connection settings', () => {
    const { json, errors } = synthSigned({ signing: { certificate: 'signing.crt', key: 'signing.key' } });
    expect(errors).toEqual([]);
    expect(clusterSettings(json).slice(-2)).toEqual([
      { name: 'cluster.remote.r1.signing.certificate', value: 'signing.crt' },
      { name: 'cluster.remote.r1.signing.key', value: 'signing.key' },
    ]);
  });

  test('a keystore with alias, type and algorithm', () => {
    const { json, errors } = synthSigned({ signing: { keystorePath: 'sign.p12', keystoreAlias: 'signer', keystoreType: 'PKCS12', keystoreAlgorithm: 'PKIX' } });
    expect(errors).toEqual([]);
    expect(clusterSettings(json).filter((s) => s.name.includes('.signing.'))).toEqual([
      { name: 'cluster.remote.r1.signing.keystore.path', value: 'sign.p12' },
      { name: 'cluster.remote.r1.signing.keystore.alias', value: 'signer' },
      { name: 'cluster.remote.r1.signing.keystore.type', value: 'PKCS12' },
      { name: 'cluster.remote.r1.signing.keystore.algorithm', value: 'PKIX' },
    ]);
  });

  test('without certificateIdentity, signing is optional and nothing is written', () => {
    const { json, errors } = synthSigned({}, null);
    expect(errors).toEqual([]);
    expect(clusterSettings(json).some((s) => s.name.includes('.signing.'))).toBe(false);
  });
});

describe('on eccx, eccx_remote_cluster_settings writes the signing settings', () => {
  function synthEccxSigned(signing: RemoteClusterConnectionProps['signing']) {
    let conn!: RemoteClusterConnection;
    const result = synthStack((stack) => {
      const eccx = new EccxProvider(stack, 'eccx', {});
      const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, provider: eccx, certificateIdentity: 'CN=local-.*' });
      conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'r1', key, seeds: ['h:9443'], provider: eccx, signing });
    }, { provider: false });
    const blocks = Object.values(result.json.resource?.eccx_remote_cluster_settings ?? {}) as Array<Record<string, any>>;
    expect(blocks).toHaveLength(1);
    return { ...result, settings: blocks[0], conn };
  }

  test('a PEM pair becomes the signing attribute, and settingNames lists its settings', () => {
    const { errors, settings, conn } = synthEccxSigned({ certificate: 'signing.crt', key: 'signing.key' });
    expect(errors).toEqual([]);
    expect(settings).toMatchObject({ alias: 'r1', seeds: ['h:9443'], signing: { certificate: 'signing.crt', key: 'signing.key' } });
    expect(Object.keys(settings.signing).sort()).toEqual(['certificate', 'key']);
    expect(conn.settingNames.slice(-2)).toEqual(['cluster.remote.r1.signing.certificate', 'cluster.remote.r1.signing.key']);
  });

  test('a keystore with alias, type and algorithm in the provider\'s attribute names', () => {
    const { errors, settings } = synthEccxSigned({ keystorePath: 'sign.p12', keystoreAlias: 'signer', keystoreType: 'PKCS12', keystoreAlgorithm: 'PKIX' });
    expect(errors).toEqual([]);
    expect(settings.signing).toEqual({ keystore_path: 'sign.p12', keystore_alias: 'signer', keystore_type: 'PKCS12', keystore_algorithm: 'PKIX' });
  });

  test('the shared synth errors still apply: a certificate without its key', () => {
    expect(synthEccxSigned({ certificate: 'c.crt' }).errors).toEqual([
      '[test/Conn] signing.key: is missing: cluster.remote.r1.signing.key is needed with cluster.remote.r1.signing.certificate. Fix: give the path of the PEM private key on the local nodes',
    ]);
  });
});

describe('missing or contradictory signing fails synth', () => {
  test('certificateIdentity without signing names the missing settings', () => {
    expect(synthSigned({}).errors).toEqual([
      expect.stringMatching(/^\[test\/Conn\] signing: the key has certificate_identity, .* but cluster\.remote\.r1\.signing\.certificate and cluster\.remote\.r1\.signing\.key \(or cluster\.remote\.r1\.signing\.keystore\.path\) are missing\. Fix: pass signing: \{ certificate/),
    ]);
  });

  test('a certificate without its key', () => {
    expect(synthSigned({ signing: { certificate: 'c.crt' } }).errors).toEqual([
      '[test/Conn] signing.key: is missing: cluster.remote.r1.signing.key is needed with cluster.remote.r1.signing.certificate. Fix: give the path of the PEM private key on the local nodes',
    ]);
  });

  test('a PEM pair and a keystore together', () => {
    expect(synthSigned({ signing: { certificate: 'c.crt', key: 'c.key', keystorePath: 'k.p12' } }).errors)
      .toEqual([expect.stringMatching(/^\[test\/Conn\] signing: sets both a PEM pair \(certificate\/key\) and keystorePath/)]);
  });

  test('keystore refinements without a keystore', () => {
    expect(checkSigning('r1', { keystoreAlias: 'a' }, false)).toEqual([expect.objectContaining({ prop: 'signing.keystorePath' })]);
    expect(checkSigning('r1', { certificate: 'c', key: 'k', keystoreType: 'jks' }, true)).toEqual([
      expect.objectContaining({ prop: 'signing', message: 'keystoreType only apply to keystorePath, not to a PEM pair' }),
    ]);
  });

  test('with eccx and certificateIdentity but no signing, synth names the missing settings too', () => {
    const { errors } = synthStack((stack) => {
      const eccx = new EccxProvider(stack, 'eccx', {});
      const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, provider: eccx, certificateIdentity: 'CN=x' });
      new RemoteClusterConnection(stack, 'Conn', { alias: 'r1', key, seeds: ['h:9443'], provider: eccx, providerType: KeyProviderType.ECCX });
    }, { provider: false });
    expect(errors).toEqual([expect.stringMatching(/^\[test\/Conn\] signing: the key has certificate_identity/)]);
  });
});
