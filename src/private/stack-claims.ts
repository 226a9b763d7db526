import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

const CLAIMS = new WeakMap<TerraformStack, Map<string, string>>();

/**
 * Records that `construct` owns `name` (in `kind`'s namespace) within its stack, and returns the
 * path of the construct that owned it already, if any. Used where two constructs writing the same
 * thing (an output name, a remote-cluster alias) would silently overwrite each other.
 */
export function claimInStack(construct: IConstruct, kind: string, name: string): string | undefined {
  const stack = TerraformStack.of(construct);
  let claims = CLAIMS.get(stack);
  if (!claims) CLAIMS.set(stack, (claims = new Map()));
  const key = `${kind}\u0000${name}`;
  const other = claims.get(key);
  if (other === undefined) claims.set(key, construct.node.path);
  return other;
}
