/**
 * Where a test talks to Elasticsearch: a real cluster when ELASTICSEARCH_ENDPOINTS,
 * ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD are set, otherwise a fresh in-process double.
 */
import { DoubleOptions, ElasticsearchDouble } from './es-double';

export interface TestTarget {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  /** True when the target is the in-process double. */
  readonly isDouble: boolean;
  /** The double, when `isDouble`. */
  readonly double?: ElasticsearchDouble;
  close(): Promise<void>;
}

export const DEFAULT_USERNAME = 'elastic';
export const DEFAULT_PASSWORD = 'changeme';

/** True when the environment points the tests at a real cluster. */
export function realClusterConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ELASTICSEARCH_ENDPOINTS && env.ELASTICSEARCH_USERNAME && env.ELASTICSEARCH_PASSWORD);
}

/**
 * A real cluster if the ELASTICSEARCH_* variables are set (the first of the comma-separated
 * endpoints is used), else a double started with `options` (default: 8.19.3, user elastic/changeme).
 */
export async function testTarget(options: DoubleOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<TestTarget> {
  if (realClusterConfigured(env)) {
    return {
      url: env.ELASTICSEARCH_ENDPOINTS!.split(',')[0].trim(),
      username: env.ELASTICSEARCH_USERNAME!,
      password: env.ELASTICSEARCH_PASSWORD!,
      isDouble: false,
      close: async () => undefined,
    };
  }
  const users = options.users ?? [{ username: DEFAULT_USERNAME, password: DEFAULT_PASSWORD }];
  const double = await ElasticsearchDouble.start({ ...options, users });
  return {
    url: double.url,
    username: users[0].username,
    password: users[0].password,
    isDouble: true,
    double,
    close: () => double.close(),
  };
}
