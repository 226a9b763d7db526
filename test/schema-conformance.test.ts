import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { App, Fn, TerraformIterator, TerraformStack, TerraformVariable, Testing, Token, VariableType } from 'cdktf';
import { kubernetesSecretSchema } from './support/kubernetes-conformance';
import { Problem, checkStackAgainstSchema, committedSchema, elasticstackSchema, expectConformsToSchema, formatProblems } from './support/schema-conformance';
import { DeploymentElasticsearchKeystore } from '../src/generated/ec/deployment-elasticsearch-keystore';
import { EcProvider } from '../src/generated/ec/provider';
import { DataElasticstackElasticsearchInfo } from '../src/generated/elasticstack/data-elasticstack-elasticsearch-info';
import { DataElasticstackElasticsearchSecurityRole } from '../src/generated/elasticstack/data-elasticstack-elasticsearch-security-role';
import { ElasticsearchCcrAutoFollowPattern } from '../src/generated/elasticstack/elasticsearch-ccr-auto-follow-pattern';
import { ElasticsearchCcrFollowerIndex } from '../src/generated/elasticstack/elasticsearch-ccr-follower-index';
import { ElasticsearchClusterSettings } from '../src/generated/elasticstack/elasticsearch-cluster-settings';
import { ElasticsearchSecurityApiKey } from '../src/generated/elasticstack/elasticsearch-security-api-key';
import { ElasticsearchSecurityRole } from '../src/generated/elasticstack/elasticsearch-security-role';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

const SCHEMA = elasticstackSchema();
const KEY = 'elasticstack_elasticsearch_security_api_key';
const SETTINGS = 'elasticstack_elasticsearch_cluster_settings';
const ROLE = 'elasticstack_elasticsearch_security_role';
const FOLLOWER = 'elasticstack_elasticsearch_ccr_follower_index';

function stack(): TerraformStack {
  return new TerraformStack(Testing.stubVersion(new App({ stackTraces: false })), 'test');
}

/** A document with one api key resource `Key_1A2B` whose body is `body`. */
function keyDoc(body: Record<string, unknown>): Record<string, unknown> {
  return { resource: { [KEY]: { Key_1A2B: body } } };
}

const okKey = { name: 'k', type: 'cross_cluster', access: { search: [{ names: ['logs*'] }] } };

/** [kind, where] of each problem, sorted, for compact assertions. */
function found(doc: unknown, schema: unknown = SCHEMA): Array<[string, string]> {
  return checkStackAgainstSchema(doc, schema).map((p: Problem) => [p.kind, p.where] as [string, string]).sort();
}

