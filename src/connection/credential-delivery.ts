import { bindCommandDelivery } from './command-delivery';
import { CommandCredentialDeliveryOptions, EckCredentialDeliveryOptions, ElasticCloudCredentialDeliveryOptions } from './delivery-options';
import { BoundDelivery, DeliveryTarget } from './delivery-target';
import { bindEckDelivery } from './eck-delivery';
import { bindElasticCloudDelivery } from './elastic-cloud-delivery';

/** Where a {@link CredentialDelivery} puts the credential. */
export enum CredentialDeliveryKind {
  /** A Kubernetes Secret listed under an ECK `Elasticsearch` resource's `spec.secureSettings`. */
  ECK = 'eck',
  /** An Elastic Cloud Hosted deployment's keystore (`ec_deployment_elasticsearch_keystore`). */
  ELASTIC_CLOUD = 'elastic-cloud',
  /** A user command (e.g. ssh + `elasticsearch-keystore add`) run by `terraform_data` + `local-exec`. */
  COMMAND = 'command',
  /** Nothing: the user writes the keystore by hand. */
  MANUAL = 'manual',
}

/**
 * How a {@link RemoteClusterConnection}'s credential (the key's `encoded` value) reaches the
 * local cluster's keystore as the secure setting `cluster.remote.<alias>.credentials`. It is
 * never a cluster setting: Elasticsearch reads it from the keystore of every node, and uses a new
 * value once the node reloads its secure settings (`POST _nodes/reload_secure_settings`,
 * Elasticsearch 8.13+ for this setting) or restarts.
 *
 * With the `eccx` provider the connection then reloads the secure settings, writes the alias
 * settings and checks `GET _remote/info` (see the connection), in that order. The credential is
 * sensitive everywhere it goes: a sensitive attribute of the delivery resource, or an environment
 * variable of a command whose output Terraform suppresses.
 *
 * See https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key#remote-clusters-security-api-key-local-actions.
 */
export class CredentialDelivery {
  /**
   * ECK (local cluster on Kubernetes): a `kubernetes_secret_v1` (from the optional peer dependency
   * `@cdktf/provider-kubernetes` ^12) holding `cluster.remote.<alias>.credentials`. List its name
   * ({@link RemoteClusterConnection.secureSettingsSecretName}) under the local `Elasticsearch`
   * resource's `spec.secureSettings`.
   *
   * When ECK applies a change: ECK copies the Secret into the keystore of every node before
   * Elasticsearch starts and keeps watching it (ECK docs, "Secure settings"). From Elasticsearch
   * 9.3, ECK keeps a reloadable keystore and applies added or changed secure settings to running
   * nodes without restarting pods (ECK's `TestReloadableKeystore` e2e test; an annotation on the
   * `Elasticsearch` resource turns this off). Before 9.3 the keystore is built by an init container
   * when a pod starts, so a changed credential may reach running nodes only after their pods
   * restart; the eccx connection check reports an alias that is still not connected. ECK copies
   * the Secret asynchronously, after Terraform has written it: with eccx, give the check time
   * (`checkTimeoutSeconds`).
   */
  public static eck(options: EckCredentialDeliveryOptions = {}): CredentialDelivery {
    return new CredentialDelivery(CredentialDeliveryKind.ECK, (t) => bindEckDelivery(t, options));
  }

  /**
   * Elastic Cloud Hosted: the `ec` provider's `ec_deployment_elasticsearch_keystore` on the local
   * deployment. That provider writes the entry but neither reloads nor restarts the deployment,
   * and it cannot read the value back (a value changed outside Terraform is not drift). Elastic
   * Cloud reloads the keystore itself on 8.14+ (older versions need a restart); with eccx, set
   * `reloadSecureSettings: false` on the connection if the deployment refuses the reload call.
   */
  public static elasticCloud(options: ElasticCloudCredentialDeliveryOptions): CredentialDelivery {
    return new CredentialDelivery(CredentialDeliveryKind.ELASTIC_CLOUD, (t) => bindElasticCloudDelivery(t, options));
  }

  /**
   * Self-managed nodes: a command that writes the keystore of every node, run by Terraform's
   * built-in `terraform_data` with a `local-exec` provisioner. The credential is in an environment
   * variable, never on the command line; the command runs again whenever the key (so the
   * credential) changes. With eccx, the reload and the connection check follow it.
   */
  public static command(options: CommandCredentialDeliveryOptions): CredentialDelivery {
    return new CredentialDelivery(CredentialDeliveryKind.COMMAND, (t) => bindCommandDelivery(t, options));
  }

  /**
   * Manual: Terraform writes no keystore. After deploy, add the key's encoded value (the key's
   * sensitive output) to every node with `bin/elasticsearch-keystore add cluster.remote.<alias>.credentials`,
   * then `POST _nodes/reload_secure_settings`, then check `GET _remote/info` (`connected: true`,
   * `cluster_credentials: "::es_redacted::"`). No reload or check resources are made.
   */
  public static manual(): CredentialDelivery {
    return new CredentialDelivery(CredentialDeliveryKind.MANUAL, () => ({ resources: [] }));
  }

  /** Where the credential goes. */
  public readonly kind: CredentialDeliveryKind;

  private constructor(kind: CredentialDeliveryKind, private readonly binder: (target: DeliveryTarget) => BoundDelivery) {
    this.kind = kind;
  }

  /** @internal Makes the delivery's resources under the connection. */
  public _bind(target: DeliveryTarget): BoundDelivery {
    return this.binder(target);
  }
}
