import { TerraformStack } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps } from '../src';
import { configuredStack, errorsOf, keyBlock, synthKey, synthStack, variable } from './support/synth';

// The rules for a key's access (src/rules/access.ts), through the constructs: search and
// replication entries, names, query and field_security. Each rule: a good literal, a bad literal
// with its message (construct path, prop, value, fix), and a deploy-time value (token) skipped.

const SEARCH = [{ names: ['logs-*'] }];

function warningsOf(build: (stack: TerraformStack) => { node: { metadata: readonly { type: string; data: unknown }[] } }): string[] {
  return build(configuredStack()).node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}


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

describe('field_security except must be a subset of grant', () => {
  test.each([
    [{ grant: ['a'], except: ['b'] }, '"b" is not granted by grant ["a"]'],
    [{ grant: [], except: ['x'] }, '"x" is not granted by grant []'],
  ])('%j fails', (fieldSecurity, message) => {
    expect(synthKey({ search: [{ names: ['i'], fieldSecurity }] }).errors.join('\n')).toContain(`search[0].field_security.except: ${message}`);
  });
  test.each([[{ grant: ['*'], except: ['secret'] }], [{ grant: ['event.*'], except: ['event.secret'] }], [{ grant: ['a*'], except: ['a.*'] }]])('%j passes', (fieldSecurity) => {
    expect(synthKey({ search: [{ names: ['i'], fieldSecurity }] }).errors).toEqual([]);
  });
});

describe('fields the construct does not know fail instead of being dropped', () => {
  test('snake_case allow_restricted_indices (from JavaScript) names the camelCase spelling', () => {
    const { errors } = synthKey({ search: [{ names: ['a'], allow_restricted_indices: true } as any] });
    expect(errors.join('\n')).toContain('[test/Key/Search0] search[0].allow_restricted_indices: is not a field of this entry and would be ignored. Fix: spell it allowRestrictedIndices');
  });
  test('privileges are refused as Elasticsearch refuses them', () => {
    const { errors } = synthKey({ replication: [{ names: ['a'], privileges: ['all'] } as any] });
    expect(errors.join('\n')).toContain('replication[0].privileges: is given, but cross-cluster API keys take no explicit privileges (Elasticsearch: "field [privileges] must not present")');
  });
});

describe('names: provider-specific fixes and cluster prefixes', () => {
  test('the elasticstack replication fix names the real prop', () => {
    const { errors } = synthKey({ replication: [{ names: ['a'], allowRestrictedIndices: true }] });
    expect(errors.join('\n')).toContain('providerType: KeyProviderType.ECCX');
  });
  test('a cluster alias prefix in the key\'s names is a warning', () => {
    const warnings = warningsOf((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['remote-a:logs-*', 'plain-*'] }] }).searchAccess[0]);
    expect(warnings).toEqual([expect.stringMatching(/^names: "remote-a:logs-\*" carry a cluster alias prefix.* Fix: drop the "<alias>:" prefix/)]);
  });
  test('a name that begins with ":", a /regex/ holding ":", date math and a "::" selector carry no cluster alias prefix (as Elasticsearch\'s isRemoteIndexName reads them)', () => {
    const names = [':logs-*', '/remote-a:.*/', 'remote-a:logs-*', '<logs-{now/d{yyyy.MM.dd|+12:00}}>', 'logs-*::failures'];
    const warnings = warningsOf((stack) => new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names }] }).searchAccess[0]);
    expect(warnings).toEqual([expect.stringContaining('names: "remote-a:logs-*" carry a cluster alias prefix')]);
  });
});

describe('names: date math', () => {
  test('a date math name fails synth: Elasticsearch does not resolve it in API keys and roles, so it would match nothing', () => {
    const { errors } = synthKey({ search: [{ names: ['logs-*', '<logs-{now/d}>'] }] });
    expect(errors).toEqual([
      expect.stringMatching(/^\[test\/Key\/Search0\] search\[0\]\.names\[1\]: "<logs-\{now\/d\}>" is date math, which Elasticsearch does not resolve .* Fix: use a wildcard pattern instead/),
    ]);
  });
});

describe('field_security: except outside grant, unknown fields, empty names', () => {
  test('except outside grant: wildcards as Elasticsearch reads them, no object-field expansion', () => {
    // Automatons.pattern: '*' any string, '?' one character, '\\' escapes; granting "b" does not
    // grant "b.c" (FieldPermissions' subset check fails for it on a real cluster, and so does the
    // test double's). Except names that are patterns, and "_" names, are left to Elasticsearch.
    const stack = configuredStack();
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'], fieldSecurity: { grant: ['a.*', 'b', 'c?d', 'x', 'e\\*'], except: ['a.q', 'b.c', 'cxd', 'c?d', 'bb', 'x.', 'b', 'e*', 'ef', '_meta'] } }] });
    expect(errorsOf(stack)).toEqual([
      '[test/Key/Search0] search[0].field_security.except: "b.c", "bb", "x.", "ef" are not granted by grant ["a.*","b","c?d","x","e\\\\*"]; Elasticsearch requires except to be a subset of grant ("failed to parse indices privileges for role [cross_cluster] - Exceptions for field permissions must be a subset of the granted fields"). Fix: remove those names from except, or add them (or a pattern covering them) to grant',
    ]);
  });
  test('unknown fields, empty names and non-list grant', () => {
    const stack = configuredStack();
    new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [{ names: ['a'], fieldSecurity: { grant: ['a', ''], except: 'x', extra: 1 } as any }] });
    expect(errorsOf(stack)).toEqual([
      '[test/Key/Search0] search[0].field_security: has unknown field(s) "extra". Fix: use only grant and except',
      '[test/Key/Search0] search[0].field_security.grant[1]: must be a non-empty field name, got "". Fix: use field names or patterns such as "message" or "event.*"',
      '[test/Key/Search0] search[0].field_security.except: must be a list of field names, got "x". Fix: pass e.g. except: ["message"]',
    ]);
  });
});

describe('B01: DLS/FLS with replication is rejected at synth, before anything is sent', () => {
  test.each([
    ['query', { query: { term: { tenant: 't1' } } }],
    ['field_security', { fieldSecurity: { grant: ['a'] } }],
  ])('%s', (_l, dls) => {
    const { errors } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'k', { name: 'ccx-dls', search: [{ names: ['logs-*'], ...dls }], replication: [{ names: ['logs-*'] }] });
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\[test\/k\] access: search entries may not use document or field level security/);
    expect(errors[0]).toContain('two keys');
  });
});

describe('B02: empty access is rejected at synth; the unused list is omitted, not null', () => {
  test.each([[{}], [{ search: [] }], [{ search: [], replication: [] }]])('%j', (access) => {
    const { errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-empty', ...access }));
    expect(errors.join('\n')).toContain('at least one entry');
  });

  test('an entry with zero names is rejected', () => {
    const { errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-empty', search: [{ names: [] }] }));
    expect(errors.join('\n')).toContain('search[0].names: is empty');
  });

  test('search only emits no replication key, replication only emits no search key', () => {
    const s = keyBlock(synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', search: [{ names: ['x'] }] })).json);
    const r = keyBlock(synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', replication: [{ names: ['x'] }] })).json);
    expect(Object.keys(s.access)).toEqual(['search']);
    expect(Object.keys(r.access)).toEqual(['replication']);
  });
});
