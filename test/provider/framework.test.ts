import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileResource } from './fixtures/file-resource';
import { recordingLogger } from './support/recording-log';
import {
  DiagnosticError, ProviderDefinition, Resource, State, T, Unknown, Value, attrPath, createHandlers, decodeMsgpack,
  encodeMsgpack, impliedType, unknown,
} from '../../src/provider';
import { providerData, resolveConnection } from '../../src/provider/connection';
import type { ProviderHandlers } from '../../src/provider/protocol/messages';
import { SERVED_PROVIDER_RPCS } from '../../src/provider/protocol/rpcs';

const { log, logged } = recordingLogger();

const fileType = impliedType(fileResource.schema);
const dv = (v: Value, t = fileType): { msgpack: Uint8Array } => ({ msgpack: encodeMsgpack(v, t) });
const fromDv = (d: unknown, t = fileType): Value => decodeMsgpack((d as { msgpack?: Uint8Array } | undefined)?.msgpack, t);

type Res = Record<string, unknown> & { diagnostics?: Array<{ severity: string; summary: string; detail?: string; attribute?: unknown }> };

type Handlers = Record<string, (req: object) => Promise<Res>>;

function provider(resources: Array<Resource<unknown, State>>, extra: Partial<ProviderDefinition> = {}): Handlers {
  const h: ProviderHandlers = createHandlers({ typeName: 'eccx', version: '1.2.3', schema: { attributes: {} }, resources, ...extra } as ProviderDefinition, log);
  return h as unknown as Record<string, (req: object) => Promise<Res>>;
}

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-fw-')); logged.length = 0; });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const files = provider([fileResource as unknown as Resource<unknown, State>]);

describe('schemas', () => {
  test('GetProviderSchema lists resources with attribute types as cty JSON and the schema-optional capability', async () => {
    const res = await files.GetProviderSchema({});
    expect(res.diagnostics).toEqual([]);
    expect(res.server_capabilities).toMatchObject({ get_provider_schema_optional: true });
    const schema = (res.resource_schemas as Record<string, { block: { attributes: Array<Record<string, unknown>> } }>).eccx_test_file;
    const attrs = Object.fromEntries(schema.block.attributes.map((a) => [a.name, a]));
    expect(Object.keys(attrs)).toEqual(['content', 'id', 'path', 'sha256', 'size', 'tags']);
    expect(Buffer.from(attrs.tags.type as Uint8Array).toString()).toBe('["set","string"]');
    expect(attrs.path).toMatchObject({ required: true, optional: false, computed: false });
    expect(attrs.id).toMatchObject({ computed: true, required: false });
  });

  test('nested attributes and blocks are described with their nesting', async () => {
    const r: Resource<unknown, State> = {
      typeName: 'eccx_nested',
      schema: {
        attributes: { access: { optional: true, nested: { nesting: 'single', attributes: { names: { type: T.list(T.string), required: true } } } } },
        blocks: { rule: { nesting: 'list', maxItems: 2, attributes: { n: { type: T.number, optional: true } } } },
      },
      create: () => ({}),
      read: ({ state }) => state,
      update: ({ plannedState }) => plannedState,
      delete: () => undefined,
    };
    const res = await provider([r]).GetProviderSchema({});
    const block = (res.resource_schemas as Record<string, { block: Record<string, unknown> }>).eccx_nested.block;
    expect(block.attributes).toEqual([expect.objectContaining({ name: 'access', nested_type: expect.objectContaining({ nesting: 'SINGLE' }) })]);
    expect(block.block_types).toEqual([expect.objectContaining({ type_name: 'rule', nesting: 'LIST', max_items: 2 })]);
  });

  test('a provider definition mistake is reported as a diagnostic, not a crash', async () => {
    const bad = { ...fileResource, typeName: 'other_file' } as unknown as Resource<unknown, State>;
    const res = await provider([bad]).GetProviderSchema({});
    expect(res.diagnostics).toEqual([expect.objectContaining({ severity: 'ERROR', detail: expect.stringContaining('must start with "eccx_"') })]);
  });
});

