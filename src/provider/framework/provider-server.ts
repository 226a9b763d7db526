import type { Logger } from '../protocol/log';
import type { DynamicValueMsg, RawStateMsg, ResourceChangeMsg } from '../protocol/messages';
import {
  CtyType, Diagnostic, Diagnostics, Value, ValueError, checkSchema, decodeJson, diagnosticsFromError, encodeMsgpack, impliedType, pathToString,
} from '../values';
import { diagnosticToProto, pathToProto, schemaToProto, valueErrorDiagnostic } from './convert';
import { Abort, decodeDynamic as decode, encodeDynamic as encode, requireKnown } from './dynamic-value';
import { defaultPlan, replacePaths } from './plan';
import type { CallContext, ProviderDefinition, Resource, State } from './resource';

interface Registered {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly resource: Resource<any, any>;
  readonly type: CtyType;
}

type Response = Record<string, unknown>;

const CAPABILITIES = { get_provider_schema_optional: true, plan_destroy: false, move_resource_state: false };

function result(diags: Diagnostics, fields: Response = {}): Response {
  return { ...fields, diagnostics: diags.all.map(diagnosticToProto) };
}

/**
 * A ProviderDefinition served over tfplugin6, one method per RPC (as terraform-plugin-framework's
 * internal `fwserver.Server`): decodes DynamicValues against the schemas, calls the resource's
 * method with plain values, encodes the result. A provider method's failure (thrown or rejected)
 * becomes an error diagnostic; `Abort` ends a call with its diagnostics. `createHandlers` (dispatch.ts)
 * turns the methods into the gRPC handlers.
 */
export class ProviderServer<P> {
  private readonly problems: string[];
  private readonly resources = new Map<string, Registered>();
  private readonly providerType: CtyType;
  private providerData: P | undefined;
  private stop = new AbortController();

  public constructor(private readonly provider: ProviderDefinition<P>, private readonly log: Logger) {
    this.problems = checkSchema(provider.schema, `provider ${provider.typeName}`);
    for (const r of provider.resources) {
      if (!r.typeName.startsWith(`${provider.typeName}_`)) {
        this.problems.push(`resource ${r.typeName}: type names must start with "${provider.typeName}_"`);
      }
      if (this.resources.has(r.typeName)) this.problems.push(`resource ${r.typeName}: registered twice`);
      this.problems.push(...checkSchema(r.schema, `resource ${r.typeName}`));
      this.resources.set(r.typeName, { resource: r, type: impliedType(r.schema) });
    }
    this.providerType = impliedType(provider.schema);
  }

  public async GetMetadata(): Promise<Response> {
    return {
      server_capabilities: CAPABILITIES,
      resources: [...this.resources.keys()].map((type_name) => ({ type_name })),
      data_sources: [],
      diagnostics: this.definitionProblems().map(diagnosticToProto),
    };
  }

  public async GetProviderSchema(): Promise<Response> {
    const resourceSchemas: Record<string, unknown> = {};
    for (const [name, r] of this.resources) resourceSchemas[name] = schemaToProto(r.resource.schema);
    return {
      provider: schemaToProto(this.provider.schema),
      resource_schemas: resourceSchemas,
      data_source_schemas: {},
      server_capabilities: CAPABILITIES,
      diagnostics: this.definitionProblems().map(diagnosticToProto),
    };
  }

  public async GetResourceIdentitySchemas(): Promise<Response> {
    return { identity_schemas: {} };
  }

  public async GetFunctions(): Promise<Response> {
    return { functions: {} };
  }

  public async ValidateProviderConfig(req: { config?: DynamicValueMsg }): Promise<Response> {
    const ctx = this.context(undefined);
    const config = decode(req.config, this.providerType, 'provider configuration') as State;
    if (this.provider.validateConfig && config !== null) {
      await this.call('Invalid provider configuration', ctx, () => this.provider.validateConfig!({ config }, ctx));
    }
    return result(ctx.diagnostics);
  }

