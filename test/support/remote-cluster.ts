import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { StackJson, synthStack } from './synth';
import { CrossClusterApiKey, CrossClusterApiKeyProps, RemoteClusterConnection, RemoteClusterConnectionProps } from '../../src';

// Helpers for the tests of the local-cluster side: RemoteClusterConnection and RemoteIndicesRole.

/** A key with one search and one replication entry. */
export const KEY: CrossClusterApiKeyProps = { name: 'ccx', search: [{ names: ['logs-*'] }], replication: [{ names: ['archive-*'] }] };

/** Synthesizes a key and a connection `test/Conn` with `props` on the default provider. */
export function synthConnection(
  props: Partial<RemoteClusterConnectionProps>,
  extra?: (conn: RemoteClusterConnection, stack: TerraformStack) => void,
) {
  let conn!: RemoteClusterConnection;
  const result = synthStack((stack) => {
    const key = new CrossClusterApiKey(stack, 'Key', KEY);
    conn = new RemoteClusterConnection(stack, 'Conn', { alias: 'remote-a', key, seeds: ['remote.example.com:9443'], ...props });
    extra?.(conn, stack);
  });
  return { ...result, conn };
}

export function warnings(c: IConstruct): string[] {
  return c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

export function clusterSettings(json: StackJson): Array<{ name: string; value?: string; value_list?: string[] }> {
  const blocks = Object.values(json.resource?.elasticstack_elasticsearch_cluster_settings ?? {}) as any[];
  expect(blocks).toHaveLength(1);
  return blocks[0].persistent.setting;
}

export function roles(json: StackJson): Record<string, any> {
  return json.resource?.elasticstack_elasticsearch_security_role ?? {};
}

export function onlyRole(json: StackJson): Record<string, any> {
  const blocks = Object.values(roles(json));
  expect(blocks).toHaveLength(1);
  return blocks[0] as Record<string, any>;
}
