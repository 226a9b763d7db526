import { Fn, IResolvable, IResolveContext, TerraformResource, TerraformStack, Token } from 'cdktf';

/** The secret attributes of both key resources (sensitive in both providers' schemas). */
export const SECRET_ATTRIBUTES = ['encoded', 'api_key'] as const;

/** One of {@link SECRET_ATTRIBUTES}. */
export type SecretAttribute = (typeof SECRET_ATTRIBUTES)[number];

/**
 * A reference to a secret attribute of a key resource (`encoded` or `api_key`), rendered only at
 * synth time, and sensitive wherever it is used.
 *
 * - In the key's own stack it resolves to `${<type>.<id>.<attribute>}`. It is made at synth, not
 *   when the key is constructed, so a later `key.resource.overrideLogicalId()` is honoured (a
 *   `resource.encoded` reference fixes the logical id when it is made).
 * - In another stack it resolves to `${sensitive(<cross-stack reference>)}`. cdktf turns a reference
 *   into another stack into a `sensitive` output of the key's stack and a `terraform_remote_state`
 *   data source in this one; the data source's outputs are not sensitive in the consumer, so
 *   Terraform's `sensitive()` marks the value again (plans, outputs and the deploy summary then
 *   show `(sensitive value)`).
 *
 * {@link expressionIn} gives what the reference resolves to in a stack: the check of unmarked
 * outputs (`secret-output-check.ts`) looks for exactly that text.
 */
export class SecretReference implements IResolvable {
  public readonly creationStack: string[] = [];
  /** The expression (without `${}`) this reference resolved to, per other stack it was used in. */
  private readonly elsewhereExpressions = new Map<TerraformStack, string>();
  /** The cross-stack form, made once (cdktf keeps its cross-stack state on the reference). */
  private elsewhere?: unknown;

  constructor(private readonly resource: TerraformResource, public readonly attribute: SecretAttribute) {}

  public resolve(context: IResolveContext): string {
    const resource = this.resource;
    const stack = TerraformStack.of(context.scope);
    if (stack !== resource.cdktfStack) {
      this.elsewhere ??= Fn.sensitive(resource.getStringAttribute(this.attribute));
      const resolved = context.resolve(this.elsewhere) as string;
      this.elsewhereExpressions.set(stack, unwrap(resolved));
      return resolved;
    }
    const identifier = this.identifier();
    return context.suppressBraces ? identifier : `\${${identifier}}`;
  }

  /**
   * The expression (without `${}`) this reference gives in `stack`: the attribute's address in the
   * key's stack; in another stack, what it resolved to there (cdktf resolves every stack before
   * validating any, in `app.synth()`), or undefined when it was not used there.
   */
  public expressionIn(stack: TerraformStack): string | undefined {
    return stack === this.resource.cdktfStack ? this.identifier() : this.elsewhereExpressions.get(stack);
  }

  private identifier(): string {
    const resource = this.resource;
    return `${resource.terraformResourceType}.${resource.friendlyUniqueId}${resource.forEach ? '.*' : ''}.${this.attribute}`;
  }

  public toString(): string {
    return Token.asString(this);
  }

  /** What cdktf's own tokens give `JSON.stringify` (this object holds the resource, a cycle). */
  public toJSON(): string {
    return '<unresolved-token>';
  }
}

/** `${expr}` -> `expr`; other text as it is. */
function unwrap(text: string): string {
  return text.startsWith('${') && text.endsWith('}') ? text.slice(2, -1) : text;
}
