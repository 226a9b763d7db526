/**
 * When a {@link CrossClusterApiKey} is replaced by a new one (a new secret), so that it never
 * expires in use.
 *
 * With the elasticstack provider, a rotation is scheduled with Terraform's `time_rotating`
 * resource (the `hashicorp/time` provider, through `@cdktf/provider-time`) and the key's
 * `lifecycle.replace_triggered_by`; with eccx, by the key resource's own `rotation_period`. The
 * first `terraform plan` / `apply` after the rotation is due plans a replacement of the key. It
 * happens only when Terraform runs: apply at least once between the rotation time and the key's
 * expiration (e.g. a scheduled pipeline).
 *
 * The replacement keeps connections up: the new key is created first (`create_before_destroy`,
 * the key's default, which a rotation requires), everything that reads `key.encoded` (the
 * credential delivered to the local keystore, the reload and the connection check) is updated
 * next, and the old key is invalidated last.
 *
 * Durations are Elasticsearch time values (`d`, `h`, `m`, `s`, ...; whole minutes with the
 * elasticstack provider, as `time_rotating` counts in minutes). See
 * https://www.elastic.co/docs/deploy-manage/remote-clusters/remote-clusters-api-key and
 * https://registry.terraform.io/providers/hashicorp/time/latest/docs/resources/rotating.
 */
export class KeyRotation {
  /**
   * Replace the key every `period`, e.g. `KeyRotation.every('30d')`.
   *
   * @param period a positive Elasticsearch time value (whole minutes with elasticstack); shorter than the
   *   key's `expiration` when it has one, leaving time for an apply before the old key expires.
   *   Synth fails otherwise, naming the key and the prop.
   */
  public static every(period: string): KeyRotation {
    return new KeyRotation(period, undefined);
  }

  /**
   * Replace the key `renewBefore` before it expires, e.g. `KeyRotation.beforeExpiry('7d')` on a
   * key with `expiration: '30d'` rotates it every 23 days.
   *
   * @param renewBefore an Elasticsearch time value, shorter than the key's `expiration` (which must
   *   be set and known at synth); with elasticstack `expiration - renewBefore` must be whole minutes. Synth fails
   *   otherwise, naming the key and the prop.
   */
  public static beforeExpiry(renewBefore: string): KeyRotation {
    return new KeyRotation(undefined, renewBefore);
  }

  /** The rotation period, when made with {@link KeyRotation.every}. */
  public readonly period?: string;
  /** How long before expiration the key is renewed, when made with {@link KeyRotation.beforeExpiry}. */
  public readonly renewBefore?: string;

  private constructor(period: string | undefined, renewBefore: string | undefined) {
    this.period = period;
    this.renewBefore = renewBefore;
  }
}
