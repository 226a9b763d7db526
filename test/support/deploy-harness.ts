/**
 * Deploy harness: runs a cdktf app through the real cdktf CLI and Terraform in
 * a temporary directory, one step at a time (synth, init, plan with a saved
 * plan file, apply, plan again, outputs, destroy) or the way users do
 * (`cdktf deploy` / `cdktf destroy`), and returns parsed results.
 *
 * The app runs with its working directory in the temporary directory, so the
 * default local backend (`terraform.<stack>.tfstate` next to `cdktf.json`)
 * keeps its state there and nothing is written into the repository.
 *
 * ```ts
 * const h = await DeployHarness.create({ appDir: 'examples/basic', env: elasticsearchEnv(target) });
 * try {
 *   await h.synth();
 *   await h.init();
 *   const p = await h.plan();          // p.changes: [{ address, actions: ['create'] }]
 *   await h.apply();
 *   const out = await h.outputs();     // { encoded: { value, sensitive: true, type } }
 *   expect((await h.plan()).isEmpty).toBe(true);
 *   await h.destroy();
 * } finally {
 *   await h.cleanup();
 * }
 * ```
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CommandError, CommandResult, runCommand } from './deploy-process';
import { writeCliConfig } from './terraform-cli-config';

export { CommandError, cleanTerminalOutput } from './deploy-process';
export type { CommandResult } from './deploy-process';
export { canInstallProvider, canInstallProviderSync } from './terraform-provider-probe';
export type { ProviderProbeResult, ProviderProbeOptions } from './terraform-provider-probe';
export { renderCliConfig, providersInMirror } from './terraform-cli-config';

/** Root of the repository (this file is `test/support/deploy-harness.ts`). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
const CDKTF_BIN = path.join(NODE_MODULES, '.bin', 'cdktf');

/** Environment variables for a process; `undefined` removes an inherited variable. */
export type EnvVars = Record<string, string | undefined>;

/** Time limits in milliseconds. */
export interface DeployTimeouts {
  /** `cdktf synth` (and the app it runs). @default 120000 */
  readonly synthMs?: number;
  /** Each Terraform command. @default 180000 */
  readonly terraformMs?: number;
  /** `cdktf deploy` / `cdktf destroy`. @default 300000 */
  readonly deployMs?: number;
}

/** Options of {@link DeployHarness.create}. Exactly one of `appDir` and `appSource` is required. */
export interface DeployHarnessOptions {
  /**
   * Directory of a cdktf app (`cdktf.json` plus its entry file). The app is run
   * in place (its relative imports keep working) but with its working
   * directory in the harness's temporary directory.
   */
  readonly appDir?: string;
  /**
   * TypeScript source of a cdktf app's `main.ts`, written to the temporary
   * directory; it can import anything installed in the repository's node_modules.
   */
  readonly appSource?: string;
  /**
   * Entry file of the app, relative to `appDir`.
   * @default - the `.ts`/`.js` file named in `cdktf.json`'s `app` command, else `main.ts`
   */
  readonly entry?: string;
  /**
   * Fields merged into the `cdktf.json` the harness writes (e.g. `context`).
   * @default - the app's own cdktf.json
   */
  readonly cdktfJson?: Record<string, unknown>;
  /**
   * Stack to deploy.
   * @default - the only stack in the synthesized manifest
   */
  readonly stack?: string;
  /**
   * Environment for every command, on top of `process.env` (e.g. `ELASTICSEARCH_ENDPOINTS`,
   * `ELASTICSEARCH_USERNAME`, `ELASTICSEARCH_PASSWORD` for the elasticstack provider).
   * @default - none
   */
  readonly env?: EnvVars;
  /**
   * A Terraform filesystem mirror holding locally built providers; written into
   * a `provider_installation` block of the CLI configuration.
   * @default - providers come from their registries
   */
  readonly providerMirrorDir?: string;
  /**
   * Provider addresses served only from the mirror.
   * @default - every provider found in `providerMirrorDir`
   */
  readonly mirrorIncludes?: readonly string[];
  /**
   * Extra HCL for the Terraform CLI configuration file.
   * @default - none
   */
  readonly terraformCliConfig?: string;
  /**
   * `TF_LOG` level (`TRACE`, `DEBUG`, `INFO`, `WARN`, `ERROR`, `JSON`), written
   * to {@link DeployHarness.terraformLogFile}; `'off'` removes an inherited `TF_LOG`.
   * @default - inherit `TF_LOG` from the environment
   */
  readonly tfLog?: string;
  /** Time limits. */
  readonly timeouts?: DeployTimeouts;
  /**
   * Keep the temporary directory on cleanup (for debugging); also enabled by `DEPLOY_HARNESS_KEEP=1`.
   * @default false
   */
  readonly keepWorkDir?: boolean;
}

