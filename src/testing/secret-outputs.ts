import { expressionsIn, KEY_TYPES, parseStack, StackDocument } from './synthesized';
import { SECRET_ATTRIBUTES } from '../private/secret-reference';

/** An output that reads a secret but is not marked `sensitive = true`. */
export interface UnmarkedSecretOutput {
  /** The output's name in the synthesized JSON (its logical id), e.g. `encoded`. */
  readonly output: string;
  /**
   * The secret references it reads, in the order found, e.g.
   * `elasticstack_elasticsearch_security_api_key.Key_961B73FD.encoded` or `var.remote_password`
   * (a local that reads a secret is named as `local.<name>`).
   */
  readonly secrets: string[];
}

/** The sensitive attributes of both providers' key resources (their provider schemas mark these). */
const SENSITIVE_KEY_ATTRIBUTES: ReadonlySet<string> = new Set(SECRET_ATTRIBUTES);

/**
 * Answers "is every output that carries a secret marked sensitive?" for a synthesized stack.
 *
 * Terraform masks a sensitive value in plans and CLI output only while everything that passes it on
 * is sensitive too; an output that reads `encoded` without `sensitive = true` is rejected by
 * `terraform plan` ("Output refers to sensitive values"), long after `cdktf synth` succeeded. This
 * finds such outputs in the synthesized JSON, so that a unit test fails first.
 *
 * See https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output.
 */
export class SecretOutputs {
  /**
   * The outputs that read a secret and are not `sensitive: true`, sorted by output name; empty when
   * every such output is marked.
   *
   * A secret is: the `encoded` or `api_key` attribute of a cross-cluster API key resource
   * (`elasticstack_elasticsearch_security_api_key`, `eccx_cross_cluster_api_key`) or the whole
   * resource; a variable declared `sensitive: true`; and a local whose value reads one of these
   * (followed through other locals). Only `${ ... }` expressions are read, as Terraform does. A
   * reference wrapped in `nonsensitive(...)` still counts: mark the output, or test for it yourself.
   *
   * @param synthesized the stack's synthesized JSON: what `Testing.synth(stack)` returns, or the
   *   content of `cdktf.out/stacks/<stack>/cdk.tf.json`
   * @throws when `synthesized` is not a JSON object
   */
  public static findUnmarked(synthesized: string): UnmarkedSecretOutput[] {
    const doc = parseStack(synthesized, 'synthesized');
    const secretsOf = secretReader(doc);
    const found: UnmarkedSecretOutput[] = [];
    for (const name of Object.keys(doc.output ?? {}).sort()) {
      const output = doc.output[name] ?? {};
      if (output.sensitive === true) continue;
      const secrets = secretsOf(output.value);
      if (secrets.length > 0) found.push({ output: name, secrets });
    }
    return found;
  }
}

/** Returns a function listing the secret references a value reads (without repeats). */
function secretReader(doc: StackDocument): (value: unknown) => string[] {
  const variables: Record<string, any> = doc.variable ?? {};
  const locals: Record<string, unknown> = Object.assign({}, ...[doc.locals ?? []].flat());
  const localIsSecret = new Map<string, boolean>();
  const keyRef = new RegExp(`(?<![\\w.-])(${KEY_TYPES.join('|')})\\.([A-Za-z_][\\w-]*)((?:\\[[^\\]]*\\]|\\.\\*)*)(?:\\.([A-Za-z_][\\w-]*))?`, 'g');
  const namedRef = /(?<![\w.-])(var|local)\.([A-Za-z_][\w-]*)/g;

  const read = (value: unknown, visiting: Set<string>): string[] => {
    const secrets: string[] = [];
    for (const expression of expressionsIn(value)) {
      for (const m of expression.matchAll(keyRef)) {
        const attribute = m[4];
        if (attribute === undefined || SENSITIVE_KEY_ATTRIBUTES.has(attribute)) secrets.push(m[0]);
      }
      for (const m of expression.matchAll(namedRef)) {
        const [ref, kind, name] = m;
        if (kind === 'var' ? variables[name]?.sensitive === true : localReadsSecret(name, visiting)) secrets.push(ref);
      }
    }
    return [...new Set(secrets)];
  };

  const localReadsSecret = (name: string, visiting: Set<string>): boolean => {
    const known = localIsSecret.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name) || !(name in locals)) return false; // a cycle, which Terraform rejects anyway
    const secret = read(locals[name], new Set([...visiting, name])).length > 0;
    localIsSecret.set(name, secret);
    return secret;
  };

  return (value) => read(value, new Set());
}
