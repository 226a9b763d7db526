/**
 * Runs `build` (the constructor of a generated L1 resource) with JavaScript stack-trace formatting
 * switched off, and restores `Error.prepareStackTrace` exactly as it was, also when `build` throws.
 *
 * Why: cdktf gives every complex output reference it creates a `creationStack`, a full stack trace
 * (no frame limit) formatted into strings on the spot. The generated elasticstack key resource
 * creates five of them per key (access, its search and replication lists, timeouts,
 * elasticsearch_connection), the eccx one three. cdktf prints them only in the message of a failed
 * token resolution. With formatting off, V8 still walks the frames, but the references get an
 * empty `creationStack`, and synth executes about a tenth fewer instructions (bench/analysis.md);
 * more is saved under ts-node, whose source-map support maps every frame.
 *
 * Only the synchronous call of `build` is affected: an error thrown inside it is formatted when
 * its `stack` is first read, after the hook is restored (unless the error's own constructor reads
 * `stack`, as Node's `AssertionError` does). When the hook cannot be replaced and put back (a
 * non-configurable property, or none on a non-extensible `Error`), `build` runs as it is.
 *
 * @param errorConstructor where the hook lives: `Error`, or a stand-in in tests
 */
export function withoutStackTraceFormatting<T>(build: () => T, errorConstructor: object = Error): T {
  const saved = Object.getOwnPropertyDescriptor(errorConstructor, 'prepareStackTrace');
  if (saved ? !saved.configurable : !Object.isExtensible(errorConstructor)) return build();
  Object.defineProperty(errorConstructor, 'prepareStackTrace', NO_FORMATTING);
  try {
    return build();
  } finally {
    if (saved === undefined) delete (errorConstructor as { prepareStackTrace?: unknown }).prepareStackTrace;
    else Object.defineProperty(errorConstructor, 'prepareStackTrace', saved);
  }
}

/** An empty `stack`: cdktf's capture then yields `[]`. */
const NO_FORMATTING: PropertyDescriptor = { value: () => '', writable: true, configurable: true, enumerable: false };
