import { Diag, Driver, Obj, errors, keyType } from './key-driver';
import { valuesEqual } from '../../../src/provider';

/**
 * Terraform's side of `terraform apply` for one eccx_cross_cluster_api_key instance, driven
 * through the provider's handlers: refresh, plan, then create, update, replace
 * (create_before_destroy: the new key first, then the old one is deleted) or destroy. A create
 * that fails with a state leaves it tainted, as Terraform does; a tainted instance is replaced.
 */
export interface Instance {
  state: Obj | null;
  tainted: boolean;
}

export interface ApplyResult {
  /** Whether the plan had a change (something was applied or attempted). */
  changed: boolean;
  errors: Diag[];
  warnings: Diag[];
}

const warningsOf = (res: { diagnostics?: Diag[] }): Diag[] => (res.diagnostics ?? []).filter((d) => d.severity === 'WARNING');

/** One `terraform apply` of `cfg` (null: the resource is removed from the configuration). */
export async function applyOnce(d: Driver, inst: Instance, cfg: Obj | null): Promise<ApplyResult> {
  const warnings: Diag[] = [];
  if (inst.state !== null) {
    const refreshed = await d.read(inst.state);
    if (errors(refreshed.res).length > 0) return { changed: true, errors: errors(refreshed.res), warnings };
    inst.state = refreshed.state;
    if (inst.state === null) inst.tainted = false;
  }
  if (cfg === null) {
    if (inst.state === null) return { changed: false, errors: [], warnings };
    const res = await d.destroy(inst.state);
    if (errors(res).length === 0) inst.state = null;
    return { changed: true, errors: errors(res), warnings };
  }
  if (inst.state === null) return create(d, inst, cfg, warnings);
  if (inst.tainted) return replace(d, inst, cfg, warnings);
  const plan = await d.plan(inst.state, cfg);
  warnings.push(...warningsOf(plan.res));
  if (errors(plan.res).length > 0) return { changed: true, errors: errors(plan.res), warnings };
  if (plan.replace.length > 0) return replace(d, inst, cfg, warnings);
  if (valuesEqual(plan.planned, inst.state, keyType)) return { changed: false, errors: [], warnings };
  const applied = await d.apply(inst.state, plan.planned, cfg);
  inst.state = applied.state;
  return { changed: true, errors: errors(applied.res), warnings: [...warnings, ...warningsOf(applied.res)] };
}

async function create(d: Driver, inst: Instance, cfg: Obj, warnings: Diag[]): Promise<ApplyResult> {
  const plan = await d.plan(null, cfg);
  if (errors(plan.res).length > 0) return { changed: true, errors: errors(plan.res), warnings };
  const applied = await d.apply(null, plan.planned, cfg);
  const errs = errors(applied.res);
  inst.state = applied.state;
  inst.tainted = inst.state !== null && errs.length > 0;
  return { changed: true, errors: errs, warnings };
}

/** create_before_destroy: the new object is created, then the old one deleted. */
async function replace(d: Driver, inst: Instance, cfg: Obj, warnings: Diag[]): Promise<ApplyResult> {
  const old = inst.state!;
  const fresh: Instance = { state: null, tainted: false };
  const created = await create(d, fresh, cfg, warnings);
  if (created.errors.length > 0) return created; // the old object stays (a deposed object in Terraform)
  const res = await d.destroy(old);
  inst.state = fresh.state;
  inst.tainted = false;
  return { changed: true, errors: errors(res), warnings };
}

/** Applies until a plan has no change and no error (at most `max` applies); the errors seen on the way. */
export async function converge(d: Driver, inst: Instance, cfg: Obj | null, max = 5): Promise<{ applies: number; seen: Diag[] }> {
  const seen: Diag[] = [];
  for (let i = 1; i <= max; i++) {
    const r = await applyOnce(d, inst, cfg);
    seen.push(...r.errors);
    if (!r.changed && r.errors.length === 0) return { applies: i, seen };
  }
  throw new Error(`no convergence after ${max} applies: ${seen.map((e) => `${e.summary}: ${e.detail ?? ''}`).join(' | ')}`);
}
