/**
 * Faults after commit (`afterCommit: true`): the double handles the call, so the change is made,
 * then answers with the injected status, after the delay, or not at all. Also `GET /_cat/health`,
 * which reports the double's clock. Double-only.
 */
import { ElasticsearchDouble } from '../support/es-double';

let double: ElasticsearchDouble;
const headers = { 'authorization': `Basic ${Buffer.from('elastic:changeme').toString('base64')}`, 'content-type': 'application/json' };
const create = (name: string): Promise<Response> => fetch(`${double.url}/_security/cross_cluster/api_key`, {
  method: 'POST', headers, body: JSON.stringify({ name, access: { search: [{ names: ['logs-*'] }] } }),
});
const names = (): string[] => [...double.state.apiKeys.values()].map((k) => k.name);

beforeEach(async () => { double = await ElasticsearchDouble.start(); });
afterEach(async () => { await double.close(); });

test('a status after commit: the key exists, the answer is the error', async () => {
  const fault = double.injectFault({ method: 'POST', path: '/_security/cross_cluster/api_key', status: 502, reason: 'lost', afterCommit: true });
  const res = await create('after-502');
  expect(res.status).toBe(502);
  expect(((await res.json()) as { error: { reason: string } }).error.reason).toBe('lost');
  expect(names()).toEqual(['after-502']);
  expect(fault.hits).toBe(1);
});

test('the same status before commit (the default) changes nothing', async () => {
  double.injectFault({ method: 'POST', path: '/_security/cross_cluster/api_key', status: 502 });
  expect((await create('before-502')).status).toBe(502);
  expect(names()).toEqual([]);
});

test('a dropped connection after commit: the key exists, no answer arrives', async () => {
  double.injectFault({ method: 'POST', path: '/_security/cross_cluster/api_key', drop: true, afterCommit: true });
  await expect(create('after-drop')).rejects.toThrow();
  expect(names()).toEqual(['after-drop']);
  expect(double.state.requests.at(-1)!.status).toBe(0);
});

test('a delay after commit: the key exists before the (normal) answer is sent', async () => {
  double.injectFault({ method: 'POST', path: '/_security/cross_cluster/api_key', delayMs: 300, afterCommit: true });
  const pending = create('after-delay');
  await new Promise((r) => setTimeout(r, 100));
  expect(names()).toEqual(['after-delay']);
  expect((await pending).status).toBe(200);
});

test('GET /_cat/health?format=json reports the double\'s clock; it needs the monitor privilege', async () => {
  double.advanceTime(86_400_000);
  const res = await fetch(`${double.url}/_cat/health?format=json&h=epoch,timestamp`, { headers });
  const [row] = (await res.json()) as Array<{ epoch: string; timestamp: string }>;
  expect(Math.abs(Number(row.epoch) - Math.floor(double.now() / 1000))).toBeLessThanOrEqual(1); // a second may tick between
  expect(row.timestamp).toMatch(/^\d\d:\d\d:\d\d$/);
  double.addUser({ username: 'nobody', password: 'pw' });
  const refused = await fetch(`${double.url}/_cat/health?format=json`, { headers: { authorization: `Basic ${Buffer.from('nobody:pw').toString('base64')}` } });
  expect(refused.status).toBe(403);
});
