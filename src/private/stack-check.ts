import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * A check over items collected per stack: returns the function that adds an item for a
 * construct's stack. The first item of a stack adds one validation to the stack, which runs `check`
 * once per synth over all of that stack's items, so that many constructs cost one check, not one
 * each. `check` returns error messages (cdktf prefixes them with the stack's path).
 */
export function stackCheck<T>(check: (stack: TerraformStack, items: readonly T[]) => string[]): (construct: IConstruct, item: T) => void {
  const lists = new WeakMap<TerraformStack, T[]>();
  return (construct, item) => {
    const stack = TerraformStack.of(construct);
    let items = lists.get(stack);
    if (items === undefined) {
      const list: T[] = [];
      lists.set(stack, (items = list));
      stack.node.addValidation({ validate: () => check(stack, list) });
    }
    items.push(item);
  };
}
