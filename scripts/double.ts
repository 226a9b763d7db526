/**
 * `npm run double -- [--port 9200] [--version 8.19.3] [--username elastic] [--password changeme] [--host 127.0.0.1]`
 *
 * Starts the in-process Elasticsearch test double and keeps it up until Ctrl-C, so that a person
 * can point `curl`, `cdktf deploy` or a test run (ELASTICSEARCH_ENDPOINTS=…) at it.
 * Defaults also come from ES_DOUBLE_PORT, ES_DOUBLE_VERSION, ES_DOUBLE_USERNAME, ES_DOUBLE_PASSWORD.
 */
import { ElasticsearchDouble } from '../test/support/es-double';

function option(args: string[], name: string, fallback: string): string {
  const idx = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (idx < 0) return fallback;
  const a = args[idx];
  if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
  const next = args[idx + 1];
  if (next === undefined || next.startsWith('--')) throw new Error(`--${name} needs a value`);
  return next;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('usage: npm run double -- [--port N] [--host H] [--version X.Y.Z] [--username U] [--password P]\n');
    return;
  }
  const env = process.env;
  const port = Number(option(args, 'port', env.ES_DOUBLE_PORT ?? '9200'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port ${port}`);
  const host = option(args, 'host', env.ES_DOUBLE_HOST ?? '127.0.0.1');
  const version = option(args, 'version', env.ES_DOUBLE_VERSION ?? '8.19.3');
  const username = option(args, 'username', env.ES_DOUBLE_USERNAME ?? 'elastic');
  const password = option(args, 'password', env.ES_DOUBLE_PASSWORD ?? 'changeme');

  const double = await ElasticsearchDouble.start({ port, host, version, users: [{ username, password, roles: ['superuser'] }] });
  const lines = [
    `Elasticsearch test double ${double.version} listening on ${double.url}`,
    `  username: ${username}`,
    `  password: ${password}`,
    `  cluster_uuid: ${double.clusterUuid}`,
    '',
    `  curl -u ${username}:${password} ${double.url}/`,
    `  export ELASTICSEARCH_ENDPOINTS=${double.url} ELASTICSEARCH_USERNAME=${username} ELASTICSEARCH_PASSWORD=${password}`,
    '',
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  const stop = (signal: string) => {
    process.stdout.write(`\n${signal}: stopping the double\n`);
    void double.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
