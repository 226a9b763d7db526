/**
 * The main job (`npm run example`): deploys examples/remote-cluster with this package's provider
 * (`eccx`) across two clusters, proves the connection, and tears it down.
 *
 * 1. starts two in-process Elasticsearch test doubles (a remote with the remote-cluster server
 *    port, a local with 2 nodes), or uses the real clusters of ELASTICSEARCH_* (remote) and
 *    LOCAL_ELASTICSEARCH_* (local), see scripts/example-clusters.ts;
 * 2. indexes a few documents into `logs-ccx-example` on the remote;
 * 3. `npx cdktf-elastic-cross-cluster provider install` and a plain `cdktf deploy`: the key on the
 *    remote; on the local the keystore delivery (a command that reads the credential from an
 *    environment variable), the secure-settings reload, the alias settings, the roles and the
 *    `_remote/info` check;
 * 4. prints `GET _remote/info` of the local cluster (connected, `cluster_credentials` redacted);
 * 5. runs one cross-cluster search through the local cluster (`remote-a:logs-*`), with the doubles
 *    as a local user who holds only the role the example grants;
 * 6. `cdktf destroy`, then checks that no alias setting and no role is left and the key is invalidated.
 *
 * Each step is printed as it starts, with the time since this process started (ts-node's start-up
 * and type checking included), and the closing line gives the whole time.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from '@elastic/elasticsearch';
import { PROVIDER_BUNDLE, PROVIDER_CLI } from './build-provider';
import { ClusterAccess, exampleAppEnv, exampleClusters, ExampleClusters } from './example-clusters';
import { DeployHarness } from '../test/support/deploy-harness';

const ROOT = join(__dirname, '..');
const EXAMPLE = join(ROOT, 'examples', 'remote-cluster');
const ALIAS = 'remote-a';
const INDEX = 'logs-ccx-example';
const ROLES = ['remote-a-logs-reader', 'remote-a-archive-follower'];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** When this process started: process.uptime() counts ts-node's start-up, which Date.now() at main() would miss. */
const STARTED = Date.now() - process.uptime() * 1000;
let stepNo = 0;
function step(text: string): void {
  console.log(`\n[${seconds(Date.now() - STARTED).padStart(7)}] ${++stepNo}. ${text}`);
}

function client(access: ClusterAccess): Client {
  return new Client({ node: access.endpoints.split(',')[0].trim(), auth: { username: access.username, password: access.password } });
}

/** What cdktf printed about the resources, without ids. */
function resourceLines(output: string): string {
  return output.split('\n')
    .filter((l) => /Creation complete|Destruction complete|Apply complete|Destroy complete/.test(l))
    .map((l) => l.replace(/\s*\[id=[^\]]*\]/, '').trim())
    .join('\n');
}

async function indexDocuments(remote: Client): Promise<void> {
  const messages = ['disk full on node-1', 'user login', 'backup done'];
  for (const [i, message] of messages.entries()) {
    await remote.index({ index: INDEX, id: String(i + 1), document: { '@timestamp': `2026-01-0${i + 1}T00:00:00Z`, message } });
  }
  console.log(`indexed ${messages.length} documents into ${INDEX} on the remote cluster`);
}

/** GET _remote/info of the local cluster; true when the alias is connected with API-key credentials. */
async function printRemoteInfo(local: Client): Promise<boolean> {
  const info = await local.cluster.remoteInfo();
  console.log(JSON.stringify({ [ALIAS]: info[ALIAS] }, null, 2));
  const entry = info[ALIAS] as unknown as { connected?: boolean; cluster_credentials?: string } | undefined;
  return entry?.connected === true && entry.cluster_credentials === '::es_redacted::';
}

/** One cross-cluster search through the local cluster; true when it returned hits from the remote. */
async function crossClusterSearch(c: ExampleClusters): Promise<boolean> {
  const searcher = client({ endpoints: c.local.endpoints, ...c.searchUser });
  try {
    const result = await searcher.search({ index: `${ALIAS}:${INDEX}`, query: { match: { message: 'login' } } });
    const hits = result.hits.hits;
    console.log(`GET /${ALIAS}:${INDEX}/_search as "${c.searchUser.username}" (query: match message "login"): ${hits.length} hit(s)`);
    for (const hit of hits) console.log(`  ${hit._index} ${hit._id} ${JSON.stringify(hit._source)}`);
    return hits.length > 0 && hits.every((h) => h._index === `${ALIAS}:${INDEX}`);
  } finally {
    await searcher.close();
  }
}

/** After destroy: what is left of the example on the two clusters. */
async function leftovers(local: Client, remote: Client, keyId: string): Promise<string[]> {
  const left: string[] = [];
  const settings = await local.cluster.getSettings({ flat_settings: true });
  const alias = Object.keys(settings.persistent ?? {}).filter((k) => k.startsWith(`cluster.remote.${ALIAS}.`));
  if (alias.length > 0) left.push(`alias settings ${alias.join(', ')}`);
  for (const role of ROLES) {
    const found = await local.security.getRole({ name: role }).then(() => true, (e: { meta?: { statusCode?: number } }) => {
      if (e.meta?.statusCode === 404) return false;
      throw e;
    });
    if (found) left.push(`role ${role}`);
  }
  const { api_keys: keys } = await remote.security.getApiKey({ id: keyId });
  if (keys.length !== 1 || keys[0].invalidated !== true) left.push(`key ${keyId} (not invalidated)`);
  return left;
}

