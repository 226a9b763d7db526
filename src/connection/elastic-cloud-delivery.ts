import { ElasticCloudCredentialDeliveryOptions } from './delivery-options';
import { BoundDelivery, DeliveryTarget } from './delivery-target';
import { DeploymentElasticsearchKeystore } from '../generated/ec/deployment-elasticsearch-keystore';


/**
 * Delivers with the `ec` provider's `ec_deployment_elasticsearch_keystore` (`setting_name` =
 * `cluster.remote.<alias>.credentials`, `value` = the credential, `as_file = false`).
 */
export function bindElasticCloudDelivery(target: DeliveryTarget, options: ElasticCloudCredentialDeliveryOptions): BoundDelivery {
  const resource = new DeploymentElasticsearchKeystore(target.scope, 'CredentialDelivery', {
    deploymentId: options.deploymentId,
    settingName: target.settingName,
    value: target.credential,
    asFile: false,
    provider: options.provider,
  });
  return { resources: [resource] };
}
