import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { firstDifference, parseArgs, resolveTarget } from '../scripts/bindings';
import { ProviderSchemaJson, generateBindings, prepareSchema, readTree, serializeSchema } from '../scripts/bindings-lib';
import { dumpEccxSchema } from './e2e/eccx-provider';

// schema/eccx.json and src/generated/eccx must match the built provider: dump its schema with
// `terraform providers schema -json` (the provider installed into a temporary mirror), trim it the
// way `npm run bindings` does (keys sorted; this provider's own descriptions kept), and compare.
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');
const FIX = 'npx projen provider:build, dump `terraform providers schema -json`, then '
  + 'npm run bindings -- --schema <dumped.json> --provider eccx --out src/generated/eccx';

let dumped: ProviderSchemaJson;
let target: ReturnType<typeof resolveTarget>;

beforeAll(() => {
  dumped = dumpEccxSchema() as unknown as ProviderSchemaJson;
  target = resolveTarget(parseArgs(['--schema', 'dumped.json', '--provider', 'eccx', '--out', 'src/generated/eccx']), dumped);
});

test('schema/eccx.json is the built provider\'s schema', () => {
  const committed = fs.readFileSync(path.join(ROOT, 'schema/eccx.json'), 'utf8');
  const current = serializeSchema(prepareSchema(dumped, target));
  if (current !== committed) throw new Error(`schema/eccx.json differs from the built provider's schema; regenerate it: ${FIX}`);
  const resource = JSON.parse(committed).provider_schemas['registry.terraform.io/cdktf-elastic-cross-cluster/eccx'].resource_schemas.eccx_cross_cluster_api_key;
  expect(resource.block.attributes.encoded).toMatchObject({ computed: true, sensitive: true, type: 'string' });
  expect(resource.block.attributes.access.nested_type.nesting_mode).toBe('single');
  expect(resource.block.attributes.access.required).toBe(true);
  // our own provider's descriptions are kept (they are ours), and reach the generated docstrings
  expect(resource.block.attributes.encoded.description).toMatch(/keystore|credential/i);
});

test('src/generated/eccx is what schema/eccx.json generates', async () => {
  const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/eccx.json'), 'utf8')) as ProviderSchemaJson;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-bindings-'));
  try {
    await generateBindings({ schema: committed, target, outDir: tmp });
    const diff = firstDifference(readTree(path.join(ROOT, 'src/generated/eccx')), readTree(tmp));
    if (diff) throw new Error(`src/generated/eccx/${diff} differs from what schema/eccx.json generates; regenerate: ${FIX}`);
    expect(readTree(tmp).has('cross-cluster-api-key/index.ts')).toBe(true);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
