/**
 * Our docstrings for the generated `ec` bindings (the Elastic Cloud provider `elastic/ec`), of which
 * the library uses the provider block and `ec_deployment_elasticsearch_keystore` (credential
 * delivery to Elastic Cloud Hosted). Facts from the provider's source at v0.13.0, as summarised in
 * the shared provider-schema notes; see `attribute-docs.ts` for how the table is used.
 */
import type { ProviderDocs } from './attribute-docs';

export const EC_DOCS: ProviderDocs = {
  provider: {
    apikey: 'Elastic Cloud API key (sensitive). Or set `EC_API_KEY`.',
    endpoint: 'Elastic Cloud API endpoint. Default `https://api.elastic-cloud.com`; or set `EC_HOST`.',
    insecure: 'Skip TLS verification of the endpoint.',
    password: 'Password for ECE basic authentication (sensitive).',
    timeout: 'Timeout of each API call, a duration such as `"1m"`.',
    username: 'User for ECE basic authentication.',
  },
  resources: {
    ec_deployment_elasticsearch_keystore: {
      as_file:
        'Whether the value is written as a file in the keystore. Default false; keep it false for ' +
        '`cluster.remote.<alias>.credentials`, which is a string setting.',
      deployment_id: 'Id of the Elastic Cloud deployment whose Elasticsearch keystore gets the entry. Changing it replaces the resource.',
      id: 'Terraform id of the entry.',
      setting_name:
        'Name of the keystore entry, e.g. `cluster.remote.<alias>.credentials`. Changing it replaces the resource.',
      value:
        'The entry\'s value (sensitive). The provider sends it with PATCH .../elasticsearch/{ref_id}/keystore and ' +
        'cannot read it back, so a value changed outside Terraform is not seen as drift. Writing it does not reload ' +
        'or restart the deployment.',
    },
  },
};
