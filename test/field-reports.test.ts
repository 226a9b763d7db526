import { CrossClusterApiKey } from '../src';
import { keyBlock, synthStack } from './support/synth';

// Field reports from the reference sheet, each as a test. B01, B05 and B10 are covered rule by rule
// in rules.test.ts; here they are replayed with the exact inputs from the reports.

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

describe('B03: all four search options round-trip into the provider config', () => {
  test('names, query, field_security (JSON strings) and allow_restricted_indices', () => {
    const { errors, json } = synthStack((stack) => {
      new CrossClusterApiKey(stack, 'k', {
        name: 'ccx-full',
        expiration: '300d',
        search: [
          {
            names: ['logs*'],
            query: { bool: { must_not: { term: { field2: 'value2' } } } },
            fieldSecurity: { grant: ['field2'] },
            allowRestrictedIndices: true,
          },
        ],
      });
    });
    expect(errors).toEqual([]);
    expect(keyBlock(json).access.search[0]).toMatchSnapshot();
  });
});

describe('B05: only Elasticsearch time units; changing expiration is a replacement with the elasticstack provider', () => {
  test.each(['1y', '30 days'])('%j fails synth', (expiration) => {
    const { errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-exp', expiration, search: [{ names: ['a'] }] }));
    expect(errors.join('\n')).toContain('expiration:');
  });
  test.each(['30d', '12h'])('%j passes', (expiration) => {
    const { errors } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-exp', expiration, search: [{ names: ['a'] }] }));
    expect(errors).toEqual([]);
  });
});

describe('B07: replacement creates the new key before the old one is invalidated', () => {
  test('create_before_destroy is on by default and can be turned off', () => {
    const on = keyBlock(synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', search: [{ names: ['x'] }] })).json);
    const off = keyBlock(synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', search: [{ names: ['x'] }], createBeforeDestroy: false })).json);
    expect(on.lifecycle).toEqual({ create_before_destroy: true });
    expect(off).not.toHaveProperty('lifecycle');
  });
});

describe('B10: metadata', () => {
  test('{} is omitted; "_owner" fails', () => {
    const empty = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-md', metadata: {}, search: [{ names: ['a'] }] }));
    expect(keyBlock(empty.json)).not.toHaveProperty('metadata');
    const reserved = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'ccx-md', metadata: { _owner: 'team' }, search: [{ names: ['a'] }] }));
    expect(reserved.errors.join('\n')).toContain('may not start with [_]');
  });
});

describe('B15/B16: every output the construct creates is sensitive', () => {
  test('the encoded output is sensitive and carries only the encoded attribute', () => {
    const { json } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', search: [{ names: ['x'] }], encodedOutputName: 'ccx_encoded' }));
    expect(Object.keys(json.output)).toEqual(['ccx_encoded']);
    expect(json.output.ccx_encoded.sensitive).toBe(true);
    expect(json.output.ccx_encoded.value).toMatch(/^\$\{elasticstack_elasticsearch_security_api_key\.k_[0-9A-F]+\.encoded\}$/);
  });
  test('exportEncoded: false adds no output', () => {
    const { json } = synthStack((stack) => new CrossClusterApiKey(stack, 'k', { name: 'a', search: [{ names: ['x'] }], exportEncoded: false }));
    expect(json.output).toBeUndefined();
  });
});
