import { DefaultTokenResolver, StringConcat, TerraformLocal, TerraformOutput, TerraformStack, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { SecretReference } from './secret-reference';
import { stackCheck } from './stack-check';

/** A key's secret as the check knows it: the reference and what to call it in messages. */
interface RegisteredSecret {
  readonly reference: SecretReference;
  /** How the user reads it, e.g. `key.encoded of app/keys/Key`. */
  readonly description: string;
}

/**
 * Registers a key's secret (`encoded`, `api_key`) for the unmarked-output check of the key's
 * stack, and adds that check to the stack the first time.
 *
 * Terraform refuses an output that reads a sensitive value without `sensitive = true` ("Output
 * refers to sensitive values"), but only at plan time. The check fails synth instead: at validation
 * (after cdktf has prepared every stack, so every use of the secret has been resolved), it reads
 * every output of the app that is not `sensitive: true`, resolves its value in its own stack and
 * looks for what the secret resolved to in that stack (`${<key>.encoded}` in the key's stack,
 * `sensitive(<cross-stack reference>)` elsewhere; see {@link SecretReference}). The secret may
 * be anywhere in the value: alone, inside a string (`prefix-${key.encoded}`), a function call, a
 * list or a map, or in a `TerraformLocal` that the output reads (locals are followed through other
 * locals).
 *
 * One check per stack that holds keys; it looks at the outputs of every stack of the app, for the
 * secrets of its own stack's keys, so a use in another stack is reported once.
 */
export function registerSecretForOutputCheck(key: IConstruct, reference: SecretReference, description: string): void {
  addSecret(key, { reference, description });
}

const addSecret = stackCheck(unmarkedOutputs);

/** One message per unmarked output of the app that reads one of `secrets`. */
function unmarkedOutputs(keyStack: TerraformStack, secrets: readonly RegisteredSecret[]): string[] {
  const messages: string[] = [];
  const expressions = new Map<TerraformStack, SecretExpression[]>();
  for (const output of keyStack.node.root.node.findAll()) {
    if (!TerraformOutput.isTerraformOutput(output) || output.sensitive === true) continue;
    const stack = TerraformStack.of(output);
    if (!expressions.has(stack)) expressions.set(stack, secretExpressionsIn(stack, secrets));
    const text = resolvedText(output, output.value);
    const read = expressions.get(stack)!.filter((e) => mentions(text, e.expression)).map((e) => (e.via.length > 0 ? `${e.description} (through ${e.via.join(', ')})` : e.description));
    if (read.length === 0) continue;
    messages.push(
      `output ${output.node.path} reads the secret ${[...new Set(read)].join(', ')} but is not sensitive; Terraform would refuse it at plan ("Output refers to sensitive values"). ` +
        `Fix: add sensitive: true to the TerraformOutput (new TerraformOutput(scope, '${output.node.id}', { value, sensitive: true })), or output the key id (key.keyId) instead`,
    );
  }
  return messages;
}

/** A Terraform expression that evaluates to a secret in one stack, and how messages name the secret. */
interface SecretExpression {
  readonly expression: string;
  readonly description: string;
  /** The locals it passes through, outermost last. */
  readonly via: readonly string[];
}

/**
 * The expressions that carry one of `secrets` in `stack`: the secret's own reference there, and
 * every local (`local.<name>`) whose expression holds one of them, followed through other locals.
 */
function secretExpressionsIn(stack: TerraformStack, secrets: readonly RegisteredSecret[]): SecretExpression[] {
  const found: SecretExpression[] = [];
  for (const s of secrets) {
    const expression = s.reference.expressionIn(stack);
    if (expression !== undefined) found.push({ expression, description: s.description, via: [] });
  }
  const locals = stack.node.findAll().filter((c): c is TerraformLocal => c instanceof TerraformLocal);
  let added = found.length > 0;
  while (added) {
    added = false;
    for (const local of locals) {
      const name = resolvedText(local, local.asString).replace(/^"\$\{(.*)\}"$/, '$1');
      if (found.some((f) => f.expression === name)) continue;
      const text = resolvedText(local, local.toTerraform()); // its expression (the `expression` getter is a reference)
      const via = found.filter((f) => mentions(text, f.expression));
      if (via.length === 0) continue;
      found.push({ expression: name, description: via[0].description, via: [...via[0].via, name] });
      added = true;
    }
  }
  return found;
}

/** `value` resolved in the stack of `scope`, as JSON text. */
function resolvedText(scope: IConstruct, value: unknown): string {
  return JSON.stringify(Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()) }));
}

/** Whether `text` holds `expression` as a whole reference (`local.a` is not in `local.ab`). */
function mentions(text: string, expression: string): boolean {
  for (let at = text.indexOf(expression); at >= 0; at = text.indexOf(expression, at + 1)) {
    if (!/[\w-]/.test(text.charAt(at + expression.length))) return true;
  }
  return false;
}
