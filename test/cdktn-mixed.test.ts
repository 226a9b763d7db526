// The cdktf package in a cdktn app: its "cdktf" is a separate package from the user's cdktn, and
// cdktn 0.24 stacks cannot synthesize cdktf 0.21 resources. The constructs say so, naming the cdktn
// package as the fix.
import * as cdktn from 'cdktn';
import { CrossClusterApiKey } from '../src';

test('a cdktn stack with a separate cdktf copy fails early with the fix', () => {
  const app = cdktn.Testing.app();
  const stack = new cdktn.TerraformStack(app, 'terrain');
  expect(() => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'] }] })).toThrow(
    /^\[terrain\/Key\] CrossClusterApiKey: the stack "terrain" comes from CDK Terrain \(cdktn\), but cdktf-elastic-cross-cluster was loaded with a separate "cdktf" package[\s\S]*Fix: in a cdktn app, install cdktn-elastic-cross-cluster \(the same constructs, built against cdktn\) instead of cdktf-elastic-cross-cluster/,
  );
});
