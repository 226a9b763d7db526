import { IResolvable, IResolveContext, TerraformResource, TerraformStack, Token } from 'cdktf';

/**
 * A reference to a key resource's `encoded` attribute, like `resource.encoded`, but rendered only
 * at synth time. `resource.encoded` reads the resource's logical id when it is created, and cdktf
 * keeps it; a reference made in the key's constructor (for its `encoded` output) would silently
 * discard a later `key.resource.overrideLogicalId()`.
 *
 * In another stack (the output's value reused there) it resolves to `resource.encoded`, which
 * cdktf turns into a cross-stack reference.
 */
export class EncodedReference implements IResolvable {
  public readonly creationStack: string[] = [];
  /** `resource.encoded`, made once when first resolved in another stack (cdktf keeps its cross-stack state there). */
  private elsewhere?: string;

  constructor(private readonly resource: TerraformResource & { readonly encoded: string }) {}

  public resolve(context: IResolveContext): string {
    const resource = this.resource;
    if (TerraformStack.of(context.scope) !== resource.cdktfStack) return (this.elsewhere ??= resource.encoded);
    const identifier = `${resource.terraformResourceType}.${resource.friendlyUniqueId}${resource.forEach ? '.*' : ''}.encoded`;
    return context.suppressBraces ? identifier : `\${${identifier}}`;
  }

  public toString(): string {
    return Token.asString(this);
  }

  /** What cdktf's own tokens give `JSON.stringify` (this object holds the resource, a cycle). */
  public toJSON(): string {
    return '<unresolved-token>';
  }
}
