import { TerraformStack, Testing } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps, RemoteClusterConnection, RemoteIndexPrivileges, RemoteIndicesRole } from '../src';
import { KEY, onlyRole, warnings } from './support/remote-cluster';
import { synthStack, variable } from './support/synth';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';
import { wildcardCovers } from '../src/rules/remote-indices';

// RemoteIndicesRole (a local role with remote_indices). Each rule: a good literal, a bad literal with
// its message (construct path, prop, value, fix), and a deploy-time value (token) skipped.

describe('remote_indices roles', () => {
  type Grant = (conn: RemoteClusterConnection, stack: TerraformStack) => RemoteIndicesRole;

  function synthRole(grant: Grant, keyProps: Partial<CrossClusterApiKeyProps> = {}) {
    return synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, ...keyProps });
      const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['h:9443'] });
      grant(conn, stack);
    });
  }

  test('grantRemoteIndices defaults to the search privileges; custom privileges and cluster privileges are written as given', () => {
    const def = synthRole((c) => c.grantRemoteIndices('R', { roleName: 'r', names: ['logs-*'] }));
    expect(def.errors).toEqual([]);
    expect(onlyRole(def.json).remote_indices[0].privileges).toEqual(RemoteIndexPrivileges.SEARCH);
    expect(onlyRole(def.json).cluster).toBeUndefined();
    const custom = synthRole((c) =>
      c.grantRemoteIndices('R', { roleName: 'r', names: ['logs-*'], privileges: ['read'], clusterPrivileges: ['monitor'], allowRestrictedIndices: true }),
    );
    expect(custom.errors).toEqual([]);
    expect(onlyRole(custom.json)).toMatchObject({ cluster: ['monitor'], remote_indices: [{ privileges: ['read'], allow_restricted_indices: true }] });
  });

  test('a role can be created on its own with an explicit provider', () => {
    const { errors, json } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['h:9443'] });
      const other = new ElasticstackProvider(stack, 'other', { alias: 'other', elasticsearch: [{}] });
      new RemoteIndicesRole(stack, 'Role', { connection: conn, roleName: 'r', names: ['logs-*'], provider: other });
    });
    expect(errors).toEqual([]);
    expect(onlyRole(json).provider).toBe('elasticstack.other');
  });

  test('the connection must be a RemoteClusterConnection', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    expect(() => new RemoteIndicesRole(stack, 'Role', { connection: {} as any, roleName: 'r', names: ['a'] })).toThrow(
      /\[s\/Role\] connection: must be a RemoteClusterConnection\. Fix: /,
    );
  });

  test.each<[string, (c: RemoteClusterConnection) => RemoteIndicesRole, string, string]>([
    ['an empty role name', (c) => c.grantSearch('R', { roleName: '', names: ['logs-*'] }), 'name: is empty (Elasticsearch: "Role names must be at least 1 and no more than 507 characters.', 'Fix: use a short ASCII name'],
    ['a role name with a trailing space', (c) => c.grantSearch('R', { roleName: 'reader ', names: ['logs-*'] }), 'name: "reader " begins or ends with a space', 'Leading or trailing whitespace is not allowed.'],
    ['a non-ASCII role name', (c) => c.grantSearch('R', { roleName: 'lecteur-é', names: ['logs-*'] }), 'name: "lecteur-é" contains characters outside printable ASCII', 'Fix: '],
    ['a 508 character role name', (c) => c.grantSearch('R', { roleName: 'r'.repeat(508), names: ['logs-*'] }), 'name: is 508 characters long', 'Fix: '],
    ['empty names', (c) => c.grantSearch('R', { roleName: 'r', names: [] }), 'remote_indices[0].names: is empty, so the role grants nothing on the remote cluster', 'Fix: list at least one remote index name'],
    ['an empty name', (c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*', ''] }), 'remote_indices[0].names[1]: is an empty string', 'Fix: remove it'],
    ['a name with the alias prefix', (c) => c.grantSearch('R', { roleName: 'r', names: ['remote-a:logs-*'] }), 'remote_indices[0].names[0]: "remote-a:logs-*" carries a cluster prefix', 'Fix: use "logs-*"'],
    ['empty privileges', (c) => c.grantRemoteIndices('R', { roleName: 'r', names: ['logs-*'], privileges: [] }), 'remote_indices[0].privileges: must be a non-empty list of index privileges, got []', 'Fix: use RemoteIndexPrivileges.SEARCH'],
    ['a query that is not JSON', (c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*'], query: '{term' }), 'remote_indices[0].query: is a string that is not valid JSON', 'Fix: pass the query as an object'],
    ['except without grant', (c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*'], fieldSecurity: { except: ['secret'] } }), 'remote_indices[0].field_security.except: is given without grant', 'Fix: add grant'],
    ['empty follower indices', (c) => c.grantReplication('R', { roleName: 'r', names: ['archive-*'], followerIndices: [] }), 'indices[0].names: is empty, so the role grants nothing on the local cluster', 'Fix: list at least one local index name'],
  ])('rejects %s', (_, grant, message, fix) => {
    const text = synthRole(grant).errors.join('\n');
    expect(text).toContain(`[test/Conn/R] ${message}`);
    expect(text).toContain(fix);
  });

  test('a /regex/ holding ":", date math and a "::" selector carry no cluster prefix (as Elasticsearch\'s isRemoteIndexName reads them); a leading ":" matches nothing', () => {
    const names = [':logs-*', '/remote-a:.*/', 'remote-a:logs-*', '<logs-{now/d{yyyy.MM.dd|+12:00}}>', 'logs-*::failures'];
    const { errors } = synthRole((c) => c.grantSearch('R', { roleName: 'r', names }));
    expect(errors).toEqual([
      // not an alias, but date math, which roles do not resolve (see the access rules)
      expect.stringContaining('[test/Conn/R] remote_indices[0].names[3]: "<logs-{now/d{yyyy.MM.dd|+12:00}}>" is date math'),
      expect.stringContaining('[test/Conn/R] remote_indices[0].names[0]: ":logs-*" begins with ":", which is no cluster prefix'),
      expect.stringContaining('[test/Conn/R] remote_indices[0].names[2]: "remote-a:logs-*" carries a cluster prefix'),
    ]);
    expect(errors[1]).toContain('Fix: use "logs-*"');
  });

  test('skips tokens in role name, names, privileges and query', () => {
    const { errors, json } = synthRole((c, stack) =>
      c.grantRemoteIndices('R', {
        roleName: variable(stack, 'role').stringValue,
        names: variable(stack, 'names', 'list(string)').listValue,
        privileges: variable(stack, 'privileges', 'list(string)').listValue,
        query: variable(stack, 'query').stringValue,
      }),
    );
    expect(errors).toEqual([]);
    expect(onlyRole(json)).toMatchObject({
      name: '${var.role}',
      remote_indices: [{ names: '${var.names}', privileges: '${var.privileges}', query: '${var.query}' }],
    });
  });
});

describe('warning: the role grants remote indices the key does not cover (effective access is the intersection)', () => {
  type Grant = (conn: RemoteClusterConnection, stack: TerraformStack) => RemoteIndicesRole;

  function roleWarnings(grant: Grant, keyProps: Partial<CrossClusterApiKeyProps> = {}) {
    let role!: RemoteIndicesRole;
    const { errors } = synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', { ...KEY, ...keyProps });
      const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['h:9443'] });
      role = grant(conn, stack);
    });
    expect(errors).toEqual([]);
    return warnings(role);
  }

  test('covered names give no warning (exact, wildcard, narrower pattern)', () => {
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*', 'logs-app', 'logs-app-*'] }))).toEqual([]);
    expect(roleWarnings((c) => c.grantReplication('R', { roleName: 'r', names: ['archive-2024'] }))).toEqual([]);
  });

  test('a search name outside the key\'s search names', () => {
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['logs-*', 'metrics-*'] }))).toEqual([
      'remote_indices[0].names[1]: "metrics-*" is not covered by the cross-cluster API key behind alias "remote-a": the key\'s search names are ["logs-*"]. Effective access is the intersection of the local role and the key\'s access, so this grant gives no search access to "metrics-*". Fix: add "metrics-*" (or a pattern covering it) to the key\'s search names, or narrow the role',
    ]);
  });

  test('a broader pattern than the key\'s is not covered', () => {
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['log*'] }))).toEqual([expect.stringContaining('"log*" is not covered')]);
  });

  test('replication privileges are compared with the key\'s replication names, search privileges with its search names', () => {
    expect(roleWarnings((c) => c.grantReplication('R', { roleName: 'r', names: ['logs-*'] }))).toEqual([
      expect.stringContaining('"logs-*" is not covered by the cross-cluster API key behind alias "remote-a": the key\'s replication names are ["archive-*"]'),
    ]);
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['archive-*'] }), { replication: [{ names: ['archive-*'] }] })).toEqual([
      expect.stringContaining('"archive-*" is not covered by the cross-cluster API key behind alias "remote-a": the key\'s search names are ["logs-*"]'),
    ]);
    expect(roleWarnings((c) => c.grantReplication('R', { roleName: 'r', names: ['archive-*'] }), { replication: [] })).toEqual([
      expect.stringContaining('the key has no replication entry'),
    ]);
  });

  test('access added to the key after the role was declared counts (checked at synth)', () => {
    expect(
      roleWarnings((c) => {
        const role = c.grantSearch('R', { roleName: 'r', names: ['metrics-*'] });
        c.key.addSearch('Metrics', { names: ['metrics-*'] });
        return role;
      }),
    ).toEqual([]);
  });

  test('skips regex patterns and tokens in the role, and keys whose names are regexes or tokens', () => {
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['/metrics-.*/'] }))).toEqual([]);
    expect(roleWarnings((c, stack) => c.grantSearch('R', { roleName: 'r', names: [variable(stack, 'n').stringValue] }))).toEqual([]);
    expect(roleWarnings((c) => c.grantSearch('R', { roleName: 'r', names: ['metrics-*'] }), { search: [{ names: ['/.*/'] }] })).toEqual([]);
  });

  test('the warning is added once even when the stack is synthesized twice', () => {
    let role!: RemoteIndicesRole;
    synthStack((stack) => {
      const key = new CrossClusterApiKey(stack, 'Key', KEY);
      const conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['h:9443'] });
      role = conn.grantSearch('R', { roleName: 'r', names: ['metrics-*'] });
    });
    expect(warnings(role)).toHaveLength(1);
  });

  test('wildcardCovers', () => {
    expect(wildcardCovers('logs*', 'logs-*')).toBe(true);
    expect(wildcardCovers('*', 'anything*')).toBe(true);
    expect(wildcardCovers('a*b', 'a-x-b')).toBe(true);
    expect(wildcardCovers('a*', 'a*b')).toBe(true);
    expect(wildcardCovers('logs-a*', 'logs-*')).toBe(false);
    expect(wildcardCovers('a*c', 'a*')).toBe(false);
    expect(wildcardCovers('logs', 'logs*')).toBe(false);
    expect(wildcardCovers('x*', '*x')).toBe(false);
  });
});
