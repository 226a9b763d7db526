/**
 * `npm run double -- [--port 19200] [--version 8.19.3] [--username elastic] [--password changeme] [--host 127.0.0.1] [--two]`
 *
 * Starts the in-process Elasticsearch test double and keeps it up until Ctrl-C, so that a person
 * can point `curl`, `cdktf deploy` or a test run (ELASTICSEARCH_ENDPOINTS=…) at it.
 * With `--two`, two doubles joined as remote and local clusters (see two-doubles.ts).
 * Defaults also come from ES_DOUBLE_PORT, ES_DOUBLE_VERSION, ES_DOUBLE_USERNAME, ES_DOUBLE_PASSWORD.
 * The default port is 19200, not Elasticsearch's 9200, where a developer's own cluster usually runs;
 * `--port 0` takes any free port.
 */
import { startTwoDoubles } from './two-doubles';
import { ElasticsearchDouble } from '../test/support/es-double';

/** Uncommon on purpose: 9200 is where a developer's own Elasticsearch listens. */
const DEFAULT_PORT = '19200';

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
    process.stdout.write(
      `usage: npm run double -- [--port N (default ${DEFAULT_PORT}; 0 = any free port)] [--host H] [--version X.Y.Z] [--username U] [--password P] [--two]\n`
      + '  --two: a remote double (port N, remote cluster server on N+243) and a local double with 2 nodes (port N+1)\n',
    );
    return;
  }
  const env = process.env;
  const port = Number(option(args, 'port', env.ES_DOUBLE_PORT ?? DEFAULT_PORT));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port ${port}`);
  const host = option(args, 'host', env.ES_DOUBLE_HOST ?? '127.0.0.1');
  const version = option(args, 'version', env.ES_DOUBLE_VERSION ?? '8.19.3');
  const username = option(args, 'username', env.ES_DOUBLE_USERNAME ?? 'elastic');
  const password = option(args, 'password', env.ES_DOUBLE_PASSWORD ?? 'changeme');

  const users = [{ username, password, roles: ['superuser'] }];
  let close: () => Promise<void>;
  let lines: string[];
  try {
    if (args.includes('--two')) {
      process.stdout.write(`starting two Elasticsearch test doubles (remote and local) on ${host} ...\n`);
      const two = await startTwoDoubles({ port, host, version, users });
      close = two.close;
      lines = two.lines;
    } else {
      process.stdout.write(`starting the Elasticsearch test double on ${host}:${port} ...\n`);
      const double = await ElasticsearchDouble.start({ port, host, version, users });
      close = () => double.close();
      lines = oneDoubleLines(double, username, password);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${port} on ${host} is already in use (another Elasticsearch, or a double still running?): ` +
        'pick another with `npm run double -- --port N`, or `--port 0` for any free port');
    }
    throw e;
  }
  process.stdout.write([...lines, '', 'Press Ctrl-C to stop.'].join('\n') + '\n');

  const stop = (signal: string) => {
    process.stdout.write(`\n${signal}: stopping\n`);
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

function oneDoubleLines(double: ElasticsearchDouble, username: string, password: string): string[] {
  return [
    `Elasticsearch test double ${double.version} listening on ${double.url}`,
    `  username: ${username}`,
    `  password: ${password}`,
    `  cluster_uuid: ${double.clusterUuid}`,
    '',
    `  curl -u ${username}:${password} ${double.url}/`,
    `  export ELASTICSEARCH_ENDPOINTS=${double.url} ELASTICSEARCH_USERNAME=${username} ELASTICSEARCH_PASSWORD=${password}`,
  ];
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
