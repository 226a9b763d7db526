import * as secretV1 from '@cdktf/provider-kubernetes/lib/secret-v1';
import { TerraformStack, Testing } from 'cdktf';

/**
 * A provider schema (in `terraform providers schema -json` form) for `kubernetes_secret_v1`, built
 * from the prebuilt `@cdktf/provider-kubernetes` bindings, since the kubernetes provider cannot be
 * installed here to dump its real schema. The bindings give every attribute name (the generated
 * mappers emit one key per schema attribute) and which blocks exist and are required (the config
 * types); they do not give attribute types, so types are `dynamic` and not checked. `id` is
 * treated as computed-only: the bindings make it optional, as cdktf does for every `id`, but the
 * library must never set it.
 */
export function kubernetesSecretSchema(): unknown {
  const probe = new secretV1.SecretV1(new TerraformStack(Testing.app(), 'probe'), 'probe', { metadata: {} });
  const top = Object.keys((probe as unknown as { synthesizeAttributes(): object }).synthesizeAttributes());
  const blocks = new Set(['metadata', 'timeouts']);
  const attrs = (names: string[]) => Object.fromEntries(names.map((n) => [n, n === 'id' ? { type: 'string', computed: true } : { type: 'dynamic', optional: true }]));
  return {
    format_version: '1.0',
    provider_schemas: {
      'registry.terraform.io/hashicorp/kubernetes': {
        resource_schemas: {
          kubernetes_secret_v1: {
            version: 0,
            block: {
              attributes: attrs(top.filter((n) => !blocks.has(n))),
              block_types: {
                metadata: { nesting_mode: 'list', min_items: 1, max_items: 1, block: { attributes: attrs(Object.keys(secretV1.secretV1MetadataToTerraform({}))) } },
                timeouts: { nesting_mode: 'single', block: { attributes: attrs(Object.keys(secretV1.secretV1TimeoutsToTerraform({}))) } },
              },
            },
          },
        },
      },
    },
  };
}
