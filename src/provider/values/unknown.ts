/**
 * An unknown value ("known after apply"). Terraform sends plain unknowns as msgpack extension 0
 * (`d4 00 00`) and refined unknowns (for example "not null", a string prefix) as extension 12 with a
 * msgpack map as payload. The extension is kept byte for byte so that a value passed back to
 * Terraform keeps its refinements.
 */
export class Unknown {
  /** A plain unknown value without refinements. */
  public static readonly plain = new Unknown(0, new Uint8Array([0]));

  /**
   * @param extType msgpack extension type code (0 for a plain unknown, 12 with refinements)
   * @param payload the extension's payload, kept unchanged
   */
  public constructor(public readonly extType: number, public readonly payload: Uint8Array) {
    Object.freeze(this);
  }

  /** True when this unknown carries refinements (extension 12 with a non-empty payload). */
  public get refined(): boolean {
    return this.payload.length > 1;
  }

  public equals(other: unknown): boolean {
    return other instanceof Unknown && other.extType === this.extType
      && Buffer.compare(Buffer.from(other.payload), Buffer.from(this.payload)) === 0;
  }

  public toString(): string {
    return '(known after apply)';
  }
}

/** A plain unknown value, for a planned attribute whose value the provider learns at apply. */
export function unknown(): Unknown {
  return Unknown.plain;
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}
