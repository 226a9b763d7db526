import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { CrossClusterApiKey, KeyProviderType } from '../src';
import { synthBuilt, synthStack } from './support/synth';
import { EccxProvider } from '../src/generated/eccx/provider';

// Keys (and connections) that use the stack's default provider: the stack must have a provider
// construct of that type (src/private/default-provider.ts).

/** Validation error lines of a synth with validations, `[]` when it passes. */
function errorsOf(stack: TerraformStack): string[] {
  return synthBuilt(stack).errors;
}

describe('a key on the default provider without a provider construct', () => {
  test('names the keys and the provider class to add', () => {
    const { errors } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }], providerType: KeyProviderType.ECCX });
      new CrossClusterApiKey(stack, 'K2', { name: 'b', search: [{ names: ['b'] }], providerType: KeyProviderType.ECCX });
    });
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringContaining("[test] provider: test/K1, test/K2 use the stack's default eccx provider, but the stack has no eccx provider construct. Fix: add new eccx.provider.EccxProvider(stack, 'eccx', { ... })"),
    ]));
  });
  test('is quiet when the provider construct exists', () => {
    const { errors } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }] });
    });
    expect(errors).toEqual([]);
  });
  test('finds a provider construct wherever it is, even below a key (below a key too)', () => {
    const { errors } = synthStack((stack) => {
      const k1 = new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }], providerType: KeyProviderType.ECCX });
      new EccxProvider(k1, 'eccx', {});
      new CrossClusterApiKey(stack, 'K2', { name: 'b', search: [{ names: ['b'] }], providerType: KeyProviderType.ECCX });
    });
    expect(errors.filter((e) => e.includes("stack's default eccx provider"))).toEqual([]);
  });
  test('reports a key nested in another key ', () => {
    const { errors } = synthStack((stack) => {
      const k1 = new CrossClusterApiKey(stack, 'K1', { name: 'a', search: [{ names: ['a'] }] });
      new CrossClusterApiKey(k1, 'K2', { name: 'b', search: [{ names: ['b'] }], providerType: KeyProviderType.ECCX });
    });
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining("[test] provider: test/K1/K2 uses the stack's default eccx provider")]));
  });
  test('reports keys nested in other constructs', () => {
    const { errors } = synthStack((stack) => {
      const team = new Construct(stack, 'Team');
      new CrossClusterApiKey(team, 'K1', { name: 'a', search: [{ names: ['a'] }], providerType: KeyProviderType.ECCX });
    });
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining("[test] provider: test/Team/K1 uses the stack's default eccx provider")]));
  });
  test('keys on a missing default provider are listed once per type, three by name', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    for (let i = 0; i < 5; i++) new CrossClusterApiKey(stack, `K${i}`, { name: 'x', search: [{ names: ['a'] }] });
    new CrossClusterApiKey(stack, 'E', { name: 'x', providerType: KeyProviderType.ECCX, search: [{ names: ['a'] }] });
    const errors = errorsOf(stack).join('\n');
    expect(errors).toContain("provider: test/K0, test/K1, test/K2 and 2 more use the stack's default elasticstack provider, but the stack has no elasticstack provider construct.");
    expect(errors).toContain("provider: test/E uses the stack's default eccx provider, but the stack has no eccx provider construct.");
  });
});
