import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { constructError } from './errors';

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
export function rotationSchedule(key: Construct, minutes: number | undefined): TerraformResource {
  const time = loadTimeProvider(key.node.path);
  const stack = TerraformStack.of(key);
  const hasTimeProvider = stack.node.children.some((c) => TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === 'time' && c.alias === undefined);
  if (!hasTimeProvider) new time.provider.TimeProvider(stack, 'time');
  return new time.rotating.Rotating(key, 'Rotation', { rotationMinutes: minutes ?? 1440 });
}

/**
 * The two classes used from `@cdktf/provider-time`, typed by what this file passes them. The
 * package's own declarations are not imported: they are written against cdktf, and the CDK Terrain
 * build of this library compiles this file against cdktn.
 */
interface TimePackage {
  readonly provider: { readonly TimeProvider: new (scope: Construct, id: string) => TerraformProvider };
  readonly rotating: { readonly Rotating: new (scope: Construct, id: string, config: { readonly rotationMinutes: number }) => TerraformResource };
}

/**
 * `@cdktf/provider-time`, loaded when a key rotates on the elasticstack provider: the package is
 * optional (built for cdktf, so the library must also load where it is absent or cannot load, as in
 * a CDK Terrain app, which has no prebuilt time provider; there, eccx rotates keys itself).
 */
function loadTimeProvider(path: string): TimePackage {
  try {
    // an optional package, loaded when used (see .projenrc.ts): a development dependency only
    // eslint-disable-next-line @typescript-eslint/no-require-imports, import/no-extraneous-dependencies
    return require('@cdktf/provider-time') as TimePackage;
  } catch (e) {
    throw constructError(path, 'rotation', `rotating a key on the elasticstack provider needs the package @cdktf/provider-time (time_rotating), which could not be loaded (${(e as Error).message.split('\n')[0]})`,
      'npm install @cdktf/provider-time@^11 (the version built for cdktf 0.21); in a CDK Terrain app, use the eccx provider, which rotates keys itself (rotation_period)');
  }
}
