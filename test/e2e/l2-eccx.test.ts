import { installBuiltProvider, InstalledProvider } from './eccx-provider';
import { defineL2Scenario } from './l2-scenario';

// The L2 constructs with this package's own provider, end to end (runs everywhere: the provider is
// built from this repository and installed into a temporary filesystem mirror).
jest.setTimeout(300_000);

let provider: InstalledProvider;
beforeAll(() => {
  provider = installBuiltProvider();
});
afterAll(() => provider?.cleanup());

describe('CrossClusterApiKey with providerType ECCX', () => {
  defineL2Scenario({
    providerType: 'eccx',
    get providerMirrorDir() {
      return provider.mirror;
    },
    expirationInPlace: true,
  });
});
