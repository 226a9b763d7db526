import type { AttributePathMsg, DiagnosticMsg, SchemaAttributeMsg, SchemaBlockMsg, SchemaMsg } from '../protocol/messages';
import {
  Attribute, AttributePath, Block, Diagnostic, Schema, ValueError, typeToJsonBytes,
} from '../values';

/** Schema (values room) → tfplugin6.Schema message. */
export function schemaToProto(s: Schema): SchemaMsg {
  return { version: s.version ?? 0, block: blockToProto(s.attributes, s.blocks, s.description, s.deprecated) };
}

function blockToProto(
  attributes: { readonly [name: string]: Attribute },
  blocks: { readonly [name: string]: Block } | undefined,
  description?: string,
  deprecated?: boolean,
): SchemaBlockMsg {
  return {
    attributes: Object.keys(attributes).sort().map((name) => attributeToProto(name, attributes[name])),
    block_types: Object.keys(blocks ?? {}).sort().map((name) => {
      const b = blocks![name];
      return {
        type_name: name,
        block: blockToProto(b.attributes, b.blocks, b.description, b.deprecated),
        nesting: b.nesting.toUpperCase() as 'SINGLE' | 'LIST' | 'SET' | 'MAP' | 'GROUP',
        min_items: b.minItems ?? 0,
        max_items: b.maxItems ?? 0,
      };
    }),
    description: description ?? '',
    description_kind: 'MARKDOWN',
    deprecated: deprecated ?? false,
  };
}

function attributeToProto(name: string, a: Attribute): SchemaAttributeMsg {
  const msg: SchemaAttributeMsg = {
    name,
    description: a.description ?? '',
    description_kind: 'MARKDOWN',
    required: !!a.required,
    optional: !!a.optional,
    computed: !!a.computed,
    sensitive: !!a.sensitive,
    deprecated: !!a.deprecated,
    write_only: !!a.writeOnly,
    deprecation_message: a.deprecationMessage ?? '',
  };
  if (a.nested) {
    msg.nested_type = {
      nesting: a.nested.nesting.toUpperCase() as 'SINGLE' | 'LIST' | 'SET' | 'MAP',
      attributes: Object.keys(a.nested.attributes).sort().map((n) => attributeToProto(n, a.nested!.attributes[n])),
    };
  } else if (a.type) {
    msg.type = typeToJsonBytes(a.type);
  }
  return msg;
}

export function pathToProto(path: AttributePath): AttributePathMsg {
  return {
    steps: path.map((s) => ('attribute' in s ? { attribute_name: s.attribute }
      : 'key' in s ? { element_key_string: s.key } : { element_key_int: s.index })),
  };
}

export function pathFromProto(msg: AttributePathMsg | undefined): AttributePath {
  return (msg?.steps ?? []).map((s) => (s.attribute_name !== undefined ? { attribute: s.attribute_name }
    : s.element_key_string !== undefined ? { key: s.element_key_string } : { index: Number(s.element_key_int ?? 0) }));
}

export function diagnosticToProto(d: Diagnostic): DiagnosticMsg {
  const msg: DiagnosticMsg = { severity: d.severity === 'warning' ? 'WARNING' : 'ERROR', summary: d.summary };
  if (d.detail) msg.detail = d.detail;
  if (d.path && d.path.length > 0) msg.attribute = pathToProto(d.path);
  return msg;
}

/** A codec error (a value that does not fit its type) as a diagnostic pointing at the attribute. */
export function valueErrorDiagnostic(summary: string, err: ValueError): Diagnostic {
  return {
    severity: 'error',
    summary,
    detail: err.message,
    path: err.steps.map((s) => (typeof s === 'number' ? { index: s } : { attribute: s })),
  };
}