/** Options of {@link DeployHarness.synth} and {@link DeployHarness.deploy}. */
export interface SynthOptions {
  /** Environment for this and all later commands, merged into the current one. */
  readonly env?: EnvVars;
  /** cdktf context for this and later syntheses, merged into `cdktf.json`'s `context`. */
  readonly context?: Record<string, unknown>;
}

/** Result of {@link DeployHarness.synth}. */
export interface SynthResult {
  /** Stack that the Terraform steps use. */
  readonly stack: string;
  /** Its directory (where `cdk.tf.json` is and Terraform runs). */
  readonly stackDir: string;
  /** The parsed `cdk.tf.json`. */
  readonly config: Record<string, any>;
  /** All stacks in the manifest. */
  readonly stacks: readonly string[];
  /** The `cdktf synth` command. */
  readonly result: CommandResult;
}

/** One resource change of a plan. */
export interface ResourceChange {
  /** Resource address, e.g. `terraform_data.greeting`. */
  readonly address: string;
  /** Terraform's actions: `['create']`, `['update']`, `['delete','create']`, `['create','delete']`, `['delete']`, `['read']`. */
  readonly actions: readonly string[];
  /** Why Terraform replaces it, if it does (`action_reason`). */
  readonly actionReason?: string;
  /** Attribute paths that force replacement. */
  readonly replacePaths?: readonly unknown[];
  /** The full `resource_changes[]` entry. */
  readonly raw: Record<string, any>;
}

/** One output change of a plan. */
export interface OutputChange {
  readonly name: string;
  readonly actions: readonly string[];
}

/** Result of {@link DeployHarness.plan}: the parsed `terraform show -json` of the saved plan. */
export interface PlanResult {
  /** The parsed JSON plan. */
  readonly json: Record<string, any>;
  /** Resource changes other than `no-op`. */
  readonly changes: readonly ResourceChange[];
  /** Output changes other than `no-op`. */
  readonly outputChanges: readonly OutputChange[];
  /** No resource and no output changes. */
  readonly isEmpty: boolean;
  /** Path of the saved plan file. */
  readonly planFile: string;
  /** The `terraform plan` command. */
  readonly result: CommandResult;
}

/** One output of `terraform output -json`. */
export interface OutputValue {
  readonly value: unknown;
  readonly sensitive: boolean;
  readonly type: unknown;
}

/** Result of {@link DeployHarness.state}. */
export interface StateResult {
  /** Parsed `terraform show -json` of the current state. */
  readonly json: Record<string, any>;
  /** Addresses of all resources in state (root and child modules). */
  readonly resources: readonly string[];
}

/** Result of {@link DeployHarness.deploy} / {@link DeployHarness.cdktfDestroy}. */
export interface CdktfRunResult extends CommandResult {
  /**
   * Non-sensitive outputs as cdktf wrote them with `--outputs-file` (keyed by
   * stack, then output name); undefined for destroy.
   */
  readonly outputsFile?: Record<string, any>;
}

