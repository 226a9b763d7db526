/**
 * Logging to stderr only, one hclog-style JSON line per entry, which go-plugin parses and Terraform
 * writes into its own log (TF_LOG / TF_LOG_PROVIDER). Fields are for names, ids of calls and
 * durations: NEVER pass attribute values to the logger, since secrets (api_key, encoded) are among
 * them and the log is often shared.
 */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

const LEVELS: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

export interface Logger {
  trace(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function levelFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = (env.TF_LOG_PROVIDER || env.TF_LOG || '').toLowerCase();
  if (raw === 'json') return LEVELS.trace;
  if (raw in LEVELS) return LEVELS[raw as LogLevel];
  return LEVELS.warn;
}

/** hclog's timestamp: exactly six fractional digits (go-plugin ignores other forms). */
export function hclogTimestamp(d: Date = new Date()): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function createLogger(module: string, env: NodeJS.ProcessEnv = process.env,
  write: (line: string) => void = (line) => { process.stderr.write(line); }): Logger {
  const threshold = levelFromEnv(env);
  const emit = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (LEVELS[level] < threshold) return;
    const entry: Record<string, unknown> = {
      '@level': level,
      '@message': message,
      '@module': module,
      '@timestamp': hclogTimestamp(),
    };
    for (const [k, v] of Object.entries(fields ?? {})) if (v !== undefined && !k.startsWith('@')) entry[k] = v;
    try {
      write(`${JSON.stringify(entry)}\n`);
    } catch {
      // stderr gone: nothing to report to
    }
  };
  return {
    trace: (m, f) => emit('trace', m, f),
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}
