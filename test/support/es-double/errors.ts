/**
 * Elasticsearch-shaped errors. An `EsError` is a chain of causes, rendered the way Elasticsearch's
 * REST layer renders exceptions: `{"error":{"root_cause":[…],"type":…,"reason":…,"caused_by":…},"status":N}`.
 */
import { Location } from './json';

export interface EsErrorOptions {
  /** The HTTP status. Only the outermost error's status is used. */
  readonly status?: number;
  readonly causedBy?: EsError;
  /**
   * Whether this is an ElasticsearchException (or an XContentParseException), which the REST layer
   * descends into when it computes `root_cause`. Plain Java exceptions such as
   * `illegal_argument_exception` are not. Default: true unless the type is `illegal_argument_exception`.
   */
  readonly esException?: boolean;
  /** Extra fields rendered next to type/reason (for example `header`, `resource.id`). */
  readonly extra?: Record<string, unknown>;
  /** HTTP response headers to send when this is the outermost error. */
  readonly headers?: Record<string, string | string[]>;
}

export class EsError extends Error {
  readonly status: number;
  readonly causedBy?: EsError;
  readonly esException: boolean;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string | string[]>;

  constructor(public readonly type: string, public readonly reason: string, opts: EsErrorOptions = {}) {
    super(`${type}: ${reason}`);
    this.status = opts.status ?? 400;
    this.causedBy = opts.causedBy;
    this.esException = opts.esException ?? type !== 'illegal_argument_exception';
    this.extra = opts.extra ?? {};
    this.headers = opts.headers ?? {};
  }

  /** Elasticsearch's `guessRootCauses`: descend through ES exceptions, stop at plain ones. */
  rootCause(): EsError {
    let cur: EsError = this;
    while (cur.causedBy && (cur.esException || cur.type === 'x_content_parse_exception') && cur.causedBy.esException) {
      cur = cur.causedBy;
    }
    return cur;
  }

  private render(withCause: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = { type: this.type, reason: this.reason, ...this.extra };
    if (withCause && this.causedBy) out.caused_by = this.causedBy.render(true);
    return out;
  }

  toBody(): Record<string, unknown> {
    return {
      error: { root_cause: [this.rootCause().render(false)], ...this.render(true) },
      status: this.status,
    };
  }
}

const at = (loc: Location | undefined) => (loc ? `[${loc.line}:${loc.column}] ` : '');

export const illegalArgument = (reason: string, status = 400) =>
  new EsError('illegal_argument_exception', reason, { status });

/** ElasticsearchParseException. */
export const parseException = (reason: string) => new EsError('parse_exception', reason, { status: 400 });

export const xContentParse = (loc: Location | undefined, reason: string, causedBy?: EsError) =>
  new EsError('x_content_parse_exception', `${at(loc)}${reason}`, { status: 400, causedBy, esException: true });

/** ActionRequestValidationException: "Validation Failed: 1: a;2: b;". */
export function validationFailed(errors: readonly string[]): EsError {
  const reason = 'Validation Failed: ' + errors.map((e, idx) => `${idx + 1}: ${e};`).join('');
  return new EsError('action_request_validation_exception', reason, { status: 400 });
}

export const WWW_AUTHENTICATE = ['Basic realm="security", charset="UTF-8"', 'Bearer realm="security"', 'ApiKey'];

export function unauthenticated(reason: string, extra: Record<string, unknown> = {}): EsError {
  return new EsError('security_exception', reason, {
    status: 401,
    extra: { ...extra, header: { 'WWW-Authenticate': WWW_AUTHENTICATE } },
    headers: { 'WWW-Authenticate': WWW_AUTHENTICATE },
  });
}

export const forbidden = (reason: string) => new EsError('security_exception', reason, { status: 403 });

export const notFound = (reason: string, extra: Record<string, unknown> = {}) =>
  new EsError('resource_not_found_exception', reason, { status: 404, extra });

/** The error a status-code fault injection returns. */
export function injectedError(status: number, reason: string): EsError {
  const types: Record<number, string> = {
    400: 'illegal_argument_exception',
    401: 'security_exception',
    403: 'security_exception',
    404: 'resource_not_found_exception',
    409: 'version_conflict_engine_exception',
    429: 'es_rejected_execution_exception',
    500: 'exception',
    502: 'exception',
    503: 'cluster_block_exception',
    504: 'exception',
  };
  return new EsError(types[status] ?? 'exception', reason, { status, esException: true });
}
