import {
  Attribute, AttributePath, Block, Obj, Schema, Unknown, Value, attributeType, isPlainObject, valuesEqual, impliedType,
} from '../values';
import type { State } from './resource';

type Attrs = { readonly [name: string]: Attribute };
type Blocks = { readonly [name: string]: Block } | undefined;

/**
 * Terraform-plugin-framework's default plan: when the resource is created, or anything differs from
 * the prior state, computed attributes that the configuration leaves null become unknown ("known
 * after apply"), except where `useStateForUnknown` keeps the prior value. Otherwise the proposal
 * (which already carries the prior computed values) is the plan, so an unchanged resource plans no
 * change.
 */
export function defaultPlan(schema: Schema, prior: State | null, proposed: State, config: State): State {
  if (prior !== null && valuesEqual(prior, proposed, impliedType(schema))) return proposed;
  return markComputed(schema.attributes, schema.blocks, proposed, config, prior);
}

function markComputed(attrs: Attrs, blocks: Blocks, proposed: Obj, config: Obj | null, prior: Obj | null): Obj {
  const out: Record<string, Value> = { ...proposed };
  for (const [name, a] of Object.entries(attrs)) {
    const cfg = config ? config[name] ?? null : null;
    if (a.computed && cfg === null) {
      const priorValue = prior ? prior[name] ?? null : null;
      out[name] = a.useStateForUnknown && prior !== null && priorValue !== null ? priorValue : Unknown.plain;
      continue;
    }
    if (a.nested && out[name] !== null && !(out[name] instanceof Unknown)) {
      out[name] = markNested(a.nested.nesting, a.nested.attributes, undefined, out[name], cfg, prior ? prior[name] ?? null : null);
    }
  }
  for (const [name, b] of Object.entries(blocks ?? {})) {
    const cfg = config ? config[name] ?? null : null;
    if (out[name] !== null && !(out[name] instanceof Unknown)) {
      out[name] = markNested(b.nesting, b.attributes, b.blocks, out[name], cfg, prior ? prior[name] ?? null : null);
    }
  }
  return out;
}

function markNested(nesting: string, attrs: Attrs, blocks: Blocks, proposed: Value, config: Value, prior: Value): Value {
  const asObj = (v: Value): Obj | null => (isPlainObject(v) ? v as Obj : null);
  switch (nesting) {
    case 'single': case 'group':
      return asObj(proposed) ? markComputed(attrs, blocks, asObj(proposed)!, asObj(config), asObj(prior)) : proposed;
    case 'list': {
      if (!Array.isArray(proposed)) return proposed;
      const cfg = Array.isArray(config) ? config : [];
      const pri = Array.isArray(prior) ? prior : [];
      return (proposed as Value[]).map((e, i) => (asObj(e)
        ? markComputed(attrs, blocks, asObj(e)!, asObj(cfg[i] ?? null), asObj(pri[i] ?? null)) : e));
    }
    case 'map': {
      const p = asObj(proposed);
      if (!p) return proposed;
      const cfg = asObj(config) ?? {};
      const pri = asObj(prior) ?? {};
      const out: Record<string, Value> = {};
      for (const [k, e] of Object.entries(p)) {
        out[k] = asObj(e) ? markComputed(attrs, blocks, asObj(e)!, asObj(cfg[k] ?? null), asObj(pri[k] ?? null)) : e;
      }
      return out;
    }
    default:
      // set elements cannot be matched to their configuration by position: left as proposed
      return proposed;
  }
}

/** Paths of top-level attributes marked `requiresReplace` whose planned value differs from the prior one. */
export function replacePaths(schema: Schema, prior: State, planned: State): AttributePath[] {
  const out: AttributePath[] = [];
  for (const [name, a] of Object.entries(schema.attributes)) {
    if (a.requiresReplace && !valuesEqual(prior[name], planned[name], attributeType(a))) out.push([{ attribute: name }]);
  }
  return out;
}
