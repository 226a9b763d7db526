import type { Logger } from '../protocol/log';
import type { DynamicValueMsg, ProviderHandlers, RawStateMsg } from '../protocol/messages';
import {
  CtyType, Diagnostic, Diagnostics, Schema, Value, ValueError, checkSchema, containsUnknown, decodeJson,
  decodeMsgpack, diagnosticsFromError, encodeMsgpack, impliedType, pathToString,
} from '../values';
import { diagnosticToProto, pathToProto, schemaToProto, valueErrorDiagnostic } from './convert';
import { defaultPlan, replacePaths } from './plan';
import type { CallContext, ProviderDefinition, Resource, State } from './resource';

/** Thrown inside a handler to end it with these diagnostics. */
class Abort extends Error {
  public constructor(public readonly diagnostics: Diagnostic[]) { super('aborted'); }
}

interface Registered {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly resource: Resource<any, any>;
  readonly type: CtyType;
}

/**
 * Maps tfplugin6 RPCs onto a ProviderDefinition: decodes DynamicValues against the schemas, calls
 * the resource's method with plain values, encodes the result. Whatever a provider method throws
 * or rejects with becomes an error diagnostic in the response; the process never crashes for it.
 */
export function createHandlers<P>(provider: ProviderDefinition<P>, log: Logger): ProviderHandlers {
  const problems = checkSchema(provider.schema, `provider ${provider.typeName}`);
  const resources = new Map<string, Registered>();
  for (const r of provider.resources) {
    if (!r.typeName.startsWith(`${provider.typeName}_`)) {
      problems.push(`resource ${r.typeName}: type names must start with "${provider.typeName}_"`);
    }
    if (resources.has(r.typeName)) problems.push(`resource ${r.typeName}: registered twice`);
    problems.push(...checkSchema(r.schema, `resource ${r.typeName}`));
    resources.set(r.typeName, { resource: r, type: impliedType(r.schema) });
  }
  const providerType = impliedType(provider.schema);
  let providerData: P | undefined;
  let stop = new AbortController();

  const context = <Q>(data: Q): CallContext<Q> & { diagnostics: Diagnostics } => ({
    providerData: data,
    diagnostics: new Diagnostics(),
    log,
    signal: stop.signal,
  });

  const lookup = (typeName: string): Registered => {
    const r = resources.get(typeName);
    if (!r) {
      throw new Abort([{
        severity: 'error',
        summary: `Unknown resource type ${typeName}`,
        detail: `Provider ${provider.typeName} ${provider.version} has no resource type "${typeName}".`,
      }]);
    }
    return r;
  };

  const decode = (dv: DynamicValueMsg | undefined, type: CtyType, what: string): Value => {
    try {
      if (dv?.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, type);
      if (dv?.json && dv.json.length > 0) return decodeJson(dv.json, type, { ignoreUndefinedAttributes: false });
      return null;
    } catch (err) {
      if (err instanceof ValueError) throw new Abort([valueErrorDiagnostic(`Invalid ${what} received from Terraform`, err)]);
      throw err;
    }
  };

  const encode = (value: Value, type: CtyType, what: string): DynamicValueMsg => {
    try {
      return { msgpack: encodeMsgpack(value, type) };
    } catch (err) {
      if (err instanceof ValueError) {
        throw new Abort([valueErrorDiagnostic(`Provider produced an invalid ${what}`, err)]);
      }
      throw err;
    }
  };

  /** Runs one provider method: anything thrown becomes diagnostics; returns undefined then. */
  const call = async <T>(summary: string, ctx: { diagnostics: Diagnostics }, fn: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (err) {
      ctx.diagnostics.add(...diagnosticsFromError(err, summary));
      log.debug('provider method failed', { call: summary, error: err instanceof Error ? err.name : typeof err });
      return undefined;
    }
  };

  const noUnknowns = (state: Value, what: string): void => {
    if (state !== null && containsUnknown(state)) {
      const attrs = Object.entries(state as Record<string, Value>).filter(([, v]) => containsUnknown(v)).map(([k]) => k);
      throw new Abort([{
        severity: 'error',
        summary: `Provider returned unknown values after ${what}`,
        detail: `These attributes are still unknown: ${attrs.join(', ')}. Set them to their final values.`,
        path: attrs.length > 0 ? [{ attribute: attrs[0] }] : undefined,
      }]);
    }
  };

  const configProblems = (): Diagnostic[] => problems.map((p) => ({
    severity: 'error' as const,
    summary: 'Provider definition is invalid',
    detail: p,
  }));

  /** Wraps a handler: Abort and anything else thrown end as diagnostics. */
  const handler = <Q extends object>(rpc: string, fn: (req: Q) => Promise<Record<string, unknown>>) => async (req: Q): Promise<object> => {
    const started = Date.now();
    try {
      const res = await fn(req);
      log.debug('rpc', { rpc, type_name: (req as { type_name?: string }).type_name, ms: Date.now() - started });
      return res;
    } catch (err) {
      const diags = err instanceof Abort ? err.diagnostics : diagnosticsFromError(err, `Internal error in provider during ${rpc}`);
      log.debug('rpc failed', { rpc, type_name: (req as { type_name?: string }).type_name });
      return { diagnostics: diags.map(diagnosticToProto) };
    }
  };

  const result = (diags: Diagnostics, fields: Record<string, unknown> = {}): Record<string, unknown> =>
    ({ ...fields, diagnostics: diags.all.map(diagnosticToProto) });

  const capabilities = { get_provider_schema_optional: true, plan_destroy: false, move_resource_state: false };

  return {
    GetMetadata: handler('GetMetadata', async () => ({
      server_capabilities: capabilities,
      resources: [...resources.keys()].map((type_name) => ({ type_name })),
      data_sources: [],
      diagnostics: configProblems().map(diagnosticToProto),
    })),

    GetProviderSchema: handler('GetProviderSchema', async () => {
      const resourceSchemas: Record<string, unknown> = {};
      for (const [name, r] of resources) resourceSchemas[name] = schemaToProto(r.resource.schema);
      return {
        provider: schemaToProto(provider.schema),
        resource_schemas: resourceSchemas,
        data_source_schemas: {},
        server_capabilities: capabilities,
        diagnostics: configProblems().map(diagnosticToProto),
      };
    }),

    GetResourceIdentitySchemas: handler('GetResourceIdentitySchemas', async () => ({ identity_schemas: {} })),
    GetFunctions: handler('GetFunctions', async () => ({ functions: {} })),

    ValidateProviderConfig: handler('ValidateProviderConfig', async (req: { config?: DynamicValueMsg }) => {
      const ctx = context(undefined);
      const config = decode(req.config, providerType, 'provider configuration') as State;
      if (provider.validateConfig && config !== null) {
        await call('Invalid provider configuration', ctx, () => provider.validateConfig!({ config }, ctx));
      }
      return result(ctx.diagnostics);
    }),

    ConfigureProvider: handler('ConfigureProvider', async (req: { config?: DynamicValueMsg; terraform_version?: string }) => {
      const ctx = context(undefined);
      const config = (decode(req.config, providerType, 'provider configuration') ?? {}) as State;
      if (provider.configure) {
        const data = await call('Provider configuration failed', ctx, () =>
          provider.configure!({ config, terraformVersion: req.terraform_version ?? '' }, ctx));
        if (!ctx.diagnostics.hasErrors) providerData = data;
      }
      return result(ctx.diagnostics);
    }),

    StopProvider: async () => {
      log.debug('StopProvider: cancelling calls in progress');
      stop.abort(new Error('Terraform asked the provider to stop'));
      stop = new AbortController();
      return {};
    },

    ValidateResourceConfig: handler('ValidateResourceConfig', async (req: { type_name: string; config?: DynamicValueMsg }) => {
      const { resource, type } = lookup(req.type_name);
      const ctx = context(providerData as P);
      const config = decode(req.config, type, 'configuration') as State;
      if (resource.validateConfig && config !== null) {
        await call(`Invalid ${req.type_name} configuration`, ctx, () => resource.validateConfig!({ config }, ctx));
      }
      return result(ctx.diagnostics);
    }),

    UpgradeResourceState: handler('UpgradeResourceState', async (req: { type_name: string; version?: number; raw_state?: RawStateMsg }) => {
      const { resource, type } = lookup(req.type_name);
      const ctx = context(providerData as P);
      const json = req.raw_state?.json;
      if (!json || json.length === 0) {
        if (req.raw_state?.flatmap && Object.keys(req.raw_state.flatmap).length > 0) {
          ctx.diagnostics.error('Unsupported state format', `${req.type_name}: state in the legacy flatmap format cannot be read; recreate or re-import the resource.`);
        }
        return result(ctx.diagnostics, { upgraded_state: { msgpack: encodeMsgpack(null, type) } });
      }
      const version = Number(req.version ?? 0);
      const current = resource.schema.version ?? 0;
      let state: Value;
      if (version < current && resource.upgradeState) {
        const rawJson = Buffer.from(json).toString('utf8');
        const upgraded = await call(`Could not upgrade ${req.type_name} state from version ${version}`, ctx,
          () => resource.upgradeState!({ version, rawState: JSON.parse(rawJson), rawJson }, ctx));
        if (upgraded === undefined) return result(ctx.diagnostics);
        state = upgraded;
      } else if (version > current) {
        throw new Abort([{
          severity: 'error',
          summary: 'State written by a newer provider',
          detail: `${req.type_name} state has schema version ${version}; this provider (${provider.version}) knows up to ${current}.`,
        }]);
      } else {
        try {
          state = decodeJson(json, type, { ignoreUndefinedAttributes: true });
        } catch (err) {
          if (err instanceof ValueError) throw new Abort([valueErrorDiagnostic(`Could not read ${req.type_name} state`, err)]);
          throw err;
        }
      }
      return result(ctx.diagnostics, { upgraded_state: encode(state, type, 'upgraded state') });
    }),

    ReadResource: handler('ReadResource', async (req: { type_name: string; current_state?: DynamicValueMsg; private?: Uint8Array }) => {
      const { resource, type } = lookup(req.type_name);
      const ctx = context(providerData as P);
      const current = decode(req.current_state, type, 'state') as State | null;
      if (current === null) return result(ctx.diagnostics, { new_state: encode(null, type, 'state'), private: req.private });
      const read = await call(`Error reading ${req.type_name}`, ctx, () => resource.read({ state: current }, ctx));
      // on failure the stored state stays as it was
      const newState = read === undefined ? current : read;
      noUnknowns(newState, 'read');
      return result(ctx.diagnostics, { new_state: encode(newState, type, 'state'), private: req.private });
    }),

    PlanResourceChange: handler('PlanResourceChange', async (req: {
      type_name: string;
      prior_state?: DynamicValueMsg;
      proposed_new_state?: DynamicValueMsg;
      config?: DynamicValueMsg;
      prior_private?: Uint8Array;
    }) => {
      const { resource, type } = lookup(req.type_name);
      const ctx = context(providerData as P);
      const prior = decode(req.prior_state, type, 'prior state') as State | null;
      const proposed = decode(req.proposed_new_state, type, 'proposed new state') as State | null;
      const config = decode(req.config, type, 'configuration') as State | null;
      if (proposed === null) {
        return result(ctx.diagnostics, { planned_state: encode(null, type, 'plan'), planned_private: req.prior_private });
      }
      let planned = defaultPlan(resource.schema, prior, proposed, config ?? proposed);
      const extraReplace: Array<readonly { attribute: string }[]> = [];
      if (resource.plan) {
        const plannedDefault = planned;
        const res = await call(`Error planning ${req.type_name}`, ctx, () => resource.plan!({
          priorState: prior, proposedNewState: proposed, config: config ?? proposed, plannedState: plannedDefault,
        }, ctx));
        if (res && res.plannedState) planned = res.plannedState;
        if (res && res.requiresReplace) extraReplace.push(...(res.requiresReplace as Array<readonly { attribute: string }[]>));
      }
      const replace = prior === null ? [] : [...replacePaths(resource.schema, prior, planned), ...extraReplace];
      if (replace.length > 0) log.debug('plan requires replacement', { type_name: req.type_name, attributes: replace.map(pathToString).join(',') });
      return result(ctx.diagnostics, {
        planned_state: encode(planned, type, 'plan'),
        requires_replace: replace.map(pathToProto),
        planned_private: req.prior_private,
      });
    }),

    ApplyResourceChange: handler('ApplyResourceChange', async (req: {
      type_name: string;
      prior_state?: DynamicValueMsg;
      planned_state?: DynamicValueMsg;
      config?: DynamicValueMsg;
      planned_private?: Uint8Array;
    }) => {
      const { resource, type } = lookup(req.type_name);
      const ctx = context(providerData as P);
      const prior = decode(req.prior_state, type, 'prior state') as State | null;
      const planned = decode(req.planned_state, type, 'planned state') as State | null;
      const config = (decode(req.config, type, 'configuration') ?? planned) as State;
      let newState: Value;
      if (planned === null) {
        if (prior === null) return result(ctx.diagnostics, { new_state: encode(null, type, 'state') });
        const done = await call(`Error deleting ${req.type_name}`, ctx, async () => { await resource.delete({ priorState: prior }, ctx); return true; });
        newState = done && !ctx.diagnostics.hasErrors ? null : prior;
      } else if (prior === null) {
        const created = await call(`Error creating ${req.type_name}`, ctx, () => resource.create({ plannedState: planned, config }, ctx));
        newState = created === undefined ? null : created;
      } else {
        const updated = await call(`Error updating ${req.type_name}`, ctx, () => resource.update({ priorState: prior, plannedState: planned, config }, ctx));
        newState = updated === undefined ? prior : updated;
      }
      noUnknowns(newState, planned === null ? 'delete' : prior === null ? 'create' : 'update');
      return result(ctx.diagnostics, { new_state: encode(newState, type, 'new state'), private: req.planned_private });
    }),

    ImportResourceState: handler('ImportResourceState', async (req: { type_name: string; id: string }) => {
      const { resource, type } = lookup(req.type_name);
      const ctx = context(providerData as P);
      if (!resource.importState) {
        ctx.diagnostics.error('Import not supported', `Resource type ${req.type_name} cannot be imported.`);
        return result(ctx.diagnostics);
      }
      const partial = await call(`Error importing ${req.type_name}`, ctx, () => resource.importState!({ id: req.id }, ctx));
      if (partial === undefined || ctx.diagnostics.hasErrors) return result(ctx.diagnostics);
      return result(ctx.diagnostics, {
        imported_resources: [{ type_name: req.type_name, state: encode(partial as Value, type, 'imported state') }],
      });
    }),

    ValidateDataResourceConfig: handler('ValidateDataResourceConfig', async (req: { type_name: string }) => {
      throw new Abort([{ severity: 'error', summary: `Unknown data source ${req.type_name}`, detail: `Provider ${provider.typeName} has no data sources.` }]);
    }),

    ReadDataSource: handler('ReadDataSource', async (req: { type_name: string }) => {
      throw new Abort([{ severity: 'error', summary: `Unknown data source ${req.type_name}`, detail: `Provider ${provider.typeName} has no data sources.` }]);
    }),
  };
}

export type { Schema };
