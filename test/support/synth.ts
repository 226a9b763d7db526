import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { committedSchema, elasticstackSchema, expectConformsToSchema } from './schema-conformance';
import { CrossClusterApiKey, CrossClusterApiKeyProps } from '../../src';
import { ElasticstackProvider } from '../../src/generated/elasticstack/provider';

/** The synthesized document of one stack, parsed. */
export type StackJson = Record<string, any>;

/** Result of synthesizing a stack with validations. */
export interface SynthResult {
  /** The synthesized JSON (also produced when validation fails). */
  readonly json: StackJson;
  /** Validation error lines (`[path] message`), empty when synth succeeded. */
  readonly errors: string[];
  /** The full validation message, when synth failed. */
  readonly message?: string;
}

/**
 * Checks that every synth test runs on the document. The schema conformance check (every
 * `elasticstack_*` block against the committed provider schema, as `terraform validate` would) is
 * always one of them.
 */
let schema: unknown;
let eccxSchema: unknown;
const documentChecks: Array<(json: StackJson) => void> = [
  (json) => expectConformsToSchema(json, (schema ??= elasticstackSchema())),
  (json) => expectConformsToSchema(json, (eccxSchema ??= committedSchema('eccx')), { provider: 'eccx' }),
];

export function registerDocumentCheck(check: (json: StackJson) => void): void {
  documentChecks.push(check);
}

/** Builds a stack with a default elasticstack provider, lets `build` fill it, synthesizes with validations. */
export function synthStack(build: (stack: TerraformStack) => void, opts: { provider?: boolean } = {}): SynthResult {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  if (opts.provider !== false) new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  build(stack);
  return synthBuilt(stack);
}

/** Synthesizes a stack that is already built, with validations, as {@link synthStack} does. */
export function synthBuilt(stack: TerraformStack): SynthResult {
  const json = JSON.parse(Testing.synth(stack)) as StackJson;
  let errors: string[] = [];
  let message: string | undefined;
  try {
    Testing.synth(stack, true);
  } catch (e) {
    message = (e as Error).message;
    errors = message.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('['));
  }
  for (const check of documentChecks) check(json);
  return { json, errors, message };
}

/** The single API key resource block (elasticstack or eccx) of a synthesized stack. */
export function keyBlock(json: StackJson): Record<string, any> {
  const resources = json.resource?.elasticstack_elasticsearch_security_api_key ?? json.resource?.eccx_cross_cluster_api_key ?? {};
  const blocks = Object.values(resources);
  if (blocks.length !== 1) throw new Error(`expected one API key resource, found ${blocks.length}`);
  return blocks[0] as Record<string, any>;
}

/** Synthesizes a key `test/Key` named "ccx" with `props` on the default provider; `extra` may add to the stack. */
export function synthKey(props: Partial<CrossClusterApiKeyProps>, extra?: (key: CrossClusterApiKey, stack: TerraformStack) => void): SynthResult {
  return synthStack((stack) => {
    const key = new CrossClusterApiKey(stack, 'Key', { name: 'ccx', ...props } as CrossClusterApiKeyProps);
    extra?.(key, stack);
  });
}

/** A Terraform variable of `type`, for a deploy-time value. */
export function variable(stack: TerraformStack, id: string, type = 'string'): TerraformVariable {
  return new TerraformVariable(stack, id, { type });
}

/** An empty stack `test` with a default elasticstack provider that has an `elasticsearch` block. */
export function configuredStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  new ElasticstackProvider(stack, 'elasticstack', { elasticsearch: [{}] });
  return stack;
}

/** Validation error lines of a synth with validations, `[]` when it passes. */
export function errorsOf(stack: TerraformStack): string[] {
  return synthBuilt(stack).errors;
}
