import { defineL2Scenario } from './l2-scenario';
import { canInstallProviderSync } from '../support/terraform-provider-probe';

// The L2 constructs with the official elastic/elasticstack provider, end to end. The provider
// comes from the Terraform registry (or a mirror that TF_CLI_CONFIG_FILE points at); where it
// cannot be installed, this suite is skipped and says why.
jest.setTimeout(300_000);

const probe = canInstallProviderSync('elastic/elasticstack', { timeoutMs: 60_000 });
if (!probe.ok) {
  // eslint-disable-next-line no-console
  console.log(`SKIPPED: elasticstack end-to-end tests: the elastic/elasticstack provider cannot be installed here: ${probe.reason}`);
}

(probe.ok ? describe : describe.skip)('CrossClusterApiKey with the elasticstack provider', () => {
  defineL2Scenario({ providerType: 'elasticstack', expirationInPlace: false });
});
