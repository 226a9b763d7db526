import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps, SearchAccess, SearchAccessProps } from '../src';
import { keyBlock, synthStack } from './support/synth';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';
import { cdktfIsUnresolved } from '../src/private/cdktf-tokens';

// Each rule: a good literal, a bad literal with its message (construct path, prop, value, fix),
// and a deploy-time value (token) that is skipped.

const SEARCH = [{ names: ['logs-*'] }];

function synthKey(props: Partial<CrossClusterApiKeyProps>, extra?: (key: CrossClusterApiKey, stack: TerraformStack) => void) {
  return synthStack((stack) => {
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', ...props } as CrossClusterApiKeyProps);
    extra?.(key, stack);
  });
}

function variable(stack: TerraformStack, id: string, type = 'string') {
  return new TerraformVariable(stack, id, { type });
}

describe('name', () => {
  test.each([['ccx'], ['a'], ['x'.repeat(256)], ['search from local a'], ['ccx_with-underscore']])('accepts %j', (name) => {
    expect(synthKey({ name, search: SEARCH }).errors).toEqual([]);
  });

  test.each([
    ['', 'name: must not be empty (Elasticsearch: "api key name is required")'],
    ['x'.repeat(257), 'name: is 257 UTF-16 code units long, more than 256'],
    ['\u00e9'.repeat(200) + '\u{1F600}'.repeat(29), 'is 258 UTF-16 code units long'],
    [' ccx', 'name: " ccx" begins or ends with whitespace'],
    ['ccx\t', 'name: "ccx\\t" begins or ends with whitespace'],
    ['_ccx', 'name: "_ccx" begins with an underscore, which is reserved (Elasticsearch: "api key name may not begin with an underscore")'],
    ['clé', 'name: "clé" contains characters other than printable ASCII'],
  ])('rejects %j', (name, message) => {
    const { errors } = synthKey({ name, search: SEARCH });
    expect(errors.join('\n')).toContain('[test/Key] ');
    expect(errors.join('\n')).toContain(message);
    expect(errors.join('\n')).toMatch(/Fix: /);
  });

  test('skips a token', () => {
    const { errors, json } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: variable(stack, 'name').stringValue, search: SEARCH });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).name).toBe('${var.name}');
  });
});

describe('access: at least one entry', () => {
  test('search only and replication only are each enough', () => {
    expect(synthKey({ search: SEARCH }).errors).toEqual([]);
    expect(synthKey({ replication: [{ names: ['archive-*'] }] }).errors).toEqual([]);
  });

  test('a child construct added after construction counts', () => {
    expect(synthKey({}, (key) => key.addReplication('Audit', { names: ['audit-*'] })).errors).toEqual([]);
  });

  test.each([[{}], [{ search: [] }], [{ replication: [] }], [{ search: [], replication: [] }]])('rejects %j', (props) => {
    const { errors } = synthKey(props);
    expect(errors).toEqual([
      expect.stringContaining(
        '[test/Key] access: has no search and no replication entry (Elasticsearch: "must specify non-empty access for either [search] or [replication]")',
      ),
    ]);
  });

  test('a list token for names counts as an entry and is not inspected', () => {
    const { errors, json } = synthStack((stack) => {
      const names = variable(stack, 'names', 'list(string)').listValue;
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names }] });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).access.search[0].names).toBe('${var.names}');
  });
});

describe('names', () => {
  test('accepts patterns, regexes and exact names', () => {
    expect(synthKey({ search: [{ names: ['logs-*', '/metrics-[0-9]+/', 'audit'] }] }).errors).toEqual([]);
  });

  test.each([
    [{ search: [{ names: [] }] }, '[test/Key/Search0] search[0].names: is empty (Elasticsearch: "failed to parse indices privileges for role [cross_cluster]. [names] cannot be an empty array")'],
    [{ replication: [{ names: [] }] }, '[test/Key/Replication0] replication[0].names: is empty'],
    [{ search: [{ names: ['logs-*', ''] }] }, '[test/Key/Search0] search[0].names[1]: is an empty string, which matches no index'],
  ])('rejects %j', (props, message) => {
    expect(synthKey(props as any).errors.join('\n')).toContain(message);
  });

  test('skips a token element but checks its literal siblings', () => {
    const { errors } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: [variable(stack, 'idx').stringValue, ''] }] });
    });
    expect(errors).toEqual([expect.stringContaining('search[0].names[1]: is an empty string')]);
  });
});