describe('plan', () => {
  type Cfg = Record<string, Value> & { path: string };
  const cfg = (p: string, content: string): Cfg => ({ path: p, content, tags: null, id: null, sha256: null, size: null });

  test('create: computed attributes the configuration leaves null are unknown', async () => {
    const c = cfg(path.join(dir, 'a'), 'x');
    const res = await files.PlanResourceChange({ type_name: 'eccx_test_file', prior_state: dv(null), proposed_new_state: dv(c), config: dv(c) });
    expect(res.diagnostics).toEqual([]);
    expect(fromDv(res.planned_state)).toEqual({ ...c, id: Unknown.plain, sha256: Unknown.plain, size: Unknown.plain });
    expect(res.requires_replace).toEqual([]);
  });

  test('no change: the proposal comes back byte for byte', async () => {
    const prior = { ...cfg(path.join(dir, 'a'), 'x'), id: 'i', sha256: 's', size: 1 };
    const proposed = dv(prior);
    const res = await files.PlanResourceChange({ type_name: 'eccx_test_file', prior_state: dv(prior), proposed_new_state: proposed, config: dv(cfg(prior.path, 'x')) });
    expect(Buffer.from((res.planned_state as { msgpack: Uint8Array }).msgpack).equals(Buffer.from(proposed.msgpack))).toBe(true);
  });

  test('update: id kept (useStateForUnknown), other computed unknown; a requiresReplace change asks for replacement', async () => {
    const prior = { ...cfg(path.join(dir, 'a'), 'x'), id: 'i', sha256: 's', size: 1 };
    const proposed = { ...prior, content: 'y' };
    const res = await files.PlanResourceChange({ type_name: 'eccx_test_file', prior_state: dv(prior), proposed_new_state: dv(proposed), config: dv(cfg(prior.path, 'y')) });
    expect(fromDv(res.planned_state)).toEqual({ ...proposed, id: 'i', sha256: Unknown.plain, size: Unknown.plain });
    expect(res.requires_replace).toEqual([]);

    const moved = { ...prior, path: path.join(dir, 'b') };
    const res2 = await files.PlanResourceChange({ type_name: 'eccx_test_file', prior_state: dv(prior), proposed_new_state: dv(moved), config: dv(cfg(moved.path, 'x')) });
    expect(res2.requires_replace).toEqual([{ steps: [{ attribute_name: 'path' }] }]);
  });

  test('unknown configuration values, refined ones included, are passed back unchanged', async () => {
    const refined = new Unknown(12, Uint8Array.from([0x81, 0x01, 0xc2]));
    const c = { ...cfg(path.join(dir, 'a'), 'x'), content: refined, tags: unknown() } as State;
    const res = await files.PlanResourceChange({ type_name: 'eccx_test_file', prior_state: dv(null), proposed_new_state: dv(c), config: dv(c) });
    const planned = fromDv(res.planned_state) as Record<string, Value>;
    expect(planned.content).toEqual(refined);
    expect(planned.tags).toEqual(Unknown.plain);
  });

  test('destroy plans null', async () => {
    const prior = { ...cfg(path.join(dir, 'a'), 'x'), id: 'i', sha256: 's', size: 1 };
    const res = await files.PlanResourceChange({ type_name: 'eccx_test_file', prior_state: dv(prior), proposed_new_state: dv(null), config: dv(null) });
    expect(fromDv(res.planned_state)).toBeNull();
  });
});