async function run(c: ExampleClusters): Promise<boolean> {
  const remote = client(c.remote);
  const local = client(c.local);
  const mirror = mkdtempSync(join(tmpdir(), 'ccx-mirror-'));
  let harness: DeployHarness | undefined;
  try {
    step('indexing documents on the remote cluster ...');
    await indexDocuments(remote);

    harness = await DeployHarness.create({
      appDir: EXAMPLE,
      providerMirrorDir: mirror,
      // the mirror is still empty here: name what Terraform takes from it
      mirrorIncludes: ['registry.terraform.io/cdktf-elastic-cross-cluster/eccx'],
      env: exampleAppEnv(c),
    });
    // as a user does: `npx cdktf-elastic-cross-cluster provider install` (here into a temporary
    // mirror, not ~/.terraform.d), which also writes the stack's lock file, then a plain `cdktf deploy`
    step('npx cdktf-elastic-cross-cluster provider install (provider into a temporary mirror, lock file for the stack) ...');
    const binDir = join(ROOT, 'node_modules', '.bin');
    execFileSync(process.execPath, [PROVIDER_CLI, 'provider', 'install', '--mirror', mirror, '--app', harness.workDir], {
      stdio: 'ignore',
      env: harness.env({ PATH: `${binDir}:${process.env.PATH}` }),
    });

    step(`cdktf deploy of examples/remote-cluster with eccx (${c.deliveryCommand ? 'command' : 'manual'} delivery) ...`);
    const t0 = Date.now();
    const deployed = await harness.deploy();
    const deployMs = Date.now() - t0;
    console.log(resourceLines(deployed.output));
    const outputs = await harness.outputs();
    const keyId = String(outputs.key_id.value);
    console.log(`outputs: key_id = ${keyId}; encoded = ${outputs.encoded.sensitive ? '(sensitive)' : 'NOT SENSITIVE'}; `
      + `keystore_setting = ${String(outputs.keystore_setting.value)}`);

    step('GET _remote/info on the local cluster ...');
    const connected = await printRemoteInfo(local);
    if (!c.deliveryCommand) {
      console.log('manual delivery: Terraform did not write the keystore, so the connection check and the cross-cluster search are skipped. Add the `encoded` output '
        + `to every local node (elasticsearch-keystore add ${String(outputs.keystore_setting.value)}), `
        + 'POST _nodes/reload_secure_settings, and look at GET _remote/info again.');
    } else {
      console.log(`${ALIAS}: ${connected ? 'connected with API-key credentials' : 'NOT CONNECTED'}`);
    }

    let searched = !c.deliveryCommand;
    if (c.deliveryCommand) {
      step('one cross-cluster search through the local cluster ...');
      searched = await crossClusterSearch(c);
    }

    step('cdktf destroy ...');
    const t1 = Date.now();
    const destroyed = await harness.cdktfDestroy();
    const destroyMs = Date.now() - t1;
    console.log(resourceLines(destroyed.output));
    const left = await leftovers(local, remote, keyId);
    console.log(left.length === 0
      ? `destroyed: no alias settings for ${ALIAS}, no roles ${ROLES.join(', ')}, the key is invalidated`
      : `destroy LEFT: ${left.join('; ')}`);
    if (c.deliveryCommand) {
      console.log('(the keystore entry stays on the local nodes: a delivery command writes it and never removes it; it holds the invalidated key)');
    }
    if (!c.isDouble) {
      await remote.indices.delete({ index: INDEX }).then(
        () => console.log(`deleted the index ${INDEX} on the remote cluster`),
        (e: Error) => console.log(`could not delete the index ${INDEX} on the remote cluster (${e.message}): delete it yourself`),
      );
    }
    console.log(`cdktf deploy took ${seconds(deployMs)}, cdktf destroy ${seconds(destroyMs)}`);
    return (connected || !c.deliveryCommand) && searched && left.length === 0;
  } finally {
    await harness?.cleanup();
    rmSync(mirror, { recursive: true, force: true });
    await local.close();
    await remote.close();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  if (!existsSync(PROVIDER_BUNDLE)) {
    step('building this package\'s provider eccx (npx projen provider:build) ...');
    execFileSync('npx', ['projen', 'provider:build'], { cwd: ROOT, stdio: 'inherit' });
  }
  step('starting the clusters (two in-process test doubles, unless ELASTICSEARCH_* and LOCAL_ELASTICSEARCH_* are set) ...');
  const clusters = await exampleClusters(process.env);
  console.log(clusters.isDouble
    ? `remote: test double at ${clusters.remote.endpoints}, remote cluster server at ${clusters.remoteAddress}\n`
      + `local:  test double at ${clusters.local.endpoints} (2 nodes)\n`
      + '(set ELASTICSEARCH_* for a real remote and LOCAL_ELASTICSEARCH_* for a real local cluster; see the README)'
    : `remote: ${clusters.remote.endpoints} (ELASTICSEARCH_*), reached by the local at ${clusters.remoteAddress}\nlocal:  ${clusters.local.endpoints} (LOCAL_ELASTICSEARCH_*)`);
  let ok = false;
  try {
    ok = await run(clusters);
  } finally {
    await clusters.close();
  }
  console.log(`\nmain job ${ok ? 'done' : 'FAILED'} in ${seconds(Date.now() - STARTED)} (since the process started; `
    + `${seconds(started - STARTED)} of it ts-node's start-up)`);
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
