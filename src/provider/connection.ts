import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import { isIPv4 } from 'node:net';
import type { Client, ClientOptions } from '@elastic/elasticsearch';
import { DiagnosticError, Diagnostics, Schema, T, Value, attrPath, isNumberValue } from './values';
import { parseTimeValue } from '../rules/time-value';

/** The provider block's schema: how to reach Elasticsearch. Env vars as the elasticstack provider names them. */
export const providerSchema: Schema = {
  description: 'Elasticsearch connection for cross-cluster API keys. Unset attributes fall back to the '
    + '`ELASTICSEARCH_ENDPOINTS` (comma-separated), `ELASTICSEARCH_USERNAME`, `ELASTICSEARCH_PASSWORD` and '
    + '`ELASTICSEARCH_API_KEY` environment variables.',
  attributes: {
    endpoints: { type: T.list(T.string), optional: true, description: 'Elasticsearch URLs, e.g. `https://localhost:9200`.' },
    username: { type: T.string, optional: true, description: 'Basic authentication user.' },
    password: { type: T.string, optional: true, sensitive: true, description: 'Basic authentication password.' },
    api_key: {
      type: T.string,
      optional: true,
      sensitive: true,
      description: 'Encoded API key. Elasticsearch refuses cross-cluster API key calls authenticated by an API key: use username and password for those.',
    },
    ca_file: { type: T.string, optional: true, description: 'Path to a PEM CA certificate to trust.' },
    ca_data: { type: T.string, optional: true, description: 'PEM CA certificate to trust.' },
    insecure: { type: T.bool, optional: true, description: 'Skip TLS certificate verification. Default false.' },
    request_timeout: {
      type: T.number,
      optional: true,
      description: 'Seconds to wait for each Elasticsearch response before the call fails with a diagnostic. Default 30.',
    },
    expiry_warning_window: {
      type: T.string,
      optional: true,
      description: 'An Elasticsearch time value, e.g. `14d` or `36h`: every plan and apply warns about each cross-cluster API key '
        + 'that expires within this window (by the cluster\'s clock). Default `14d`; `0s` turns the warning off; a negative value is an error.',
    },
  },
};

export interface ConnectionSettings {
  readonly endpoints: readonly string[];
  readonly auth: { readonly username: string; readonly password: string } | { readonly apiKey: string } | undefined;
  readonly caPem?: string;
  readonly insecure: boolean;
}

/** What resources get as `ctx.providerData`. */
export interface ProviderData {
  readonly connection: ConnectionSettings;
  /** How the calls authenticate, for checks that must happen before calling (never the secret). */
  readonly authMethod: 'basic' | 'api_key' | 'none';
  /** How long each Elasticsearch call may take, in milliseconds. */
  readonly requestTimeoutMs: number;
  /** Keys expiring within this many milliseconds get a warning in every plan (`expiry_warning_window`); 0: never. */
  readonly expiryWarningWindowMs: number;
  /** The Elasticsearch client, created (and its module loaded) on first use. */
  client(): Promise<Client>;
  /** The cluster's version (`version.number` of `GET /`), fetched once and cached; a failure is not cached. */
  serverVersion(signal?: AbortSignal): Promise<string>;
  /**
   * The cluster's current time in ms since the epoch: this host's clock plus the cluster's offset,
   * measured once per provider process from `GET /_cat/health` (`epoch`, whole seconds). When the
   * cluster does not answer it (e.g. the user lacks the `monitor` privilege), this host's clock.
   */
  clusterNow(signal?: AbortSignal): Promise<number>;
}

/** The default `expiry_warning_window`: 14 days. */
export const DEFAULT_EXPIRY_WARNING_WINDOW = '14d';

/** `expiry_warning_window` from the provider block as milliseconds; default 14 days, errors for a bad or negative value. */
export function expiryWarningWindowMs(config: { readonly [k: string]: Value }): number {
  const v = config.expiry_warning_window;
  const text = typeof v === 'string' ? v : DEFAULT_EXPIRY_WARNING_WINDOW; // null, or unknown until apply
  const parsed = parseTimeValue(text, 'expiry_warning_window');
  if (!parsed.ok || parsed.magic === 'minus-one' || parsed.nanos < 0n) {
    throw new DiagnosticError('Invalid expiry_warning_window',
      `expiry_warning_window "${text}" is not a time value of zero or more (${parsed.ok ? 'negative durations are not supported' : parsed.error}). `
      + 'Give an Elasticsearch time value such as "14d" or "36h", or "0s" to turn the warning off.', attrPath('expiry_warning_window'));
  }
  return Number(parsed.nanos / 1_000_000n);
}

