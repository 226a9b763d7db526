import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

/*
 * What a credential delivery is given and what it gives back. Internal: the public side is
 * `CredentialDelivery` (credential-delivery.ts).
 */

/** The connection a delivery writes the credential for. */
export interface DeliveryTarget {
  /** The connection: the delivery's resources are its children, errors name its path. */
  readonly scope: Construct;
  /** The remote cluster alias. */
  readonly alias: string;
  /** The keystore entry: `cluster.remote.<alias>.credentials`. */
  readonly settingName: string;
  /** The credential, a sensitive deploy-time token. */
  readonly credential: string;
  /** The key's id (not secret): changes whenever the credential does. */
  readonly keyId: string;
  /**
   * The Terraform references of the key's secret attributes (`<type>.<name>.encoded` and
   * `.api_key`), asked for at synth, when the key's logical id is final.
   */
  readonly secretReferences: () => string[];
}

/** The resources a delivery made. */
export interface BoundDelivery {
  /** What the secure-settings reload must wait for (empty: nothing is delivered by Terraform). */
  readonly resources: TerraformResource[];
  /** ECK: the Kubernetes Secret's name, to list under `spec.secureSettings`. */
  readonly secretName?: string;
}