describe('no query or field_security on search while the key replicates (B01, CVE-2024-23445)', () => {
  test('DLS/FLS on a search-only key is fine', () => {
    expect(synthKey({ search: [{ names: ['logs-*'], query: { term: { tenant: 't1' } }, fieldSecurity: { grant: ['a'] } }] }).errors).toEqual([]);
  });

  test('allowRestrictedIndices alone does not trigger it', () => {
    expect(
      synthKey({ search: [{ names: ['logs-*'], allowRestrictedIndices: true }], replication: [{ names: ['logs-*'] }] }).errors,
    ).toEqual([]);
  });

  test.each([
    ['query', { query: { term: { tenant: 't1' } } }, 'sets query'],
    ['field_security', { fieldSecurity: { grant: ['a'] } }, 'sets field_security'],
    ['both', { query: '{"match_all":{}}', fieldSecurity: { grant: ['a'] } }, 'sets query and field_security'],
  ])('B01: search with %s plus replication is rejected before anything is sent', (_label, dls, what) => {
    const { errors } = synthKey({ name: 'ccx-dls', search: [{ names: ['logs-*'], ...dls }], replication: [{ names: ['logs-*'] }] });
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toContain('[test/Key] access: search entries may not use document or field level security while the key has replication entries');
    expect(error).toContain(`search[0] (test/Key/Search0) ${what}`);
    expect(error).toContain('replication[0] (test/Key/Replication0)');
    expect(error).toContain('"search does not support document or field level security if replication is assigned" (CVE-2024-23445)');
    expect(error).toContain('Fix: split it into two keys: one search key that keeps query/field_security, and one replication-only key');
  });

  test('names both offending entries when they come from different places', () => {
    const { errors } = synthKey({ search: [{ names: ['a'], query: { match_all: {} } }] }, (key) => {
      key.addSearch('Filtered', { names: ['b'], fieldSecurity: { grant: ['x'] } });
      key.addReplication('Archive', { names: ['c'] });
    });
    expect(errors[0]).toContain('search[0] (test/Key/Search0) sets query; search[1] (test/Key/Filtered) sets field_security');
    expect(errors[0]).toContain('replication[0] (test/Key/Archive)');
  });

  test('a token query is still a query: the rule does not guess it away', () => {
    const { errors } = synthStack((stack) => {
      const q = variable(stack, 'q').stringValue;
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'], query: q }], replication: [{ names: ['b'] }] });
    });
    expect(errors[0]).toContain('sets query');
  });

  test('replication entries never carry DLS/FLS (props smuggled past the types)', () => {
    const { errors } = synthKey({ replication: [{ names: ['a'], query: { match_all: {} } } as any] });
    expect(errors.join('\n')).toContain('[test/Key/Replication0] replication[0]: sets query (Elasticsearch: "replication does not support document or field level security")');
  });
});

describe('allowRestrictedIndices on replication (elasticstack provider cannot send it)', () => {
  test('false or absent is fine', () => {
    expect(synthKey({ replication: [{ names: ['a'], allowRestrictedIndices: false }] }).errors).toEqual([]);
  });
  test('true fails instead of being dropped silently', () => {
    const { errors } = synthKey({ replication: [{ names: ['.security*'], allowRestrictedIndices: true }] });
    expect(errors.join('\n')).toContain(
      '[test/Key] replication[0].allow_restricted_indices: is set, but the elasticstack provider only sends names for replication entries and would drop it silently',
    );
  });
  test('a token is flagged too, since any true value would be dropped', () => {
    const { errors } = synthStack((stack) => {
      const v = variable(stack, 'ari', 'bool').booleanValue;
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', replication: [{ names: ['a'], allowRestrictedIndices: v as unknown as boolean }] });
    });
    expect(errors.join('\n')).toContain('replication[0].allow_restricted_indices');
  });
  test('search entries always carry allow_restricted_indices explicitly', () => {
    const block = keyBlock(synthKey({ search: [{ names: ['a'] }, { names: ['.b*'], allowRestrictedIndices: true }] }).json);
    expect(block.access.search.map((s: any) => s.allow_restricted_indices)).toEqual([false, true]);
  });
});

describe('names with holes', () => {
  test('a hole in a names list is skipped, and the list is written without it', () => {
    // eslint-disable-next-line no-sparse-arrays
    const { errors, json } = synthKey({ search: [{ names: [, 'logs-*'] as string[] }], replication: [{ names: ['a', , 'b'] as string[] }] });
    expect(errors).toEqual([]);
    expect(keyBlock(json).access.search[0].names).toEqual(['logs-*']);
    expect(keyBlock(json).access.replication[0].names).toEqual(['a', 'b']);
  });
});

