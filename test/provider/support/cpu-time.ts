/**
 * Runs `fn` and returns what it threw (undefined when it returned) with the CPU time it took, in
 * milliseconds (user + system time of this process, from `process.cpuUsage`). CPU time rather than
 * wall time: the machines that run these tests are shared, and waiting for a core is not work.
 */
export function cpuTimed(fn: () => unknown): { thrown: unknown; cpuMs: number } {
  const before = process.cpuUsage();
  let thrown: unknown;
  try { fn(); } catch (err) { thrown = err; }
  const used = process.cpuUsage(before);
  return { thrown, cpuMs: (used.user + used.system) / 1000 };
}
