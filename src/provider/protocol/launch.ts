import * as path from 'node:path';
import type * as protobuf from 'protobufjs';
import { createServerCertificate } from './certificate';
import { checkLaunch } from './handshake';
import { createLogger } from './log';
import type { ProviderHandlers } from './messages';
import { loadDescriptors, serve } from './server';
import { StartupPhases } from './startup';

/** Set by the executable's launcher (scripts/build-provider.ts): how the bundle was compiled. */
declare const __eccxLaunch: { readonly codeCache: string; readonly launcherMs: number } | undefined;

export interface LaunchOptions {
  /** Provider type name, for messages and the log module. */
  readonly name: string;
  readonly descriptors: protobuf.INamespace;
  /** Builds the handlers; called only once the process knows Terraform started it. */
  readonly handlers: () => ProviderHandlers | Promise<ProviderHandlers>;
  /** How often to check that Terraform (the parent process) is still there. Default 500 ms. */
  readonly parentPollMs?: number;
}

/**
 * The executable's entry: checks that Terraform started the process, keeps stdout clean until the
 * handshake, serves, and ends the process when Terraform goes away.
 */
export function launch(opts: LaunchOptions): void {
  // Nothing but the handshake may reach stdout: route console output of any library to stderr.
  for (const m of ['log', 'info', 'debug'] as const) {
    console[m] = (...args: unknown[]) => console.error(...args);
  }
  const check = checkLaunch(process.env, path.basename(process.argv[1] ?? `terraform-provider-${opts.name}`));
  if (!check.ok) {
    process.stderr.write(check.message);
    process.exitCode = 1;
    return;
  }
  const log = createLogger(`provider.terraform-provider-${opts.name}`);

  // Terraform ends a provider with GRPCController.Shutdown, or StopProvider then Shutdown; SIGINT
  // (Ctrl-C in the terminal reaches the whole process group) is Terraform's to handle.
  process.on('SIGINT', () => log.debug('ignoring SIGINT; Terraform sends StopProvider'));
  process.on('uncaughtException', (err) => log.error('uncaught exception', { error: err.name, message: err.message }));
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', {
    error: reason instanceof Error ? reason.name : typeof reason,
  }));

  const stopWhenParentGone = (shutdown: (reason: string) => void): void => {
    // When Terraform exits or is killed, this process is re-parented: leave then. stdin is left
    // alone: it is Terraform's own stdin (go-plugin passes it through), so reading it would take
    // input meant for Terraform, and it may be closed (/dev/null, a harness) while Terraform runs.
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid !== parent) shutdown('parent process gone');
    }, opts.parentPollMs ?? 500);
    timer.unref();
    process.stdout.on('error', () => shutdown('stdout closed'));
  };

  (async () => {
    const launcher = typeof __eccxLaunch === 'object' ? __eccxLaunch : undefined;
    const phases = new StartupPhases(launcher?.launcherMs);
    phases.mark('loaded');
    const handlers = await opts.handlers();
    const certificate = await createServerCertificate();
    phases.mark('certificate');
    const root = loadDescriptors(opts.descriptors);
    phases.mark('descriptors');
    const running = await serve({ root, certificate, handlers, clientCertPem: check.clientCertPem, log });
    phases.mark('handshake');
    log.debug('provider serving', { port: running.port, code_cache: launcher?.codeCache ?? 'none', ...phases.fields() });
    stopWhenParentGone(running.shutdown);
  })().catch((err: unknown) => {
    process.stderr.write(`terraform-provider-${opts.name}: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