/** Options of {@link DeployHarness.run}. */
export interface RunOptions {
  /** @default - the stack directory after synth, else the work directory */
  readonly cwd?: string;
  /** Extra environment for this command only. */
  readonly env?: EnvVars;
  /** @default - the Terraform time limit */
  readonly timeoutMs?: number;
  /** @default [0] */
  readonly okExitCodes?: readonly number[];
  /** @default true */
  readonly throwOnError?: boolean;
  /** Data for stdin. */
  readonly input?: string;
}

/** Duration of one harness step. */
export interface PhaseTiming {
  readonly phase: string;
  readonly ms: number;
}

const DEFAULT_TSCONFIG = {
  compilerOptions: {
    module: 'commonjs',
    moduleResolution: 'node',
    target: 'ES2022',
    lib: ['es2022'],
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    experimentalDecorators: true,
    resolveJsonModule: true,
  },
};

const live = new Set<DeployHarness>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // last resort when a test run ends without calling cleanup()
  process.on('exit', () => {
    for (const h of live) h.cleanupSync();
  });
}

function mergeEnv(base: NodeJS.ProcessEnv, extra: EnvVars | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

function entryFromAppCommand(app: unknown): string | undefined {
  if (typeof app !== 'string') return undefined;
  const tokens = app.split(/\s+/).filter((t) => /\.(ts|js|mjs|cjs)$/.test(t));
  return tokens.pop();
}

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Steps a cdktf app through cdktf and Terraform in a temporary directory. */
export class DeployHarness {
  /**
   * Creates the temporary directory, its `cdktf.json`, a TypeScript
   * configuration for ts-node and the Terraform CLI configuration file.
   */
  public static async create(options: DeployHarnessOptions): Promise<DeployHarness> {
    if ((options.appDir === undefined) === (options.appSource === undefined)) {
      throw new Error('DeployHarness.create: give exactly one of appDir and appSource');
    }
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-harness-'));
    const h = new DeployHarness(options, workDir);
    try {
      h.prepare();
    } catch (e) {
      h.cleanupSync();
      throw e;
    }
    return h;
  }

  /**
   * Creates a harness, passes it to `fn` and always cleans up afterwards.
   */
  public static async with<T>(options: DeployHarnessOptions, fn: (h: DeployHarness) => Promise<T>): Promise<T> {
    const h = await DeployHarness.create(options);
    try {
      return await fn(h);
    } finally {
      await h.cleanup();
    }
  }

  /** The temporary directory: `cdktf.json`, state files, CLI config, logs. */
  public readonly workDir: string;
  /** cdktf's output directory (`<workDir>/cdktf.out`). */
  public readonly outDir: string;
  /** The Terraform CLI configuration file (`TF_CLI_CONFIG_FILE`). */
  public readonly cliConfigFile: string;
  /** Where `TF_LOG` output goes when the `tfLog` option is set. */
  public readonly terraformLogFile: string;
  /** How long each step took, in order. */
  public readonly timings: PhaseTiming[] = [];

  private readonly options: DeployHarnessOptions;
  private readonly timeouts: Required<DeployTimeouts>;
  private extraEnv: EnvVars;
  private tfLog?: string;
  private context: Record<string, unknown> = {};
  private baseCdktfJson: Record<string, unknown> = {};
  private currentStack?: string;
  private currentStackDir?: string;
  private pendingPlan?: string;
  private planCount = 0;
  private cleaned = false;

  private constructor(options: DeployHarnessOptions, workDir: string) {
    this.options = options;
    this.workDir = workDir;
    this.outDir = path.join(workDir, 'cdktf.out');
    this.cliConfigFile = path.join(workDir, 'terraform.rc');
    this.terraformLogFile = path.join(workDir, 'terraform.log');
    this.extraEnv = { ...(options.env ?? {}) };
    this.tfLog = options.tfLog;
    this.timeouts = {
      synthMs: options.timeouts?.synthMs ?? 120_000,
      terraformMs: options.timeouts?.terraformMs ?? 180_000,
      deployMs: options.timeouts?.deployMs ?? 300_000,
    };
    live.add(this);
    installExitHook();
  }

  /** The stack directory; throws before the first {@link synth}. */
  public get stackDir(): string {
    if (!this.currentStackDir) throw new Error('DeployHarness: call synth() first');
    return this.currentStackDir;
  }

  /** The stack name; throws before the first {@link synth}. */
  public get stack(): string {
    if (!this.currentStack) throw new Error('DeployHarness: call synth() first');
    return this.currentStack;
  }

  /** Path of the default local state file of the current stack. */
  public get stateFile(): string {
    return path.join(this.workDir, `terraform.${this.stack}.tfstate`);
  }

  /** Adds (or, with `undefined`, removes) environment variables for all later commands. */
  public setEnv(env: EnvVars): void {
    this.extraEnv = { ...this.extraEnv, ...env };
  }

  /** The complete environment commands run with (plus `extra`). */
  public env(extra?: EnvVars): NodeJS.ProcessEnv {
    let env = mergeEnv(process.env, {
      TF_CLI_CONFIG_FILE: this.cliConfigFile,
      CHECKPOINT_DISABLE: '1',
      CDKTF_DISABLE_PLUGIN_CACHE_ENV: '1',
      CDKTF_HOME: path.join(this.workDir, '.cdktf-home'),
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      FORCE_COLOR: '0',
      TS_NODE_PROJECT: this.tsconfigPath(),
    });
    const tfLog = this.tfLog;
    if (tfLog !== undefined) {
      env = mergeEnv(env, tfLog.toLowerCase() === 'off'
        ? { TF_LOG: undefined, TF_LOG_PATH: undefined }
        : { TF_LOG: tfLog, TF_LOG_PATH: this.terraformLogFile });
    }
    return mergeEnv(mergeEnv(env, this.extraEnv), extra);
  }

  /** Changes the `tfLog` option for later commands (`undefined`: inherit `TF_LOG`). */
  public setTfLog(level: string | undefined): void {
    this.tfLog = level;
  }

  /** The Terraform log (empty when `tfLog` is not set or nothing was logged). */
  public terraformLog(): string {
    return fs.existsSync(this.terraformLogFile) ? fs.readFileSync(this.terraformLogFile, 'utf8') : '';
  }

  /**
   * Runs any command (default cwd: the stack directory after synth, else the
   * work directory) with the harness environment and the Terraform time limit.
   * @throws CommandError on a non-zero exit code or timeout (unless `throwOnError: false`)
   */
  public async run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    return runCommand(command, args, {
      cwd: options.cwd ?? this.currentStackDir ?? this.workDir,
      env: this.env(options.env),
      timeoutMs: options.timeoutMs ?? this.timeouts.terraformMs,
      okExitCodes: options.okExitCodes,
      throwOnError: options.throwOnError,
      input: options.input,
    });
  }

  /** Runs `terraform <args>` in the stack directory. */
  public async terraform(args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const bin = process.env.TERRAFORM_BINARY_NAME ?? 'terraform';
    return this.run(bin, args, { cwd: this.stackDir, ...options });
  }

  /** Runs the repository's cdktf CLI with `<args>` in the work directory. */
  public async cdktf(args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    return this.run(CDKTF_BIN, args, { cwd: this.workDir, timeoutMs: this.timeouts.deployMs, ...options });
  }

  /**
   * `cdktf synth` into `<workDir>/cdktf.out`, then reads the manifest and the
   * stack's `cdk.tf.json`. Re-synthesizing with another env/context and
   * planning again works on the same state.
   * @throws CommandError when synth fails (the app's error is in the message)
   */
  public async synth(options: SynthOptions = {}): Promise<SynthResult> {
    this.applySynthOptions(options);
    const result = await this.timed('synth', () => this.cdktf(['synth', '--output', this.outDir], { timeoutMs: this.timeouts.synthMs }));
    const manifestFile = path.join(this.outDir, 'manifest.json');
    if (!fs.existsSync(manifestFile)) {
      throw new CommandError({ ...result, exitCode: result.exitCode ?? -1, stderr: `${result.stderr}\n(no ${manifestFile} was written)` });
    }
    const { stack, stacks, configFile } = this.selectStack();
    this.pendingPlan = undefined;
    return { stack, stackDir: this.stackDir, stacks, config: readJson(configFile), result };
  }

  /** Reads cdktf's manifest and remembers the stack (and its directory) the Terraform steps use. */
  private selectStack(): { stack: string; stacks: string[]; configFile: string } {
    const manifest = readJson(path.join(this.outDir, 'manifest.json'));
    const stacks = Object.keys(manifest.stacks ?? {});
    const stack = this.options.stack ?? (stacks.length === 1 ? stacks[0] : undefined);
    if (!stack || !manifest.stacks[stack]) {
      throw new Error(`DeployHarness: choose a stack with the 'stack' option; the app has: ${stacks.join(', ') || 'none'}`);
    }
    const entry = manifest.stacks[stack];
    this.currentStack = stack;
    this.currentStackDir = path.join(this.outDir, entry.workingDirectory ?? path.join('stacks', stack));
    const configFile = entry.synthesizedStackPath
      ? path.join(this.outDir, entry.synthesizedStackPath)
      : path.join(this.currentStackDir, 'cdk.tf.json');
    return { stack, stacks, configFile };
  }

  /** `terraform init` in the stack directory. */
  public async init(): Promise<CommandResult> {
    return this.timed('init', () => this.terraform(['init', '-input=false', '-no-color']));
  }

  /**
   * `terraform plan -out=<file>` then `terraform show -json <file>`.
   * The plan file is what the next {@link apply} applies.
   */
  public async plan(options: { destroy?: boolean; refreshOnly?: boolean; args?: readonly string[] } = {}): Promise<PlanResult> {
    const planFile = path.join(this.stackDir, `plan-${++this.planCount}.bin`);
    const args = ['plan', '-input=false', '-no-color', '-lock-timeout=30s', `-out=${planFile}`];
    if (options.destroy) args.push('-destroy');
    if (options.refreshOnly) args.push('-refresh-only');
    args.push(...(options.args ?? []));
    const result = await this.timed('plan', () => this.terraform(args));
    const shown = await this.timed('show-plan', () => this.terraform(['show', '-json', '-no-color', planFile]));
    const json = JSON.parse(shown.stdout);
    this.pendingPlan = planFile;
    return { json, planFile, result, ...summarizePlan(json) };
  }

  /**
   * `terraform apply <saved plan>`: the plan from the last {@link plan} call.
   * Without one, plans first.
   */
  public async apply(): Promise<CommandResult> {
    if (!this.pendingPlan) await this.plan();
    const planFile = this.pendingPlan!;
    this.pendingPlan = undefined;
    return this.timed('apply', () => this.terraform(['apply', '-input=false', '-no-color', '-lock-timeout=30s', planFile]));
  }

  /** `terraform output -json`, parsed. Sensitive values are included, flagged `sensitive: true`. */
  public async outputs(): Promise<Record<string, OutputValue>> {
    const r = await this.timed('output', () => this.terraform(['output', '-json', '-no-color']));
    return JSON.parse(r.stdout || '{}');
  }

  /** `terraform show -json` of the current state, parsed. */
  public async state(): Promise<StateResult> {
    const r = await this.timed('show-state', () => this.terraform(['show', '-json', '-no-color']));
    const json = JSON.parse(r.stdout || '{}');
    return { json, resources: stateAddresses(json.values?.root_module) };
  }

  /** `terraform destroy -auto-approve`. */
  public async destroy(): Promise<CommandResult> {
    this.pendingPlan = undefined;
    return this.timed('destroy', () => this.terraform(['destroy', '-auto-approve', '-input=false', '-no-color', '-lock-timeout=30s']));
  }

  /**
   * `cdktf deploy --auto-approve` (synth included), the command users run.
   * Returns the CLI's captured output, to check for example that sensitive
   * outputs are masked, and the outputs file cdktf wrote (non-sensitive outputs only).
   */
  public async deploy(options: SynthOptions & { args?: readonly string[] } = {}): Promise<CdktfRunResult> {
    this.applySynthOptions(options);
    const outputsFile = path.join(this.workDir, 'cdktf-outputs.json');
    fs.rmSync(outputsFile, { force: true });
    const args = ['deploy', '--auto-approve', '--no-color', '--output', this.outDir, '--outputs-file', outputsFile];
    if (this.options.stack) args.push(this.options.stack);
    args.push(...(options.args ?? []));
    const result = await this.timed('cdktf-deploy', () => this.cdktf(args));
    this.pendingPlan = undefined;
    this.selectStack();
    return { ...result, outputsFile: fs.existsSync(outputsFile) ? readJson(outputsFile) : undefined };
  }

  /** `cdktf destroy --auto-approve`, returning the CLI's captured output. */
  public async cdktfDestroy(options: SynthOptions & { args?: readonly string[] } = {}): Promise<CdktfRunResult> {
    this.applySynthOptions(options);
    const args = ['destroy', '--auto-approve', '--no-color', '--output', this.outDir];
    if (this.options.stack) args.push(this.options.stack);
    args.push(...(options.args ?? []));
    this.pendingPlan = undefined;
    return this.timed('cdktf-destroy', () => this.cdktf(args));
  }

  /** Removes the temporary directory (unless kept for debugging). Safe to call twice. */
  public async cleanup(): Promise<void> {
    this.cleanupSync();
  }

  /** Synchronous {@link cleanup}. */
  public cleanupSync(): void {
    if (this.cleaned) return;
    this.cleaned = true;
    live.delete(this);
    if (this.options.keepWorkDir || process.env.DEPLOY_HARNESS_KEEP === '1') {
      process.stderr.write(`DeployHarness: kept ${this.workDir}\n`);
      return;
    }
    fs.rmSync(this.workDir, { recursive: true, force: true, maxRetries: 3 });
  }

  private tsconfigPath(): string {
    const own = this.options.appDir ? path.join(path.resolve(this.options.appDir), 'tsconfig.json') : undefined;
    return own && fs.existsSync(own) ? own : path.join(this.workDir, 'tsconfig.json');
  }

  private prepare(): void {
    const register = path.join(NODE_MODULES, 'ts-node', 'register', 'transpile-only');
    let entryFile: string;
    if (this.options.appDir !== undefined) {
      const appDir = path.resolve(REPO_ROOT, this.options.appDir);
      const cdktfJsonFile = path.join(appDir, 'cdktf.json');
      this.baseCdktfJson = fs.existsSync(cdktfJsonFile) ? readJson(cdktfJsonFile) : { language: 'typescript' };
      const entry = this.options.entry ?? entryFromAppCommand(this.baseCdktfJson.app) ?? 'main.ts';
      entryFile = path.join(appDir, entry);
      if (!fs.existsSync(entryFile)) throw new Error(`DeployHarness: app entry ${entryFile} does not exist`);
    } else {
      entryFile = path.join(this.workDir, 'main.ts');
      fs.writeFileSync(entryFile, this.options.appSource!);
      // lets the app import cdktf, constructs and the rest of the repository's dependencies
      fs.symlinkSync(NODE_MODULES, path.join(this.workDir, 'node_modules'), 'dir');
      this.baseCdktfJson = { language: 'typescript' };
    }
    const nodeArgs = /\.ts$/.test(entryFile) ? ['-r', register, entryFile] : [entryFile];
    this.baseCdktfJson = {
      ...this.baseCdktfJson,
      ...(this.options.cdktfJson ?? {}),
      app: [process.execPath, ...nodeArgs].map((a) => JSON.stringify(a)).join(' '),
      output: 'cdktf.out',
    };
    this.context = { ...((this.baseCdktfJson.context as Record<string, unknown> | undefined) ?? {}) };
    fs.writeFileSync(path.join(this.workDir, 'tsconfig.json'), JSON.stringify(DEFAULT_TSCONFIG, null, 2));
    writeCliConfig(this.cliConfigFile, {
      providerMirrorDir: this.options.providerMirrorDir,
      mirrorIncludes: this.options.mirrorIncludes,
      extra: this.options.terraformCliConfig,
    });
    this.writeCdktfJson();
  }

  private applySynthOptions(options: SynthOptions): void {
    if (options.env) this.setEnv(options.env);
    if (options.context) {
      this.context = { ...this.context, ...options.context };
    }
    this.writeCdktfJson();
  }

  private writeCdktfJson(): void {
    const json = { ...this.baseCdktfJson, context: this.context };
    fs.writeFileSync(path.join(this.workDir, 'cdktf.json'), JSON.stringify(json, null, 2));
  }

  private async timed<T>(phase: string, fn: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      return await fn();
    } finally {
      this.timings.push({ phase, ms: Date.now() - started });
    }
  }
}

