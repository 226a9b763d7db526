import { App, TerraformStack, Testing } from 'cdktf';
import { CrossClusterApiKey, CrossClusterApiKeyProps } from '../../src';
import { ElasticstackProvider } from '../../src/generated/elasticstack/provider';

/** An app with a `keys` stack holding key `keys/Key` and a `consumer` stack; both have an elasticstack provider. */
export interface TwoStacks {
  readonly app: App;
  readonly keys: TerraformStack;
  readonly consumer: TerraformStack;
  readonly key: CrossClusterApiKey;
}

export function twoStacks(props: Partial<CrossClusterApiKeyProps> = {}): TwoStacks {
  const app = Testing.app();
  const keys = new TerraformStack(app, 'keys');
  new ElasticstackProvider(keys, 'elasticstack', { elasticsearch: [{}] });
  const consumer = new TerraformStack(app, 'consumer');
  new ElasticstackProvider(consumer, 'elasticstack', { elasticsearch: [{}] });
  const key = new CrossClusterApiKey(keys, 'Key', { name: 'ccx', search: [{ names: ['logs-*'] }], ...props });
  return { app, keys, consumer, key };
}

/** Runs `app.synth()` and returns the validation error lines (`[path] message`), empty when it succeeded. */
export function synthErrors(app: App): string[] {
  try {
    app.synth();
    return [];
  } catch (e) {
    return (e as Error).message.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('['));
  }
}

/** A stack's synthesized document, parsed (after `app.synth()`, so cross-stack references exist). */
export function stackJson(stack: TerraformStack): Record<string, any> {
  return JSON.parse(Testing.synth(stack));
}
