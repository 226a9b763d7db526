import type { ProviderData } from '../connection';
import type { CallContext } from '../framework';
import { DiagnosticError } from '../values';
import { esDiagnostic } from './errors';

/**
 * The Elasticsearch calls of every eccx resource go through here: one request with the provider's
 * client, cancelled on StopProvider, any failure turned into a diagnostic that never quotes
 * request or response values (see `errors.ts`).
 */

/** One REST request, as `transport.request` takes it. */
export interface EsRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly querystring?: Record<string, string | boolean>;
  readonly body?: Record<string, unknown>;
}

/** The configured provider's data, or a diagnostic when Terraform did not configure it. */
export function providerDataOf(ctx: CallContext<ProviderData>): ProviderData {
  if (!ctx.providerData) throw new DiagnosticError('Provider not configured', 'Terraform did not configure the eccx provider before using it.');
  return ctx.providerData;
}

/**
 * One Elasticsearch call; `what` completes "could not ..." in messages. A 404 resolves to
 * `notFound` when given; any other failure is a diagnostic.
 */
export async function esCall<R>(ctx: CallContext<ProviderData>, what: string, req: EsRequest, notFound?: R): Promise<R> {
  const data = providerDataOf(ctx);
  try {
    const es = await data.client();
    // transport.request: the 8.x client's typed methods have no certificate_identity (it would go
    // into the query string) and cannot send `certificate_identity: null`
    const params = { method: req.method, path: req.path, querystring: req.querystring, body: req.body };
    return await es.transport.request<R>(params, { signal: ctx.signal });
  } catch (err) {
    const status = (err as { meta?: { statusCode?: unknown } })?.meta?.statusCode;
    if (notFound !== undefined && (err as { name?: unknown })?.name === 'ResponseError' && status === 404) return notFound;
    throw esDiagnostic(err, what, data.requestTimeoutMs);
  }
}

/** Whether an Elasticsearch version text (`8.13.2`) is at least `major.minor`. */
export function versionAtLeast(version: string, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const [maj, min] = [Number(m[1]), Number(m[2])];
  return maj > major || (maj === major && min >= minor);
}

/** The cluster's version (`GET /`, asked once per provider process). */
export async function serverVersion(ctx: CallContext<ProviderData>): Promise<string> {
  const data = providerDataOf(ctx);
  try {
    return await data.serverVersion(ctx.signal);
  } catch (err) {
    throw esDiagnostic(err, 'read the cluster version (GET /)', data.requestTimeoutMs);
  }
}

/** The cluster's current time in ms since the epoch (see `ProviderData.clusterNow`). */
export async function clusterTime(ctx: CallContext<ProviderData>): Promise<number> {
  return providerDataOf(ctx).clusterNow(ctx.signal);
}
