import { Client } from '@elastic/elasticsearch';
import { recordingLogger } from './recording-log';
import {
  ProviderDefinition, Value, createHandlers, decodeMsgpack, encodeMsgpack, impliedType,
} from '../../../src/provider';
import {
  ProviderData, expiryWarningWindowMs, providerData, providerSchema, requestTimeoutMs, resolveConnection,
} from '../../../src/provider/connection';
import { crossClusterApiKey } from '../../../src/provider/resources/cross-cluster-api-key';

// Drives eccx_cross_cluster_api_key through the framework's tfplugin6 handlers (msgpack values,
// as Terraform sends them), with Terraform's side of a plan (the proposed new state) done here.

export const TYPE = 'eccx_cross_cluster_api_key';
export const keyType = impliedType(crossClusterApiKey.schema);
const providerType = impliedType(providerSchema);

export type Obj = Record<string, Value>;
export interface Diag { severity: string; summary: string; detail?: string; attribute?: { steps: Array<Record<string, unknown>> } }
export type Res = Record<string, unknown> & { diagnostics?: Diag[] };

export const { log, logged } = recordingLogger();

export const dv = (v: Value, t = keyType): { msgpack: Uint8Array } => ({ msgpack: encodeMsgpack(v, t) });
export const fromDv = (d: unknown, t = keyType): Value => decodeMsgpack((d as { msgpack?: Uint8Array } | undefined)?.msgpack, t);
export const errors = (r: Res): Diag[] => (r.diagnostics ?? []).filter((d) => d.severity === 'ERROR');
export const warnings = (r: Res): Diag[] => (r.diagnostics ?? []).filter((d) => d.severity === 'WARNING');
export const text = (ds: Diag[]): string => ds.map((d) => `${d.summary}: ${d.detail ?? ''}`).join('\n');
export const pathOf = (d: Diag): string => (d.attribute?.steps ?? [])
  .map((s) => (s.attribute_name !== undefined ? `.${String(s.attribute_name)}` : `[${String(s.element_key_int)}]`)).join('').slice(1);

export interface SearchCfg { names: Value; query?: Value; field_security?: Value; allow_restricted_indices?: Value }
export interface ReplicationCfg { names: Value; allow_restricted_indices?: Value }

/** A full configuration value: everything not given is null; a null entry stays a null list element. */
export function config(c: {
  name: string;
  expiration?: string | null;
  metadata?: string | null;
  certificate_identity?: string | null;
  search?: Array<SearchCfg | null> | null;
  replication?: Array<ReplicationCfg | null> | null;
  rotation_period?: string | null;
}): Obj {
  return {
    id: null,
    key_id: null,
    name: c.name,
    expiration: c.expiration ?? null,
    expiration_timestamp: null,
    metadata: c.metadata ?? null,
    access: {
      search: c.search === undefined || c.search === null ? null
        : c.search.map((s) => (s === null ? null : {
          names: s.names,
          query: s.query ?? null,
          field_security: s.field_security ?? null,
          allow_restricted_indices: s.allow_restricted_indices ?? null,
        })),
      replication: c.replication === undefined || c.replication === null ? null
        : c.replication.map((r) => (r === null ? null : { names: r.names, allow_restricted_indices: r.allow_restricted_indices ?? null })),
    },
    certificate_identity: c.certificate_identity ?? null,
    rotation_period: c.rotation_period ?? null,
    creation_timestamp: null,
    rotation_timestamp: null,
    create_token: null,
    api_key: null,
    encoded: null,
  };
}

/** Terraform's proposed new state: the configuration, with prior values where computed attributes are null in it. */
export function propose(prior: Obj | null, cfg: Obj): Obj {
  if (prior === null) return cfg;
  const out: Obj = { ...cfg };
  for (const k of ['id', 'key_id', 'expiration_timestamp', 'api_key', 'encoded', 'creation_timestamp', 'rotation_timestamp', 'create_token']) if (cfg[k] === null) out[k] = prior[k];
  const pa = prior.access as Obj | null;
  const ca = cfg.access as Obj | null;
  if (pa && ca) {
    const merge = (p: Value, c: Value): Value => (Array.isArray(c) ? (c as Array<Obj | null>).map((e, i) => {
      const pe = Array.isArray(p) ? (p as Array<Obj | null>)[i] : undefined;
      return pe && e && e.allow_restricted_indices === null ? { ...e, allow_restricted_indices: pe.allow_restricted_indices } : e;
    }) : c);
    out.access = { search: merge(pa.search, ca.search), replication: merge(pa.replication, ca.replication) };
  }
  return out;
}

