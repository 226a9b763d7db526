import type { LogFields } from './log';

/**
 * Start-up phases of the provider process, for its debug log and `npx projen provider:bench`:
 * each phase's end in milliseconds since the process started (`startup_<phase>_ms`), and the CPU
 * time of the whole process (all threads) until the last one (`startup_cpu_ms`), which stays
 * comparable on a busy machine.
 */
export class StartupPhases {
  private readonly ends: Array<readonly [string, number]> = [];

  /** `compiledMs`: when the executable's launcher had compiled the bundle, if it says. */
  public constructor(compiledMs?: number) {
    if (compiledMs !== undefined) this.ends.push(['compiled', compiledMs]);
  }

  /** Records that `phase` ends now. */
  public mark(phase: string): void {
    this.ends.push([phase, performance.now()]);
  }

  /** The phases as log fields. */
  public fields(): LogFields {
    const fields: Record<string, number> = {};
    for (const [phase, at] of this.ends) fields[`startup_${phase}_ms`] = Math.round(at);
    const cpu = process.cpuUsage();
    fields.startup_cpu_ms = Math.round((cpu.user + cpu.system) / 1000);
    return fields;
  }
}
