import { TerraformElement, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { constructError } from './errors';

/**
 * Fails early, with the fix, when the stack comes from a newer CDK Terrain (`cdktn`) than the
 * `cdktf` this package is loaded with: cdktn 0.24 stacks call methods on every element that cdktf
 * 0.21 elements do not have, which would otherwise crash synth with a TypeError far from the cause.
 * The fix is the package built against cdktn, `cdktn-elastic-cross-cluster` (the same constructs;
 * in it this check always passes); npm `overrides` that make `cdktf` resolve to cdktn also work.
 */
export function assertCompatibleFramework(scope: IConstruct, construct: string, stack: TerraformStack = TerraformStack.of(scope)): void {
  // `scope` is the new construct itself, so the message names its path.
  const stackNeeds = typeof (stack as any)._runPreparingResolve === 'function';
  const elementsHave = typeof (TerraformElement.prototype as any)._resetResolveDiscoveredProviderFeatureUsage === 'function';
  if (!stackNeeds || elementsHave) return;
  throw constructError(
    scope.node.path,
    construct,
    `the stack "${stack.node.path}" comes from CDK Terrain (cdktn), but cdktf-elastic-cross-cluster was loaded with a separate "cdktf" package, whose resources cdktn stacks cannot synthesize`,
    'in a cdktn app, install cdktn-elastic-cross-cluster (the same constructs, built against cdktn) instead of cdktf-elastic-cross-cluster and import from it',
  );
}
