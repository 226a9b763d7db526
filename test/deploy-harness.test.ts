/**
 * The deploy harness's own test: a stack of Terraform built-ins
 * (test/fixtures/builtins-app: `terraform_data` and outputs, one of them
 * sensitive; no provider) through the real cdktf CLI and Terraform.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  canInstallProvider,
  CommandError,
  DeployHarness,
  elasticsearchEnv,
  renderCliConfig,
} from './support/deploy-harness';

const FIXTURE = path.join(__dirname, 'fixtures', 'builtins-app');

/** True when `pid` is a live process (zombies, which no init may reap in a container, count as ended). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

/** The error a promise rejects with; fails the test when it resolves or rejects with something else. */
async function commandFailure(p: Promise<unknown>): Promise<CommandError> {
  const outcome = await p.then(
    () => new Error('expected the command to fail, but it succeeded'),
    (e: unknown) => e,
  );
  if (!(outcome instanceof CommandError)) throw outcome;
  return outcome;
}

function fixtureListing(): string[] {
  return fs.readdirSync(FIXTURE).sort();
}

describe('DeployHarness step by step (synth, init, plan, apply, plan, change, destroy)', () => {
  let h: DeployHarness;
  const fixtureBefore = fixtureListing();

  beforeAll(async () => {
    h = await DeployHarness.create({ appDir: FIXTURE });
  });

  afterAll(async () => {
    // eslint-disable-next-line no-console
    console.log(`step-wise timings: ${h.timings.map((t) => `${t.phase}=${t.ms}ms`).join(' ')}`);
    const dir = h.workDir;
    await h.cleanup();
    expect(fs.existsSync(dir)).toBe(false);
  });

  test('synth writes the stack into the temporary directory, with its local state there too', async () => {
    const s = await h.synth();
    expect(s.stack).toBe('builtins');
    expect(s.stacks).toEqual(['builtins']);
    expect(s.stackDir.startsWith(h.workDir + path.sep)).toBe(true);
    expect(s.config.resource.terraform_data.greeting.input).toEqual({ text: 'hello' });
    expect(s.config.output.secret.sensitive).toBe(true);
    expect(s.config.terraform.backend.local.path).toBe(path.join(h.workDir, 'terraform.builtins.tfstate'));
    expect(fs.readFileSync(h.cliConfigFile, 'utf8')).toMatch(/^# Terraform CLI configuration/);
    expect(h.env().TF_CLI_CONFIG_FILE).toBe(h.cliConfigFile);
  });

  test('init succeeds without the missing-CLI-config warning', async () => {
    const r = await h.init();
    expect(r.exitCode).toBe(0);
    expect(r.output).toMatch(/Terraform has been successfully initialized/);
    expect(r.output).not.toMatch(/Unable to open CLI configuration file/);
  });

  test('the first plan creates both resources and all outputs, from a saved plan file', async () => {
    const p = await h.plan();
    expect(fs.existsSync(p.planFile)).toBe(true);
    expect(p.json.format_version).toMatch(/^1\./);
    expect(p.isEmpty).toBe(false);
    expect(p.changes.map((c) => [c.address, c.actions])).toEqual([
      ['terraform_data.greeting', ['create']],
      ['terraform_data.secret_holder', ['create']],
    ]);
    expect(p.outputChanges).toEqual([
      { name: 'greeting_output', actions: ['create'] },
      { name: 'secret', actions: ['create'] },
      { name: 'static_output', actions: ['create'] },
    ]);
    // the plan JSON carries the value flagged sensitive (`terraform show -json` is not masked);
    // the plan text masks it
    expect(p.json.planned_values.outputs.secret).toMatchObject({ sensitive: true });
    expect(p.result.output).toMatch(/\(sensitive value\)/);
    expect(p.result.output).not.toContain('s3cr3t-value');
  });

  test('apply applies the saved plan; outputs are parsed and the sensitive one is flagged', async () => {
    const r = await h.apply();
    expect(r.output).toMatch(/Apply complete! Resources: 2 added, 0 changed, 0 destroyed/);
    expect(r.output).toMatch(/secret = <sensitive>/);
    expect(r.output).not.toMatch(/s3cr3t-value/);

    const out = await h.outputs();
    expect(out.greeting_output).toMatchObject({ sensitive: false, value: { text: 'hello' } });
    expect(out.static_output).toMatchObject({ sensitive: false, value: 'static', type: 'string' });
    expect(out.secret).toEqual({ sensitive: true, value: 's3cr3t-value', type: 'string' });

    expect(fs.existsSync(h.stateFile)).toBe(true);
    expect((await h.state()).resources).toEqual(['terraform_data.greeting', 'terraform_data.secret_holder']);
    // nothing was written next to the app
    expect(fixtureListing()).toEqual(fixtureBefore);
  });

  test('a second plan is empty', async () => {
    const p = await h.plan();
    expect(p.changes).toEqual([]);
    expect(p.outputChanges).toEqual([]);
    expect(p.isEmpty).toBe(true);
  });

  test('re-synth with different inputs (env) plans an in-place update and a replacement on the same state', async () => {
    const s = await h.synth({ env: { BUILTINS_GREETING: 'changed', BUILTINS_SECRET: 'rotated-s3cr3t' } });
    expect(s.config.resource.terraform_data.greeting.input).toEqual({ text: 'changed' });

    const p = await h.plan();
    expect(p.changes.map((c) => [c.address, c.actions])).toEqual([
      ['terraform_data.greeting', ['update']],
      ['terraform_data.secret_holder', ['delete', 'create']],
    ]);
    expect(p.changes[1].actionReason).toBe('replace_because_cannot_update');
    expect(p.changes[1].replacePaths).toEqual([['triggers_replace']]);
    expect(p.outputChanges).toEqual([
      { name: 'greeting_output', actions: ['update'] },
      { name: 'secret', actions: ['update'] },
    ]);
    expect(p.result.output).not.toMatch(/s3cr3t/);

    await h.apply();
    const out = await h.outputs();
    expect(out.greeting_output.value).toEqual({ text: 'changed' });
    expect(out.secret.value).toBe('rotated-s3cr3t');
    expect((await h.plan()).isEmpty).toBe(true);
  });

  test('destroy empties the state; TF_LOG can be switched on for a step', async () => {
    const r = await h.destroy();
    expect(r.output).toMatch(/Destroy complete! Resources: 2 destroyed/);

    h.setTfLog('DEBUG');
    const st = await h.state();
    h.setTfLog(undefined);
    expect(st.resources).toEqual([]);
    expect(h.terraformLog()).toMatch(/\[(DEBUG|INFO)\]/);
  });
});

describe('DeployHarness through `cdktf deploy` / `cdktf destroy`', () => {
  const secret = `sensitive-${process.pid}-${Date.now()}`;

  test('deploy masks the sensitive output in CLI output and outputs file; destroy removes everything', async () => {
    await DeployHarness.with({ appDir: FIXTURE, env: { BUILTINS_SECRET: secret, BUILTINS_GREETING: 'via-cli' } }, async (h) => {
      const d = await h.deploy();
      expect(d.exitCode).toBe(0);
      // Not Terraform's "Apply complete!" line: cdktf's CLI output dropped it in one CI run (it
      // printed both "Creation complete" lines and the outputs). The state below shows what the
      // deploy applied.
      expect(d.output).toMatch(/secret = <sensitive>/);
      expect(d.output).not.toContain(secret);
      expect(d.outputsFile).toEqual({ builtins: { greeting_output: { text: 'via-cli' }, static_output: 'static' } });

      // the CLI deployed into the harness's state: Terraform steps see it
      expect(h.stack).toBe('builtins');
      expect((await h.state()).resources).toHaveLength(2);
      expect((await h.outputs()).secret).toMatchObject({ sensitive: true, value: secret });

      const x = await h.cdktfDestroy();
      expect(x.exitCode).toBe(0);
      expect(x.output).toMatch(/Destroy complete! Resources: 2 destroyed/);
      expect(x.output).not.toContain(secret);
      expect((await h.state()).resources).toEqual([]);
      // eslint-disable-next-line no-console
      console.log(`cdktf timings: ${h.timings.map((t) => `${t.phase}=${t.ms}ms`).join(' ')}`);
    });
  });
});

describe('DeployHarness errors, time limits and cleanup', () => {
  test('a failing synth throws with the command, exit code and the app error; cleanup still removes the work dir', async () => {
    const h = await DeployHarness.create({ appSource: "throw new Error('boom from the app');\n" });
    const dir = h.workDir;
    try {
      const e = await commandFailure(h.synth());
      expect(e.message).toMatch(/cdktf synth --output/);
      expect(e.message).toMatch(/exit code 1/);
      expect(e.message).toMatch(/boom from the app/);
      expect(e.result.exitCode).toBe(1);
    } finally {
      await h.cleanup();
    }
    expect(fs.existsSync(dir)).toBe(false);
  });

  test('a failed apply throws with Terraform\'s error, step-wise and through cdktf deploy', async () => {
    const app = [
      "import { App, DataResource, TerraformStack } from 'cdktf';",
      'const app = new App();',
      "const stack = new TerraformStack(app, 'failing');",
      "new DataResource(stack, 'fails', { provisioners: [{ type: 'local-exec', command: 'echo provisioner-says-no >&2; exit 3' }] });",
      'app.synth();',
    ].join('\n');
    await DeployHarness.with({ appSource: app }, async (h) => {
      await h.synth();
      await h.init();
      expect((await h.plan()).changes.map((c) => c.actions)).toEqual([['create']]);
      const applyError = await commandFailure(h.apply());
      expect(applyError.message).toMatch(/^Command failed with exit code 1: terraform apply /);
      expect(applyError.message).toMatch(/Error: local-exec provisioner error/);
      expect(applyError.message).toMatch(/provisioner-says-no/);

      const deployError = await commandFailure(h.deploy({ args: ['--skip-synth'] }));
      expect(deployError.message).toMatch(/cdktf deploy --auto-approve/);
      expect(deployError.result.exitCode).not.toBe(0);
      expect(deployError.message).toMatch(/Error: local-exec provisioner error/);
      expect(deployError.message).not.toMatch(/Stacks? deploying/);
    });
  });

  test('a failing command reports its command line, exit code and the tails of stderr and stdout', async () => {
    await DeployHarness.with({ appSource: '' }, async (h) => {
      const script = 'for (let i = 0; i < 100; i++) console.log("out-" + i); console.error("err-line"); process.exit(3)';
      await expect(h.run(process.execPath, ['-e', script])).rejects.toThrow(/failed with exit code 3/);
      const e = await commandFailure(h.run(process.execPath, ['-e', script]));
      expect(e.message).toContain(process.execPath);
      expect(e.message).toMatch(/--- stderr \(tail\) ---\nerr-line/);
      expect(e.message).toMatch(/out-99/);
      expect(e.message).toMatch(/\[\.\.\. 60 earlier lines\]/);
      expect(e.message).not.toMatch(/out-10\n/);

      const soft = await h.run(process.execPath, ['-e', script], { throwOnError: false });
      expect(soft.exitCode).toBe(3);
      expect(soft.stderr).toBe('err-line\n');
    });
  });

  test('a hung command is killed at its time limit, together with its children', async () => {
    await DeployHarness.with({ appSource: '' }, async (h) => {
      const pidFile = path.join(h.workDir, 'child.pid');
      // a parent that starts a long-running child and then hangs itself
      const script = [
        "const { spawn } = require('child_process');",
        "const c = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });",
        `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid));`,
        'setTimeout(() => {}, 60000);',
      ].join('\n');
      const started = Date.now();
      const e = await commandFailure(h.run(process.execPath, ['-e', script], { timeoutMs: 1500 }));
      expect(e.result.timedOut).toBe(true);
      expect(e.message).toMatch(/timed out after \d+s and was killed/);
      expect(Date.now() - started).toBeLessThan(10_000);
      const childPid = Number(fs.readFileSync(pidFile, 'utf8'));
      await new Promise((r) => setTimeout(r, 300));
      expect(isRunning(childPid)).toBe(false);
    });
  });

  test('DeployHarness.with cleans up when the test body throws', async () => {
    let dir = '';
    await expect(
      DeployHarness.with({ appSource: '' }, async (h) => {
        dir = h.workDir;
        throw new Error('test body failed');
      }),
    ).rejects.toThrow('test body failed');
    expect(dir).not.toBe('');
    expect(fs.existsSync(dir)).toBe(false);
  });

  test('create refuses options without exactly one app', async () => {
    await expect(DeployHarness.create({})).rejects.toThrow(/exactly one of appDir and appSource/);
  });
});

describe('Terraform CLI configuration, provider mirror and provider probe', () => {
  let mirror: string;

  beforeAll(() => {
    // a filesystem mirror (unpacked layout) holding a fake provider; `terraform init` installs
    // it without running it
    mirror = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-harness-mirror-'));
    const arch = ({ x64: 'amd64', arm64: 'arm64', ia32: '386' } as Record<string, string>)[process.arch] ?? process.arch;
    const target = `${process.platform}_${arch}`;
    const dir = path.join(mirror, 'registry.terraform.io', 'example', 'fake', '1.2.3', target);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'terraform-provider-fake_v1.2.3'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  });

  afterAll(() => fs.rmSync(mirror, { recursive: true, force: true }));

  test('the CLI config routes mirrored providers to the mirror and all others to their registry', () => {
    const text = renderCliConfig({ providerMirrorDir: mirror });
    expect(text).toContain('provider_installation {');
    expect(text).toContain(`path = ${JSON.stringify(mirror)}`);
    expect(text).toContain('include = ["registry.terraform.io/example/fake"]');
    expect(text).toContain('exclude = ["registry.terraform.io/example/fake"]');
    expect(renderCliConfig()).not.toContain('provider_installation');
  });

  test('a provider in the mirror can be installed; without the mirror it cannot', async () => {
    const withMirror = await canInstallProvider('example/fake', { providerMirrorDir: mirror });
    expect(withMirror).toEqual({ ok: true, source: 'example/fake', reason: 'terraform init installed example/fake v1.2.3' });

    const without = await canInstallProvider('example/fake', { timeoutMs: 30_000 });
    expect(without.ok).toBe(false);
    expect(without.reason).toMatch(/^Error: /);
  });

  test('the harness writes the mirror into its CLI config, and elasticsearchEnv sets the provider variables', async () => {
    await DeployHarness.with(
      {
        appSource: '',
        providerMirrorDir: mirror,
        env: elasticsearchEnv({ endpoints: ['http://127.0.0.1:9200'], username: 'elastic', password: 'changeme' }),
      },
      async (h) => {
        expect(fs.readFileSync(h.cliConfigFile, 'utf8')).toContain('include = ["registry.terraform.io/example/fake"]');
        const r = await h.run(process.execPath, ['-e', 'const e = process.env; console.log([e.ELASTICSEARCH_ENDPOINTS, e.ELASTICSEARCH_USERNAME, e.ELASTICSEARCH_PASSWORD, e.TF_CLI_CONFIG_FILE].join(" "))']);
        expect(r.stdout.trim()).toBe(`http://127.0.0.1:9200 elastic changeme ${h.cliConfigFile}`);
      },
    );
  });

  test('canInstallProvider(elastic/elasticstack) answers with a reason', async () => {
    const probe = await canInstallProvider('elastic/elasticstack', { timeoutMs: 60_000 });
    // eslint-disable-next-line no-console
    console.log(`elastic/elasticstack installable: ${probe.ok} (${probe.reason})`);
    expect(probe.source).toBe('elastic/elasticstack');
    expect(probe.reason.length).toBeGreaterThan(0);
    if (probe.ok) expect(probe.reason).toMatch(/installed elastic\/elasticstack v\d+\.\d+\.\d+/);
    else expect(probe.reason).toMatch(/^Error: /);
  });
});
