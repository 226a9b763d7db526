/**
 * `terraform validate` with the real elastic/elasticstack provider, where it can be installed;
 * skipped, with the reason printed, where it cannot (no registry access and no mirror in
 * TF_CLI_CONFIG_FILE). The helpers themselves are checked with Terraform's built-in
 * `terraform_data`, which needs no provider.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { checkStackAgainstSchema, elasticstackSchema } from './support/schema-conformance';
import { canInstallElasticstack, formatDiagnostics, terraformEnv, terraformValidate, writeStackDir } from './support/terraform-validate';
import { ElasticsearchClusterSettings } from '../src/generated/elasticstack/elasticsearch-cluster-settings';
import { ElasticsearchSecurityApiKey } from '../src/generated/elasticstack/elasticsearch-security-api-key';
import { ElasticsearchSecurityRole } from '../src/generated/elasticstack/elasticsearch-security-role';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

const probe = canInstallElasticstack();
const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function stackDir(json: unknown): string {
  const d = writeStackDir(json);
  dirs.push(d);
  return d;
}

/** A small cross-cluster setup built with the L1 classes directly. */
function elasticstackStack(): Record<string, any> {
  const stack = new TerraformStack(Testing.stubVersion(new App({ stackTraces: false })), 'validate');
  const remote = new ElasticstackProvider(stack, 'remote', {
    alias: 'remote',
    elasticsearch: [{ endpoints: ['https://remote.example.com:9200'], username: 'elastic', password: 'changeme' }],
  });
  new ElasticstackProvider(stack, 'local', { elasticsearch: [{ endpoints: ['https://local.example.com:9200'], username: 'elastic', password: 'changeme' }] });
  const key = new ElasticsearchSecurityApiKey(stack, 'Key', {
    provider: remote,
    name: 'my-cross-cluster-api-key',
    type: 'cross_cluster',
    expiration: '1d',
    metadata: '{"description":"phase one"}',
    access: { search: [{ names: ['logs*'], allowRestrictedIndices: false }], replication: [{ names: ['archive*'] }] },
  });
  new ElasticsearchClusterSettings(stack, 'Remote', {
    persistent: { setting: [{ name: 'cluster.remote.r1.mode', value: 'proxy' }, { name: 'cluster.remote.r1.proxy_address', value: 'remote.example.com:9443' }] },
    dependsOn: [key],
  });
  new ElasticsearchSecurityRole(stack, 'Role', {
    name: 'ccs-reader',
    remoteIndices: [{ clusters: ['r1'], names: ['logs*'], privileges: ['read', 'read_cross_cluster'] }],
  });
  return JSON.parse(Testing.synth(stack));
}

describe('terraform validate with elastic/elasticstack', () => {
  if (!probe.ok) {
    // eslint-disable-next-line no-console
    console.log(`SKIPPED terraform validate with elastic/elasticstack: ${probe.reason}`);
  }
  const itWithProvider = probe.ok ? it : it.skip;

  test('the probe gives a reason either way', () => {
    expect(probe.reason.length).toBeGreaterThan(10);
    if (!probe.ok) expect(probe.reason).toMatch(/terraform/);
  });

  itWithProvider(`a stack built from the L1 classes validates (${probe.reason})`, () => {
    const json = elasticstackStack();
    expect(checkStackAgainstSchema(json, elasticstackSchema())).toEqual([]);
    const result = terraformValidate(stackDir(json));
    if (!result.valid) throw new Error(formatDiagnostics(result));
    expect(result.errorCount).toBe(0);
  });

  itWithProvider('a computed-only attribute is rejected by terraform and by the schema check alike', () => {
    const json = elasticstackStack();
    json.resource.elasticstack_elasticsearch_security_api_key.Key.encoded = 'not settable';
    expect(checkStackAgainstSchema(json, elasticstackSchema()).map((p) => p.kind)).toEqual(['computed-only']);
    const result = terraformValidate(stackDir(json));
    expect(result.valid).toBe(false);
    expect(formatDiagnostics(result)).toMatch(/encoded/);
  });
});

describe('terraform validate helpers (built-in terraform_data, no provider needed)', () => {
  test('terraformEnv disables checkpoint and never points at a missing CLI config', () => {
    const missing = path.join(os.tmpdir(), `missing-${process.pid}`, 'terraformrc');
    const env = terraformEnv({ PATH: process.env.PATH, TF_CLI_CONFIG_FILE: missing });
    expect(env.CHECKPOINT_DISABLE).toBe('1');
    expect(env.TF_CLI_CONFIG_FILE).not.toBe(missing);
    expect(fs.readFileSync(env.TF_CLI_CONFIG_FILE!, 'utf8')).toBe('');
    const existing = terraformEnv({ TF_CLI_CONFIG_FILE: env.TF_CLI_CONFIG_FILE });
    expect(existing.TF_CLI_CONFIG_FILE).toBe(env.TF_CLI_CONFIG_FILE);
  });

  test('a valid document validates', () => {
    const result = terraformValidate(stackDir({ resource: { terraform_data: { d: { input: 'x' } } } }));
    expect([result.valid, formatDiagnostics(result)]).toEqual([true, '']);
  });

  test('an invalid document gives error diagnostics with location', () => {
    const result = terraformValidate(stackDir({ resource: { terraform_data: { d: { input: 'x', bogus: 1 } } } }));
    expect(result.valid).toBe(false);
    expect(result.errorCount).toBe(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', at: expect.stringMatching(/^cdk\.tf\.json:\d+$/) });
    expect(formatDiagnostics(result)).toMatch(/bogus/);
  });

  test('canInstallElasticstack honours TF_CLI_CONFIG_FILE (a filesystem mirror)', () => {
    // init only copies the provider binary, it does not run it: a placeholder is enough to see
    // that the probe uses the caller's CLI config and reports the installed version.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mirror-'));
    dirs.push(root);
    const platform = `${process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}`;
    const pluginDir = path.join(root, 'mirror', 'registry.terraform.io', 'elastic', 'elasticstack', '0.16.3', platform);
    fs.mkdirSync(pluginDir, { recursive: true });
    fs.writeFileSync(path.join(pluginDir, 'terraform-provider-elasticstack_v0.16.3'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const cfg = path.join(root, 'terraformrc');
    fs.writeFileSync(cfg, [
      'provider_installation {',
      `  filesystem_mirror {\n    path = ${JSON.stringify(path.join(root, 'mirror'))}\n    include = ["registry.terraform.io/elastic/elasticstack"]\n  }`,
      '  direct {\n    exclude = ["registry.terraform.io/elastic/elasticstack"]\n  }',
      '}',
    ].join('\n') + '\n');
    const viaMirror = canInstallElasticstack({ env: { ...process.env, TF_CLI_CONFIG_FILE: cfg } });
    expect(viaMirror).toEqual({ ok: true, version: '0.16.3', reason: 'terraform init installed elastic/elasticstack 0.16.3' });
    const tooNew = canInstallElasticstack({ env: { ...process.env, TF_CLI_CONFIG_FILE: cfg }, version: '>= 0.17.0' });
    expect(tooNew.ok).toBe(false);
    expect(tooNew.reason).toMatch(/^terraform init cannot install elastic\/elasticstack here: /);
  });

  test('an uninstallable provider makes init fail with the reason', () => {
    const dir = stackDir({ terraform: { required_providers: { nope: { source: 'example.invalid/none/nope' } } } });
    expect(() => terraformValidate(dir, { timeoutSeconds: 60 })).toThrow(/terraform init failed/);
  });
});
