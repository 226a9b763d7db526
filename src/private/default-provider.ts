import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { formatProblem } from '../rules';
import { hasOwnConnection, hasElasticsearchBlock, noBlockProblem } from './elasticsearch-block';

/** A construct whose resource uses the stack's default (unaliased) provider of a type. */
export interface DefaultProviderUser {
  /** The key or connection, named in messages. */
  readonly construct: IConstruct;
  /** Its resource. */
  readonly resource: TerraformResource;
  /** The provider type it needs: `elasticstack` or `eccx`. */
  readonly providerType: string;
}

/** Per stack, the constructs that rely on its default providers, in construction order. */
const USERS = new WeakMap<TerraformStack, DefaultProviderUser[]>();

/**
 * Records that `user` relies on its stack's default provider. The first user of a stack adds one
 * validation to the stack, which looks at the stack's provider constructs once per synth:
 * - a provider type without any provider construct: cdktf reports it too, but suggests
 *   `new RandomProvider(...)`; this names the constructs and the class to add;
 * - a default elasticstack provider without an `elasticsearch` block (see `elasticsearch-block.ts`).
 */
export function useDefaultProvider(user: DefaultProviderUser): void {
  const stack = TerraformStack.of(user.construct);
  const users = USERS.get(stack);
  if (users) {
    users.push(user);
    return;
  }
  USERS.set(stack, [user]);
  stack.node.addValidation({ validate: () => checkDefaultProviders(stack) });
}

function checkDefaultProviders(stack: TerraformStack): string[] {
  const providers = stack.node.findAll().filter((c): c is TerraformProvider => TerraformProvider.isTerraformProvider(c));
  const byType = new Map<string, DefaultProviderUser[]>();
  for (const user of USERS.get(stack) ?? []) byType.set(user.providerType, [...(byType.get(user.providerType) ?? []), user]);
  const errors: string[] = [];
  for (const [type, users] of byType) {
    const ofType = providers.filter((p) => p.terraformResourceType === type);
    if (ofType.length === 0) {
      errors.push(missingProviderError(type, users));
      continue;
    }
    const defaultProvider = ofType.find((p) => p.alias === undefined);
    if (type !== 'elasticstack' || defaultProvider === undefined || hasElasticsearchBlock(defaultProvider)) continue;
    const unconfigured = users.filter((u) => !hasOwnConnection(u.resource));
    if (unconfigured.length > 0) errors.push(formatProblem(noBlockProblem(defaultProvider, `${listed(unconfigured)} ${unconfigured.length === 1 ? 'sets' : 'set'}`)));
  }
  return errors;
}

function missingProviderError(type: string, users: DefaultProviderUser[]): string {
  const cls = type === 'eccx' ? 'eccx.provider.EccxProvider' : 'elasticstack.provider.ElasticstackProvider';
  return `provider: ${listed(users)} ${users.length === 1 ? 'uses' : 'use'} the stack's default ${type} provider, but the stack has no ${type} provider construct. Fix: add new ${cls}(stack, '${type}', { ... }) from 'cdktf-elastic-cross-cluster', or pass provider: to ${users.length === 1 ? 'it' : 'each of them'}`;
}

/** The first three construct paths, and how many more. */
function listed(users: DefaultProviderUser[]): string {
  return users.slice(0, 3).map((u) => u.construct.node.path).join(', ') + (users.length > 3 ? ` and ${users.length - 3} more` : '');
}
