import type { Logger } from '../../../src/provider/protocol/log';

/** A provider logger that records every line as `[message, fields]` JSON, for asserting what was (not) logged. */
export function recordingLogger(): { log: Logger; logged: string[] } {
  const logged: string[] = [];
  const record = (m: string, f?: unknown) => {
    logged.push(JSON.stringify([m, f]));
  };
  return { logged, log: { trace: record, debug: record, info: record, warn: record, error: record } };
}
