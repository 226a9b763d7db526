/**
 * The double's clock: real time plus an offset that tests move forward to expire keys without
 * sleeping, in-process (`advanceTime`) or over HTTP (`POST /_double/clock`, double-only).
 */
import { authorize } from './auth';
import { illegalArgument } from './errors';
import { objectBody } from './request-body';
import { parseTimeValue } from './time-value';
import { Reply, Req, RouteFn, ok } from './types';

export class Clock {
  private offset = 0;

  constructor(private readonly source: () => number = Date.now) {}

  /** Current time in epoch ms. */
  now(): number {
    return this.source() + this.offset;
  }

  /** Move the clock by `ms` (negative moves it back, for tests that restore it). */
  advance(ms: number): void {
    this.offset += ms;
  }

  reset(): void {
    this.offset = 0;
  }
}

/**
 * `GET /_double/clock` → `{"now": <epoch ms>}`; `POST /_double/clock` with `{"advance": "<time value>"}`
 * (e.g. `"2h"`, Elasticsearch units) or `{"advance_ms": <number>}` moves it forward.
 */
export function registerClockRoutes(clock: Clock, route: RouteFn): void {
  route('GET', '/_double/clock', () => ok({ now: clock.now() }));
  route('POST', '/_double/clock', (r) => advance(clock, r));
}

function advance(clock: Clock, r: Req): Reply {
  authorize(r.principal, 'manage', 'double:clock', 'manage,all');
  const { obj } = objectBody(r)!;
  let ms: number;
  if (typeof obj.advance === 'string') ms = Number(parseTimeValue(obj.advance, 'advance').nanos / 1_000_000n);
  else if (typeof obj.advance_ms === 'number' && Number.isFinite(obj.advance_ms)) ms = obj.advance_ms;
  else throw illegalArgument('the double\'s clock takes {"advance": "<time value>"} or {"advance_ms": <number>}');
  if (ms < 0) throw illegalArgument('the double\'s clock only moves forward over HTTP');
  clock.advance(ms);
  return ok({ now: clock.now() });
}
