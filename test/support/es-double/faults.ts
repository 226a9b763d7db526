/**
 * Fault injection: answer matching calls with an error status, a delay, or a dropped connection,
 * before the call is handled (nothing changes) or after it (`afterCommit`: the change is made and the
 * answer is lost), as `http-plumbing.ts` applies them.
 */
import { FaultHandle, FaultSpec } from './types';

export class Faults {
  private readonly handles: FaultHandle[] = [];

  /** Add a fault; faults are checked in the order they were added, each call consumes at most one. */
  inject(spec: FaultSpec): FaultHandle {
    const handle: FaultHandle = { spec, hits: 0, remaining: spec.times ?? 1 };
    this.handles.push(handle);
    return handle;
  }

  clear(): void {
    this.handles.length = 0;
  }

  /** The fault this call consumes, if any (its counters are updated). */
  take(method: string, path: string): FaultHandle | undefined {
    const fault = this.handles.find((f) => f.remaining > 0
      && (!f.spec.method || f.spec.method.toUpperCase() === method)
      && (!f.spec.path || (typeof f.spec.path === 'string' ? f.spec.path === path : f.spec.path.test(path))));
    if (fault) {
      fault.remaining--;
      fault.hits++;
    }
    return fault;
  }
}
