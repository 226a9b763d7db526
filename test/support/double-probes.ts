import { ElasticsearchDouble } from './es-double';

/**
 * What tests of key lifecycles ask a double: move its clock over HTTP as any client would
 * (`POST /_double/clock`), and which keys of a name Elasticsearch would accept now.
 */

/** Moves the double's clock forward by an Elasticsearch time value (`"7d"`), as the superuser `elastic`. */
export async function advanceClock(double: ElasticsearchDouble, by: string, password = 'changeme'): Promise<void> {
  const res = await fetch(`${double.url}/_double/clock`, {
    method: 'POST',
    headers: { 'authorization': `Basic ${Buffer.from(`elastic:${password}`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ advance: by }),
  });
  if (res.status !== 200) throw new Error(`POST /_double/clock answered ${res.status}`);
}

/** Ids of the keys named `name` that are valid now: not invalidated, not expired by the double's clock. */
export function validKeyIds(double: ElasticsearchDouble, name: string): string[] {
  return [...double.state.apiKeys.values()]
    .filter((k) => k.name === name && !k.invalidated && (k.expiration === undefined || k.expiration > double.now()))
    .map((k) => k.id);
}
