import { DiagnosticError, isPlainObject } from '../values';

/** Elasticsearch's structured error object (`{"error": {"type", "reason", "caused_by"}}`). */
export interface EsErrorBody { type?: unknown; reason?: unknown; caused_by?: unknown }

/** `type: reason; caused by type: reason`, following `caused_by` up to three levels. */
export function describeEsError(error: EsErrorBody, depth = 0): string {
  const type = typeof error.type === 'string' ? error.type : 'error';
  const own = `${type}: ${typeof error.reason === 'string' ? error.reason : '(no reason given)'}`;
  if (depth < 3 && isPlainObject(error.caused_by)) return `${own}; caused by ${describeEsError(error.caused_by as EsErrorBody, depth + 1)}`;
  return own;
}

/** Whether `error` is Elasticsearch's structured error: a string `type` or `reason`. */
function isStructuredError(error: unknown): error is EsErrorBody {
  return isPlainObject(error) && (typeof error.type === 'string' || typeof error.reason === 'string');
}

/** The media type of a Content-Type header (`text/html`), without parameters; anything else is not quoted. */
export function mediaType(headers: unknown): string {
  const raw = isPlainObject(headers) ? headers['content-type'] : undefined;
  const m = typeof raw === 'string' ? /^\s*([A-Za-z0-9!#$&^_.+-]{1,64}\/[A-Za-z0-9!#$&^_.+-]{1,64})/.exec(raw) : null;
  return m ? m[1].toLowerCase() : 'no content type';
}

/**
 * The detail of an error response: the status, and Elasticsearch's structured `error.type` /
 * `error.reason` (with `caused_by`) when the body has them. Any other body is described by its
 * content type only, never quoted: a proxy that echoes requests would otherwise put credentials
 * or request bodies into Terraform's output.
 */
export function responseErrorDetail(status: number | undefined, body: unknown, headers: unknown): string {
  const head = `HTTP ${status ?? '?'}`;
  if (isPlainObject(body) && isStructuredError(body.error)) return `${head}: ${describeEsError(body.error)}`;
  const empty = body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
  return `${head} (${mediaType(headers)}): ${empty ? 'an empty response' : 'a response that is not Elasticsearch\'s error JSON (not quoted)'}`;
}

/**
 * Anything an Elasticsearch call throws, as a diagnostic: Elasticsearch's error type and reason,
 * a timeout, a dropped connection or a malformed answer. Never the request or response values.
 */
export function esDiagnostic(err: unknown, what: string, timeoutMs: number): DiagnosticError {
  if (err instanceof DiagnosticError) return err;
  const e = err as { name?: unknown; message?: unknown; meta?: { statusCode?: unknown; body?: unknown; headers?: unknown } };
  const name = typeof e?.name === 'string' ? e.name : '';
  switch (name) {
    case 'ResponseError': {
      const status = typeof e.meta?.statusCode === 'number' ? e.meta.statusCode : undefined;
      const verb = status !== undefined && status >= 500 ? 'failed to' : 'refused to';
      return new DiagnosticError(`Elasticsearch ${verb} ${what}`, responseErrorDetail(status, e.meta?.body, e.meta?.headers));
    }
    case 'TimeoutError':
      return new DiagnosticError('Elasticsearch did not answer in time',
        `No answer to ${what} within ${timeoutMs / 1000} s (provider attribute request_timeout). `
        + (what.startsWith('read') ? 'Try again, or raise request_timeout.' : 'The call may still have taken effect; run terraform apply again to converge.'));
    case 'ConnectionError': case 'NoLivingConnectionsError':
      return new DiagnosticError('Connection to Elasticsearch failed',
        `Could not ${what}: ${typeof e.message === 'string' ? e.message : name}. If the connection dropped after the request was sent, `
        + 'the call may have taken effect; run terraform apply again to converge.');
    case 'RequestAbortedError':
      return new DiagnosticError('Elasticsearch call cancelled', `Terraform asked the provider to stop while it tried to ${what}.`);
    case 'DeserializationError':
      // the message can quote the body, which may hold a secret: never pass it on
      return new DiagnosticError('Malformed Elasticsearch response', `The answer to the request to ${what} is not valid JSON.`);
    case 'ProductNotSupportedError':
      return new DiagnosticError('Not Elasticsearch', `The server answering the request to ${what} does not identify as Elasticsearch.`);
    default:
      return new DiagnosticError(`Could not ${what}`, `${name || 'Error'}: ${typeof e?.message === 'string' ? e.message : String(err)}`);
  }
}