/** `request_timeout` (seconds) from the provider block as milliseconds; default 30 s. */
export function requestTimeoutMs(config: { readonly [k: string]: Value }): number {
  const v = config.request_timeout;
  if (v === null || v === undefined || !isNumberValue(v)) return 30_000; // null, or unknown until apply
  const n = Number(String(v));
  if (!Number.isFinite(n) || n <= 0) {
    throw new DiagnosticError('Invalid request_timeout', '`request_timeout` must be a positive number of seconds.', attrPath('request_timeout'));
  }
  return Math.round(n * 1000);
}

const str = (v: Value | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Resolves the provider block plus environment into connection settings; problems point at
 * attributes. No endpoint at all is accepted here and reported when a resource needs the client.
 *
 * Errors (thrown as `DiagnosticError`): an endpoint that is not an http(s) URL; `username` without
 * a password; both `ca_file` and `ca_data`; a CA that cannot be read or holds no valid PEM
 * certificate. Warning (added to `diagnostics` when given): credentials that would travel over plain
 * `http://` to a host that is not loopback.
 */
export function resolveConnection(config: { readonly [k: string]: Value }, env: NodeJS.ProcessEnv, diagnostics?: Diagnostics): ConnectionSettings {
  const fromConfig = Array.isArray(config.endpoints) ? (config.endpoints as Value[]).filter((e): e is string => typeof e === 'string') : [];
  const endpoints = fromConfig.length > 0 ? fromConfig
    : (env.ELASTICSEARCH_ENDPOINTS ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  const urls = endpoints.map((e, i) => {
    let url: URL | undefined;
    try { url = new URL(e); } catch { url = undefined; }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new DiagnosticError('Invalid Elasticsearch endpoint', `Endpoint ${i + 1} is not an http(s) URL.`, attrPath('endpoints', i));
    }
    return url;
  });
  const username = str(config.username) ?? str(env.ELASTICSEARCH_USERNAME);
  const password = str(config.password) ?? str(env.ELASTICSEARCH_PASSWORD);
  const apiKey = str(config.api_key) ?? str(env.ELASTICSEARCH_API_KEY);
  if (username !== undefined && password === undefined) {
    throw new DiagnosticError('Missing password', '`username` is set but `password` (or ELASTICSEARCH_PASSWORD) is not.', attrPath('password'));
  }
  // basic authentication wins: cross-cluster API key calls need it
  const auth = username !== undefined ? { username, password: password! } : apiKey !== undefined ? { apiKey } : undefined;
  if (auth && diagnostics) {
    for (const [i, url] of urls.entries()) {
      if (url.protocol !== 'http:' || isLoopbackHost(url.hostname)) continue;
      // the origin only: a URL's user-info part may hold a password
      diagnostics.warning('Credentials sent without TLS',
        `Endpoint ${i + 1} (${url.protocol}//${url.host}) is plain http: the ${'apiKey' in auth ? 'API key' : 'password'} `
        + 'travels unencrypted to a host that is not this machine. Use an https:// endpoint.',
        fromConfig.length > 0 ? attrPath('endpoints', i) : undefined);
    }
  }
  return { endpoints, auth, caPem: caCertificates(config), insecure: config.insecure === true };
}

/** True for `localhost`, 127.0.0.0/8 and ::1 (a URL's hostname: IPv6 in brackets). */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || (isIPv4(host) && host.startsWith('127.'));
}