describe('apply, read, import, upgrade', () => {
  const planned = (p: string, content: string): State => ({ path: p, content, tags: ['b', 'a'], id: unknown(), sha256: unknown(), size: unknown() });

  test('create, read, update and delete go through the resource', async () => {
    const p = path.join(dir, 'f.txt');
    const created = await files.ApplyResourceChange({ type_name: 'eccx_test_file', prior_state: dv(null), planned_state: dv(planned(p, 'hello')), config: dv(planned(p, 'hello')) });
    expect(created.diagnostics).toEqual([]);
    const state = fromDv(created.new_state) as Record<string, Value>;
    expect(state).toMatchObject({ path: p, content: 'hello', size: 5, tags: ['a', 'b'] });
    expect(fs.readFileSync(p, 'utf8')).toBe('hello');

    fs.writeFileSync(p, 'changed behind our back');
    const read = await files.ReadResource({ type_name: 'eccx_test_file', current_state: dv(state), private: Buffer.from('p') });
    expect(fromDv(read.new_state)).toMatchObject({ content: 'changed behind our back' });
    expect(Buffer.from(read.private as Uint8Array).toString()).toBe('p');

    const updated = await files.ApplyResourceChange({ type_name: 'eccx_test_file', prior_state: dv(state), planned_state: dv({ ...state, content: 'v2', sha256: unknown(), size: unknown() }), config: dv(state) });
    expect(fromDv(updated.new_state)).toMatchObject({ content: 'v2', size: 2, id: state.id });

    const deleted = await files.ApplyResourceChange({ type_name: 'eccx_test_file', prior_state: updated.new_state, planned_state: dv(null), config: dv(null) });
    expect(deleted.diagnostics).toEqual([]);
    expect(fromDv(deleted.new_state)).toBeNull();
    expect(fs.existsSync(p)).toBe(false);

    const gone = await files.ReadResource({ type_name: 'eccx_test_file', current_state: dv(state) });
    expect(fromDv(gone.new_state)).toBeNull();
  });

  test('a rejected promise and a synchronous throw both become error diagnostics', async () => {
    const p = path.join(dir, 'f.txt');
    const rejected = await files.ApplyResourceChange({ type_name: 'eccx_test_file', prior_state: dv(null), planned_state: dv(planned(p, 'FAIL')), config: dv(planned(p, 'FAIL')) });
    expect(rejected.diagnostics).toEqual([{ severity: 'ERROR', summary: 'Error creating eccx_test_file', detail: 'the fixture was told to fail' }]);
    expect(fromDv(rejected.new_state)).toBeNull();
    const thrown = await files.ApplyResourceChange({ type_name: 'eccx_test_file', prior_state: dv(null), planned_state: dv(planned(p, 'THROW')), config: dv(planned(p, 'THROW')) });
    expect(thrown.diagnostics).toEqual([expect.objectContaining({ severity: 'ERROR', detail: 'synchronous failure in create' })]);
    // a failed update keeps the prior state
    const prior = { path: p, content: 'x', tags: null, id: 'i', sha256: 's', size: 1 };
    const failedUpdate = await files.ApplyResourceChange({ type_name: 'eccx_test_file', prior_state: dv(prior), planned_state: dv({ ...prior, content: 'FAIL' }), config: dv(prior) });
    expect(failedUpdate.diagnostics).toHaveLength(1);
    expect(fromDv(failedUpdate.new_state)).toEqual(prior);
  });

  test('DiagnosticError points at the attribute', async () => {
    const c = { path: 'relative/path', content: 'x', tags: null, id: null, sha256: null, size: null };
    const res = await files.ValidateResourceConfig({ type_name: 'eccx_test_file', config: dv(c) });
    expect(res.diagnostics).toEqual([{ severity: 'ERROR', summary: 'path must be absolute', detail: 'got a relative path of 13 characters', attribute: { steps: [{ attribute_name: 'path' }] } }]);
  });

  test('a resource returning unknowns or values of the wrong type gets a diagnostic, not a crash', async () => {
    const sloppy: Resource<unknown, State> = {
      typeName: 'eccx_sloppy',
      schema: { attributes: { id: { type: T.string, computed: true }, n: { type: T.number, optional: true } } },
      create: ({ plannedState }) => plannedState, // leaves id unknown
      read: () => ({ id: 'x', n: 'not a number' }),
      update: () => { throw new DiagnosticError([{ severity: 'error', summary: 'a', path: attrPath('n') }, { severity: 'warning', summary: 'b' }]); },
      delete: () => Promise.reject(new Error('cannot delete')),
    };
    const p = provider([sloppy]);
    const t = impliedType(sloppy.schema);
    const created = await p.ApplyResourceChange({ type_name: 'eccx_sloppy', prior_state: dv(null, t), planned_state: dv({ id: unknown(), n: null }, t) });
    expect(created.diagnostics).toEqual([expect.objectContaining({ summary: 'Provider returned unknown values after create', attribute: { steps: [{ attribute_name: 'id' }] } })]);
    const read = await p.ReadResource({ type_name: 'eccx_sloppy', current_state: dv({ id: 'x', n: 1 }, t) });
    expect(read.diagnostics).toEqual([expect.objectContaining({ summary: 'Provider produced an invalid state', attribute: { steps: [{ attribute_name: 'n' }] } })]);
    const updated = await p.ApplyResourceChange({ type_name: 'eccx_sloppy', prior_state: dv({ id: 'x', n: 1 }, t), planned_state: dv({ id: 'x', n: 2 }, t) });
    expect(updated.diagnostics).toEqual([
      { severity: 'ERROR', summary: 'a', attribute: { steps: [{ attribute_name: 'n' }] } },
      { severity: 'WARNING', summary: 'b' },
    ]);
    const deleted = await p.ApplyResourceChange({ type_name: 'eccx_sloppy', prior_state: dv({ id: 'x', n: 1 }, t), planned_state: dv(null, t) });
    expect(deleted.diagnostics).toEqual([expect.objectContaining({ summary: 'Error deleting eccx_sloppy', detail: 'cannot delete' })]);
    expect(fromDv(deleted.new_state, t)).toEqual({ id: 'x', n: 1 });
  });

  test('import fills unset attributes with null and passes warnings on; without importState import is refused', async () => {
    const p = path.join(dir, 'imp.txt');
    const res = await files.ImportResourceState({ type_name: 'eccx_test_file', id: p });
    expect(res.diagnostics).toEqual([expect.objectContaining({ severity: 'WARNING', summary: 'Imported from disk' })]);
    const imported = (res.imported_resources as Array<{ type_name: string; state: unknown }>)[0];
    expect(imported.type_name).toBe('eccx_test_file');
    expect(fromDv(imported.state)).toMatchObject({ path: p, content: null, size: null });

    const noImport = provider([{ ...fileResource, importState: undefined } as unknown as Resource<unknown, State>]);
    const refused = await noImport.ImportResourceState({ type_name: 'eccx_test_file', id: 'x' });
    expect(refused.diagnostics).toEqual([expect.objectContaining({ summary: 'Import not supported' })]);
  });

  test('UpgradeResourceState reads the state JSON, dropping attributes no longer in the schema', async () => {
    const json = Buffer.from(JSON.stringify({ path: '/x', content: 'c', tags: ['a'], id: 'i', sha256: 's', size: 12, old_attribute: true }));
    const res = await files.UpgradeResourceState({ type_name: 'eccx_test_file', version: 0, raw_state: { json } });
    expect(res.diagnostics).toEqual([]);
    expect(fromDv(res.upgraded_state)).toEqual({ path: '/x', content: 'c', tags: ['a'], id: 'i', sha256: 's', size: 12 });
    const newer = await files.UpgradeResourceState({ type_name: 'eccx_test_file', version: 3, raw_state: { json } });
    expect(newer.diagnostics).toEqual([expect.objectContaining({ summary: 'State written by a newer provider' })]);
  });

  test('unknown resource types and malformed values from Terraform are diagnostics', async () => {
    const res = await files.ReadResource({ type_name: 'eccx_nope', current_state: dv(null) });
    expect(res.diagnostics).toEqual([expect.objectContaining({ summary: 'Unknown resource type eccx_nope' })]);
    const bad = await files.PlanResourceChange({ type_name: 'eccx_test_file', prior_state: { msgpack: Buffer.from([0xc1]) } });
    expect(bad.diagnostics).toEqual([expect.objectContaining({ summary: 'Invalid prior state received from Terraform' })]);
  });

  test('logs never contain attribute values', async () => {
    const p = path.join(dir, 'secret.txt');
    await files.ApplyResourceChange({ type_name: 'eccx_test_file', prior_state: dv(null), planned_state: dv(planned(p, 'TOP-SECRET-VALUE')), config: dv(planned(p, 'TOP-SECRET-VALUE')) });
    await files.ApplyResourceChange({ type_name: 'eccx_test_file', prior_state: dv(null), planned_state: dv(planned(p, 'FAIL')) });
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain('TOP-SECRET-VALUE');
    expect(logged.join('\n')).not.toContain(p);
  });
});