export class Driver {
  /** A configured provider; `expiryWarningWindow` is the provider block's `expiry_warning_window` (default null: 14d). */
  public static async connect(
    url: string, auth: { username: string; password: string } | { apiKey: string }, timeoutSeconds = 30, expiryWarningWindow: string | null = null,
  ): Promise<Driver> {
    const { driver, res } = await Driver.configure(url, auth, timeoutSeconds, expiryWarningWindow);
    expect(errors(res)).toEqual([]);
    return driver;
  }

  /** ConfigureProvider's answer and the driver, whatever the diagnostics. */
  public static async configure(
    url: string, auth: { username: string; password: string } | { apiKey: string }, timeoutSeconds: number, expiryWarningWindow: string | null,
  ): Promise<{ driver: Driver; res: Res }> {
    // the environment is ignored, so that ELASTICSEARCH_* (a real cluster) cannot override the test's choice
    const def: ProviderDefinition<ProviderData> = {
      typeName: 'eccx',
      version: '0.0.0-test',
      schema: providerSchema,
      resources: [crossClusterApiKey],
      // jest cannot run the dynamic import() the bundle uses: the same client options, loaded with require
      configure: ({ config: c }) => providerData(
        resolveConnection(c, {}), requestTimeoutMs(c), async (options) => new Client(options), expiryWarningWindowMs(c)),
    };
    const d = new Driver(createHandlers(def, log) as unknown as Record<string, (req: object) => Promise<Res>>);
    const cfg: Obj = {
      endpoints: [url],
      username: null,
      password: null,
      api_key: null,
      ca_file: null,
      ca_data: null,
      insecure: null,
      request_timeout: timeoutSeconds,
      expiry_warning_window: expiryWarningWindow,
    };
    if ('apiKey' in auth) cfg.api_key = auth.apiKey;
    else Object.assign(cfg, { username: auth.username, password: auth.password });
    const res = await d.h.ConfigureProvider({ config: dv(cfg, providerType), terraform_version: '1.11.4' });
    return { driver: d, res };
  }

  private constructor(public readonly h: Record<string, (req: object) => Promise<Res>>) {}

  public async validate(cfg: Obj): Promise<Diag[]> {
    return (await this.h.ValidateResourceConfig({ type_name: TYPE, config: dv(cfg) })).diagnostics ?? [];
  }

  public async plan(prior: Obj | null, cfg: Obj): Promise<{ planned: Obj; replace: string[]; res: Res }> {
    const res = await this.h.PlanResourceChange({
      type_name: TYPE, prior_state: dv(prior), proposed_new_state: dv(propose(prior, cfg)), config: dv(cfg),
    });
    const replace = ((res.requires_replace ?? []) as Array<{ steps: Array<{ attribute_name?: string }> }>)
      .map((p) => p.steps.map((s) => s.attribute_name).join('.'));
    return { planned: fromDv(res.planned_state) as Obj, replace, res };
  }

  public async apply(prior: Obj | null, planned: Obj | null, cfg: Obj | null): Promise<{ state: Obj | null; res: Res }> {
    const res = await this.h.ApplyResourceChange({ type_name: TYPE, prior_state: dv(prior), planned_state: dv(planned), config: dv(cfg) });
    return { state: fromDv(res.new_state) as Obj | null, res };
  }

  public async read(state: Obj): Promise<{ state: Obj | null; res: Res }> {
    const res = await this.h.ReadResource({ type_name: TYPE, current_state: dv(state) });
    return { state: fromDv(res.new_state) as Obj | null, res };
  }

  public async import(id: string): Promise<{ state: Obj | null; res: Res }> {
    const res = await this.h.ImportResourceState({ type_name: TYPE, id });
    const imported = (res.imported_resources as Array<{ state: unknown }> | undefined)?.[0];
    return { state: imported ? fromDv(imported.state) as Obj : null, res };
  }

  /** plan + apply from nothing; fails the test on any error. */
  public async create(cfg: Obj): Promise<Obj> {
    const { planned, res } = await this.plan(null, cfg);
    expect(errors(res)).toEqual([]);
    const applied = await this.apply(null, planned, cfg);
    expect(errors(applied.res)).toEqual([]);
    return applied.state!;
  }

  /** plan + apply of a change in place; fails the test on any error or a planned replacement. */
  public async update(prior: Obj, cfg: Obj): Promise<{ planned: Obj; state: Obj }> {
    const { planned, replace, res } = await this.plan(prior, cfg);
    expect(errors(res)).toEqual([]);
    expect(replace).toEqual([]);
    const applied = await this.apply(prior, planned, cfg);
    expect(errors(applied.res)).toEqual([]);
    return { planned, state: applied.state! };
  }

  public async destroy(prior: Obj): Promise<Res> {
    return (await this.apply(prior, null, null)).res;
  }
}
