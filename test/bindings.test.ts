/**
 * The committed L1 bindings are exactly what `scripts/bindings.ts` makes of the committed schema,
 * the schema is trimmed and description-free, our docstrings are in the generated code, and the
 * generated provider never pins the provider version in users' stacks.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import * as cli from '../scripts/bindings';
import * as lib from '../scripts/bindings-lib';
import { dumpSchemaWithTerraform } from '../scripts/terraform-schema';
import { ElasticsearchSecurityApiKey } from '../src/generated/elasticstack/elasticsearch-security-api-key';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_FILE = path.join(ROOT, 'schema', 'elasticstack.json');
const GENERATED = path.join(ROOT, 'src', 'generated', 'elasticstack');
const FQPN = 'registry.terraform.io/elastic/elasticstack';

let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-test-'));
  fs.writeFileSync(path.join(work, 'terraformrc'), '');
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function committedSchema(): lib.ProviderSchemaJson {
  return JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
}

describe('committed bindings', () => {
  test('src/generated/elasticstack is what the committed schema generates, byte for byte', async () => {
    const out = path.join(work, 'regen');
    await lib.generateBindings({ schema: committedSchema(), target: lib.TARGETS.elasticstack, outDir: out });
    const expected = lib.readTree(GENERATED);
    const actual = lib.readTree(out);
    const diff = cli.firstDifference(expected, actual);
    if (diff !== undefined) {
      const why = !expected.has(diff) ? 'is generated but not committed' : !actual.has(diff) ? 'is committed but no longer generated' : 'differs';
      throw new Error(`src/generated/elasticstack/${diff} ${why}; run: npm run bindings -- --schema schema/elasticstack.json`);
    }
    expect(actual.size).toBeGreaterThan(10);
  });

  test('generation is deterministic and independent of key order in the input', async () => {
    const a = path.join(work, 'det-a');
    const b = path.join(work, 'det-b');
    const schema = committedSchema();
    // same content, keys in reverse order everywhere
    const reverse = (v: any): any => Array.isArray(v) ? v.map(reverse)
      : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).reverse().map((k) => [k, reverse(v[k])])) : v;
    await lib.generateBindings({ schema, target: lib.TARGETS.elasticstack, outDir: a });
    await lib.generateBindings({ schema: reverse(schema), target: lib.TARGETS.elasticstack, outDir: b });
    expect(cli.firstDifference(lib.readTree(a), lib.readTree(b))).toBeUndefined();
  });

  test('layout: one folder per resource with index.ts, no lazy-index.ts, generated headers kept', () => {
    const files = [...lib.readTree(GENERATED).keys()];
    expect(files).not.toContain('lazy-index.ts');
    for (const dir of [
      'provider', 'elasticsearch-security-api-key', 'elasticsearch-cluster-settings', 'elasticsearch-security-role',
      'elasticsearch-ccr-follower-index', 'elasticsearch-ccr-auto-follow-pattern',
      'data-elasticstack-elasticsearch-info', 'data-elasticstack-elasticsearch-security-role',
    ]) {
      expect(files).toContain(`${dir}/index.ts`);
      expect(fs.readFileSync(path.join(GENERATED, dir, 'index.ts'), 'utf8')).toMatch(/^\/\/ .*\n\/\/ generated from terraform resource schema\n/);
    }
    expect(fs.readFileSync(path.join(GENERATED, 'index.ts'), 'utf8')).toMatch(/^\/\/ generated/);
    // no ephemeral resource class: cdktf 0.21 cannot generate one
    expect(files.some((f) => f.startsWith('ephemeral'))).toBe(false);
  });
});

describe('committed schema', () => {
  test('is trimmed to the provider block and the types the library uses, ephemeral api key kept', () => {
    const schema = committedSchema();
    expect(Object.keys(schema.provider_schemas)).toEqual([FQPN]);
    const entry = schema.provider_schemas[FQPN];
    expect(entry.provider?.block.block_types?.elasticsearch).toBeDefined();
    expect(Object.keys(entry.resource_schemas ?? {}).sort()).toEqual([
      'elasticstack_elasticsearch_ccr_auto_follow_pattern',
      'elasticstack_elasticsearch_ccr_follower_index',
      'elasticstack_elasticsearch_cluster_settings',
      'elasticstack_elasticsearch_security_api_key',
      'elasticstack_elasticsearch_security_role',
    ]);
    expect(Object.keys(entry.data_source_schemas ?? {}).sort()).toEqual([
      'elasticstack_elasticsearch_info', 'elasticstack_elasticsearch_security_role',
    ]);
    expect(Object.keys(entry.ephemeral_resource_schemas ?? {})).toEqual(['elasticstack_elasticsearch_security_api_key']);
  });

  test('has no descriptions and is stored with sorted keys, pretty printed', () => {
    const text = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(text).not.toMatch(/"description(_kind)?"/);
    expect(lib.serializeSchema(JSON.parse(text))).toBe(text);
  });

  test('records the provider version it was taken from (which the generator must not use)', () => {
    expect(committedSchema().provider_versions).toEqual({ [FQPN]: '0.16.3' });
  });

  test('trimSchema and stripDescriptions on a full terraform dump', () => {
    const raw: lib.ProviderSchemaJson = {
      format_version: '1.0',
      provider_schemas: {
        [FQPN]: {
          provider: { version: 0, block: { description: 'p', description_kind: 'plain', attributes: {} } },
          resource_schemas: {
            elasticstack_elasticsearch_security_api_key: { version: 2, block: { attributes: { name: { type: 'string', required: true, description: 'x', description_kind: 'markdown' } } } },
            elasticstack_elasticsearch_cluster_settings: { version: 0, block: {} },
            elasticstack_elasticsearch_security_role: { version: 0, block: {} },
            elasticstack_elasticsearch_ccr_follower_index: { version: 0, block: {} },
            elasticstack_elasticsearch_ccr_auto_follow_pattern: { version: 0, block: {} },
            elasticstack_elasticsearch_index: { version: 0, block: {} },
          },
          data_source_schemas: {
            elasticstack_elasticsearch_info: { version: 0, block: {} },
            elasticstack_elasticsearch_security_role: { version: 0, block: {} },
            elasticstack_kibana_space: { version: 0, block: {} },
          },
          ephemeral_resource_schemas: { elasticstack_elasticsearch_security_api_key: { version: 0, block: {} } },
        },
        'registry.terraform.io/hashicorp/null': { resource_schemas: {} },
      },
      provider_versions: { [FQPN]: '0.11.18', 'registry.terraform.io/hashicorp/null': '3.2.0' },
    };
    const out = lib.prepareSchema(raw, lib.TARGETS.elasticstack);
    expect(Object.keys(out.provider_schemas)).toEqual([FQPN]);
    expect(Object.keys(out.provider_schemas[FQPN].resource_schemas!)).not.toContain('elasticstack_elasticsearch_index');
    expect(Object.keys(out.provider_schemas[FQPN].data_source_schemas!)).not.toContain('elasticstack_kibana_space');
    expect(out.provider_versions).toEqual({ [FQPN]: '0.11.18' });
    expect(JSON.stringify(out)).not.toContain('description');

    const missing = JSON.parse(JSON.stringify(raw));
    delete missing.provider_schemas[FQPN].resource_schemas.elasticstack_elasticsearch_security_role;
    expect(() => lib.prepareSchema(missing, lib.TARGETS.elasticstack)).toThrow(/resource elasticstack_elasticsearch_security_role not in schema/);
  });
});

describe('required_providers', () => {
  test('the generated provider class carries the constraint >= 0.11.18 and no exact version', () => {
    const text = fs.readFileSync(path.join(GENERATED, 'provider', 'index.ts'), 'utf8');
    expect(text).toContain("providerVersionConstraint: '>= 0.11.18'");
    expect(text).toContain("terraformProviderSource: 'elastic/elasticstack'");
    for (const [file, content] of lib.readTree(GENERATED)) {
      expect([file, /providerVersion\s*:/.test(content)]).toEqual([file, false]);
      expect([file, content.includes('0.16.3')]).toEqual([file, false]);
    }
  });

  test('a synthesized stack requires elastic/elasticstack >= 0.11.18', () => {
    const stack = new TerraformStack(Testing.stubVersion(new App({ stackTraces: false })), 's');
    new ElasticstackProvider(stack, 'es', { elasticsearch: [{ endpoints: ['https://es:9200'] }] });
    new ElasticsearchSecurityApiKey(stack, 'key', { name: 'k', type: 'cross_cluster', access: { search: [{ names: ['logs*'] }] } });
    const json = JSON.parse(Testing.synth(stack));
    expect(json.terraform.required_providers).toEqual({ elasticstack: { source: 'elastic/elasticstack', version: '>= 0.11.18' } });
  });

  test('provider_versions in the schema can not pin: generation drops it', async () => {
    const schema = committedSchema();
    schema.provider_versions = { [FQPN]: '0.16.3' };
    const out = path.join(work, 'pin');
    await lib.generateBindings({ schema, target: lib.TARGETS.elasticstack, outDir: out });
    const provider = fs.readFileSync(path.join(out, 'provider', 'index.ts'), 'utf8');
    expect(provider).not.toMatch(/providerVersion\s*:/);
    expect(provider).toContain("providerVersionConstraint: '>= 0.11.18'");
    expect(() => lib.assertNoPin('x.ts', "providerVersion: '0.16.3',")).toThrow(/pins providerVersion/);
  });
});

describe('docstrings', () => {
  const apiKey = () => fs.readFileSync(path.join(GENERATED, 'elasticsearch-security-api-key', 'index.ts'), 'utf8');

  test('config properties carry our descriptions with units', () => {
    const text = apiKey();
    expect(text).toMatch(/\* Lifetime of the key .*`nanos`, `micros`, `ms`, `s`, `m` \(minutes\), `h`, `d`.*\n\s*\*\n\s*\* Docs at Terraform Registry: .*#expiration /);
    expect(text).toMatch(/\* Arbitrary metadata: a JSON object encoded in a string.*\n\s*\*\n\s*\* Docs at Terraform Registry: .*#metadata /);
    expect(text).toMatch(/\* Index, alias or data stream names .*\n\s*\*\n\s*\* Docs at Terraform Registry: .*#names /);
  });

  test('getters of computed attributes are documented (sensitive ones say so)', () => {
    const text = apiKey();
    expect(text).toMatch(/\/\*\*\n\s*\* Base64 of `key_id:api_key`.*Sensitive\.\n\s*\*\/\n\s*public get encoded\(\)/);
    expect(text).toMatch(/\* When the key expires, in milliseconds since the Unix epoch.*\n\s*\*\/\n\s*public get expirationTimestamp\(\)/);
    expect(text).toMatch(/\*\/\n\s*public get keyId\(\)/);
    expect(text).toMatch(/\*\/\n\s*public get apiKey\(\)/);
  });

  test('nested blocks are documented instead of "<name> block"', () => {
    const settings = fs.readFileSync(path.join(GENERATED, 'elasticsearch-cluster-settings', 'index.ts'), 'utf8');
    expect(settings).not.toMatch(/\* (persistent|transient|setting) block$/m);
    expect(settings).toContain('* Settings that survive a full cluster restart');
    const provider = fs.readFileSync(path.join(GENERATED, 'provider', 'index.ts'), 'utf8');
    expect(provider).toMatch(/\* Connection to Elasticsearch used by every resource.*\n\s*\*\n\s*\* Docs at Terraform Registry: .*#elasticsearch /);
    expect(provider).toMatch(/\* Elasticsearch HTTP endpoints.*\n\s*\*\n\s*\* Docs at Terraform Registry: .*#endpoints /);
  });

  test('a documented path that is not in the schema fails generation', () => {
    const schema = committedSchema();
    expect(() => lib.schemaForGeneration(schema, FQPN, { resources: { elasticstack_elasticsearch_security_api_key: { 'access.serch': 'typo' } } }))
      .toThrow(/has no attribute or block access\.serch/);
  });
});

describe('the script is parametric (a second provider)', () => {
  const ECCX = 'registry.terraform.io/cdktf-elastic-cross-cluster/eccx';
  const eccxSchema = {
    format_version: '1.0',
    provider_schemas: {
      [ECCX]: {
        provider: { version: 0, block: { attributes: { endpoint: { type: 'string', optional: true, description: 'theirs' } } } },
        resource_schemas: {
          eccx_cross_cluster_api_key: {
            version: 0,
            block: { attributes: { name: { type: 'string', required: true }, key_id: { type: 'string', computed: true } } },
          },
        },
      },
    },
    provider_versions: { [ECCX]: '0.1.0' },
  };

  test('--schema FILE --provider eccx --out DIR generates that provider the same way', async () => {
    const input = path.join(work, 'eccx-input.json');
    fs.writeFileSync(input, JSON.stringify(eccxSchema));
    const out = path.join(work, 'eccx-out');
    const schemaOut = path.join(work, 'eccx-schema', 'eccx.json');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const code = await cli.main(['--schema', input, '--provider', 'eccx', '--constraint', '>= 0.1.0', '--out', out, '--schema-out', schemaOut]);
      expect(code).toBe(0);
    } finally {
      log.mockRestore();
    }
    const files = [...lib.readTree(out).keys()];
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'provider/index.ts', 'cross-cluster-api-key/index.ts']));
    expect(files).not.toContain('lazy-index.ts');
    const provider = fs.readFileSync(path.join(out, 'provider', 'index.ts'), 'utf8');
    expect(provider).toContain('export class EccxProvider extends cdktf.TerraformProvider');
    expect(provider).toContain("terraformProviderSource: 'cdktf-elastic-cross-cluster/eccx'");
    expect(provider).toContain("providerVersionConstraint: '>= 0.1.0'");
    expect(provider).not.toMatch(/providerVersion\s*:/);
    // eccx is this package's own provider: its descriptions are ours, so they are kept, they reach
    // the docstrings, and the generator's links to a registry page that does not exist are dropped
    const written = fs.readFileSync(schemaOut, 'utf8');
    expect(JSON.parse(written).provider_schemas[ECCX].provider.block.attributes.endpoint.description).toBe('theirs');
    expect(provider).toMatch(/\* theirs\n\s*\*\//);
    expect(provider).not.toContain('Docs at Terraform Registry');
    expect(JSON.parse(written).provider_versions).toEqual({ [ECCX]: '0.1.0' });
  });

  test('parseArgs wants exactly one source of schema', () => {
    expect(() => cli.parseArgs([])).toThrow(/exactly one of/);
    expect(() => cli.parseArgs(['--schema', 'a.json', '--from-terraform'])).toThrow(/exactly one of/);
    expect(() => cli.parseArgs(['--bogus'])).toThrow(/unknown argument --bogus/);
    expect(cli.parseArgs(['--schema', 'a.json', '--provider', 'eccx', '--out', 'o']))
      .toMatchObject({ schema: 'a.json', provider: 'eccx', out: 'o', fromTerraform: false });
  });
});

describe('--from-terraform', () => {
  test('runs init, providers schema -json and version -json in a temp module, records provider_versions', () => {
    // A stand-in terraform that logs what it was asked and serves the committed schema with descriptions.
    const fake = path.join(work, 'fake-terraform');
    const logFile = path.join(work, 'fake-terraform.log');
    const served = committedSchema();
    delete served.provider_versions;
    served.provider_schemas[FQPN].resource_schemas!.elasticstack_elasticsearch_index = { version: 0, block: { description: 'dropped' } };
    const servedFile = path.join(work, 'served.json');
    fs.writeFileSync(servedFile, JSON.stringify(served));
    fs.writeFileSync(fake, [
      '#!/bin/sh',
      `echo "$* cfg=$TF_CLI_CONFIG_FILE cp=$CHECKPOINT_DISABLE" >> '${logFile}'`,
      'case "$1" in',
      `  init) cp main.tf.json '${path.join(work, 'seen-main.tf.json')}'; echo initialised ;;`,
      `  providers) cat '${servedFile}' ;;`,
      `  version) echo '{"terraform_version":"1.11.4","provider_selections":{"${FQPN}":"0.17.1"}}' ;;`,
      '  *) exit 2 ;;',
      'esac',
    ].join('\n') + '\n', { mode: 0o755 });
    const env = { ...process.env, TERRAFORM_BINARY_NAME: fake, TF_CLI_CONFIG_FILE: path.join(work, 'terraformrc') };
    const raw = dumpSchemaWithTerraform({ name: 'elasticstack', source: 'elastic/elasticstack', version: '>= 0.11.18', env });
    expect(raw.provider_versions).toEqual({ [FQPN]: '0.17.1' });
    const mainTf = JSON.parse(fs.readFileSync(path.join(work, 'seen-main.tf.json'), 'utf8'));
    expect(mainTf.terraform.required_providers).toEqual({ elasticstack: { source: 'elastic/elasticstack', version: '>= 0.11.18' } });
    const calls = fs.readFileSync(logFile, 'utf8').trim().split('\n');
    expect(calls.map((c) => c.split(' cfg=')[0])).toEqual(['init -input=false -no-color -backend=false', 'providers schema -json', 'version -json']);
    expect(calls.every((c) => c.includes(`cfg=${path.join(work, 'terraformrc')} cp=1`))).toBe(true);

    const trimmed = lib.prepareSchema(raw, lib.TARGETS.elasticstack);
    expect(trimmed.provider_schemas[FQPN].resource_schemas).not.toHaveProperty('elasticstack_elasticsearch_index');
    expect(trimmed.provider_versions).toEqual({ [FQPN]: '0.17.1' });
  });

  test('a failing terraform init is reported with its output', () => {
    const fake = path.join(work, 'failing-terraform');
    fs.writeFileSync(fake, '#!/bin/sh\necho "Failed to query available provider packages" >&2\nexit 1\n', { mode: 0o755 });
    expect(() => dumpSchemaWithTerraform({ name: 'elasticstack', source: 'elastic/elasticstack', env: { ...process.env, TERRAFORM_BINARY_NAME: fake } }))
      .toThrow(/init .* exited with 1:\nFailed to query available provider packages/);
  });
});
