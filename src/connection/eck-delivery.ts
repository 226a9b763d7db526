import { TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { EckCredentialDeliveryOptions } from './delivery-options';
import { BoundDelivery, DeliveryTarget } from './delivery-target';
import { constructError } from '../private/errors';


/** The Secret's default name: `<alias>-remote-credentials`, `_` turned into `-` (not allowed in Kubernetes names). */
export function defaultSecretName(alias: string): string {
  return `${alias.replace(/_/g, '-')}-remote-credentials`;
}

/**
 * Delivers with a `kubernetes_secret_v1` from `@cdktf/provider-kubernetes`, whose `data` holds
 * `cluster.remote.<alias>.credentials` (a sensitive attribute of that resource). The package is
 * optional (no dependency of this one), loaded here, when an ECK delivery is used.
 */
export function bindEckDelivery(target: DeliveryTarget, options: EckCredentialDeliveryOptions): BoundDelivery {
  const secretName = options.secretName ?? defaultSecretName(target.alias);
  const { SecretV1 } = loadKubernetesSecret(target.scope.node.path);
  const resource: TerraformResource = new SecretV1(target.scope, 'CredentialDelivery', {
    metadata: { name: secretName, namespace: options.namespace, labels: options.labels },
    type: 'Opaque',
    data: { [target.settingName]: target.credential },
    provider: options.provider,
  });
  return { resources: [resource], secretName };
}

/**
 * The one class used from `@cdktf/provider-kubernetes`, typed by what this file passes it. The
 * package's own declarations are not imported: they are written against cdktf, and the CDK Terrain
 * build of this library compiles this file against cdktn.
 */
interface KubernetesSecretModule {
  readonly SecretV1: new (scope: Construct, id: string, config: {
    readonly metadata: { readonly name: string; readonly namespace?: string; readonly labels?: { [name: string]: string } };
    readonly type: string;
    readonly data: { [key: string]: string };
    readonly provider?: TerraformProvider;
  }) => TerraformResource;
}

function loadKubernetesSecret(path: string): KubernetesSecretModule {
  try {
    // an optional package, loaded when used (see .projenrc.ts): a development dependency only
    // eslint-disable-next-line @typescript-eslint/no-require-imports, import/no-extraneous-dependencies
    return require('@cdktf/provider-kubernetes/lib/secret-v1') as KubernetesSecretModule;
  } catch (e) {
    throw constructError(path, 'credentialDelivery', `CredentialDelivery.eck() needs the package @cdktf/provider-kubernetes, which could not be loaded (${(e as Error).message.split('\n')[0]})`, 'npm install @cdktf/provider-kubernetes@^12 (the version built for cdktf 0.21)');
  }
}
