/**
 * Child-process plumbing for the deploy harness: run a command with a time
 * limit, capture its output, and fail with an error that says what ran, how it
 * ended and what it printed last.
 */
import { spawn } from 'child_process';

/** Result of a finished command (whatever its exit code). */
export interface CommandResult {
  /** The program that ran. */
  readonly command: string;
  /** Its arguments. */
  readonly args: readonly string[];
  /** Working directory it ran in. */
  readonly cwd: string;
  /** Exit code; `null` when the process was ended by a signal. */
  readonly exitCode: number | null;
  /** Signal that ended the process, if any. */
  readonly signal: NodeJS.Signals | null;
  /** Captured standard output, as printed. */
  readonly stdout: string;
  /** Captured standard error, as printed. */
  readonly stderr: string;
  /** `stdout` then `stderr`, with ANSI escape sequences and carriage returns removed. */
  readonly output: string;
  /** True when the command was killed because it ran longer than its time limit. */
  readonly timedOut: boolean;
  /** Wall-clock duration in milliseconds. */
  readonly durationMs: number;
}

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  /** Working directory. */
  readonly cwd: string;
  /** Complete environment of the child (not merged with `process.env`). */
  readonly env: NodeJS.ProcessEnv;
  /** Time limit in milliseconds; the process group is killed when it is exceeded. */
  readonly timeoutMs: number;
  /** Data written to stdin (stdin is closed afterwards, so nothing can wait for input). */
  readonly input?: string;
  /**
   * Exit codes that count as success.
   * @default [0]
   */
  readonly okExitCodes?: readonly number[];
  /**
   * When false, a failed command resolves with its result instead of throwing.
   * @default true
   */
  readonly throwOnError?: boolean;
}

/** Number of output lines quoted in a {@link CommandError} message, per stream. */
const TAIL_LINES = 40;

// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][A-Za-z0-9]/g;

/** Removes ANSI escape sequences and turns carriage returns into line breaks. */
export function cleanTerminalOutput(text: string): string {
  return text.replace(ANSI_PATTERN, '').replace(/\r\n?/g, '\n');
}

/** The last `lines` non-blank lines of `text`, cleaned of terminal escapes. */
export function tail(text: string, lines = TAIL_LINES): string {
  // drops blank lines and cdktf's progress lines (spinner frames, "1 Stack deploying  0 Stacks done ...")
  const progress = /^\s*([\u2800-\u28ff]\s|\d+ Stacks? (deploying|destroying|planning)\b)/;
  const all = cleanTerminalOutput(text).split('\n').filter((l) => l.trim() !== '' && !progress.test(l));
  const kept = all.slice(-lines);
  const skipped = all.length - kept.length;
  return (skipped > 0 ? `[... ${skipped} earlier lines]\n` : '') + kept.join('\n');
}

/** Shell-like rendering of a command line, for messages. */
export function formatCommand(command: string, args: readonly string[]): string {
  return [command, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

/** A command that exited non-zero, was killed, timed out or could not start. */
export class CommandError extends Error {
  constructor(public readonly result: CommandResult, cause?: Error) {
    super(describeFailure(result, cause));
    this.name = 'CommandError';
  }
}

function describeFailure(r: CommandResult, cause?: Error): string {
  const how = r.timedOut
    ? `timed out after ${Math.round(r.durationMs / 1000)}s and was killed`
    : cause
      ? `could not run: ${cause.message}`
      : r.signal
        ? `was killed by ${r.signal}`
        : `failed with exit code ${r.exitCode}`;
  const parts = [`Command ${how}: ${formatCommand(r.command, r.args)}`, `  (cwd: ${r.cwd}, exit code: ${r.exitCode ?? 'none'})`];
  if (r.stderr.trim()) parts.push(`--- stderr (tail) ---\n${tail(r.stderr)}`);
  if (r.stdout.trim()) parts.push(`--- stdout (tail) ---\n${tail(r.stdout)}`);
  return parts.join('\n');
}

/** Grace period between SIGTERM and SIGKILL when a command times out. */
const KILL_GRACE_MS = 5_000;

/**
 * Runs `command` with `args`, without a shell, in its own process group, so a
 * timeout kills the command and everything it started (cdktf starts node and
 * terraform; terraform starts providers).
 *
 * @throws CommandError when the command cannot start, exits with a code not in
 *   `okExitCodes`, is killed, or exceeds `timeoutMs` (unless `throwOnError` is false).
 */
export function runCommand(command: string, args: readonly string[], options: RunCommandOptions): Promise<CommandResult> {
  const okExitCodes = options.okExitCodes ?? [0];
  const started = Date.now();
  return new Promise<CommandResult>((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    let spawnError: Error | undefined;

    const killGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // the group is already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup('SIGTERM');
      killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    }, options.timeoutMs);

    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    let finished = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (killTimer && !timedOut) clearTimeout(killTimer);
      // make sure nothing the command started outlives it
      if (timedOut) killGroup('SIGKILL');
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      const result: CommandResult = {
        command,
        args: [...args],
        cwd: options.cwd,
        exitCode: code,
        signal,
        stdout,
        stderr,
        output: cleanTerminalOutput(stdout + (stdout && stderr ? '\n' : '') + stderr),
        timedOut,
        durationMs: Date.now() - started,
      };
      const ok = !spawnError && !timedOut && code !== null && okExitCodes.includes(code);
      if (ok || options.throwOnError === false) resolve(result);
      else reject(new CommandError(result, spawnError));
    };
    child.on('error', (e) => {
      spawnError = e;
      // a command that could not start never emits 'close' reliably
      if (child.pid === undefined) finish(null, null);
    });
    child.on('close', finish);
  });
}
