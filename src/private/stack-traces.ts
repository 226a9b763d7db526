/**
 * Runs `build` (the constructor of a generated L1 resource) with JavaScript stack-trace formatting
 * switched off, and restores `Error.prepareStackTrace` exactly as it was, also when `build` throws.
 *
 * Why: cdktf gives every complex output reference it creates a `creationStack`, a full stack trace
 * (no frame limit) formatted into strings on the spot. The generated key resource creates five of
 * them per key (access, its search and replication lists, timeouts, elasticsearch_connection), and
 * formatting them was about a sixth of a synth's CPU time (bench/analysis.md); more under ts-node,
 * whose source-map support maps every frame. cdktf prints these stacks only in the message of a
 * failed token resolution, and for these references they would point into this package's
 * constructor. With formatting off, the references get an empty `creationStack`.
 *
 * Only the synchronous call of `build` is affected: errors thrown inside it are formatted when
 * their `stack` is first read, after the hook is restored. When `Error.prepareStackTrace` cannot
 * be redefined (a non-configurable property), `build` simply runs with it as it is.
 */
export function withoutStackTraceFormatting<T>(build: () => T): T {
  const saved = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  if (saved !== undefined && !saved.configurable) return build();
  Object.defineProperty(Error, 'prepareStackTrace', NO_FORMATTING);
  try {
    return build();
  } finally {
    if (saved === undefined) delete (Error as { prepareStackTrace?: unknown }).prepareStackTrace;
    else Object.defineProperty(Error, 'prepareStackTrace', saved);
  }
}

/** An empty `stack`: cdktf's capture then yields `[]`. */
const NO_FORMATTING: PropertyDescriptor = { value: () => '', writable: true, configurable: true, enumerable: false };
