import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SHORT_SOURCE, installBuiltProvider, InstalledProvider } from './eccx-provider';
import { ElasticsearchDouble } from '../support/es-double';

// No switch in the environment makes eccx print a secret: Terraform deploys,
// updates and destroys a key with every debug switch of the provider's dependencies turned on
// (the `debug` package, Node's core debug log, grpc-js tracing) and Terraform's own trace log
// written to a file. Neither the commands' output nor the log may then hold the password, the
// basic-auth header value, the key's secret or encoded form, or the secret members of a response body.
jest.setTimeout(300_000);

const USER = 'elastic';
const PASSWORD = 'debug-switch-pw-7Qx';

const DEBUG_SWITCHES = {
  DEBUG: '*',
  NODE_DEBUG: 'http,net,tls',
  GRPC_TRACE: 'all',
  GRPC_VERBOSITY: 'DEBUG',
  TF_LOG: 'trace',
};

interface Run { code: number; output: string }

let double: ElasticsearchDouble;
let provider: InstalledProvider;
let work: string;

beforeAll(async () => {
  double = await ElasticsearchDouble.start({ version: '8.19.3', users: [{ username: USER, password: PASSWORD }] });
  provider = installBuiltProvider();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'eccx-debug-'));
});

afterAll(async () => {
  provider?.cleanup();
  await double?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function writeConfig(names: string[]): void {
  fs.writeFileSync(path.join(work, 'main.tf.json'), JSON.stringify({
    terraform: { required_providers: { eccx: { source: SHORT_SOURCE, version: provider.version } } },
    provider: { eccx: {} },
    resource: {
      eccx_cross_cluster_api_key: {
        key: { name: 'debug-switches', metadata: '{"team":"a"}', access: { search: [{ names }] } },
      },
    },
    output: { encoded: { value: '${eccx_cross_cluster_api_key.key.encoded}', sensitive: true } },
  }));
}

function terraform(logFile: string, ...args: string[]): Promise<Run> {
  const env = {
    PATH: process.env.PATH,
    HOME: work,
    TF_CLI_CONFIG_FILE: provider.cliConfigFile,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    ELASTICSEARCH_ENDPOINTS: double.url,
    ELASTICSEARCH_USERNAME: USER,
    ELASTICSEARCH_PASSWORD: PASSWORD,
    ...DEBUG_SWITCHES,
    TF_LOG_PATH: logFile,
  };
  return new Promise((resolve) => {
    execFile('terraform', [...args, '-no-color'], { cwd: work, env, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? 1 : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

test('with DEBUG=*, NODE_DEBUG, GRPC_TRACE and TF_LOG=trace no output or log holds a secret', async () => {
  const texts: string[] = [];
  const run = async (step: string, ...args: string[]): Promise<void> => {
    const logFile = path.join(work, `${step}.log`);
    const r = await terraform(logFile, ...args);
    texts.push(r.output, fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
    if (r.code !== 0) throw new Error(`terraform ${step} failed:\n${r.output.slice(-4000)}`);
  };
  writeConfig(['logs-*']);
  await run('init', 'init', '-input=false');
  await run('apply', 'apply', '-input=false', '-auto-approve');
  const [stored] = [...double.state.apiKeys.values()];
  expect(stored).toBeDefined();
  writeConfig(['logs-*', 'metrics-*']);
  await run('update', 'apply', '-input=false', '-auto-approve');
  await run('plan', 'plan', '-input=false', '-detailed-exitcode');
  await run('destroy', 'destroy', '-input=false', '-auto-approve');
  expect(double.state.apiKeys.get(stored.id)?.invalidated).toBe(true);

  const all = texts.join('\n');
  // the switches were on: Terraform's trace log and the provider's own debug lines are there
  expect(all).toContain('[TRACE]');
  expect(all).toContain('provider serving');
  const secrets = {
    'password': PASSWORD,
    'basic auth value': Buffer.from(`${USER}:${PASSWORD}`).toString('base64'),
    'api_key value': stored.apiKey,
    'encoded value': Buffer.from(`${stored.id}:${stored.apiKey}`).toString('base64'),
  };
  const found = Object.entries(secrets).filter(([, v]) => all.includes(v)).map(([k]) => k);
  // response bodies' secret members, in JSON (quoted member names, as any body dump shows them)
  for (const member of ['api_key', 'encoded']) {
    const re = new RegExp(`["']${member}["']\\s*:\\s*["']`);
    if (re.test(all)) found.push(`"${member}": member`);
  }
  expect(found).toEqual([]);
});