/** Splits a parsed JSON plan into resource and output changes other than `no-op`. */
export function summarizePlan(json: Record<string, any>): Pick<PlanResult, 'changes' | 'outputChanges' | 'isEmpty'> {
  const changes: ResourceChange[] = (json.resource_changes ?? [])
    .filter((rc: any) => !isNoop(rc.change?.actions))
    .map((rc: any) => ({
      address: rc.address,
      actions: rc.change.actions,
      actionReason: rc.action_reason,
      replacePaths: rc.change.replace_paths,
      raw: rc,
    }));
  const outputChanges: OutputChange[] = Object.entries<any>(json.output_changes ?? {})
    .filter(([, c]) => !isNoop(c?.actions))
    .map(([name, c]) => ({ name, actions: c.actions }));
  return { changes, outputChanges, isEmpty: changes.length === 0 && outputChanges.length === 0 };
}

function isNoop(actions: unknown): boolean {
  return !Array.isArray(actions) || actions.length === 0 || (actions.length === 1 && actions[0] === 'no-op');
}

function stateAddresses(module: any): string[] {
  if (!module) return [];
  const own: string[] = (module.resources ?? []).map((r: any) => r.address);
  return own.concat(...(module.child_modules ?? []).map(stateAddresses));
}

/** An Elasticsearch endpoint and basic-auth credentials. */
export interface ElasticsearchTarget {
  /** One URL or several (joined with commas), e.g. `http://127.0.0.1:40123`. */
  readonly endpoints: string | readonly string[];
  readonly username?: string;
  readonly password?: string;
  /** Skip TLS verification (`ELASTICSEARCH_INSECURE`). @default - not set */
  readonly insecure?: boolean;
}

/**
 * Environment variables that configure the elasticstack provider (and this
 * package's provider) for an Elasticsearch endpoint: `ELASTICSEARCH_ENDPOINTS`,
 * `ELASTICSEARCH_USERNAME`, `ELASTICSEARCH_PASSWORD` (and `ELASTICSEARCH_INSECURE`).
 */
export function elasticsearchEnv(target: ElasticsearchTarget): EnvVars {
  const env: EnvVars = {
    ELASTICSEARCH_ENDPOINTS: typeof target.endpoints === 'string' ? target.endpoints : target.endpoints.join(','),
  };
  if (target.username !== undefined) env.ELASTICSEARCH_USERNAME = target.username;
  if (target.password !== undefined) env.ELASTICSEARCH_PASSWORD = target.password;
  if (target.insecure !== undefined) env.ELASTICSEARCH_INSECURE = String(target.insecure);
  return env;
}
