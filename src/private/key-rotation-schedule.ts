import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { Rotating } from '@cdktf/provider-time/lib/rotating';
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/**
 * The schedule of a key's rotation: a `time_rotating` resource (child `Rotation` of the key) that
 * is due every `minutes`, and that the key's `lifecycle.replace_triggered_by` names. When it is
 * due, `terraform plan` replaces it, and with it the key.
 *
 * `time_rotating` needs the `hashicorp/time` provider: the stack's default one is used, and one is
 * added to the stack (id `time`) when the stack has none when the key is created.
 *
 * @param minutes the period in whole minutes; undefined when it is not valid or not known at synth
 *   (the key's validation then fails synth, see `rules/rotation.ts`), in which case one day is
 *   written so that the resource stays well-formed
 */
export function rotationSchedule(key: Construct, minutes: number | undefined): Rotating {
  const stack = TerraformStack.of(key);
  const hasTimeProvider = stack.node.children.some((c) => TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === 'time' && c.alias === undefined);
  if (!hasTimeProvider) new TimeProvider(stack, 'time');
  return new Rotating(key, 'Rotation', { rotationMinutes: minutes ?? 1440 });
}