describe('expiration (B05)', () => {
  test.each(['30d', '12h', '90s', '5m', '1D', '2H', '1000ms', '1000000micros', '1000000000nanos', '106751d', '+1d', '1 d'])('accepts %j', (expiration) => {
    expect(synthKey({ expiration, search: SEARCH }).errors).toEqual([]);
  });

  test.each([
    ['1y', 'failed to parse setting [expiration] with value [1y] as a time value: unit is missing or unrecognized'],
    ['1w', 'unit is missing or unrecognized'],
    ['5M', 'failed to parse setting [expiration] with value [5M] as a time value: unit is missing or unrecognized'],
    ['30 days', 'failed to parse [30 days]'],
    ['1.5d', 'failed to parse [1.5d], fractional time values are not supported'],
    ['-2d', 'negative durations are not supported'],
    ['0d', 'is shorter than one second'],
    ['500ms', 'is shorter than one second'],
    ['-1d', 'is negative'],
    ['-1', 'is a magic value (minus one)'],
    ['0', 'is a magic value (zero)'],
    ['106752d', 'is longer than 106751 days'],
    ['', 'unit is missing or unrecognized'],
  ])('rejects %j', (expiration, message) => {
    const { errors } = synthKey({ expiration, search: SEARCH });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`[test/Key] expiration: ${JSON.stringify(expiration)}`);
    expect(errors[0]).toContain(message);
    expect(errors[0]).toContain('Fix: ');
  });

  test('skips a token and passes it through', () => {
    const { errors, json } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', expiration: variable(stack, 'exp').stringValue, search: SEARCH });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).expiration).toBe('${var.exp}');
  });

  test('omitted expiration is absent from the resource, not null', () => {
    expect(keyBlock(synthKey({ search: SEARCH }).json)).not.toHaveProperty('expiration');
  });
});

describe('metadata (B10)', () => {
  test('nested keys may start with "_"; output is canonical JSON with sorted keys', () => {
    const { errors, json } = synthKey({ search: SEARCH, metadata: { zeta: 1, alpha: { _nested: true, b: [2, 1] } } });
    expect(errors).toEqual([]);
    expect(keyBlock(json).metadata).toBe('{"alpha":{"_nested":true,"b":[2,1]},"zeta":1}');
  });

  test('empty metadata is omitted, not "{}"', () => {
    expect(keyBlock(synthKey({ search: SEARCH, metadata: {} }).json)).not.toHaveProperty('metadata');
    expect(keyBlock(synthKey({ search: SEARCH }).json)).not.toHaveProperty('metadata');
  });

  test.each([
    [{ _owner: 'team' }, 'metadata: top-level key(s) "_owner" begin with "_", which Elasticsearch reserves (Elasticsearch: "API key metadata keys may not start with [_]")'],
    [{ when: new Date(0) }, 'metadata: values must be JSON: metadata.when is a Date object, not a JSON object'],
    [{ n: Number.NaN }, 'metadata: values must be JSON: metadata.n is NaN'],
    [{ f: () => 1 }, 'metadata: values must be JSON: metadata.f is a function'],
    [['a'], 'metadata: must be a JSON object'],
  ])('rejects %j', (metadata, message) => {
    const { errors } = synthKey({ search: SEARCH, metadata: metadata as any });
    expect(errors.join('\n')).toContain(`[test/Key] ${message}`);
  });

  test('a token value inside metadata is skipped and encoded with jsonencode', () => {
    const { errors, json } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, metadata: { owner: variable(stack, 'owner').stringValue, a: 1 } });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).metadata).toBe('${jsonencode({"a" = 1, "owner" = var.owner})}');
  });
});

describe('field_security', () => {
  const withFs = (fieldSecurity: any): Partial<CrossClusterApiKeyProps> => ({ search: [{ names: ['a'], fieldSecurity }] });

  test('grant, and grant with except, are canonical JSON strings', () => {
    const { errors, json } = synthKey(withFs({ except: ['secret'], grant: ['*'] }));
    expect(errors).toEqual([]);
    expect(keyBlock(json).access.search[0].field_security).toBe('{"except":["secret"],"grant":["*"]}');
  });

  test.each([
    [{}, 'search[0].field_security: is empty (Elasticsearch: "\\"field_security\\" must not be empty.")'],
    [{ except: ['a'] }, 'search[0].field_security.except: is given without grant (Elasticsearch: "field_security requires grant if except is given")'],
    [{ grant: 'message' }, 'search[0].field_security.grant: must be a list of field names, got "message"'],
    [{ grant: ['ok', 3] }, 'search[0].field_security.grant[1]: must be a non-empty field name, got 3'],
    [{ grant: ['a'], deny: ['b'] }, 'search[0].field_security: has unknown field(s) "deny"'],
  ])('rejects %j', (fs, message) => {
    expect(synthKey(withFs(fs)).errors.join('\n')).toContain(`[test/Key/Search0] ${message}`);
  });

  test('a token grant list is skipped', () => {
    const { errors } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'], fieldSecurity: { grant: variable(stack, 'g', 'list(string)').listValue } }] });
    });
    expect(errors).toEqual([]);
  });
});

