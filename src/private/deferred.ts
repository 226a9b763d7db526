import { IResolvable, IResolveContext, Token } from 'cdktf';

/**
 * A value produced at synth time, like `Lazy.anyValue({ produce })`, without the full JavaScript
 * stack trace that every `Lazy` captures (and formats) when it is created. With one per key, that
 * capture was a measurable share of synth time and memory for large stacks (see BENCHMARKS.md).
 *
 * `creationStack` names the construct that created the value instead, which is what a resolution
 * error needs to point the reader at.
 */
export class Deferred implements IResolvable {
  constructor(
    private readonly produce: (context: IResolveContext) => unknown,
    private readonly describe: () => string,
  ) {}

  public get creationStack(): string[] {
    return [this.describe()];
  }

  public resolve(context: IResolveContext): unknown {
    return this.produce(context);
  }

  public toString(): string {
    return Token.asString(this);
  }

  /** Like `Lazy`: a deferred value is not JSON until it is resolved. */
  public toJSON(): string {
    return '<unresolved-lazy>';
  }
}
