/**
 * Reading a stack's synthesized Terraform JSON, for the testing helpers. Not exported from the
 * package: the helpers take the JSON text that `Testing.synth(stack)` returns (or a stack's
 * `cdk.tf.json`) and use these to find their way in it.
 */

/** Terraform resource types of a cross-cluster API key, by provider. */
export const ELASTICSTACK_KEY_TYPE = 'elasticstack_elasticsearch_security_api_key';
export const ECCX_KEY_TYPE = 'eccx_cross_cluster_api_key';
export const KEY_TYPES: readonly string[] = [ELASTICSTACK_KEY_TYPE, ECCX_KEY_TYPE];

/** A parsed stack document (`resource`, `output`, `variable`, `locals`, `moved`, ...). */
export type StackDocument = Record<string, any>;

/**
 * Parses synthesized JSON. `what` names the argument in the error, e.g. `before`.
 * @throws when the text is not a JSON object
 */
export function parseStack(text: string, what: string): StackDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`${what}: is not JSON (${(e as Error).message}). Fix: pass the text that Testing.synth(stack) returns, or the content of a stack's cdk.tf.json`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new Error(`${what}: is JSON but not a stack document (an object with "resource", "output", ...). Fix: pass the text that Testing.synth(stack) returns`);
  }
  return doc as StackDocument;
}

/** The key resource blocks of a document, by Terraform address (`<type>.<name>`). */
export function keyBlocks(doc: StackDocument): Map<string, Record<string, any>> {
  const blocks = new Map<string, Record<string, any>>();
  for (const type of KEY_TYPES) {
    for (const [name, block] of Object.entries(doc.resource?.[type] ?? {})) blocks.set(`${type}.${name}`, block as Record<string, any>);
  }
  return blocks;
}

/**
 * The Terraform expressions (the text inside each `${ ... }`) in a value, at any depth: Terraform
 * JSON evaluates only these, the rest of a string is literal text.
 */
export function expressionsIn(value: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') out.push(...templateExpressions(v));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return out;
}

/** The `${ ... }` interpolations of one string, braces inside them balanced; `$${` is a literal. */
function templateExpressions(text: string): string[] {
  const out: string[] = [];
  let i = text.indexOf('${');
  while (i >= 0) {
    if (i > 0 && text[i - 1] === '$') {
      i = text.indexOf('${', i + 2);
      continue;
    }
    let depth = 1;
    let j = i + 2;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    out.push(text.slice(i + 2, depth === 0 ? j - 1 : j));
    i = text.indexOf('${', j);
  }
  return out;
}
