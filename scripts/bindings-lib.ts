/**
 * Building blocks of `scripts/bindings.ts`: trim a provider schema, normalise it, inject our
 * docstrings, and generate L1 classes with @cdktf/provider-generator. Pure functions except
 * `generateBindings`, which writes the output directory.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } from '@cdktf/commons';
import { CodeMaker, TerraformProviderGenerator } from '@cdktf/provider-generator';
import { DocTable, PROVIDER_DOCS, ProviderDocs } from './attribute-docs';
import { EC_DOCS } from './ec-attribute-docs';
import { canonicalJson, sortKeysDeep } from '../src/rules/canonical-json';

// ---------------------------------------------------------------------------------------------
// Schema shapes (the parts of `terraform providers schema -json` we touch)

export type SchemaType = string | [string, ...unknown[]];

export interface SchemaAttribute {
  type?: unknown;
  nested_type?: SchemaNestedType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  description?: string;
  description_kind?: string;
  [k: string]: unknown;
}

export interface SchemaNestedType {
  attributes?: Record<string, SchemaAttribute>;
  nesting_mode: 'single' | 'list' | 'set' | 'map';
  [k: string]: unknown;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaBlockType>;
  description?: string;
  description_kind?: string;
  [k: string]: unknown;
}

export interface SchemaBlockType {
  nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
  [k: string]: unknown;
}

export interface SchemaResource {
  version?: number;
  block: SchemaBlock;
  [k: string]: unknown;
}

export interface ProviderEntry {
  provider?: SchemaResource;
  resource_schemas?: Record<string, SchemaResource>;
  data_source_schemas?: Record<string, SchemaResource>;
  ephemeral_resource_schemas?: Record<string, SchemaResource>;
  [k: string]: unknown;
}

export interface ProviderSchemaJson {
  format_version?: string;
  provider_schemas: Record<string, ProviderEntry>;
  /** what `terraform version -json` calls provider_selections; recorded, never used for generation */
  provider_versions?: Record<string, string>;
  [k: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Targets

/** What to keep of a provider's schema; an omitted list keeps everything of that kind. */
export interface KeepSpec {
  readonly resources?: readonly string[];
  readonly dataSources?: readonly string[];
  readonly ephemeralResources?: readonly string[];
}

/** One provider to generate bindings for. */
export interface BindingTarget {
  /** provider local name, e.g. `elasticstack`; also the folder name under src/generated */
  readonly name: string;
  /** registry source, e.g. `elastic/elasticstack` */
  readonly source: string;
  /**
   * Version constraint emitted in the user's `required_providers` (never an exact version taken
   * from the schema's provider_versions). Undefined: no version constraint.
   */
  readonly constraint?: string;
  /** committed schema file, relative to the repo root */
  readonly schemaFile: string;
  /** output directory of the generated classes, relative to the repo root */
  readonly outDir: string;
  readonly keep?: KeepSpec;
  readonly docs?: ProviderDocs;
  /**
   * Keep the schema's own descriptions (in `schema/` and in the generated docstrings): for this
   * package's own provider, whose descriptions we wrote. Other providers' prose is removed.
   */
  readonly keepDescriptions?: boolean;
}

/** Built-in targets. Others are described completely on the command line. */
export const TARGETS: Readonly<Record<string, BindingTarget>> = {
  elasticstack: {
    name: 'elasticstack',
    source: 'elastic/elasticstack',
    // every provider version that has cross-cluster API keys
    constraint: '>= 0.11.18',
    schemaFile: 'schema/elasticstack.json',
    outDir: 'src/generated/elasticstack',
    keep: {
      resources: [
        'elasticstack_elasticsearch_security_api_key',
        'elasticstack_elasticsearch_cluster_settings',
        'elasticstack_elasticsearch_security_role',
        'elasticstack_elasticsearch_ccr_follower_index',
        'elasticstack_elasticsearch_ccr_auto_follow_pattern',
      ],
      dataSources: ['elasticstack_elasticsearch_info', 'elasticstack_elasticsearch_security_role'],
      // kept in the committed schema although cdktf 0.21 does not generate ephemeral resources
      ephemeralResources: ['elasticstack_elasticsearch_security_api_key'],
    },
    docs: PROVIDER_DOCS.elasticstack,
  },
  // Elastic Cloud: the keystore entry that delivers a connection's credential (CredentialDelivery.elasticCloud)
  ec: {
    name: 'ec',
    source: 'elastic/ec',
    // ec_deployment_elasticsearch_keystore exists since 0.2; 0.13.0 is the schema we generate from
    constraint: '>= 0.13.0',
    schemaFile: 'schema/ec.json',
    outDir: 'src/generated/ec',
    keep: { resources: ['ec_deployment_elasticsearch_keystore'], dataSources: [], ephemeralResources: [] },
    docs: EC_DOCS,
  },
  eccx: {
    name: 'eccx',
    source: 'cdktf-elastic-cross-cluster/eccx',
    schemaFile: 'schema/eccx.json',
    outDir: 'src/generated/eccx',
    keepDescriptions: true,
  },
};

// ---------------------------------------------------------------------------------------------
// Schema normalisation

/** The fully qualified provider name (`registry.terraform.io/ns/name`) in `schema` that matches `source`. */
export function findProvider(schema: ProviderSchemaJson, source: string): string {
  const wanted = qualify(source);
  const keys = Object.keys(schema.provider_schemas ?? {});
  const hit = keys.find((k) => k.toLowerCase() === wanted);
  if (!hit) {
    throw new Error(`provider ${source} (${wanted}) not in schema; it has: ${keys.join(', ') || 'nothing'}`);
  }
  return hit;
}

/** `ns/name` → `registry.terraform.io/ns/name`; `name` → `registry.terraform.io/hashicorp/name`. */
export function qualify(source: string): string {
  const parts = source.toLowerCase().split('/');
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts[0]}/${parts[1]}`;
  return parts.join('/');
}

function pick<T>(all: Record<string, T> | undefined, names: readonly string[] | undefined, kind: string): Record<string, T> | undefined {
  if (!all) {
    if (names && names.length) throw new Error(`schema has no ${kind}, wanted ${names.join(', ')}`);
    return undefined;
  }
  if (!names) return { ...all };
  const out: Record<string, T> = {};
  for (const n of names) {
    if (!(n in all)) throw new Error(`${kind} ${n} not in schema`);
    out[n] = all[n];
  }
  return out;
}

/**
 * Keeps only provider `fqpn`, its configuration block and the listed resources, data sources and
 * ephemeral resources. `provider_versions` is kept for that provider only (a record of where the
 * schema came from).
 */
export function trimSchema(schema: ProviderSchemaJson, fqpn: string, keep: KeepSpec = {}): ProviderSchemaJson {
  const entry = schema.provider_schemas[fqpn];
  if (!entry) throw new Error(`provider ${fqpn} not in schema`);
  const trimmed: ProviderEntry = {};
  if (entry.provider) trimmed.provider = entry.provider;
  const r = pick(entry.resource_schemas, keep.resources, 'resource');
  const d = pick(entry.data_source_schemas, keep.dataSources, 'data source');
  const e = pick(entry.ephemeral_resource_schemas, keep.ephemeralResources, 'ephemeral resource');
  if (r) trimmed.resource_schemas = r;
  if (d) trimmed.data_source_schemas = d;
  if (e) trimmed.ephemeral_resource_schemas = e;
  const out: ProviderSchemaJson = { format_version: schema.format_version ?? '1.0', provider_schemas: { [fqpn]: trimmed } };
  const version = schema.provider_versions?.[fqpn];
  if (version) out.provider_versions = { [fqpn]: version };
  return out;
}

/** Deep copy without `description` and `description_kind` keys. */
export function stripDescriptions<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => stripDescriptions(v)) as unknown as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === 'description' || k === 'description_kind') continue;
      out[k] = stripDescriptions(v);
    }
    return out as T;
  }
  return value;
}

/** The committed form of a schema: canonical JSON (sorted keys), two-space indent, trailing newline. */
export function serializeSchema(schema: ProviderSchemaJson): string {
  return canonicalJson(schema, 2) + '\n';
}

/** Trim, strip descriptions and sort: what goes into `schema/<name>.json`. */
export function prepareSchema(raw: ProviderSchemaJson, target: BindingTarget): ProviderSchemaJson {
  const fqpn = findProvider(raw, target.source);
  const trimmed = trimSchema(raw, fqpn, target.keep);
  return sortKeysDeep(target.keepDescriptions ? trimmed : stripDescriptions(trimmed));
}

// ---------------------------------------------------------------------------------------------
// Docstrings

/** The schema node (attribute, nested attribute or block) at a dotted path, or undefined. */
export function nodeAtPath(block: SchemaBlock, dotted: string): SchemaAttribute | SchemaBlockType | undefined {
  const segs = dotted.split('.');
  let cur: SchemaBlock | undefined = block;
  let node: SchemaAttribute | SchemaBlockType | undefined;
  for (const seg of segs) {
    if (!cur) return undefined;
    const att: SchemaAttribute | undefined = cur.attributes?.[seg];
    const blk: SchemaBlockType | undefined = cur.block_types?.[seg];
    if (att) {
      node = att;
      cur = att.nested_type ? (att.nested_type as SchemaBlock) : undefined;
    } else if (blk) {
      node = blk;
      cur = blk.block;
    } else {
      return undefined;
    }
  }
  return node;
}

function applyTable(block: SchemaBlock, table: DocTable | undefined, where: string): void {
  for (const [p, text] of Object.entries(table ?? {})) {
    const node = nodeAtPath(block, p);
    if (!node) throw new Error(`attribute-docs: ${where} has no attribute or block ${p}`);
    if ('block' in node && (node as SchemaBlockType).block) {
      (node as SchemaBlockType).block.description = text;
    } else {
      (node as SchemaAttribute).description = text;
    }
  }
}

/**
 * A copy of `schema` that carries our descriptions, with `provider_versions` removed so the
 * generator can never pin an exact version in users' stacks.
 */
export function schemaForGeneration(
  schema: ProviderSchemaJson,
  fqpn: string,
  docs: ProviderDocs | undefined,
  keepDescriptions = false,
): ProviderSchemaJson {
  const copy: ProviderSchemaJson = JSON.parse(canonicalJson(keepDescriptions ? schema : stripDescriptions(schema)));
  delete copy.provider_versions;
  const entry = copy.provider_schemas[fqpn];
  if (!docs) return copy;
  if (docs.provider) {
    if (!entry.provider) throw new Error('attribute-docs: schema has no provider block');
    applyTable(entry.provider.block, docs.provider, 'provider');
  }
  for (const [type, table] of Object.entries(docs.resources ?? {})) {
    const r = entry.resource_schemas?.[type];
    if (!r) throw new Error(`attribute-docs: resource ${type} not in schema`);
    applyTable(r.block, table, type);
  }
  for (const [type, table] of Object.entries(docs.dataSources ?? {})) {
    const r = entry.data_source_schemas?.[type];
    if (!r) throw new Error(`attribute-docs: data source ${type} not in schema`);
    applyTable(r.block, table, `data ${type}`);
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Post-processing of generated files (docs the generator does not render)

function oneLine(text: string): string {
  return text.replace(/\*\//g, '* /');
}

function tableFor(docs: ProviderDocs | undefined, kind: 'provider' | 'resource' | 'data', type: string): DocTable | undefined {
  if (!docs) return undefined;
  if (kind === 'provider') return docs.provider;
  if (kind === 'resource') return docs.resources?.[type];
  return docs.dataSources?.[type];
}

/** Block docs by block name (last path segment); throws when one name has two different texts. */
function blockDocsByName(block: SchemaBlock, table: DocTable, where: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [p, text] of Object.entries(table)) {
    const node = nodeAtPath(block, p);
    if (!node || !('block' in node)) continue;
    const name = p.split('.').pop()!;
    const prev = out.get(name);
    if (prev !== undefined && prev !== text) {
      throw new Error(`attribute-docs: ${where} documents two blocks named ${name} differently`);
    }
    out.set(name, text);
  }
  return out;
}

/**
 * Adds docstrings the generator leaves out: on getters of the resource / data source / provider
 * class (computed attributes such as `encoded` only exist there), and on nested-block properties
 * (the generator writes `<name> block` for them).
 */
export function documentGeneratedFile(content: string, schema: ProviderSchemaJson, fqpn: string, docs: ProviderDocs | undefined): string {
  if (!docs) return content;
  const m = /^export class (\w+) extends cdktf\.Terraform(Resource|DataSource|Provider) \{$/m.exec(content);
  if (!m) return content;
  const kind = m[2] === 'Resource' ? 'resource' : m[2] === 'DataSource' ? 'data' : 'provider';
  const typeMatch = /public static readonly tfResourceType = "([^"]+)";/.exec(content);
  if (!typeMatch) return content;
  const type = typeMatch[1];
  const table = tableFor(docs, kind, type);
  if (!table) return content;
  const entry = schema.provider_schemas[fqpn];
  const res = kind === 'provider' ? entry.provider : kind === 'resource' ? entry.resource_schemas?.[type] : entry.data_source_schemas?.[type];
  if (!res) return content;

  const lines = content.split('\n');
  const out: string[] = [];
  const blocks = blockDocsByName(res.block, table, type);
  const mainClassLine = lines.findIndex((l) => l.startsWith(`export class ${m[1]} extends`));
  let pending: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // nested-block properties: "  * <name> block" followed by "  *" and the registry link
    const b = /^(\s*)\* (\w+) block$/.exec(line);
    if (b && blocks.has(b[2]) && /^\s*\*$/.test(lines[i + 1] ?? '') && (lines[i + 2] ?? '').includes(`#${b[2]} `)) {
      out.push(`${b[1]}* ${oneLine(blocks.get(b[2])!)}`);
      continue;
    }
    if (i > mainClassLine) {
      const c = /^ {2}\/\/ (\w+) - computed: (true|false), optional: (true|false), required: (true|false)$/.exec(line);
      if (c) pending = table[c[1]];
      const g = /^ {2}public (get )?\w+\(/.exec(line);
      if (g && pending !== undefined) {
        out.push('  /**', `  * ${oneLine(pending)}`, '  */');
        pending = undefined;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Generation

export interface GenerateOptions {
  /** the trimmed, description-free schema (as committed) */
  readonly schema: ProviderSchemaJson;
  readonly target: BindingTarget;
  /** output directory; replaced entirely */
  readonly outDir: string;
}

/** Files of a directory tree, relative path (with `/`) → content, in sorted order. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string) => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, ent.name);
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) walk(p, r);
      else out.set(r, fs.readFileSync(p, 'utf8'));
    }
  };
  if (fs.existsSync(dir)) walk(dir, '');
  return out;
}

/**
 * Generates the L1 classes of `target` from `schema` into `outDir` (which is emptied first) and
 * returns the relative paths written. Deterministic: the same schema gives byte-identical files.
 */
export async function generateBindings(opts: GenerateOptions): Promise<string[]> {
  const { schema, target } = opts;
  const fqpn = findProvider(schema, target.source);
  const genSchema = schemaForGeneration(schema, fqpn, target.docs, target.keepDescriptions);

  const spec = target.constraint ? `${target.source}@${target.constraint}` : target.source;
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, genSchema as any);
  generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint(spec), Language.TYPESCRIPT));

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-'));
  try {
    await code.save(tmp);
    const generated = readTree(path.join(tmp, 'providers', target.name));
    if (generated.size === 0) throw new Error(`generator wrote nothing under providers/${target.name}`);
    generated.delete('lazy-index.ts');

    fs.rmSync(opts.outDir, { recursive: true, force: true });
    const written: string[] = [];
    for (const [rel, content] of generated) {
      let text = rel.endsWith('.ts') ? documentGeneratedFile(content, genSchema, fqpn, target.docs) : content;
      // Our own provider is not on the Terraform registry: drop the generator's links to it.
      if (target.keepDescriptions) text = dropRegistryLinks(text);
      assertNoPin(rel, text);
      const dest = path.join(opts.outDir, ...rel.split('/'));
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, text);
      written.push(rel);
    }
    return written;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Removes the generator's "Docs at Terraform Registry" docstring lines (and a blank line before them). */
export function dropRegistryLinks(text: string): string {
  return text
    .replace(/\n\s*\*\s*\n(\s*\*\s*Docs at Terraform Registry: [^\n]*)/g, '\n$1')
    .replace(/\n\s*\*\s*Docs at Terraform Registry: [^\n]*/g, '');
}

/** Fails when generated code would pin an exact provider version in users' stacks. */
export function assertNoPin(file: string, content: string): void {
  if (/\bproviderVersion\s*:/.test(content)) {
    throw new Error(`${file}: generated code pins providerVersion; the constraint alone must reach required_providers`);
  }
}
