import { TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ConnectionModel } from './connection-model';
import { signingSettings } from './signing';
import {
  ElasticsearchClusterSettings,
  ElasticsearchClusterSettingsPersistentSetting,
} from '../generated/elasticstack/elasticsearch-cluster-settings';

/**
 * The connection on the elasticstack provider: one `elasticstack_elasticsearch_cluster_settings`
 * with the persistent `cluster.remote.<alias>.*` settings of `model` (signing included). That
 * provider cannot reload secure settings or check the connection, so the chain ends here; it waits
 * for `after` (the delivery's resources).
 */
export function elasticstackLocalSide(
  scope: Construct,
  model: ConnectionModel,
  provider: TerraformProvider | undefined,
  after: TerraformResource[],
): { settings: TerraformResource; settingNames: string[] } {
  const list = elasticstackSettings(model);
  const settings = new ElasticsearchClusterSettings(scope, 'Resource', {
    persistent: { setting: list },
    provider,
    dependsOn: after.length > 0 ? after : undefined,
  });
  return { settings, settingNames: list.map((s) => s.name) };
}

/** The persistent settings, in a fixed order; numbers and booleans as strings (tokens stay tokens). */
export function elasticstackSettings(m: ConnectionModel): ElasticsearchClusterSettingsPersistentSetting[] {
  const prefix = `cluster.remote.${m.alias}`;
  const settings: ElasticsearchClusterSettingsPersistentSetting[] = [{ name: `${prefix}.mode`, value: m.mode }];
  if (m.seeds !== undefined) settings.push({ name: `${prefix}.seeds`, valueList: m.seeds });
  if (m.proxyAddress !== undefined) settings.push({ name: `${prefix}.proxy_address`, value: m.proxyAddress });
  if (m.serverName !== undefined) settings.push({ name: `${prefix}.server_name`, value: m.serverName });
  if (m.nodeConnections !== undefined) settings.push({ name: `${prefix}.node_connections`, value: asSettingValue(m.nodeConnections) });
  if (m.proxySocketConnections !== undefined) {
    settings.push({ name: `${prefix}.proxy_socket_connections`, value: asSettingValue(m.proxySocketConnections) });
  }
  settings.push({ name: `${prefix}.skip_unavailable`, value: asSettingValue(m.skipUnavailable) });
  settings.push(...signingSettings(m.alias, m.signing));
  return settings;
}

/** A setting value as the provider wants it: a string (tokens stay tokens). */
function asSettingValue(value: number | boolean): string {
  if (Token.isUnresolved(value) || (typeof value === 'object' && value !== null)) return Token.asString(value);
  return String(value);
}
