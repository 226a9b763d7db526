/**
 * Checks a synthesized stack (`cdk.tf.json`, or what `Testing.synth` returns) against a provider
 * schema (`terraform providers schema -json`, e.g. the committed `schema/elasticstack.json`), the
 * way `terraform validate` checks configuration against the provider:
 *
 * - unknown attributes and blocks, missing required attributes and blocks;
 * - computed-only attributes that are set;
 * - value types: string, number, bool, list, set, map, object, tuple, dynamic, nested attributes
 *   (nesting single/list/set/map) versus nested blocks (single/list/set/map/group, min/max items);
 * - Terraform's own conversions are accepted: numbers and bools where strings are expected,
 *   strings that parse as a number or bool where those are expected;
 * - tokens: a string that is one `${...}` interpolation may stand for a value of any type, also a
 *   whole block list; a string template (text around `${...}`) for any primitive;
 * - meta-arguments (count, for_each, depends_on, provider, lifecycle, provisioner, connection,
 *   `//`) and `dynamic` blocks (their `content` is checked, counts are not).
 *
 * Only the provider's own objects are checked: resources, data sources and ephemeral resources
 * whose type starts with `<provider>_`, and `provider.<provider>` blocks.
 */

import * as fs from 'fs';
import { join } from 'path';

/** What went wrong, in Terraform's categories. */
export type ProblemKind =
  | 'invalid-document'
  | 'unknown-type'
  | 'unknown-attribute'
  | 'unknown-block'
  | 'missing-required'
  | 'computed-only'
  | 'wrong-type'
  | 'block-count';

/** One mismatch between the stack and the schema. */
export interface Problem {
  readonly kind: ProblemKind;
  /** resource address: `elasticstack_elasticsearch_security_api_key.Key_1A2B`, `data.<type>.<name>`, `provider.elasticstack[0]` */
  readonly address: string;
  /** attribute path inside it, e.g. `access.search[0].names`; empty for the object itself */
  readonly path: string;
  /** `address.path`, e.g. `elasticstack_elasticsearch_security_api_key.Key_1A2B.access.search[0].names` */
  readonly where: string;
  readonly message: string;
}