  public async ConfigureProvider(req: { config?: DynamicValueMsg; terraform_version?: string }): Promise<Response> {
    const ctx = this.context(undefined);
    const config = (decode(req.config, this.providerType, 'provider configuration') ?? {}) as State;
    if (this.provider.configure) {
      const data = await this.call('Provider configuration failed', ctx,
        () => this.provider.configure!({ config, terraformVersion: req.terraform_version ?? '' }, ctx));
      if (!ctx.diagnostics.hasErrors) this.providerData = data;
    }
    return result(ctx.diagnostics);
  }

  /** Cancels the calls in progress (their `ctx.signal`); later calls get a fresh signal. */
  public async StopProvider(): Promise<Response> {
    this.log.debug('StopProvider: cancelling calls in progress');
    this.stop.abort(new Error('Terraform asked the provider to stop'));
    this.stop = new AbortController();
    return {};
  }

  public async ValidateResourceConfig(req: { type_name: string; config?: DynamicValueMsg }): Promise<Response> {
    const { resource, type } = this.lookup(req.type_name);
    const ctx = this.resourceContext();
    const config = decode(req.config, type, 'configuration') as State;
    if (resource.validateConfig && config !== null) {
      await this.call(`Invalid ${req.type_name} configuration`, ctx, () => resource.validateConfig!({ config }, ctx));
    }
    return result(ctx.diagnostics);
  }

