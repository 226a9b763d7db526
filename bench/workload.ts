// N keys as plain data, shared by every variant so that all write the same document. Object keys are
// written in sorted order, so that `JSON.stringify` of them equals the library's canonical JSON.
import type { CrossClusterApiKeyProps, SearchAccessProps } from '../src';

export interface BenchKey {
  readonly id: string;
  readonly props: CrossClusterApiKeyProps & { readonly search: SearchAccessProps[] };
}

/** Even keys carry a query and field security, odd keys a replication entry (never both, as Elasticsearch requires). */
export function workload(n: number): BenchKey[] {
  return Array.from({ length: n }, (_, i) => {
    const team = `team-${i % 17}`;
    const odd = i % 2 === 1;
    const filter = { bool: { filter: [{ term: { team } }, { range: { '@timestamp': { gte: 'now-30d' } } }] } };
    const first = odd ? { names: [`logs-${i}-*`, 'metrics-*'] }
      : { names: [`logs-${i}-*`, 'metrics-*'], query: filter, fieldSecurity: { except: ['message.secret'], grant: ['@timestamp', 'message.*', 'team'] } };
    return {
      id: `Key${i}`,
      props: {
        name: `ccs-key-${i}`,
        expiration: `${1 + (i % 90)}d`,
        metadata: {
          description: `benchmark key ${i}`,
          owner: { contact: { email: `${team}@example.com`, pager: i % 3 === 0 }, team },
          rotation: { days: 30 + (i % 5), tags: ['bench', `shard-${i % 10}`] },
        },
        search: [first, { names: [`traces-${i}-*`] }],
        replication: odd ? [{ names: [`archive-${i}-*`] }] : undefined,
      },
    };
  });
}

/** The description the library gives the sensitive `encoded` output of a key with a literal name. */
export const encodedOutputDescription = (name: string) => `Encoded cross-cluster API key "${name}" for cluster.remote.<alias>.credentials`;
