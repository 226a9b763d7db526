/**
 * Stands in for the `debug` package in the provider bundle (scripts/build-provider.ts aliases
 * `debug` to this file). The Elasticsearch client (`@elastic/transport`) logs through `debug`,
 * which `DEBUG=elasticsearch` or `DEBUG=*` switch on: it would print request headers (the
 * `authorization` header) and response bodies (a new key's `api_key` and `encoded`) to stderr,
 * which Terraform copies into its log. This module has the same shape and never prints, whatever
 * the environment says, so no such output can exist in the bundle at all.
 */

/** A debug logger that is never enabled and writes nothing. */
interface Debugger {
  (...args: unknown[]): void;
  readonly namespace: string;
  enabled: boolean;
  log: (...args: unknown[]) => void;
  extend(namespace: string, delimiter?: string): Debugger;
  destroy(): boolean;
}

function createDebug(namespace: string): Debugger {
  const logger = Object.assign((..._args: unknown[]): void => undefined, {
    namespace,
    enabled: false,
    log: (..._args: unknown[]): void => undefined,
    extend: (sub: string, delimiter = ':') => createDebug(`${namespace}${delimiter}${sub}`),
    destroy: () => true,
  });
  return logger;
}

createDebug.debug = createDebug;
createDebug.default = createDebug;
createDebug.enable = (_namespaces: string): void => undefined;
createDebug.disable = (): string => '';
createDebug.enabled = (_namespace: string): boolean => false;
createDebug.coerce = (value: unknown): unknown => value;
createDebug.formatters = {} as Record<string, (value: unknown) => string>;
createDebug.names = [] as RegExp[];
createDebug.skips = [] as RegExp[];

export = createDebug;
