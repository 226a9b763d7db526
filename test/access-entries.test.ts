import { Construct } from 'constructs';
import { CrossClusterApiKey, eccx, KeyProviderType, ReplicationAccess, SearchAccess } from '../src';
import { keyBlock, synthStack, variable } from './support/synth';

// How SearchAccess and ReplicationAccess read their props: once, when the entry is created, into a
// plain object (so props given as a class instance are read like a literal), and how the key reads
// entries made by another copy of this package that has no such data.

describe('entries read their props once, when they are created', () => {
  test('a later change to the props object is seen neither in the synthesized access nor by the rules', () => {
    const { json, errors } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx' });
      const search: { names: string[]; query?: unknown } = { names: ['logs-*'], query: { term: { team: 'a' } } };
      const replication: { names: string[]; allowRestrictedIndices?: boolean } = { names: ['archive-*'] };
      new SearchAccess(key, 'S', search as any);
      new ReplicationAccess(key, 'R', replication);
      search.query = 'not json';
      search.names.push(''); // would fail synth if it were seen
      replication.allowRestrictedIndices = true; // the elasticstack provider would refuse it
    });
    expect(errors).toEqual([
      // query together with replication is reported for the query read at creation
      expect.stringContaining('search[0] (test/Key/S) sets query'),
    ]);
    expect(errors.join('\n')).not.toContain('allow_restricted_indices');
    expect(errors.join('\n')).not.toContain('not valid JSON');
    expect(errors.join('\n')).not.toContain('empty string');
    expect(keyBlock(json).access.search[0].query).toBe('{"term":{"team":"a"}}');
    expect(keyBlock(json).access.search[0].names).toEqual(['logs-*']);
    expect(keyBlock(json).access.replication).toEqual([{ names: ['archive-*'] }]);
  });

  test('props given as a class instance are read as a literal: a token in its query goes through jsonencode, and getters count', () => {
    const { json, errors } = synthStack((stack) => {
      const team = variable(stack, 'team').stringValue;
      class Props {
        public readonly names = ['logs-*'];
        public readonly query = { term: { team } };
        public get fieldSecurity() {
          return { grant: ['message'] };
        }
      }
      new CrossClusterApiKey(stack, 'Key', { name: 'ccx', search: [new Props()] });
    });
    expect(errors).toEqual([]);
    const search = keyBlock(json).access.search[0];
    expect(search.query).toBe('${jsonencode({"term" = {"team" = var.team}})}');
    expect(search.field_security).toBe('{"grant":["message"]}');
  });

  test.each([KeyProviderType.ELASTICSTACK, KeyProviderType.ECCX])('an entry made by an older copy of this package (marked, with props, without read data) is read from its props by the key (%s)', (providerType) => {
    // What an older copy's entry classes look like to this copy: the shared marker and public props.
    class OlderEntry extends Construct {
      constructor(scope: Construct, id: string, public readonly props: object) {
        super(scope, id);
      }
    }
    class OlderSearchAccess extends OlderEntry {}
    class OlderReplicationAccess extends OlderEntry {}
    Object.defineProperty(OlderSearchAccess.prototype, Symbol.for('cdktf-elastic-cross-cluster.SearchAccess'), { value: true });
    Object.defineProperty(OlderReplicationAccess.prototype, Symbol.for('cdktf-elastic-cross-cluster.ReplicationAccess'), { value: true });
    const { json, errors } = synthStack((stack) => {
      if (providerType === KeyProviderType.ECCX) new eccx.provider.EccxProvider(stack, 'eccx', {});
      const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', providerType });
      new OlderSearchAccess(key, 'S', { names: ['logs-*'], query: { term: { team: 'a' } } });
      new OlderReplicationAccess(key, 'R', { names: ['archive-*'] });
      expect(key.searchAccess).toHaveLength(1);
      expect(key.replicationAccess).toHaveLength(1);
    });
    expect(errors).toEqual([expect.stringContaining('search[0] (test/Key/S) sets query')]);
    const access = keyBlock(json).access;
    expect(access.search[0]).toMatchObject({ names: ['logs-*'], query: '{"term":{"team":"a"}}', allow_restricted_indices: false });
    expect(access.replication[0].names).toEqual(['archive-*']);
  });
});
