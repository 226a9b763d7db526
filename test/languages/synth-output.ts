// Reading what a usage app synthesized, in a form that can be compared across languages.
import { readFileSync } from 'fs';
import { join } from 'path';
import { App } from 'cdktf';
import { RunResult } from './language-build';
import { BAD_EXPIRATION, defineUsageStack, USAGE_STACK_NAME } from './usage-stack';

/**
 * The usage stack's `cdk.tf.json` under `outdir`, parsed, with every occurrence of `cwd` (the
 * directory the app ran in: the local backend's state path starts with it) replaced by `<cwd>`.
 */
export function readUsageStack(outdir: string, cwd: string): unknown {
  const text = readFileSync(join(outdir, 'stacks', USAGE_STACK_NAME, 'cdk.tf.json'), 'utf8');
  return JSON.parse(text.split(cwd).join('<cwd>'));
}

/** Synthesizes the TypeScript usage stack into `outdir` and returns it as `readUsageStack` does. */
export function typescriptUsageStack(outdir: string): unknown {
  const app = new App({ outdir });
  defineUsageStack(app);
  app.synth();
  return readUsageStack(outdir, process.cwd());
}

/** The error message that synthesizing the TypeScript usage stack with BAD_EXPIRATION fails with. */
export function typescriptBadInputMessage(outdir: string): string {
  const app = new App({ outdir });
  defineUsageStack(app, BAD_EXPIRATION);
  try {
    app.synth();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`the TypeScript usage stack with expiration ${BAD_EXPIRATION} synthesized without error`);
}

/** Resource types and names of a synthesized stack, e.g. `elasticstack_elasticsearch_security_api_key.Key_961B73FD`. */
export function resourceAddresses(stack: unknown): string[] {
  const resources = (stack as { resource?: Record<string, Record<string, unknown>> }).resource ?? {};
  return Object.entries(resources).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`)).sort();
}

/** Resources of the usage stack: what a language's synthesized JSON is compared over. */
export const USAGE_STACK_RESOURCES = [
  'elasticstack_elasticsearch_cluster_settings.RemoteA_A2084892',
  'elasticstack_elasticsearch_security_api_key.Filtered_186C0D0A',
  'elasticstack_elasticsearch_security_api_key.Key_961B73FD',
  'elasticstack_elasticsearch_security_role.RemoteA_LogsReader_08F3CA4D',
];

/**
 * Expects `synthesized` (another language's usage stack, read by `readUsageStack`) to equal the
 * TypeScript usage stack, synthesized into `typescriptOutdir`.
 */
export function expectSameUsageStack(synthesized: unknown, typescriptOutdir: string): void {
  const fromTypescript = typescriptUsageStack(typescriptOutdir);
  // the comparison is about the whole usage stack: two keys, cluster settings and a role
  expect(resourceAddresses(fromTypescript)).toEqual(USAGE_STACK_RESOURCES);
  expect(synthesized).toEqual(fromTypescript);
}

/**
 * Expects a usage app run with BAD_EXPIRATION to have failed like the TypeScript app: exit code 3
 * and, on stdout, `Error: <the TypeScript message>` (jsii hands the JavaScript Error to Python as a
 * RuntimeError and to Go as a panic, both with that text).
 */
export function expectSameBadInputFailure(result: RunResult, typescriptOutdir: string): void {
  const message = typescriptBadInputMessage(typescriptOutdir);
  expect(message).toContain(`[${USAGE_STACK_NAME}/Key] expiration: "${BAD_EXPIRATION}"`);
  expect(result.code).toBe(3);
  expect(result.stdout.trim()).toBe(`Error: ${message}`.trim());
}