describe('valid documents pass', () => {
  test('every resource, data source and the provider, synthesized from the L1 classes', () => {
    const s = stack();
    new ElasticstackProvider(s, 'remote', {
      alias: 'remote',
      elasticsearch: [{ endpoints: ['https://remote:9200'], username: 'elastic', password: 'pw', caFile: 'ca.pem', insecure: false, headers: { 'X-Opaque-Id': 'cdktf' } }],
    });
    new ElasticstackProvider(s, 'local', { elasticsearch: [{ endpoints: ['https://local:9200'], apiKey: 'abc' }] });
    new ElasticsearchSecurityApiKey(s, 'Key', {
      name: 'my-cross-cluster-api-key',
      type: 'cross_cluster',
      expiration: '1d',
      metadata: JSON.stringify({ description: 'phase one' }),
      access: {
        search: [{ names: ['logs*'], allowRestrictedIndices: false, query: '{"term":{"team":"a"}}', fieldSecurity: '{"grant":["*"]}' }],
        replication: [{ names: ['archive*'] }],
      },
      timeouts: { create: '5m' },
    });
    new ElasticsearchClusterSettings(s, 'Settings', {
      persistent: {
        setting: [
          { name: 'cluster.remote.r1.mode', value: 'proxy' },
          { name: 'cluster.remote.r1.seeds', valueList: ['remote.example.com:9443'] },
        ],
      },
    });
    new ElasticsearchSecurityRole(s, 'Role', {
      name: 'ccs',
      cluster: ['monitor'],
      indices: [{ names: ['local-*'], privileges: ['read'], fieldSecurity: { grant: ['*'], except: ['secret'] } }],
      remoteIndices: [{ clusters: ['r1'], names: ['logs*'], privileges: ['read', 'read_cross_cluster'] }],
    });
    new ElasticsearchCcrFollowerIndex(s, 'Follower', { name: 'f', remoteCluster: 'r1', leaderIndex: 'archive-1', maxOutstandingReadRequests: 12 });
    new ElasticsearchCcrAutoFollowPattern(s, 'Auto', { name: 'p', remoteCluster: 'r1', leaderIndexPatterns: ['archive*'], followIndexPattern: '{{leader_index}}-copy' });
    new DataElasticstackElasticsearchInfo(s, 'Info', {});
    new DataElasticstackElasticsearchSecurityRole(s, 'ReadRole', { name: 'ccs' });
    const json = Testing.synth(s);
    expect(checkStackAgainstSchema(json, SCHEMA)).toEqual([]);
    expect(() => expectConformsToSchema(JSON.parse(json), SCHEMA)).not.toThrow();
  });

  test('token-heavy stack: variables, references, list tokens, whole-list tokens, dynamic blocks, meta-arguments', () => {
    const s = stack();
    new ElasticstackProvider(s, 'es', { elasticsearch: Token.asAny('${var.connection}') });
    const names = new TerraformVariable(s, 'names', { type: VariableType.list(VariableType.STRING) });
    const expiry = new TerraformVariable(s, 'expiry', { type: VariableType.STRING });
    const restricted = new TerraformVariable(s, 'restricted', { type: VariableType.BOOL });
    const n = new TerraformVariable(s, 'n', { type: VariableType.NUMBER });
    const info = new DataElasticstackElasticsearchInfo(s, 'Info', {});
    const key = new ElasticsearchSecurityApiKey(s, 'Key', {
      name: `key-for-${info.clusterName}`,
      type: 'cross_cluster',
      expiration: expiry.stringValue,
      metadata: Fn.jsonencode({ cluster: info.clusterUuid }),
      access: {
        search: [{ names: names.listValue, allowRestrictedIndices: restricted.booleanValue, query: Fn.jsonencode({ term: { team: info.name } }) }],
      },
      count: n.numberValue,
      lifecycle: { preventDestroy: true, ignoreChanges: ['metadata'] },
      dependsOn: [info],
    });
    // the whole nested attribute from a token (the L1 type has no IResolvable for it: override)
    new ElasticsearchSecurityApiKey(s, 'Key2', { name: 'k2' }).addOverride('access', '${local.access}');
    const it = TerraformIterator.fromList(names.listValue);
    new ElasticsearchSecurityRole(s, 'Role', {
      name: 'r',
      remoteIndices: it.dynamic({ clusters: [it.value], names: ['logs*'], privileges: ['read'] }),
    });
    new ElasticsearchClusterSettings(s, 'Settings', {
      persistent: { setting: Token.asAny('${local.settings}') },
      transient: { setting: [{ name: 'x', value: `${key.expirationTimestamp}` }] },
    });
    new ElasticsearchCcrFollowerIndex(s, 'Follower', {
      name: `f-${info.clusterName}`,
      remoteCluster: 'r1',
      leaderIndex: info.name,
      maxOutstandingReadRequests: n.numberValue,
      deleteIndexOnDestroy: restricted.booleanValue,
      forEach: TerraformIterator.fromList(names.listValue),
    });
    const doc = JSON.parse(Testing.synth(s));
    // the document really holds tokens and a dynamic block where literal values would be
    expect(doc.resource[ROLE].Role.dynamic.remote_indices.for_each).toMatch(/^\$\{/);
    expect(doc.resource[KEY].Key.access.search[0].names).toMatch(/^\$\{/);
    expect(doc.resource[KEY].Key2.access).toBe('${local.access}');
    expectConformsToSchema(doc, SCHEMA);
  });

  test('Terraform conversions: numbers and bools as strings and vice versa', () => {
    const doc = {
      resource: {
        [FOLLOWER]: { f: { name: 'f', remote_cluster: 'r', leader_index: 'l', max_outstanding_read_requests: '12', delete_index_on_destroy: 'true', max_read_request_size: 32 } },
        [KEY]: { k: { ...okKey, access: { search: [{ names: ['a', 1, true], allow_restricted_indices: 'false' }] } } },
      },
    };
    expect(found(doc)).toEqual([]);
  });

  test('meta-arguments are allowed on resources, "//" and alias on providers; other providers are ignored', () => {
    const doc = {
      resource: {
        [KEY]: { k: { ...okKey, 'count': 2, 'for_each': '${var.m}', 'depends_on': ['x.y'], 'provider': 'elasticstack.remote', 'lifecycle': { create_before_destroy: true }, 'provisioner': [{ 'local-exec': { command: 'true' } }], 'connection': { host: 'h' }, '//': { metadata: {} } } },
        null_resource: { n: { whatever: [1, 2, 3] } },
      },
      provider: { elasticstack: [{ 'alias': 'remote', '//': 'x', 'elasticsearch': [{ endpoints: ['https://e:9200'] }] }], aws: [{ region: 'x' }] },
    };
    expect(found(doc)).toEqual([]);
  });
});

describe('mistakes are caught with their path', () => {
  test('unknown attribute in a nested attribute, with the required one missing', () => {
    const problems = checkStackAgainstSchema(keyDoc({ ...okKey, access: { search: [{ name: ['logs*'] }] } }), SCHEMA);
    expect(problems.map((p) => [p.kind, p.where])).toEqual([
      ['unknown-attribute', `${KEY}.Key_1A2B.access.search[0].name`],
      ['missing-required', `${KEY}.Key_1A2B.access.search[0].names`],
    ]);
    expect(problems[0]).toMatchObject({ address: `${KEY}.Key_1A2B`, path: 'access.search[0].name' });
    expect(problems[0].message).toMatch(/did you mean "names"/);
  });

  test('unknown top-level attribute and unknown block', () => {
    expect(found(keyDoc({ ...okKey, expires: '1d', elasticsearch_conection: [{ endpoints: ['x'] }] }))).toEqual([
      ['unknown-attribute', `${KEY}.Key_1A2B.expires`],
      ['unknown-block', `${KEY}.Key_1A2B.elasticsearch_conection`],
    ]);
    expect(found(keyDoc({ ...okKey, elasticsearch_connection: [{ endpoint: ['x'] }] }))).toEqual([
      ['unknown-attribute', `${KEY}.Key_1A2B.elasticsearch_connection[0].endpoint`],
    ]);
  });

  test('missing required attributes, also in blocks', () => {
    expect(found(keyDoc({ type: 'cross_cluster' }))).toEqual([['missing-required', `${KEY}.Key_1A2B.name`]]);
    expect(found(keyDoc({ ...okKey, name: null }))).toEqual([['missing-required', `${KEY}.Key_1A2B.name`]]);
    const doc = { resource: { [SETTINGS]: { s: { persistent: { setting: [{ value: 'x' }] } } } } };
    expect(found(doc)).toEqual([['missing-required', `${SETTINGS}.s.persistent.setting[0].name`]]);
    const role = { resource: { [ROLE]: { r: { name: 'r', remote_indices: [{ names: ['a'], privileges: ['read'] }] } } } };
    expect(found(role)).toEqual([['missing-required', `${ROLE}.r.remote_indices[0].clusters`]]);
  });

  test('computed-only attributes that are set', () => {
    expect(found(keyDoc({ ...okKey, encoded: 'x', key_id: 'y', id: 'z', expiration_timestamp: 1 }))).toEqual([
      ['computed-only', `${KEY}.Key_1A2B.encoded`],
      ['computed-only', `${KEY}.Key_1A2B.expiration_timestamp`],
      ['computed-only', `${KEY}.Key_1A2B.id`],
      ['computed-only', `${KEY}.Key_1A2B.key_id`],
    ]);
    // computed-only is computed-only even when the value is a token
    expect(found(keyDoc({ ...okKey, api_key: '${var.k}' }))).toEqual([['computed-only', `${KEY}.Key_1A2B.api_key`]]);
    // nested computed attributes of a data source
    const data = { data: { elasticstack_elasticsearch_security_role: { r: { name: 'r', indices: [{ names: ['a'] }] } } } };
    expect(found(data)).toEqual([['computed-only', 'data.elasticstack_elasticsearch_security_role.r.indices']]);
  });

  test('wrong primitive types', () => {
    expect(found(keyDoc({ ...okKey, name: ['a'] }))).toEqual([['wrong-type', `${KEY}.Key_1A2B.name`]]);
    expect(found(keyDoc({ ...okKey, name: { a: 1 } }))).toEqual([['wrong-type', `${KEY}.Key_1A2B.name`]]);
    expect(found(keyDoc({ ...okKey, access: { search: [{ names: ['a'], allow_restricted_indices: 'yes' }] } }))).toEqual([
      ['wrong-type', `${KEY}.Key_1A2B.access.search[0].allow_restricted_indices`],
    ]);
    const follower = { resource: { [FOLLOWER]: { f: { name: 'f', remote_cluster: 'r', leader_index: 'l', max_outstanding_read_requests: 'ten', delete_index_on_destroy: 3 } } } };
    expect(found(follower)).toEqual([
      ['wrong-type', `${FOLLOWER}.f.delete_index_on_destroy`],
      ['wrong-type', `${FOLLOWER}.f.max_outstanding_read_requests`],
    ]);
    const msg = checkStackAgainstSchema(follower, SCHEMA).map((p) => p.message).join('\n');
    expect(msg).toContain('number required, got the string "ten"');
  });

  test('wrong collection types: list, set, map', () => {
    expect(found(keyDoc({ ...okKey, access: { search: [{ names: 'logs*' }] } }))).toEqual([
      ['wrong-type', `${KEY}.Key_1A2B.access.search[0].names`],
    ]);
    expect(found(keyDoc({ ...okKey, access: { search: [{ names: [['a']] }] } }))).toEqual([
      ['wrong-type', `${KEY}.Key_1A2B.access.search[0].names[0]`],
    ]);
    const role = { resource: { [ROLE]: { r: { name: 'r', cluster: 'monitor' } } } };
    expect(found(role)).toEqual([['wrong-type', `${ROLE}.r.cluster`]]);
    const headers = { provider: { elasticstack: [{ elasticsearch: [{ headers: { 'X-A': ['a'], 'ok': 'b' } }] }] } };
    expect(found(headers)).toEqual([['wrong-type', 'provider.elasticstack[0].elasticsearch[0].headers["X-A"]']]);
    const headersList = { provider: { elasticstack: [{ elasticsearch: [{ headers: ['a'] }] }] } };
    expect(found(headersList)).toEqual([['wrong-type', 'provider.elasticstack[0].elasticsearch[0].headers']]);
  });

  test('nested attributes versus nested blocks', () => {
    // access is a single nested attribute: block syntax (a list) is wrong
    expect(found(keyDoc({ ...okKey, access: [{ search: [{ names: ['a'] }] }] }))).toEqual([['wrong-type', `${KEY}.Key_1A2B.access`]]);
    // search is a list nested attribute: one object is wrong
    expect(found(keyDoc({ ...okKey, access: { search: { names: ['a'] } } }))).toEqual([['wrong-type', `${KEY}.Key_1A2B.access.search`]]);
    // a dynamic block for an attribute
    expect(found(keyDoc({ ...okKey, dynamic: { access: { for_each: '${var.x}', content: {} } } }))).toEqual([
      ['wrong-type', `${KEY}.Key_1A2B.dynamic.access`],
    ]);
    // persistent is a single block: two of them is a count error; a string is a type error
    const two = { resource: { [SETTINGS]: { s: { persistent: [{ setting: [{ name: 'a', value: 'b' }] }, { setting: [{ name: 'c', value: 'd' }] }] } } } };
    expect(found(two)).toEqual([['block-count', `${SETTINGS}.s.persistent`]]);
    const str = { resource: { [SETTINGS]: { s: { persistent: { setting: 'a=b' } } } } };
    expect(found(str)).toEqual([['wrong-type', `${SETTINGS}.s.persistent.setting`]]);
    // field_security is a single block inside the indices set block; its attributes are sets of strings
    const fls = { resource: { [ROLE]: { r: { name: 'r', indices: [{ names: ['a'], privileges: ['read'], field_security: { grant: 'x' } }] } } } };
    expect(found(fls)).toEqual([['wrong-type', `${ROLE}.r.indices[0].field_security.grant`]]);
  });

  test('block counts outside min_items / max_items', () => {
    const schema = JSON.parse(JSON.stringify(SCHEMA));
    const key = schema.provider_schemas['registry.terraform.io/elastic/elasticstack'].resource_schemas[KEY];
    key.block.block_types.elasticsearch_connection.max_items = 1;
    key.block.block_types.elasticsearch_connection.min_items = 1;
    expect(found(keyDoc({ ...okKey, elasticsearch_connection: [{}, {}] }), schema)).toEqual([
      ['block-count', `${KEY}.Key_1A2B.elasticsearch_connection`],
    ]);
    expect(found(keyDoc({ ...okKey, elasticsearch_connection: [] }), schema)).toEqual([
      ['block-count', `${KEY}.Key_1A2B.elasticsearch_connection`],
    ]);
    expect(found(keyDoc({ ...okKey }), schema)).toEqual([['missing-required', `${KEY}.Key_1A2B.elasticsearch_connection`]]);
    expect(found(keyDoc({ ...okKey, elasticsearch_connection: [{ username: 'u' }] }), schema)).toEqual([]);
    // a token for the whole list, or a dynamic block, has an unknown count
    expect(found(keyDoc({ ...okKey, elasticsearch_connection: '${var.c}' }), schema)).toEqual([]);
    expect(found(keyDoc({ ...okKey, dynamic: { elasticsearch_connection: { for_each: '${var.c}', content: { username: '${each.value}' } } } }), schema)).toEqual([]);
    expect(found(keyDoc({ ...okKey, dynamic: { elasticsearch_connection: { for_each: '${var.c}', content: { user: 'x' } } } }), schema)).toEqual([
      ['unknown-attribute', `${KEY}.Key_1A2B.dynamic.elasticsearch_connection.content.user`],
    ]);
  });

  test('unknown resource type of the provider; other providers untouched', () => {
    const doc = { resource: { elasticstack_elasticsearch_index: { i: { name: 'x' } }, random_pet: { p: { bogus: true } } } };
    expect(found(doc)).toEqual([['unknown-type', 'elasticstack_elasticsearch_index.i']]);
  });

  test('meta-arguments that the kind of block does not have', () => {
    const data = { data: { elasticstack_elasticsearch_info: { i: { provisioner: [], count: 1 } } } };
    expect(found(data)).toEqual([['unknown-attribute', 'data.elasticstack_elasticsearch_info.i.provisioner']]);
    const provider = { provider: { elasticstack: [{ count: 2 }] } };
    expect(found(provider)).toEqual([['unknown-attribute', 'provider.elasticstack[0].count']]);
  });

  test('provider block: typo and wrong type', () => {
    const doc = { provider: { elasticstack: [{ elasticsearch: [{ endpoint: 'https://e:9200', insecure: 'maybe' }] }, { alias: 'b', kibana: { username: 1 } }] } };
    expect(found(doc)).toEqual([
      ['unknown-attribute', 'provider.elasticstack[0].elasticsearch[0].endpoint'],
      ['wrong-type', 'provider.elasticstack[0].elasticsearch[0].insecure'],
    ]);
  });

  test('token rules: whole tokens stand for any type, templates only for primitives', () => {
    expect(found(keyDoc({
      name: 'k-${var.suffix}',
      access: { search: [{ names: '${var.names}', allow_restricted_indices: '${var.b}' }, '${local.extra_search}'], replication: '${var.r}' },
      metadata: '${jsonencode(local.m)}',
    }))).toEqual([]);
    const follower = { resource: { [FOLLOWER]: { f: { name: '${var.n}', remote_cluster: 'r', leader_index: 'l', max_outstanding_read_requests: '1${var.zeros}' } } } };
    expect(found(follower)).toEqual([]);
    // a template with text around the interpolation is a string, never a list
    expect(found(keyDoc({ ...okKey, access: { search: [{ names: 'logs-${var.x}' }] } }))).toEqual([
      ['wrong-type', `${KEY}.Key_1A2B.access.search[0].names`],
    ]);
    expect(found({ provider: { elasticstack: [{ elasticsearch: '${var.es}' }] } })).toEqual([]);
  });
});

describe('types the elasticstack schema does not use (object, tuple, set, dynamic, nested map)', () => {
  const schema = {
    provider_schemas: {
      'registry.terraform.io/example/ex': {
        resource_schemas: {
          ex_thing: {
            block: {
              attributes: {
                obj: { optional: true, type: ['object', { a: 'string', n: 'number' }] },
                opt: { optional: true, type: ['object', { a: 'string', b: 'bool' }, ['b']] },
                tup: { optional: true, type: ['tuple', ['string', 'bool']] },
                tags: { optional: true, type: ['set', 'string'] },
                any: { optional: true, type: 'dynamic' },
                byname: { optional: true, nested_type: { nesting_mode: 'map', attributes: { size: { required: true, type: 'number' } } } },
              },
              block_types: {
                rule: { nesting_mode: 'map', block: { attributes: { on: { required: true, type: 'bool' } } } },
                grp: { nesting_mode: 'group', block: { attributes: { x: { optional: true, type: 'string' } } } },
              },
            },
          },
        },
      },
    },
  };
  const doc = (body: Record<string, unknown>) => ({ resource: { ex_thing: { t: body } } });
  const exFound = (body: Record<string, unknown>) => found(doc(body), schema);

  test('valid values', () => {
    expect(exFound({
      obj: { a: 'x', n: 1 },
      opt: { a: 'y' },
      tup: ['s', true],
      tags: ['a', 'b'],
      any: [{ anything: 1 }],
      byname: { small: { size: 1 }, big: { size: '${var.n}' } },
      rule: { first: { on: true } },
      grp: { x: 'y' },
    })).toEqual([]);
    expect(exFound({ obj: '${var.o}', tup: '${var.t}', byname: '${var.m}', rule: '${var.r}' })).toEqual([]);
  });

  test('object: missing, extra and wrongly typed attributes', () => {
    expect(exFound({ obj: { a: 'x' }, opt: { a: 'y', c: 1 } })).toEqual([
      ['wrong-type', 'ex_thing.t.obj.n'],
      ['wrong-type', 'ex_thing.t.opt.c'],
    ]);
    expect(exFound({ obj: { a: 'x', n: 'many' } })).toEqual([['wrong-type', 'ex_thing.t.obj.n']]);
    expect(exFound({ obj: ['x', 1] })).toEqual([['wrong-type', 'ex_thing.t.obj']]);
  });

  test('tuple: length and element types', () => {
    expect(exFound({ tup: ['s'] })).toEqual([['wrong-type', 'ex_thing.t.tup']]);
    expect(exFound({ tup: ['s', 'nope'] })).toEqual([['wrong-type', 'ex_thing.t.tup[1]']]);
  });

  test('set, map nested attribute, map block, group block', () => {
    expect(exFound({ tags: 'a' })).toEqual([['wrong-type', 'ex_thing.t.tags']]);
    expect(exFound({ byname: { small: { size: 'big' }, odd: 3 } })).toEqual([
      ['wrong-type', 'ex_thing.t.byname["odd"]'],
      ['wrong-type', 'ex_thing.t.byname["small"].size'],
    ]);
    expect(exFound({ byname: [{ size: 1 }] })).toEqual([['wrong-type', 'ex_thing.t.byname']]);
    expect(exFound({ rule: { first: {} } })).toEqual([['missing-required', 'ex_thing.t.rule["first"].on']]);
    expect(exFound({ rule: [{ on: true }] })).toEqual([['wrong-type', 'ex_thing.t.rule']]);
    expect(exFound({ grp: [{ x: 'a' }, { x: 'b' }] })).toEqual([['block-count', 'ex_thing.t.grp']]);
  });
});

describe('inputs and reporting', () => {
  test('accepts the JSON string of cdk.tf.json and reports a broken document', () => {
    expect(checkStackAgainstSchema(JSON.stringify(keyDoc(okKey)), SCHEMA)).toEqual([]);
    expect(found('{not json')).toEqual([['invalid-document', '(document)']]);
    expect(found({ resource: { [KEY]: 'x' } })).toEqual([['invalid-document', KEY]]);
  });

  test('expectConformsToSchema lists every problem', () => {
    const bad = { ...keyDoc({ name: 1, encoded: 'e', acess: {} }), provider: { elasticstack: [{ elasticsearch: [{ usernam: 'u' }] }] } };
    let message = '';
    try {
      expectConformsToSchema(bad, SCHEMA);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^stack does not conform to the provider schema \(3 problems\):/);
    expect(message).toContain(`${KEY}.Key_1A2B.encoded: "encoded" is computed by the provider and cannot be set [computed-only]`);
    expect(message).toContain(`${KEY}.Key_1A2B.acess: `);
    expect(message).toContain('provider.elasticstack[0].elasticsearch[0].usernam: ');
    expect(formatProblems([])).toBe('');
  });
});

describe('ec and kubernetes blocks (credential delivery; neither provider can be installed here)', () => {
  const EC = committedSchema('ec');

  test('the ec provider block and ec_deployment_elasticsearch_keystore from the generated ec bindings conform to schema/ec.json', () => {
    const s = stack();
    new EcProvider(s, 'ec', { apikey: 'k', endpoint: 'https://api.elastic-cloud.com', timeout: '1m' });
    new DeploymentElasticsearchKeystore(s, 'Keystore', { deploymentId: 'd', settingName: 'cluster.remote.r.credentials', value: 'v', asFile: false });
    const doc = JSON.parse(Testing.synth(s));
    expect(checkStackAgainstSchema(doc, EC, { provider: 'ec' })).toEqual([]);
  });

  test('a keystore entry without value, with a computed id set, or with a typo is caught', () => {
    const doc = { resource: { ec_deployment_elasticsearch_keystore: { k: { deployment_id: 'd', setting_name: 's', id: 'x', as_flie: true } } } };
    expect(checkStackAgainstSchema(doc, EC, { provider: 'ec' }).map((p) => [p.kind, p.path]).sort()).toEqual([
      ['computed-only', 'id'], ['missing-required', 'value'], ['unknown-attribute', 'as_flie'],
    ]);
  });

  test('kubernetes_secret_v1 from @cdktf/provider-kubernetes conforms to the schema built from its bindings; mistakes are caught', () => {
    const s = stack();
    new SecretV1(s, 'Secret', { metadata: { name: 'n', namespace: 'ns' }, type: 'Opaque', data: { 'cluster.remote.r.credentials': 'v' } });
    expect(checkStackAgainstSchema(JSON.parse(Testing.synth(s)), kubernetesSecretSchema(), { provider: 'kubernetes' })).toEqual([]);
    const bad = { resource: { kubernetes_secret_v1: { s: { metadata: { nmae: 'n' }, string_dat: {} } } } };
    expect(checkStackAgainstSchema(bad, kubernetesSecretSchema(), { provider: 'kubernetes' }).map((p) => [p.kind, p.path]).sort()).toEqual([
      ['unknown-attribute', 'metadata.nmae'], ['unknown-block', 'string_dat'],
    ]);
  });
});
