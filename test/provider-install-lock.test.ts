import { withoutLockEntry } from '../src/provider/install';
import { PROVIDER_SOURCE } from '../src/provider/provider';

// `provider install` drops eccx's old entry from a stack's lock file before `terraform init`, so
// that an upgraded package locks its new provider version while the stack's other providers keep
// their locked versions. The text is in the layout `terraform init` writes.
const HEADER = '# This file is maintained automatically by "terraform init".\n# Manual edits may be lost in future updates.\n\n';
const ECCX = `provider "${PROVIDER_SOURCE}" {
  version     = "0.1.0"
  constraints = "0.1.0"
  hashes = [
    "h1:Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm8=",
  ]
}
`;
const ELASTICSTACK = `provider "registry.terraform.io/elastic/elasticstack" {
  version     = "0.16.3"
  constraints = ">= 0.11.18"
  hashes = [
    "h1:YmFyYmF6YmFyYmF6YmFyYmF6YmFyYmF6YmFyYmF6YmE=",
    "zh:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  ]
}
`;

describe('withoutLockEntry', () => {
  test('drops the eccx block and keeps the others byte for byte', () => {
    expect(withoutLockEntry(`${HEADER}${ECCX}\n${ELASTICSTACK}`, PROVIDER_SOURCE)).toBe(`${HEADER}${ELASTICSTACK}`);
  });

  test('drops the eccx block when it comes last', () => {
    expect(withoutLockEntry(`${HEADER}${ELASTICSTACK}\n${ECCX}`, PROVIDER_SOURCE)).toBe(`${HEADER}${ELASTICSTACK}`);
  });

  test('leaves a lock file without eccx unchanged', () => {
    expect(withoutLockEntry(`${HEADER}${ELASTICSTACK}`, PROVIDER_SOURCE)).toBe(`${HEADER}${ELASTICSTACK}`);
  });

  test('does not take another provider whose address starts with the same text', () => {
    const other = ECCX.replace(PROVIDER_SOURCE, `${PROVIDER_SOURCE}-extra`);
    expect(withoutLockEntry(`${HEADER}${other}`, PROVIDER_SOURCE)).toBe(`${HEADER}${other}`);
  });
});
