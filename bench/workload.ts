// The benchmark workload: N cross-cluster keys described as plain data, shared by the three
// builders (L2 constructs, hand-filled L1, plain Terraform JSON) so that they emit the same document.
//
// Every key has two search entries and metadata with a few nested values. Even keys put a query
// and field security on their first search entry; odd keys instead get a replication entry (the
// library rejects query/field_security together with replication, as Elasticsearch >= 8.14 does).
//
// Objects are written with their keys already in sorted order, so that a hand-written L1 config or
// JSON document can use `JSON.stringify` directly and still equal the library's canonical JSON.
import type { CrossClusterApiKeyProps } from '../src';

/** One search entry of the workload. */
export interface BenchSearch {
  readonly names: string[];
  readonly query?: Record<string, unknown>;
  readonly fieldSecurity?: { grant: string[]; except?: string[] };
}

/** One key of the workload. */
export interface BenchKey {
  /** Construct id of the key (also the human part of its logical id). */
  readonly id: string;
  readonly name: string;
  readonly expiration: string;
  readonly metadata: Record<string, unknown>;
  readonly search: BenchSearch[];
  readonly replication: Array<{ names: string[] }>;
}

/** The N keys of a benchmark stack, deterministic in N. */
export function workload(n: number): BenchKey[] {
  const keys: BenchKey[] = [];
  for (let i = 0; i < n; i++) {
    const team = `team-${i % 17}`;
    const withReplication = i % 2 === 1;
    const first: BenchSearch = withReplication
      ? { names: [`logs-${i}-*`, 'metrics-*'] }
      : {
        names: [`logs-${i}-*`, 'metrics-*'],
        query: { bool: { filter: [{ term: { team } }, { range: { '@timestamp': { gte: 'now-30d' } } }] } },
        fieldSecurity: { except: ['message.secret'], grant: ['@timestamp', 'message.*', 'team'] },
      };
    keys.push({
      id: `Key${i}`,
      name: `ccs-key-${i}`,
      expiration: `${1 + (i % 90)}d`,
      metadata: {
        description: `benchmark key ${i}`,
        owner: { contact: { email: `${team}@example.com`, pager: i % 3 === 0 }, team },
        rotation: { days: 30 + (i % 5), tags: ['bench', `shard-${i % 10}`] },
      },
      search: [first, { names: [`traces-${i}-*`] }],
      replication: withReplication ? [{ names: [`archive-${i}-*`] }] : [],
    });
  }
  return keys;
}

/** The description the library gives the sensitive `encoded` output of a key with a literal name. */
export function encodedOutputDescription(name: string): string {
  return `Encoded cross-cluster API key "${name}" for cluster.remote.<alias>.credentials`;
}

/** The L2 props of a key (without `provider`). */
export function keyProps(k: BenchKey): CrossClusterApiKeyProps {
  const replication = k.replication.length > 0 ? k.replication : undefined;
  return { name: k.name, expiration: k.expiration, metadata: k.metadata, search: k.search, replication };
}