describe('provider configuration', () => {
  test('ConfigureProvider hands its result to resources; a failing configure is a diagnostic', async () => {
    const seen: unknown[] = [];
    const r: Resource<unknown, State> = {
      typeName: 'eccx_probe',
      schema: { attributes: { id: { type: T.string, computed: true } } },
      create: (_req, ctx) => { seen.push(ctx.providerData); return { id: 'x' }; },
      read: ({ state }) => state,
      update: ({ plannedState }) => plannedState,
      delete: () => undefined,
    };
    const schema = { attributes: { endpoint: { type: T.string, optional: true } } };
    const p = provider([r], { schema, configure: ({ config }) => ({ endpoint: config.endpoint }) });
    const cfg = await p.ConfigureProvider({ terraform_version: '1.11.4', config: dv({ endpoint: 'http://es:9200' }, impliedType(schema)) });
    expect(cfg.diagnostics).toEqual([]);
    const t = impliedType(r.schema);
    await p.ApplyResourceChange({ type_name: 'eccx_probe', prior_state: dv(null, t), planned_state: dv({ id: unknown() }, t) });
    expect(seen).toEqual([{ endpoint: 'http://es:9200' }]);

    const failing = provider([r], { schema, configure: async () => { throw new Error('bad credentials'); } });
    const res = await failing.ConfigureProvider({ config: dv({ endpoint: null }, impliedType(schema)) });
    expect(res.diagnostics).toEqual([expect.objectContaining({ summary: 'Provider configuration failed', detail: 'bad credentials' })]);
  });
});

