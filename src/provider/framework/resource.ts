import type { Logger } from '../protocol/log';
import type { AttributePath, Diagnostics, Obj, Schema } from '../values';

/** A resource's values (config, plan or state): every attribute of its schema, by name. */
export type State = Obj;

/** What every call receives besides its request. */
export interface CallContext<P = unknown> {
  /** What the provider's `configure` returned; undefined until Terraform configured the provider. */
  readonly providerData: P;
  /** Add warnings or errors here; an error fails the call (a returned state is still recorded). */
  readonly diagnostics: Diagnostics;
  /** stderr logger. Log names and ids, never attribute values (secrets are among them). */
  readonly log: Logger;
  /** Aborted when Terraform sends StopProvider (Ctrl-C); pass it to HTTP calls. */
  readonly signal: AbortSignal;
}

export interface ValidateConfigRequest<S extends State = State> {
  /** The configuration; values not known until apply are `Unknown`. */
  readonly config: S;
}

export interface PlanRequest<S extends State = State> {
  /** The state before this plan; null when the resource is being created. */
  readonly priorState: S | null;
  /** Terraform's proposal: the configuration with prior values of computed attributes merged in. */
  readonly proposedNewState: S;
  readonly config: S;
  /**
   * The default plan: the proposal, with computed attributes the configuration leaves null marked
   * unknown when anything changes (kept from the prior state for `useStateForUnknown`).
   */
  readonly plannedState: S;
}

export interface PlanResult<S extends State = State> {
  /** The planned state; default: the request's `plannedState`. Config values must not change. */
  readonly plannedState?: S;
  /** Attributes whose change replaces the resource, besides those marked `requiresReplace`. */
  readonly requiresReplace?: readonly AttributePath[];
}

export interface CreateRequest<S extends State = State> {
  /** The plan: unknown values are for the resource to fill in. */
  readonly plannedState: S;
  readonly config: S;
}

export interface ReadRequest<S extends State = State> {
  readonly state: S;
}

export interface UpdateRequest<S extends State = State> {
  readonly priorState: S;
  readonly plannedState: S;
  readonly config: S;
}

export interface DeleteRequest<S extends State = State> {
  readonly priorState: S;
}

export interface ImportRequest {
  /** What the user gave to `terraform import` (or an `import` block's `id`). */
  readonly id: string;
}

export interface UpgradeStateRequest {
  /** The schema version the stored state was written with. */
  readonly version: number;
  /** The stored state, parsed from JSON (numbers beyond 2^53 lose precision: see `rawJson`). */
  readonly rawState: unknown;
  readonly rawJson: string;
}

/**
 * A managed resource, modelled on terraform-plugin-framework's `resource.Resource`: a schema and
 * lifecycle methods over plain values (see `Value`). Methods may be async; whatever they throw
 * (or a rejected promise) becomes an error diagnostic — throw `DiagnosticError` to point at an
 * attribute. Nothing a resource does can crash the provider process.
 */
export interface Resource<P = unknown, S extends State = State> {
  /** The full resource type name, `<provider type>_<name>`, e.g. `eccx_cross_cluster_api_key`. */
  readonly typeName: string;
  readonly schema: Schema;

  /** Checks beyond the schema (Terraform already checked types and required attributes). */
  validateConfig?(req: ValidateConfigRequest<S>, ctx: CallContext<P>): void | Promise<void>;

  /** Adjusts the default plan (framework's `ModifyPlan`). Not called for destroy. */
  plan?(req: PlanRequest<S>, ctx: CallContext<P>): PlanResult<S> | void | Promise<PlanResult<S> | void>;

  /** Creates the object; returns the full new state, every unknown of the plan filled in. */
  create(req: CreateRequest<S>, ctx: CallContext<P>): S | Promise<S>;

  /** Reads the object back; returns the current state, or null if it no longer exists. */
  read(req: ReadRequest<S>, ctx: CallContext<P>): S | null | Promise<S | null>;

  /** Updates in place; returns the full new state. */
  update(req: UpdateRequest<S>, ctx: CallContext<P>): S | Promise<S>;

  /** Deletes the object. Deleting something already gone should succeed. */
  delete(req: DeleteRequest<S>, ctx: CallContext<P>): void | Promise<void>;

  /**
   * Starts an import: returns the attributes known from the id (at least what `read` needs);
   * the rest are null, and Terraform then calls `read`. Without it, import is refused.
   */
  importState?(req: ImportRequest, ctx: CallContext<P>): Partial<S> | Promise<Partial<S>>;

  /** Converts state stored with an older schema version. Without it, old state is read as is. */
  upgradeState?(req: UpgradeStateRequest, ctx: CallContext<P>): S | Promise<S>;
}

export interface ConfigureRequest<S extends State = State> {
  readonly config: S;
  readonly terraformVersion: string;
}

/** The provider: its configuration schema, how to configure it, and its resources. */
export interface ProviderDefinition<P = unknown> {
  /** Provider type name (`eccx`); resource type names start with it and `_`. */
  readonly typeName: string;
  readonly version: string;
  /** Schema of the `provider "<type>" {}` block. */
  readonly schema: Schema;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly resources: ReadonlyArray<Resource<P, any>>;
  validateConfig?(req: ValidateConfigRequest, ctx: CallContext<undefined>): void | Promise<void>;
  /** Returns what resources receive as `ctx.providerData` (for example an Elasticsearch client factory). */
  configure?(req: ConfigureRequest, ctx: CallContext<undefined>): P | Promise<P>;
}

/** Identity helper that keeps the state type of a resource definition. */
export function defineResource<P = unknown, S extends State = State>(r: Resource<P, S>): Resource<P, S> {
  return r;
}
