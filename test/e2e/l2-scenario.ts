/**
 * One end-to-end scenario for the L2 constructs (test/fixtures/l2-app), run with either provider
 * through the real cdktf CLI and Terraform (the deploy harness), against the Elasticsearch test
 * double, or a real cluster when ELASTICSEARCH_ENDPOINTS / _USERNAME / _PASSWORD are set.
 */
import * as path from 'path';
import { Client } from '@elastic/elasticsearch';
import { DeployHarness, elasticsearchEnv, REPO_ROOT } from '../support/deploy-harness';
import { testTarget, TestTarget } from '../support/target';

export interface ScenarioOptions {
  /** `elasticstack` or `eccx`. */
  readonly providerType: 'elasticstack' | 'eccx';
  /** Filesystem mirror with the provider, when it does not come from a registry. */
  readonly providerMirrorDir?: string;
  /** Whether an `expiration` change is an in-place update (eccx on >= 8.13) or a replacement. */
  readonly expirationInPlace: boolean;
}

const SEARCH_PRIVILEGES = ['read', 'read_cross_cluster', 'view_index_metadata'];

/** Registers the scenario's tests (in order; they share one working directory and state). */
export function defineL2Scenario(o: ScenarioOptions): void {
  let target: TestTarget;
  let es: Client;
  let h: DeployHarness;
  let keyId: string;
  let secret: string;
  let props: Record<string, unknown>;

  // With a filesystem mirror, cdktf's `terraform providers lock` would ask the registry.
  const lockArgs = () => (o.providerMirrorDir ? ['--skip-provider-lock'] : []);
  const synth = async (next: Record<string, unknown>) => {
    props = next;
    await h.synth({ env: { CCX_KEY: JSON.stringify(next) } });
  };
  const getKey = async (id = keyId) => (await es.security.getApiKey({ id })).api_keys[0] as any;
  const resourceChange = (plan: { changes: readonly { address: string; actions: readonly string[] }[] }) => {
    const c = plan.changes.filter((x) => x.address.startsWith(`${o.providerType === 'eccx' ? 'eccx_cross_cluster_api_key' : 'elasticstack_elasticsearch_security_api_key'}.`));
    expect(c).toHaveLength(1);
    return c[0].actions;
  };

  beforeAll(async () => {
    target = await testTarget();
    es = new Client({ node: target.url, auth: { username: target.username, password: target.password } });
    props = {
      name: `l2-e2e-${o.providerType}`,
      expiration: '30d',
      search: [{ names: ['logs-*'] }],
      replication: [{ names: ['archive-*'] }],
      metadata: { team: 'search', environment: { level: 1 } },
    };
    h = await DeployHarness.create({
      appDir: path.join(REPO_ROOT, 'test/fixtures/l2-app'),
      providerMirrorDir: o.providerMirrorDir,
      tfLog: 'off',
      env: {
        ...elasticsearchEnv({ endpoints: target.url, username: target.username, password: target.password }),
        CCX_PROVIDER_TYPE: o.providerType,
        CCX_KEY: JSON.stringify(props),
      },
    });
  });

  afterAll(async () => {
    await h?.cleanup();
    await es?.close();
    await target?.close();
  });

  test('cdktf deploy creates the key with the declared access and role descriptors; encoded is sensitive, masked, and decodes to id:api_key', async () => {
    const deployed = await h.deploy({ args: lockArgs() });
    const outputs = await h.outputs();
    keyId = String(outputs.key_id.value);
    secret = String(outputs.encoded.value);
    expect(outputs.encoded.sensitive).toBe(true);
    expect(deployed.output).toMatch(/encoded\s*=\s*<sensitive>/);
    expect(deployed.output).not.toContain(secret);
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    expect(decoded.split(':')[0]).toBe(keyId);
    expect(decoded.split(':')[1]).toHaveLength(22);

    const key = await getKey();
    expect(key).toMatchObject({ id: keyId, name: props.name, type: 'cross_cluster', invalidated: false, metadata: props.metadata });
    expect(key.access).toEqual({
      search: [{ names: ['logs-*'], allow_restricted_indices: false }],
      replication: [{ names: ['archive-*'], allow_restricted_indices: false }],
    });
    const rd = key.role_descriptors.cross_cluster;
    expect(rd.cluster).toEqual(expect.arrayContaining(['cross_cluster_search', 'cross_cluster_replication']));
    expect(rd.indices[0]).toMatchObject({ names: ['logs-*'], privileges: SEARCH_PRIVILEGES });
    expect(rd.indices[1]).toMatchObject({ names: ['archive-*'], privileges: ['cross_cluster_replication', 'cross_cluster_replication_internal'] });
  });

  test('the second plan is empty', async () => {
    expect((await h.plan()).isEmpty).toBe(true);
  });

  test('adding a search pattern (a SearchAccess child) and changing metadata are in-place updates with the same id and secret', async () => {
    await synth({ ...props, search: [{ names: ['logs-*'] }, { names: ['metrics-*'] }], metadata: { team: 'search', phase: 2 } });
    expect(resourceChange(await h.plan())).toEqual(['update']);
    await h.apply();
    const outputs = await h.outputs();
    expect(outputs.key_id.value).toBe(keyId);
    expect(outputs.encoded.value).toBe(secret);
    const key = await getKey();
    expect(key.access.search.map((s: any) => s.names)).toEqual([['logs-*'], ['metrics-*']]);
    // eccx keeps its creation marker in the key's metadata (never in the metadata attribute)
    const { eccx_create_token: marker, ...metadata } = key.metadata;
    expect(metadata).toEqual({ team: 'search', phase: 2 });
    expect(marker).toEqual(o.providerType === 'eccx' ? expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) : undefined);
    expect((await h.plan()).isEmpty).toBe(true);
  });

  test(`changing the expiration is ${o.expirationInPlace ? 'an in-place update (same secret)' : 'a replacement (new secret)'}`, async () => {
    await synth({ ...props, expiration: '60d' });
    expect(resourceChange(await h.plan())).toEqual(o.expirationInPlace ? ['update'] : ['create', 'delete']);
    await h.apply();
    const outputs = await h.outputs();
    expect(outputs.encoded.value === secret).toBe(o.expirationInPlace);
    if (!o.expirationInPlace) {
      expect((await getKey()).invalidated).toBe(true); // the old key
      keyId = String(outputs.key_id.value);
      secret = String(outputs.encoded.value);
    }
    expect((await getKey()).expiration).toBeGreaterThan(Date.now() + 59 * 86_400_000);
    expect((await h.plan()).isEmpty).toBe(true);
  });

  test('changing the name replaces the key; the new key is created before the old one is invalidated', async () => {
    const oldId = keyId;
    await synth({ ...props, name: `${props.name}-renamed` });
    expect(resourceChange(await h.plan())).toEqual(['create', 'delete']);
    await h.apply();
    keyId = String((await h.outputs()).key_id.value);
    expect(keyId).not.toBe(oldId);
    expect((await getKey(oldId)).invalidated).toBe(true);
    expect(await getKey()).toMatchObject({ name: `${props.name}`, invalidated: false });
  });

  test('destroy invalidates the key', async () => {
    await h.cdktfDestroy({ args: lockArgs() });
    expect((await getKey()).invalidated).toBe(true);
  });
}