describe('eccx provider connection settings', () => {
  test('the provider block wins over ELASTICSEARCH_* variables; basic auth is preferred', () => {
    const env = { ELASTICSEARCH_ENDPOINTS: 'https://a:9200, https://b:9200', ELASTICSEARCH_API_KEY: 'k', ELASTICSEARCH_USERNAME: 'u', ELASTICSEARCH_PASSWORD: 'p' };
    expect(resolveConnection({}, env)).toMatchObject({ endpoints: ['https://a:9200', 'https://b:9200'], auth: { username: 'u', password: 'p' }, insecure: false });
    expect(resolveConnection({ endpoints: ['http://c:9200'], api_key: 'x' }, {})).toMatchObject({ endpoints: ['http://c:9200'], auth: { apiKey: 'x' } });
    expect(providerData(resolveConnection({ api_key: 'x' }, {})).authMethod).toBe('api_key');
  });

  test('mistakes point at the attribute; a missing endpoint is reported when a resource needs the client', async () => {
    expect(() => resolveConnection({ endpoints: ['http://ok:9200', 'ftp://x'] }, {})).toThrow(expect.objectContaining({
      diagnostics: [expect.objectContaining({ summary: 'Invalid Elasticsearch endpoint', path: [{ attribute: 'endpoints' }, { index: 1 }] })],
    }));
    expect(() => resolveConnection({ username: 'u' }, {})).toThrow(expect.objectContaining({ message: expect.stringContaining('password') }));
    await expect(providerData(resolveConnection({}, {})).client()).rejects.toThrow('No Elasticsearch endpoint');
  });
});

test('the dispatch answers exactly the RPCs the build keeps in the descriptors', () => {
  expect(Object.keys(files).sort()).toEqual([...SERVED_PROVIDER_RPCS].sort());
});
