/**
 * Drives any eccx resource through the framework's tfplugin6 handlers (msgpack values, as
 * Terraform sends them) with a provider configured for one Elasticsearch URL as user `elastic`.
 * Terraform's proposal is imitated: top-level computed attributes the configuration leaves null
 * take their prior values.
 */
import { Client } from '@elastic/elasticsearch';
import { recordingLogger } from './recording-log';
import {
  ProviderDefinition, Resource, Value, createHandlers, decodeMsgpack, encodeMsgpack, impliedType,
} from '../../../src/provider';
import { ProviderData, providerData, providerSchema, requestTimeoutMs, resolveConnection } from '../../../src/provider/connection';

export type Obj = Record<string, Value>;
export interface Diag { severity: string; summary: string; detail?: string; attribute?: { steps: Array<Record<string, unknown>> } }
export type Res = Record<string, unknown> & { diagnostics?: Diag[] };

export const errors = (r: Res): Diag[] => (r.diagnostics ?? []).filter((d) => d.severity === 'ERROR');
export const warnings = (r: Res): Diag[] => (r.diagnostics ?? []).filter((d) => d.severity === 'WARNING');
export const text = (ds: Diag[]): string => ds.map((d) => `${d.summary}: ${d.detail ?? ''}`).join('\n');
/** `remote_indices[0].privileges` for a diagnostic's attribute path. */
export const pathOf = (d: Diag): string => (d.attribute?.steps ?? [])
  .map((s) => (s.attribute_name !== undefined ? `.${String(s.attribute_name)}` : `[${String(s.element_key_int)}]`)).join('').slice(1);

export const { log, logged } = recordingLogger();

export class ResourceDriver {
  /** A provider with this one resource, configured for `url` (the environment is ignored). */
  public static async connect(resource: Resource<ProviderData, any>, url: string, auth = { username: 'elastic', password: 'changeme' }): Promise<ResourceDriver> {
    const def: ProviderDefinition<ProviderData> = {
      typeName: 'eccx',
      version: '0.0.0-test',
      schema: providerSchema,
      resources: [resource],
      // jest cannot run the dynamic import() the bundle uses: the same client options, loaded with require
      configure: ({ config: c }) => providerData(resolveConnection(c, {}), requestTimeoutMs(c), async (options) => new Client(options)),
    };
    const d = new ResourceDriver(resource, createHandlers(def, log) as unknown as Record<string, (req: object) => Promise<Res>>);
    const cfg: Obj = {
      endpoints: [url],
      username: auth.username,
      password: auth.password,
      api_key: null,
      ca_file: null,
      ca_data: null,
      insecure: null,
      request_timeout: 10,
    };
    const res = await d.h.ConfigureProvider({ config: d.dv(cfg, impliedType(providerSchema)), terraform_version: '1.11.4' });
    if (errors(res).length > 0) throw new Error(text(errors(res)));
    return d;
  }

  private readonly type;

  private constructor(private readonly resource: Resource<ProviderData, any>, public readonly h: Record<string, (req: object) => Promise<Res>>) {
    this.type = impliedType(resource.schema);
  }

  /** A full configuration: every attribute not given is null. */
  public config(given: Obj): Obj {
    const out: Obj = {};
    for (const name of Object.keys(this.resource.schema.attributes)) out[name] = given[name] ?? null;
    return out;
  }

  public async validate(cfg: Obj): Promise<Diag[]> {
    return (await this.h.ValidateResourceConfig({ type_name: this.resource.typeName, config: this.dv(cfg) })).diagnostics ?? [];
  }

  public async plan(prior: Obj | null, cfg: Obj): Promise<{ planned: Obj; replace: string[]; res: Res }> {
    const res = await this.h.PlanResourceChange({
      type_name: this.resource.typeName, prior_state: this.dv(prior), proposed_new_state: this.dv(this.propose(prior, cfg)), config: this.dv(cfg),
    });
    const replace = ((res.requires_replace ?? []) as Array<{ steps: Array<{ attribute_name?: string }> }>)
      .map((p) => p.steps.map((s) => s.attribute_name).join('.'));
    return { planned: this.fromDv(res.planned_state) as Obj, replace, res };
  }

  public async apply(prior: Obj | null, planned: Obj | null, cfg: Obj | null): Promise<{ state: Obj | null; res: Res }> {
    const res = await this.h.ApplyResourceChange({
      type_name: this.resource.typeName, prior_state: this.dv(prior), planned_state: this.dv(planned), config: this.dv(cfg),
    });
    return { state: this.fromDv(res.new_state) as Obj | null, res };
  }

  public async read(state: Obj): Promise<{ state: Obj | null; res: Res }> {
    const res = await this.h.ReadResource({ type_name: this.resource.typeName, current_state: this.dv(state) });
    return { state: this.fromDv(res.new_state) as Obj | null, res };
  }

  /** plan + apply (create when `prior` is null); returns the errors of whichever step failed, else the new state. */
  public async converge(prior: Obj | null, given: Obj): Promise<{ state: Obj | null; planned: Obj | null; errors: Diag[] }> {
    const cfg = this.config(given);
    const { planned, res } = await this.plan(prior, cfg);
    if (errors(res).length > 0) return { state: null, planned: null, errors: errors(res) };
    const applied = await this.apply(prior, planned, cfg);
    return { state: applied.state, planned, errors: errors(applied.res) };
  }

  /** converge, failing the test on any error. */
  public async ok(prior: Obj | null, given: Obj): Promise<Obj> {
    const r = await this.converge(prior, given);
    if (r.errors.length > 0) throw new Error(text(r.errors));
    return r.state!;
  }

  public async destroy(prior: Obj): Promise<Res> {
    return (await this.apply(prior, null, null)).res;
  }

  private dv(v: Value, t = this.type): { msgpack: Uint8Array } {
    return { msgpack: encodeMsgpack(v, t) };
  }

  private fromDv(d: unknown): Value {
    return decodeMsgpack((d as { msgpack?: Uint8Array } | undefined)?.msgpack, this.type);
  }

  private propose(prior: Obj | null, cfg: Obj): Obj {
    if (prior === null) return cfg;
    const out: Obj = { ...cfg };
    for (const [name, a] of Object.entries(this.resource.schema.attributes)) if (a.computed && cfg[name] === null) out[name] = prior[name] ?? null;
    return out;
  }
}
