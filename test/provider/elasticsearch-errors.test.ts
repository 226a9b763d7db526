import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@elastic/elasticsearch';
import { recordingLogger } from './support/recording-log';
import { CallContext, DiagnosticError, Diagnostics } from '../../src/provider';
import { ProviderData, providerData, resolveConnection } from '../../src/provider/connection';
import { esCall } from '../../src/provider/elasticsearch';

// Diagnostics about an Elasticsearch error response quote only its status, its content type and
// Elasticsearch's structured error.type / error.reason: a proxy or server that
// echoes the request (the authorization header, the request body) must not put it into
// Terraform's output. Driven through the real Elasticsearch client against a local HTTP server.

const SECRET = 'Basic ZWxhc3RpYzplY2hvLXB3';

interface Reply { status: number; contentType?: string; body: string }

async function errorFor(reply: Reply): Promise<{ summary: string; detail: string }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(reply.status, reply.contentType ? { 'content-type': reply.contentType } : {});
    res.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const data = providerData(resolveConnection({ endpoints: [url], username: 'elastic', password: 'echo-pw' }, {}), 5_000,
    async (options) => new Client({ ...options, maxRetries: 0 }));
  const ctx: CallContext<ProviderData> = {
    providerData: data, diagnostics: new Diagnostics(), log: recordingLogger().log, signal: new AbortController().signal,
  };
  try {
    await esCall(ctx, 'create the cross-cluster API key', { method: 'POST', path: '/_security/cross_cluster/api_key', body: { name: 'k' } });
    throw new Error('expected the call to fail');
  } catch (err) {
    if (!(err instanceof DiagnosticError) || err.diagnostics.length !== 1) throw err;
    const [d] = err.diagnostics;
    return { summary: d.summary, detail: d.detail ?? '' };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const text = (e: { summary: string; detail: string }): string => `${e.summary}\n${e.detail}`;

describe('Elasticsearch error responses in diagnostics', () => {
  test('a non-JSON body that echoes the request is not quoted: status and content type only', async () => {
    const e = await errorFor({
      status: 502,
      contentType: 'text/html; charset=utf-8',
      body: `<html>Bad gateway. You sent: authorization: ${SECRET} {"name":"k"}</html>`,
    });
    expect(e.summary).toBe('Elasticsearch failed to create the cross-cluster API key');
    expect(e.detail).toBe('HTTP 502 (text/html): a response that is not Elasticsearch\'s error JSON (not quoted)');
    expect(text(e)).not.toContain(SECRET);
    expect(text(e)).not.toContain('You sent');
  });

  test('plain text without a content type: status only', async () => {
    const e = await errorFor({ status: 403, body: `echo ${SECRET}` });
    expect(e.summary).toBe('Elasticsearch refused to create the cross-cluster API key');
    expect(e.detail).toBe('HTTP 403 (no content type): a response that is not Elasticsearch\'s error JSON (not quoted)');
  });

  test('JSON without Elasticsearch\'s error type and reason is not quoted either', async () => {
    const e = await errorFor({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: `echo ${SECRET}`, request: { name: 'k' } }) });
    expect(e.detail).toBe('HTTP 400 (application/json): a response that is not Elasticsearch\'s error JSON (not quoted)');
    expect(text(e)).not.toContain(SECRET);
  });

  test('Elasticsearch\'s structured error: type and reason, with caused_by, and nothing else of the body', async () => {
    const e = await errorFor({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { type: 'illegal_argument_exception', reason: 'bad name', caused_by: { type: 'parse_exception', reason: 'at 1' }, header: { echo: SECRET } },
        status: 400,
      }),
    });
    expect(e.detail).toBe('HTTP 400: illegal_argument_exception: bad name; caused by parse_exception: at 1');
  });

  test('an empty error body', async () => {
    const e = await errorFor({ status: 503, contentType: 'text/plain', body: '' });
    expect(e.detail).toBe('HTTP 503 (text/plain): an empty response');
  });

  test('a content type that is not a media type is not quoted', async () => {
    const e = await errorFor({ status: 500, contentType: `${SECRET}`, body: 'x' });
    expect(e.detail).toBe('HTTP 500 (no content type): a response that is not Elasticsearch\'s error JSON (not quoted)');
  });
});