export interface ConformanceOptions {
  /**
   * Provider local name whose objects are checked.
   * @default the provider in the schema named `elasticstack`, or the only provider in it
   */
  readonly provider?: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

interface Attr {
  type?: unknown;
  nested_type?: NestedType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}
interface NestedType {
  attributes?: Record<string, Attr>;
  nesting_mode: string;
}
interface Block {
  attributes?: Record<string, Attr>;
  block_types?: Record<string, BlockType>;
}
interface BlockType {
  nesting_mode: string;
  block: Block;
  min_items?: number;
  max_items?: number;
}
interface ProviderEntry {
  provider?: { block: Block };
  resource_schemas?: Record<string, { block: Block }>;
  data_source_schemas?: Record<string, { block: Block }>;
  ephemeral_resource_schemas?: Record<string, { block: Block }>;
}

const RESOURCE_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection', '//']);
const DATA_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', '//']);
const EPHEMERAL_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', '//']);
const PROVIDER_META = new Set(['alias', 'version', '//']);

/** A string that is exactly one `${...}` interpolation: may stand for a value of any type. */
export function isWholeToken(v: unknown): v is string {
  return typeof v === 'string' && /^\$\{[\s\S]*\}$/.test(v);
}

/** A string with an interpolation somewhere: its value is only known at plan time. */
function hasToken(v: unknown): v is string {
  return typeof v === 'string' && v.includes('${');
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 60 ? v.slice(0, 57) + '...' : v)}`;
  return `the ${typeof v} ${JSON.stringify(v)}`;
}

function typeName(t: unknown): string {
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) {
    const [k, e] = t;
    if (k === 'list' || k === 'set' || k === 'map') return `${k}(${typeName(e)})`;
    if (k === 'object') return `object({${Object.entries(e as Record<string, unknown>).map(([n, x]) => `${n}=${typeName(x)}`).join(', ')}})`;
    if (k === 'tuple') return `tuple([${(e as unknown[]).map(typeName).join(', ')}])`;
  }
  return JSON.stringify(t);
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function child(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
function index(path: string, i: number): string {
  return `${path}[${i}]`;
}
function mapKey(path: string, key: string): string {
  return IDENT.test(key) ? `${path}["${key}"]` : `${path}[${JSON.stringify(key)}]`;
}

class Checker {
  readonly problems: Problem[] = [];
  private address = '';

  at(address: string): this {
    this.address = address;
    return this;
  }

  report(kind: ProblemKind, path: string, message: string): void {
    const where = path ? `${this.address}.${path}` : this.address;
    this.problems.push({ kind, address: this.address, path, where, message });
  }

  /** A block body: attributes, nested blocks, `dynamic`, and (at the top) meta-arguments. */
  block(body: unknown, block: Block, path: string, meta: ReadonlySet<string> | undefined, what: string): void {
    if (isWholeToken(body)) return;
    if (!isObject(body)) {
      this.report('wrong-type', path, `${what} must be an object (a block body), got ${describe(body)}`);
      return;
    }
    const attrs = block.attributes ?? {};
    const blocks = block.block_types ?? {};
    const dynamicNames = new Set<string>();
    for (const [key, value] of Object.entries(body)) {
      if (meta?.has(key)) continue;
      if (key === 'dynamic') {
        this.dynamic(value, block, path, dynamicNames);
        continue;
      }
      const p = child(path, key);
      if (key in attrs) {
        this.attribute(value, attrs[key], p, key);
      } else if (key in blocks) {
        this.nestedBlock(value, blocks[key], p, key);
      } else {
        const looksLikeBlock = isObject(value) || (Array.isArray(value) && value.length > 0 && value.every(isObject));
        this.report(
          looksLikeBlock ? 'unknown-block' : 'unknown-attribute',
          p,
          `${what} has no ${looksLikeBlock ? 'block type' : 'argument'} named "${key}"${suggest(key, [...Object.keys(attrs), ...Object.keys(blocks)])}`,
        );
      }
    }
    for (const [name, a] of Object.entries(attrs)) {
      if (a.required && (body[name] === undefined || body[name] === null)) {
        this.report('missing-required', child(path, name), `the argument "${name}" is required, but no definition was found`);
      }
    }
    for (const [name, bt] of Object.entries(blocks)) {
      if ((bt.min_items ?? 0) > 0 && (body[name] === undefined || body[name] === null) && !dynamicNames.has(name)) {
        this.report('missing-required', child(path, name), `at least ${bt.min_items} "${name}" block${bt.min_items === 1 ? ' is' : 's are'} required`);
      }
    }
  }

  private dynamic(value: unknown, block: Block, path: string, seen: Set<string>): void {
    const p = child(path, 'dynamic');
    if (!isObject(value)) {
      this.report('wrong-type', p, `"dynamic" must be an object of block type names, got ${describe(value)}`);
      return;
    }
    for (const [name, spec] of Object.entries(value)) {
      const dp = child(p, name);
      const bt = block.block_types?.[name];
      if (!bt) {
        const isAttr = block.attributes && name in block.attributes;
        this.report(isAttr ? 'wrong-type' : 'unknown-block', dp, isAttr
          ? `"${name}" is an attribute, not a block: dynamic blocks cannot set it`
          : `no block type named "${name}"${suggest(name, Object.keys(block.block_types ?? {}))}`);
        continue;
      }
      seen.add(name);
      const specs = Array.isArray(spec) ? spec : [spec];
      specs.forEach((s, i) => {
        const sp = Array.isArray(spec) ? index(dp, i) : dp;
        if (!isObject(s)) {
          this.report('wrong-type', sp, `a dynamic block needs an object with for_each and content, got ${describe(s)}`);
          return;
        }
        for (const k of Object.keys(s)) {
          if (!['for_each', 'iterator', 'labels', 'content'].includes(k)) {
            this.report('unknown-attribute', child(sp, k), `a dynamic block has no argument named "${k}"`);
          }
        }
        if (s.for_each === undefined) this.report('missing-required', child(sp, 'for_each'), 'a dynamic block needs for_each');
        if (s.content === undefined) {
          this.report('missing-required', child(sp, 'content'), 'a dynamic block needs content');
        } else {
          this.block(s.content, bt.block, child(sp, 'content'), undefined, `the "${name}" block`);
        }
      });
    }
  }

  private nestedBlock(value: unknown, bt: BlockType, path: string, name: string): void {
    if (value === null || isWholeToken(value)) return;
    const mode = bt.nesting_mode;
    if (mode === 'map') {
      if (!isObject(value)) {
        this.report('wrong-type', path, `the "${name}" blocks (nesting map) must be an object of labelled blocks, got ${describe(value)}`);
        return;
      }
      for (const [label, b] of Object.entries(value)) this.block(b, bt.block, mapKey(path, label), undefined, `the "${name}" block`);
      this.count(Object.keys(value).length, bt, path, name);
      return;
    }
    let items: unknown[];
    let single = false;
    if (Array.isArray(value)) {
      items = value;
    } else if (isObject(value)) {
      items = [value];
      single = true;
    } else {
      this.report('wrong-type', path, `"${name}" is a block (nesting ${mode}): give ${mode === 'single' || mode === 'group' ? 'an object' : 'a list of objects'}, got ${describe(value)}`);
      return;
    }
    items.forEach((item, i) => this.block(item, bt.block, single ? path : index(path, i), undefined, `the "${name}" block`));
    if (mode === 'single' || mode === 'group') {
      if (items.length > 1) this.report('block-count', path, `no more than 1 "${name}" block is allowed, got ${items.length}`);
    } else if (!items.some(isWholeToken)) {
      this.count(items.length, bt, path, name);
    }
  }

  private count(n: number, bt: BlockType, path: string, name: string): void {
    if (bt.min_items !== undefined && n < bt.min_items) {
      this.report('block-count', path, `at least ${bt.min_items} "${name}" block(s) required, got ${n}`);
    }
    if (bt.max_items !== undefined && bt.max_items > 0 && n > bt.max_items) {
      this.report('block-count', path, `no more than ${bt.max_items} "${name}" block(s) allowed, got ${n}`);
    }
  }

  attribute(value: unknown, a: Attr, path: string, name: string): void {
    if (a.computed && !a.optional && !a.required) {
      this.report('computed-only', path, `"${name}" is computed by the provider and cannot be set`);
      return;
    }
    if (value === null) return; // null means unset
    if (a.nested_type) {
      this.nested(value, a.nested_type, path, name);
    } else {
      this.value(value, a.type ?? 'dynamic', path);
    }
  }

  private nested(value: unknown, nt: NestedType, path: string, name: string): void {
    if (isWholeToken(value)) return;
    const attrs = nt.attributes ?? {};
    const one = (v: unknown, p: string) => {
      if (isWholeToken(v) || v === null) return;
      if (!isObject(v)) {
        this.report('wrong-type', p, `"${name}" is a nested attribute: each value must be an object, got ${describe(v)}`);
        return;
      }
      for (const [k, x] of Object.entries(v)) {
        if (k in attrs) this.attribute(x, attrs[k], child(p, k), k);
        else this.report('unknown-attribute', child(p, k), `"${name}" has no attribute named "${k}"${suggest(k, Object.keys(attrs))}`);
      }
      for (const [k, x] of Object.entries(attrs)) {
        if (x.required && (v[k] === undefined || v[k] === null)) {
          this.report('missing-required', child(p, k), `the attribute "${k}" is required`);
        }
      }
    };
    switch (nt.nesting_mode) {
      case 'single':
        if (Array.isArray(value)) {
          this.report('wrong-type', path, `"${name}" is a single nested attribute, not a block: give one object, got ${describe(value)}`);
          return;
        }
        one(value, path);
        return;
      case 'list':
      case 'set':
        if (!Array.isArray(value)) {
          this.report('wrong-type', path, `"${name}" is a ${nt.nesting_mode} nested attribute: give a list of objects, got ${describe(value)}`);
          return;
        }
        value.forEach((v, i) => one(v, index(path, i)));
        return;
      case 'map':
        if (!isObject(value)) {
          this.report('wrong-type', path, `"${name}" is a map nested attribute: give an object of objects, got ${describe(value)}`);
          return;
        }
        for (const [k, v] of Object.entries(value)) one(v, mapKey(path, k));
        return;
      default:
        this.report('wrong-type', path, `unsupported nesting mode ${nt.nesting_mode} in the schema`);
    }
  }

  /** Checks a value against a cty type, with Terraform's conversions and tokens. */
  value(v: unknown, t: unknown, path: string): void {
    if (t === 'dynamic' || v === null) return;
    if (isWholeToken(v)) return;
    const want = typeName(t);
    if (typeof t === 'string') {
      switch (t) {
        case 'string':
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return;
          break;
        case 'number':
          if (typeof v === 'number') return;
          if (typeof v === 'string' && (hasToken(v) || /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v))) return;
          break;
        case 'bool':
          if (typeof v === 'boolean') return;
          if (typeof v === 'string' && (hasToken(v) || ['true', 'false', '1', '0'].includes(v))) return;
          break;
        default:
          this.report('wrong-type', path, `unknown primitive type ${t} in the schema`);
          return;
      }
      this.report('wrong-type', path, `${want} required, got ${describe(v)}`);
      return;
    }
    if (!Array.isArray(t)) {
      this.report('wrong-type', path, `unreadable type ${JSON.stringify(t)} in the schema`);
      return;
    }
    const [kind, elem] = t as [string, unknown];
    switch (kind) {
      case 'list':
      case 'set':
        if (!Array.isArray(v)) break;
        v.forEach((x, i) => this.value(x, elem, index(path, i)));
        return;
      case 'map':
        if (!isObject(v)) break;
        for (const [k, x] of Object.entries(v)) this.value(x, elem, mapKey(path, k));
        return;
      case 'object': {
        if (!isObject(v)) break;
        const fields = (elem ?? {}) as Record<string, unknown>;
        const optional = new Set((t as unknown[])[2] as string[] | undefined);
        for (const [k, x] of Object.entries(v)) {
          if (k in fields) this.value(x, fields[k], child(path, k));
          else this.report('wrong-type', child(path, k), `${want} has no attribute "${k}"`);
        }
        for (const k of Object.keys(fields)) {
          if (!(k in v) && !optional.has(k)) this.report('wrong-type', child(path, k), `attribute "${k}" is required by ${want}`);
        }
        return;
      }
      case 'tuple': {
        if (!Array.isArray(v)) break;
        const elems = (elem ?? []) as unknown[];
        if (v.length !== elems.length) {
          this.report('wrong-type', path, `${want} needs exactly ${elems.length} elements, got ${v.length}`);
          return;
        }
        v.forEach((x, i) => this.value(x, elems[i], index(path, i)));
        return;
      }
      default:
        this.report('wrong-type', path, `unknown type ${JSON.stringify(t)} in the schema`);
        return;
    }
    this.report('wrong-type', path, `${want} required, got ${describe(v)}`);
  }
}

/** ", did you mean "x"?" when a known name is one or two edits away. */
function suggest(name: string, known: string[]): string {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best ? `; did you mean "${best}"?` : '';
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

function pickProvider(schema: unknown, wanted?: string): { name: string; entry: ProviderEntry } {
  const all = (isObject(schema) && isObject(schema.provider_schemas) ? schema.provider_schemas : undefined) as
    | Record<string, ProviderEntry>
    | undefined;
  if (!all) throw new Error('not a provider schema: no provider_schemas');
  const keys = Object.keys(all);
  const byName = (n: string) => keys.find((k) => k.split('/').pop() === n);
  const key = wanted ? byName(wanted) : byName('elasticstack') ?? (keys.length === 1 ? keys[0] : undefined);
  if (!key) throw new Error(`provider ${wanted ?? 'elasticstack'} not in schema (has ${keys.join(', ')})`);
  return { name: key.split('/').pop()!, entry: all[key] };
}

/**
 * Returns every mismatch between the provider's objects in `synthJson` and `providerSchema`;
 * an empty list when the stack conforms.
 */
export function checkStackAgainstSchema(synthJson: unknown, providerSchema: unknown, options: ConformanceOptions = {}): Problem[] {
  const { name, entry } = pickProvider(providerSchema, options.provider);
  const c = new Checker();
  let doc: unknown = synthJson;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch (e) {
      c.at('(document)').report('invalid-document', '', `not JSON: ${(e as Error).message}`);
      return c.problems;
    }
  }
  if (!isObject(doc)) {
    c.at('(document)').report('invalid-document', '', `a Terraform JSON document is an object, got ${describe(doc)}`);
    return c.problems;
  }
  const prefix = `${name}_`;

  const sections: Array<[string, string, Record<string, { block: Block }> | undefined, ReadonlySet<string>]> = [
    ['resource', '', entry.resource_schemas, RESOURCE_META],
    ['data', 'data.', entry.data_source_schemas, DATA_META],
    ['ephemeral', 'ephemeral.', entry.ephemeral_resource_schemas, EPHEMERAL_META],
  ];
  for (const [section, addrPrefix, schemas, meta] of sections) {
    const group = doc[section];
    if (group === undefined) continue;
    if (!isObject(group)) {
      c.at(section).report('invalid-document', '', `"${section}" must be an object of types, got ${describe(group)}`);
      continue;
    }
    for (const [type, instances] of Object.entries(group)) {
      if (!type.startsWith(prefix)) continue;
      const schema = schemas?.[type];
      if (!isObject(instances)) {
        c.at(`${addrPrefix}${type}`).report('invalid-document', '', `must be an object of named ${section} blocks, got ${describe(instances)}`);
        continue;
      }
      for (const [instName, body] of Object.entries(instances)) {
        c.at(`${addrPrefix}${type}.${instName}`);
        if (!schema) {
          c.report('unknown-type', '', `the provider ${name} (in this schema) has no ${section === 'resource' ? 'resource type' : section === 'data' ? 'data source' : 'ephemeral resource'} "${type}"${suggest(type, Object.keys(schemas ?? {}))}`);
          continue;
        }
        c.block(body, schema.block, '', meta, `${addrPrefix}${type}`);
      }
    }
  }

  const providers = isObject(doc.provider) ? doc.provider[name] : undefined;
  if (providers !== undefined && providers !== null) {
    const list = Array.isArray(providers) ? providers : [providers];
    list.forEach((body, i) => {
      c.at(Array.isArray(providers) ? `provider.${name}[${i}]` : `provider.${name}`);
      if (entry.provider) c.block(body, entry.provider.block, '', PROVIDER_META, `provider "${name}"`);
    });
  }
  return c.problems;
}

/** One line per problem: `where: message [kind]`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.where}: ${p.message} [${p.kind}]`).join('\n');
}

/** Throws, listing every problem, unless the stack conforms to the schema. For jest tests. */
export function expectConformsToSchema(synthJson: unknown, providerSchema: unknown, options: ConformanceOptions = {}): void {
  const problems = checkStackAgainstSchema(synthJson, providerSchema, options);
  if (problems.length > 0) {
    throw new Error(`stack does not conform to the provider schema (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`);
  }
}

/** The committed elasticstack schema (`schema/elasticstack.json`), parsed. */
export function elasticstackSchema(): unknown {
  return committedSchema('elasticstack');
}

/** A provider schema committed under schema/ (`elasticstack`, `eccx`). */
export function committedSchema(name: string): unknown {
  return JSON.parse(fs.readFileSync(join(__dirname, '..', '..', 'schema', `${name}.json`), 'utf8'));
}
