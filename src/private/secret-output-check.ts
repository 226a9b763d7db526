import { DefaultTokenResolver, StringConcat, TerraformOutput, TerraformStack, Tokenization } from 'cdktf';
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
 * list or a map. A secret that passes through a `TerraformLocal` is not followed (Terraform still
 * refuses it at plan; `testing.SecretOutputs.findUnmarked` finds it in unit tests).
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
  for (const output of keyStack.node.root.node.findAll()) {
    if (!TerraformOutput.isTerraformOutput(output) || output.sensitive === true) continue;
    const stack = TerraformStack.of(output);
    const used = secrets.map((s) => ({ s, expression: s.reference.expressionIn(stack) })).filter((u) => u.expression !== undefined);
    if (used.length === 0) continue;
    const text = JSON.stringify(Tokenization.resolve(output.value, { scope: output, resolver: new DefaultTokenResolver(new StringConcat()) }));
    const read = used.filter((u) => text.includes(u.expression!)).map((u) => u.s.description);
    if (read.length === 0) continue;
    messages.push(
      `output ${output.node.path} reads the secret ${read.join(', ')} but is not sensitive; Terraform would refuse it at plan ("Output refers to sensitive values"). ` +
        `Fix: add sensitive: true to the TerraformOutput (new TerraformOutput(scope, '${output.node.id}', { value, sensitive: true })), or output the key id (key.keyId) instead`,
    );
  }
  return messages;
}
