import { TerraformProvider } from 'cdktf';

/* The options of the CredentialDelivery factories (credential-delivery.ts). */

/** Options of {@link CredentialDelivery.eck}: a Kubernetes Secret for an ECK-managed local cluster. */
export interface EckCredentialDeliveryOptions {
  /**
   * The Secret's name: list it under the local `Elasticsearch` resource's `spec.secureSettings`
   * (`- secretName: <name>`). A DNS subdomain name (lowercase letters, digits, `-`, `.`).
   *
   * @default - `<alias>-remote-credentials`, with `_` in the alias turned into `-`
   */
  readonly secretName?: string;
  /**
   * The namespace of the Secret: the namespace of the `Elasticsearch` resource.
   *
   * @default - the kubernetes provider's default namespace (`default`)
   */
  readonly namespace?: string;
  /**
   * Labels of the Secret.
   *
   * @default - none
   */
  readonly labels?: { [name: string]: string };
  /**
   * The kubernetes provider (`@cdktf/provider-kubernetes`) of the cluster ECK runs in.
   *
   * @default - the stack's default `kubernetes` provider
   */
  readonly provider?: TerraformProvider;
}

/** Options of {@link CredentialDelivery.elasticCloud}: an Elastic Cloud Hosted deployment's keystore. */
export interface ElasticCloudCredentialDeliveryOptions {
  /**
   * The id of the LOCAL deployment (the one that connects to the remote), e.g.
   * `ecDeployment.id`. Changing it replaces the keystore entry.
   */
  readonly deploymentId: string;
  /**
   * The `ec` provider (`ec.provider.EcProvider`) of the organisation that owns the deployment.
   *
   * @default - the stack's default `ec` provider
   */
  readonly provider?: TerraformProvider;
}

/** Options of {@link CredentialDelivery.command}: a self-managed cluster's keystore, written by a command. */
export interface CommandCredentialDeliveryOptions {
  /**
   * The command that writes the credential into the keystore of EVERY local node, run by
   * Terraform's `local-exec` provisioner on the machine that runs `cdktf deploy`. It reads the
   * credential from the environment variable `environmentVariable`, never from its own text: e.g.
   * `for h in es1 es2 es3; do printf '%s' "$REMOTE_CLUSTER_CREDENTIAL" | ssh $h sudo /usr/share/elasticsearch/bin/elasticsearch-keystore add --stdin --force "$REMOTE_CLUSTER_SETTING"; done`.
   * It must fail (non-zero exit) when a node could not be written. Its output is suppressed by
   * Terraform, as its environment holds a sensitive value.
   *
   * Errors at synth: a command whose text contains the credential (or the key's `encoded` or
   * `apiKey`) would put the secret on a command line and into process listings.
   */
  readonly command: string;
  /**
   * The environment variable that holds the credential while the command runs. The command also
   * gets `REMOTE_CLUSTER_SETTING` (`cluster.remote.<alias>.credentials`) and `REMOTE_CLUSTER_ALIAS`.
   *
   * @default "REMOTE_CLUSTER_CREDENTIAL"
   */
  readonly environmentVariable?: string;
  /**
   * The interpreter and its arguments, e.g. `["/bin/bash", "-c"]`.
   *
   * @default - Terraform's default: `/bin/sh -c` (`cmd /C` on Windows)
   */
  readonly interpreter?: string[];
  /**
   * The working directory of the command.
   *
   * @default - the directory Terraform runs in (the stack's `cdktf.out/stacks/<stack>`)
   */
  readonly workingDir?: string;
  /**
   * Further (not secret) environment variables for the command.
   *
   * @default - none
   */
  readonly environment?: { [name: string]: string };
}
