/**
 * `GET /_cat/health`: the cluster's health as a cat table, here only with `format=json`, which
 * the eccx provider reads to learn the cluster's clock (`epoch`, whole seconds, and `timestamp`,
 * `HH:MM:SS` UTC; the cat health API page). It needs the `monitor` cluster privilege
 * (`cluster:monitor/health`). The double answers from its own clock, so `POST /_double/clock`
 * moves what it reports. Columns other than these and `cluster`, `status`, `node.total` are
 * not simulated [derived].
 */
import { authorize } from './auth';
import { illegalArgument } from './errors';
import { DoubleContext, Reply, Req, RouteFn, ok } from './types';

export function registerCatHealthRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('GET', '/_cat/health', (r) => health(ctx, r));
}

function health(ctx: DoubleContext, r: Req): Reply {
  authorize(r.principal, 'monitor', 'cluster:monitor/health', 'monitor,manage,all');
  if (r.query.format !== 'json') throw illegalArgument('the double answers _cat/health only with format=json');
  const now = ctx.now();
  const row: Record<string, string> = {
    'epoch': String(Math.floor(now / 1000)),
    'timestamp': new Date(now).toISOString().slice(11, 19),
    'cluster': ctx.clusterName,
    'status': 'green',
    'node.total': String(ctx.state.nodes.length),
  };
  const columns = typeof r.query.h === 'string' ? r.query.h.split(',') : Object.keys(row);
  return ok([Object.fromEntries(columns.filter((c) => c in row).map((c) => [c, row[c]]))]);
}