/** The PEM text of `ca_file` or `ca_data` (at most one of them), checked to hold only valid certificates. */
function caCertificates(config: { readonly [k: string]: Value }): string | undefined {
  const caData = str(config.ca_data);
  const caFile = str(config.ca_file);
  if (caData !== undefined && caFile !== undefined) {
    throw new DiagnosticError('Conflicting CA settings',
      'Both `ca_file` and `ca_data` are set. Set only one of them: `ca_file` for the path of a PEM file, `ca_data` for the PEM text.',
      attrPath('ca_data'));
  }
  if (caFile !== undefined) {
    let pem: string;
    try { pem = fs.readFileSync(caFile, 'utf8'); } catch (e) {
      throw new DiagnosticError('Cannot read CA certificate', `ca_file: ${(e as Error).message}`, attrPath('ca_file'));
    }
    checkPemCertificates(pem, 'ca_file');
    return pem;
  }
  if (caData !== undefined) checkPemCertificates(caData, 'ca_data');
  return caData;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]*-----END CERTIFICATE-----/g;

/**
 * Throws a configuration error naming the attribute unless `pem` holds at least one PEM certificate
 * and every one of them parses as X.509. (TLS would otherwise drop a broken CA without a word, and
 * the user would later read "self-signed certificate" instead of "invalid CA".)
 */
function checkPemCertificates(pem: string, attribute: 'ca_file' | 'ca_data'): void {
  const blocks = pem.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) {
    throw new DiagnosticError('Invalid CA certificate',
      `\`${attribute}\` holds no PEM certificate: expected one or more "-----BEGIN CERTIFICATE-----" blocks.`, attrPath(attribute));
  }
  for (const [i, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch (e) {
      throw new DiagnosticError('Invalid CA certificate',
        `Certificate ${i + 1} in \`${attribute}\` is not a valid X.509 certificate (${(e as Error).message}).`, attrPath(attribute));
    }
  }
}

/** Makes the client from its options; default: loads `@elastic/elasticsearch` on first use. */
export type ClientFactory = (options: ClientOptions) => Promise<Client>;

const loadClient: ClientFactory = (options) => import('@elastic/elasticsearch').then(({ Client: ES }) => new ES(options));

export function providerData(
  connection: ConnectionSettings, timeoutMs = 30_000, createClient: ClientFactory = loadClient, warningWindowMs = 14 * 86_400_000,
): ProviderData {
  let client: Promise<Client> | undefined;
  let version: Promise<string> | undefined;
  let clockOffset: Promise<number> | undefined;
  const getClient = (): Promise<Client> => {
    if (connection.endpoints.length === 0) {
      // checked on first use, so that a configuration without Elasticsearch resources needs no endpoint
      return Promise.reject(new DiagnosticError('No Elasticsearch endpoint',
        'Set `endpoints` in the provider block or the ELASTICSEARCH_ENDPOINTS environment variable.'));
    }
    client ??= createClient({
      nodes: [...connection.endpoints],
      auth: connection.auth,
      requestTimeout: timeoutMs,
      maxRetries: 0,
      tls: { ca: connection.caPem, rejectUnauthorized: !connection.insecure },
    });
    return client;
  };
  return {
    connection,
    requestTimeoutMs: timeoutMs,
    serverVersion: (signal) => {
      version ??= getClient()
        .then((es) => es.transport.request<{ version?: { number?: unknown } }>({ method: 'GET', path: '/' }, { signal }))
        .then((info) => {
          const n = info?.version?.number;
          if (typeof n !== 'string') throw new DiagnosticError('Malformed Elasticsearch response', '`GET /` did not report `version.number`.');
          return n;
        });
      // a failure is reported to this caller and retried by the next one
      version.catch(() => { version = undefined; });
      return version;
    },
    authMethod: !connection.auth ? 'none' : 'apiKey' in connection.auth ? 'api_key' : 'basic',
    client: getClient,
    expiryWarningWindowMs: warningWindowMs,
    clusterNow: async (signal) => {
      clockOffset ??= getClient()
        .then((es) => es.transport.request<unknown>({ method: 'GET', path: '/_cat/health', querystring: { format: 'json', h: 'epoch' } }, { signal }))
        .then((rows) => {
          const epoch = Array.isArray(rows) ? Number((rows[0] as { epoch?: unknown } | undefined)?.epoch) : NaN;
          return Number.isFinite(epoch) ? epoch * 1000 - Date.now() : 0;
        })
        .catch(() => 0); // this host's clock
      return Date.now() + await clockOffset;
    },
  };
}
