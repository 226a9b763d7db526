/**
 * Regenerates L1 bindings from a provider schema.
 *
 *   npm run bindings -- --schema ../shared/provider-schema/elasticstack-0.16.3.json --provider-version 0.16.3
 *   npm run bindings -- --schema schema/elasticstack.json              # from the committed schema
 *   npm run bindings -- --from-terraform [--provider-version 0.16.3]   # provider installable here
 *   npm run bindings -- --schema schema/eccx.json --provider eccx --out src/generated/eccx
 *   npm run bindings -- --check                                         # committed output up to date?
 *
 * Steps: read the schema (file, or `terraform providers schema -json`), keep the provider block and
 * the resources the library uses, remove descriptions, write `schema/<name>.json` (sorted keys),
 * then generate the classes into `src/generated/<name>/` with our docstrings
 * (`scripts/attribute-docs.ts`). Same schema in, byte-identical files out.
 *
 * `required_providers` in users' stacks gets the target's version constraint. An exact version in
 * the schema's `provider_versions` is recorded in `schema/` for reference but never reaches the
 * generator, so it can not pin users to the version the schema was taken from.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  BindingTarget,
  ProviderSchemaJson,
  TARGETS,
  findProvider,
  generateBindings,
  prepareSchema,
  qualify,
  readTree,
  serializeSchema,
} from './bindings-lib';
import { dumpSchemaWithTerraform } from './terraform-schema';

const ROOT = path.resolve(__dirname, '..');

export interface CliOptions {
  schema?: string;
  fromTerraform: boolean;
  provider: string;
  source?: string;
  constraint?: string;
  providerVersion?: string;
  out?: string;
  schemaOut?: string;
  check: boolean;
  help: boolean;
}

const USAGE = `usage: npm run bindings -- (--schema FILE | --from-terraform | --check) [options]
  --schema FILE            provider schema JSON (terraform providers schema -json output, or schema/<name>.json)
  --from-terraform         dump the schema with terraform (init + providers schema -json), honouring TF_CLI_CONFIG_FILE
  --provider NAME          provider local name (default elasticstack; built-in: ${Object.keys(TARGETS).join(', ')})
  --source NS/NAME         registry source (default: built-in target, or the only provider in the schema)
  --constraint EXPR        version constraint for users' required_providers (default: built-in target's)
  --provider-version V     --from-terraform: version to install; --schema: record that the file describes V
  --out DIR                output directory (default src/generated/<name>)
  --schema-out FILE        committed schema (default schema/<name>.json)
  --check                  regenerate from the committed schema into a temp dir, exit 1 if the output differs`;

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { fromTerraform: false, provider: 'elasticstack', check: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    switch (a) {
      case '--schema': o.schema = val(); break;
      case '--from-terraform': o.fromTerraform = true; break;
      case '--provider': o.provider = val(); break;
      case '--source': o.source = val(); break;
      case '--constraint': o.constraint = val(); break;
      case '--provider-version': o.providerVersion = val(); break;
      case '--out': o.out = val(); break;
      case '--schema-out': o.schemaOut = val(); break;
      case '--check': o.check = true; break;
      case '-h': case '--help': o.help = true; break;
      default: throw new Error(`unknown argument ${a}\n${USAGE}`);
    }
  }
  if (!o.help && [o.schema !== undefined, o.fromTerraform, o.check].filter(Boolean).length !== 1) {
    throw new Error(`give exactly one of --schema, --from-terraform, --check\n${USAGE}`);
  }
  return o;
}

/** The target for the options: a built-in one with command-line overrides, or one built from them. */
export function resolveTarget(o: CliOptions, schema?: ProviderSchemaJson): BindingTarget {
  const base = TARGETS[o.provider];
  let source = o.source ?? base?.source;
  if (!source && schema) {
    const keys = Object.keys(schema.provider_schemas ?? {});
    if (keys.length !== 1) throw new Error(`--source needed: the schema has ${keys.length} providers`);
    const parts = keys[0].split('/');
    source = parts[0] === 'registry.terraform.io' ? parts.slice(1).join('/') : keys[0];
  }
  if (!source) throw new Error(`--source needed for provider ${o.provider}`);
  return {
    name: o.provider,
    source,
    constraint: o.constraint ?? base?.constraint,
    schemaFile: o.schemaOut ?? base?.schemaFile ?? `schema/${o.provider}.json`,
    outDir: o.out ?? base?.outDir ?? `src/generated/${o.provider}`,
    keep: base?.keep,
    docs: base?.docs,
    keepDescriptions: base?.keepDescriptions,
  };
}

function readJson(file: string): ProviderSchemaJson {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Compares two trees; returns the first differing relative path, or undefined. */
export function firstDifference(expected: Map<string, string>, actual: Map<string, string>): string | undefined {
  const names = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  return names.find((n) => expected.get(n) !== actual.get(n));
}

export async function main(argv: string[]): Promise<number> {
  process.env.CHECKPOINT_DISABLE = '1';
  const o = parseArgs(argv);
  if (o.help) {
    console.log(USAGE);
    return 0;
  }

  if (o.check) {
    const target = resolveTarget(o);
    const committed = readJson(path.resolve(ROOT, target.schemaFile));
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-check-'));
    try {
      await generateBindings({ schema: committed, target, outDir: tmp });
      const diff = firstDifference(readTree(path.resolve(ROOT, target.outDir)), readTree(tmp));
      if (diff) {
        console.error(`${target.outDir}/${diff} differs from what ${target.schemaFile} generates; run npm run bindings -- --schema ${target.schemaFile}`);
        return 1;
      }
      console.log(`${target.outDir} is up to date with ${target.schemaFile}`);
      return 0;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  let raw: ProviderSchemaJson;
  let target: BindingTarget;
  if (o.fromTerraform) {
    target = resolveTarget(o);
    raw = dumpSchemaWithTerraform({ name: target.name, source: target.source, version: o.providerVersion ?? target.constraint });
  } else {
    raw = readJson(path.resolve(process.cwd(), o.schema!));
    target = resolveTarget(o, raw);
    if (o.providerVersion) {
      raw.provider_versions = { ...(raw.provider_versions ?? {}), [findProvider(raw, target.source)]: o.providerVersion };
    }
  }

  const schema = prepareSchema(raw, target);
  const schemaPath = path.resolve(ROOT, target.schemaFile);
  fs.mkdirSync(path.dirname(schemaPath), { recursive: true });
  fs.writeFileSync(schemaPath, serializeSchema(schema));

  const files = await generateBindings({ schema, target, outDir: path.resolve(ROOT, target.outDir) });
  const entry = schema.provider_schemas[qualify(target.source)] ?? Object.values(schema.provider_schemas)[0];
  const version = Object.values(schema.provider_versions ?? {})[0];
  console.log(
    `${target.schemaFile}: ${target.source}${version ? ` ${version}` : ''}, ` +
    `${Object.keys(entry.resource_schemas ?? {}).length} resources, ` +
    `${Object.keys(entry.data_source_schemas ?? {}).length} data sources, ` +
    `${Object.keys(entry.ephemeral_resource_schemas ?? {}).length} ephemeral resources (not generated by cdktf 0.21)`,
  );
  console.log(`${target.outDir}: ${files.length} files; required_providers.${target.name} = ` +
    `{ source: "${target.source}"${target.constraint ? `, version: "${target.constraint}"` : ''} }`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