  public async UpgradeResourceState(req: { type_name: string; version?: number; raw_state?: RawStateMsg }): Promise<Response> {
    const { resource, type } = this.lookup(req.type_name);
    const ctx = this.resourceContext();
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
      const upgraded = await this.call(`Could not upgrade ${req.type_name} state from version ${version}`, ctx,
        () => resource.upgradeState!({ version, rawState: JSON.parse(rawJson), rawJson }, ctx));
      if (upgraded === undefined) return result(ctx.diagnostics);
      state = upgraded;
    } else if (version > current) {
      throw new Abort([{
        severity: 'error',
        summary: 'State written by a newer provider',
        detail: `${req.type_name} state has schema version ${version}; this provider (${this.provider.version}) knows up to ${current}.`,
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
  }

  public async ReadResource(req: { type_name: string; current_state?: DynamicValueMsg; private?: Uint8Array }): Promise<Response> {
    const { resource, type } = this.lookup(req.type_name);
    const ctx = this.resourceContext();
    const current = decode(req.current_state, type, 'state') as State | null;
    if (current === null) return result(ctx.diagnostics, { new_state: encode(null, type, 'state'), private: req.private });
    const read = await this.call(`Error reading ${req.type_name}`, ctx, () => resource.read({ state: current }, ctx));
    // on failure the stored state stays as it was
    const newState = read === undefined ? current : read;
    requireKnown(newState, 'read');
    return result(ctx.diagnostics, { new_state: encode(newState, type, 'state'), private: req.private });
  }

  public async PlanResourceChange(req: ResourceChangeMsg): Promise<Response> {
    const { resource, type } = this.lookup(req.type_name);
    const ctx = this.resourceContext();
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
      const res = await this.call(`Error planning ${req.type_name}`, ctx, () => resource.plan!({
        priorState: prior, proposedNewState: proposed, config: config ?? proposed, plannedState: plannedDefault,
      }, ctx));
      if (res && res.plannedState) planned = res.plannedState;
      if (res && res.requiresReplace) extraReplace.push(...(res.requiresReplace as Array<readonly { attribute: string }[]>));
    }
    const replace = prior === null ? [] : [...replacePaths(resource.schema, prior, planned), ...extraReplace];
    if (replace.length > 0) this.log.debug('plan requires replacement', { type_name: req.type_name, attributes: replace.map(pathToString).join(',') });
    return result(ctx.diagnostics, {
      planned_state: encode(planned, type, 'plan'),
      requires_replace: replace.map(pathToProto),
      planned_private: req.prior_private,
    });
  }

  public async ApplyResourceChange(req: ResourceChangeMsg): Promise<Response> {
    const { resource, type } = this.lookup(req.type_name);
    const ctx = this.resourceContext();
    const prior = decode(req.prior_state, type, 'prior state') as State | null;
    const planned = decode(req.planned_state, type, 'planned state') as State | null;
    const config = (decode(req.config, type, 'configuration') ?? planned) as State;
    let newState: Value;
    if (planned === null) {
      if (prior === null) return result(ctx.diagnostics, { new_state: encode(null, type, 'state') });
      const done = await this.call(`Error deleting ${req.type_name}`, ctx, async () => { await resource.delete({ priorState: prior }, ctx); return true; });
      newState = done && !ctx.diagnostics.hasErrors ? null : prior;
    } else if (prior === null) {
      const created = await this.call(`Error creating ${req.type_name}`, ctx, () => resource.create({ plannedState: planned, config }, ctx));
      newState = created === undefined ? null : created;
    } else {
      const updated = await this.call(`Error updating ${req.type_name}`, ctx, () => resource.update({ priorState: prior, plannedState: planned, config }, ctx));
      newState = updated === undefined ? prior : updated;
    }
    requireKnown(newState, planned === null ? 'delete' : prior === null ? 'create' : 'update');
    return result(ctx.diagnostics, { new_state: encode(newState, type, 'new state'), private: req.planned_private });
  }

  public async ImportResourceState(req: { type_name: string; id: string }): Promise<Response> {
    const { resource, type } = this.lookup(req.type_name);
    const ctx = this.resourceContext();
    if (!resource.importState) {
      ctx.diagnostics.error('Import not supported', `Resource type ${req.type_name} cannot be imported.`);
      return result(ctx.diagnostics);
    }
    const partial = await this.call(`Error importing ${req.type_name}`, ctx, () => resource.importState!({ id: req.id }, ctx));
    if (partial === undefined || ctx.diagnostics.hasErrors) return result(ctx.diagnostics);
    return result(ctx.diagnostics, {
      imported_resources: [{ type_name: req.type_name, state: encode(partial as Value, type, 'imported state') }],
    });
  }

  public async ValidateDataResourceConfig(req: { type_name: string }): Promise<Response> {
    throw this.noDataSource(req.type_name);
  }

  public async ReadDataSource(req: { type_name: string }): Promise<Response> {
    throw this.noDataSource(req.type_name);
  }

  private noDataSource(typeName: string): Abort {
    return new Abort([{ severity: 'error', summary: `Unknown data source ${typeName}`, detail: `Provider ${this.provider.typeName} has no data sources.` }]);
  }

  private context<Q>(data: Q): CallContext<Q> & { diagnostics: Diagnostics } {
    return { providerData: data, diagnostics: new Diagnostics(), log: this.log, signal: this.stop.signal };
  }

  private resourceContext(): CallContext<P> & { diagnostics: Diagnostics } {
    return this.context(this.providerData as P);
  }

  private lookup(typeName: string): Registered {
    const r = this.resources.get(typeName);
    if (!r) {
      throw new Abort([{
        severity: 'error',
        summary: `Unknown resource type ${typeName}`,
        detail: `Provider ${this.provider.typeName} ${this.provider.version} has no resource type "${typeName}".`,
      }]);
    }
    return r;
  }

  /** Runs one provider method: anything thrown becomes diagnostics; returns undefined then. */
  private async call<T>(summary: string, ctx: { diagnostics: Diagnostics }, fn: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      ctx.diagnostics.add(...diagnosticsFromError(err, summary));
      this.log.debug('provider method failed', { call: summary, error: err instanceof Error ? err.name : typeof err });
      return undefined;
    }
  }

  private definitionProblems(): Diagnostic[] {
    return this.problems.map((p) => ({ severity: 'error' as const, summary: 'Provider definition is invalid', detail: p }));
  }
}
