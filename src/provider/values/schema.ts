import { CtyType } from './types';

/**
 * A resource or provider schema, in the shape of terraform-plugin-framework's schemas: attributes
 * (optionally with nested attributes) and nested blocks. `impliedType` gives the object type that
 * Terraform uses for the values of a schema.
 */
export interface Schema {
  /** Schema version; raise it when the state's shape changes (see `upgradeState`). Default 0. */
  readonly version?: number;
  readonly description?: string;
  readonly attributes: { readonly [name: string]: Attribute };
  readonly blocks?: { readonly [name: string]: Block };
  readonly deprecated?: boolean;
}

export interface Attribute {
  /** The attribute's type; give either this or `nested`. */
  readonly type?: CtyType;
  /** Nested attributes (framework's SingleNestedAttribute, ListNestedAttribute, ...). */
  readonly nested?: NestedAttributes;
  readonly description?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  /** Set by the provider (when also optional: set by the provider if the configuration leaves it null). */
  readonly computed?: boolean;
  /** Terraform hides the value in plan output (it still travels and is stored in plain text). */
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly deprecationMessage?: string;
  readonly writeOnly?: boolean;
  /** A change of this attribute replaces the resource (framework's `RequiresReplace` plan modifier). */
  readonly requiresReplace?: boolean;
  /**
   * For a computed attribute: an update keeps the prior value instead of planning it unknown
   * (framework's `UseStateForUnknown` plan modifier). Use it for ids.
   */
  readonly useStateForUnknown?: boolean;
}

export interface NestedAttributes {
  readonly nesting: 'single' | 'list' | 'set' | 'map';
  readonly attributes: { readonly [name: string]: Attribute };
}

export interface Block {
  readonly nesting: 'single' | 'group' | 'list' | 'set' | 'map';
  readonly attributes: { readonly [name: string]: Attribute };
  readonly blocks?: { readonly [name: string]: Block };
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly description?: string;
  readonly deprecated?: boolean;
}

/** The cty type of an attribute. */
export function attributeType(a: Attribute): CtyType {
  if (a.nested) return nestedType(a.nested.nesting, objectOf(a.nested.attributes));
  if (!a.type) throw new TypeError('an attribute needs a type or nested attributes');
  return a.type;
}

function nestedType(nesting: NestedAttributes['nesting'] | Block['nesting'], obj: CtyType): CtyType {
  switch (nesting) {
    case 'single': case 'group': return obj;
    case 'list': return { list: obj };
    case 'set': return { set: obj };
    case 'map': return { map: obj };
  }
}

function objectOf(attributes: { readonly [name: string]: Attribute }, blocks?: { readonly [name: string]: Block }): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(attributes)) attrs[name] = attributeType(a);
  for (const [name, b] of Object.entries(blocks ?? {})) attrs[name] = blockType(b);
  return { object: attrs };
}

export function blockType(b: Block): CtyType {
  return nestedType(b.nesting, objectOf(b.attributes, b.blocks));
}

/** The object type of all values (config, plan, state) of a schema. */
export function impliedType(s: Schema): CtyType {
  return objectOf(s.attributes, s.blocks);
}

/** Checks a schema for mistakes a provider author can make; returns messages. */
export function checkSchema(s: Schema, where: string): string[] {
  const problems: string[] = [];
  const visit = (attrs: { readonly [name: string]: Attribute }, prefix: string): void => {
    for (const [name, a] of Object.entries(attrs)) {
      const at = `${where}: ${prefix}${name}`;
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) problems.push(`${at}: attribute names are lower case letters, digits and _`);
      if (!a.type && !a.nested) problems.push(`${at}: needs a type or nested attributes`);
      if (a.type && a.nested) problems.push(`${at}: give a type or nested attributes, not both`);
      if (!a.required && !a.optional && !a.computed) problems.push(`${at}: must be required, optional or computed`);
      if (a.required && (a.optional || a.computed)) problems.push(`${at}: required excludes optional and computed`);
      if (a.nested) visit(a.nested.attributes, `${prefix}${name}.`);
    }
  };
  visit(s.attributes, '');
  return problems;
}