describe('query', () => {
  const withQuery = (query: any): Partial<CrossClusterApiKeyProps> => ({ search: [{ names: ['a'], query }] });

  test('an object and a JSON string give the same canonical string (B03)', () => {
    const a = keyBlock(synthKey(withQuery({ bool: { must_not: { term: { field2: 'value2' } } } })).json);
    const b = keyBlock(synthKey(withQuery('{ "bool": {"must_not": {"term": {"field2": "value2"}}} }')).json);
    expect(a.access.search[0].query).toBe('{"bool":{"must_not":{"term":{"field2":"value2"}}}}');
    expect(b.access.search[0].query).toBe(a.access.search[0].query);
  });

  test.each([
    [['a'], 'search[0].query: must be a query object, got ["a"]'],
    [42, 'search[0].query: must be a query object, got 42'],
    ['{not json', 'search[0].query: is a string that is not valid JSON'],
    ['"text"', 'search[0].query: is a JSON string that does not hold an object'],
    ['', 'search[0].query: is an empty string'],
    [{ range: { ts: { gte: Number.POSITIVE_INFINITY } } }, 'search[0].query: must be JSON: search[0].query.range.ts.gte is Infinity'],
  ])('rejects %j', (query, message) => {
    expect(synthKey(withQuery(query)).errors.join('\n')).toContain(`[test/Key/Search0] ${message}`);
  });

  test('a token inside the query object is skipped and encoded with jsonencode', () => {
    const { errors, json } = synthStack((stack) => {
      const team = variable(stack, 'team').stringValue;
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'], query: { term: { team } } }] });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).access.search[0].query).toBe('${jsonencode({"term" = {"team" = var.team}})}');
  });
});

describe('provider authentication (B12)', () => {
  test('username/password is fine', () => {
    const { errors } = synthStack((stack) => {
      const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{ username: 'elastic', password: 'x', endpoints: ['https://remote:9200'] }] });
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, provider: remote });
    });
    expect(errors).toEqual([]);
  });

  test('a literal api_key fails synth, naming the provider', () => {
    const { errors } = synthStack((stack) => {
      const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{ apiKey: 'abc', endpoints: ['https://remote:9200'] }] });
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, provider: remote });
    });
    expect(errors.join('\n')).toContain('[test/Key] provider: the elasticstack provider (test/remote) authenticates with api_key');
  });

  test('a token api_key only warns (it may be empty at deploy time)', () => {
    let warnings: string[] = [];
    const { errors } = synthStack((stack) => {
      const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{ apiKey: variable(stack, 'k').stringValue }] });
      const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: SEARCH, provider: remote });
      warnings = key.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    });
    expect(errors).toEqual([]);
    // warned once, at construction (not once per validation run)
    expect(warnings).toEqual([expect.stringContaining('provider: the provider authenticates with api_key')]);
  });
});

describe('construct tree', () => {
  test('SearchAccess outside a key fails with the path and the fix', () => {
    expect(() =>
      synthStack((stack) => {
        new SearchAccess(stack, 'Loose', { names: ['a'] } as SearchAccessProps);
      }),
    ).toThrow("[test/Loose] SearchAccess: the scope must be a CrossClusterApiKey, got TerraformStack at \"test\". Fix: create it as new SearchAccess(key, 'Loose', props) or call key.addSearch('Loose', props).");
  });

  test('all problems of a key are reported at once', () => {
    const { errors } = synthKey({ name: '_x', expiration: '1y', metadata: { _a: 1 }, search: [{ names: [] }] });
    expect(errors).toHaveLength(4);
  });

  test('every synth test checks the document against the provider schema', () => {
    expect(() => synthKey({ search: SEARCH }, (key) => key.resource.addOverride('privileges', ['read']))).toThrow(
      /\.privileges: .*unknown-attribute/,
    );
  });

  test('escape hatch: overrides merge into access, which is a plain value at synth', () => {
    const { json } = synthKey({ search: SEARCH }, (key) => key.resource.addOverride('access.search.0.allow_restricted_indices', true));
    expect(keyBlock(json).access.search[0]).toEqual({ names: ['logs-*'], allow_restricted_indices: true });
  });

  test('HCL synthesis renders access too', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'hcl');
    new ElasticstackProvider(stack, 'elasticstack', {});
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['logs-*'], query: { match_all: {} } }] });
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toContain('names');
    expect(hcl).toContain('logs-*');
    expect(hcl).toContain('allow_restricted_indices = false');
  });

  test('the token test the rules use recognises list tokens', () => {
    expect(cdktfIsUnresolved(Token.asList('${var.x}'))).toBe(true);
  });
});
