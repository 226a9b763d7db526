import { Fn, TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ConnectionModel } from './connection-model';
import { elasticstackSettings } from './elasticstack-local-side';
import { RemoteClusterCheck } from '../generated/eccx/remote-cluster-check';
import { RemoteClusterSettings } from '../generated/eccx/remote-cluster-settings';
import { SecureSettingsReload } from '../generated/eccx/secure-settings-reload';

/** The eccx resources of a connection, in chain order. */
export interface EccxLocalSide {
  readonly reload?: TerraformResource;
  readonly settings: TerraformResource;
  readonly check?: TerraformResource;
  readonly settingNames: string[];
}

/**
 * The connection on this package's eccx provider, chained as DESIGN.md's local side:
 * key -> delivery (`delivered`) -> `eccx_secure_settings_reload` -> `eccx_remote_cluster_settings`
 * -> `eccx_remote_cluster_check`. Reload and check exist only when Terraform delivers the
 * credential (`delivered` not empty): a check before a manual delivery could only fail; without
 * `reload` the settings follow the delivery directly. The reload
 * and the check run again when the key's id changes (a new credential), the check also when the
 * address does.
 */
export function eccxLocalSide(
  scope: Construct,
  model: ConnectionModel,
  options: { provider?: TerraformProvider; delivered: TerraformResource[]; keyId: string; checkTimeoutSeconds?: number; reload: boolean },
): EccxLocalSide {
  const { provider, delivered, keyId } = options;
  const reload = delivered.length === 0 || !options.reload ? undefined : new SecureSettingsReload(scope, 'Reload', {
    triggers: { key_id: keyId, setting: `cluster.remote.${model.alias}.credentials` },
    provider,
    dependsOn: delivered,
  });
  const settings = new RemoteClusterSettings(scope, 'Resource', {
    alias: model.alias,
    mode: model.mode,
    seeds: model.seeds,
    proxyAddress: model.proxyAddress,
    serverName: model.serverName,
    nodeConnections: model.nodeConnections,
    proxySocketConnections: model.proxySocketConnections,
    skipUnavailable: model.skipUnavailable,
    signing: model.signing,
    provider,
    dependsOn: reload ? [reload] : delivered.length > 0 ? delivered : undefined,
  });
  const check = delivered.length === 0 ? undefined : new RemoteClusterCheck(scope, 'Check', {
    alias: model.alias,
    timeoutSeconds: options.checkTimeoutSeconds,
    triggers: { key_id: keyId, address: model.proxyAddress ?? joined(model.seeds ?? []) },
    provider,
    dependsOn: [settings],
  });
  // the same settings, by name, as the elasticstack path writes for the model
  return { reload, settings, check, settingNames: elasticstackSettings(model).map((s) => s.name) };
}

/** `seeds` as one string, also when the list is a deploy-time token. */
function joined(seeds: string[]): string {
  return Token.isUnresolved(seeds) ? Fn.join(',', seeds) : seeds.join(',');
}
