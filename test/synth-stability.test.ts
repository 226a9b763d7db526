/**
 * Users snapshot-test their stacks: the same source must synthesize byte-identical JSON on every
 * run and machine. These tests vary what differs between runs and machines (process, directory,
 * temporary directory, time zone, locale, clock, cdktf's stack-trace setting, the order in which
 * constructs and object keys are written) and compare bytes.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { CrossClusterApiKey, RemoteClusterConnection } from '../src';
import { GOLDEN_STACKS, synthGolden } from './golden/example-stacks';
import { ElasticstackProvider } from '../src/generated/elasticstack/provider';

const ROOT = join(__dirname, '..');

describe('synthesized JSON is the same on every run and machine', () => {
  test('another process, directory, temporary directory, home, time zone and locale give the same bytes as the golden files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccx-stability-'));
    try {
      // tsconfig-paths resolves the package name the examples import to src/, as test/tsconfig.json's
      // `paths` says (jest does it through moduleNameMapper)
      const register = ['-r', require.resolve('ts-node/register/transpile-only'), '-r', require.resolve('tsconfig-paths/register')];
      const stdout = execFileSync(process.execPath, [...register, join(__dirname, 'golden', 'print-golden.ts')], {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          TS_NODE_PROJECT: join(ROOT, 'test', 'tsconfig.json'),
          TMPDIR: dir,
          HOME: dir,
          TZ: 'Pacific/Chatham',
          LANG: 'tr_TR.UTF-8',
          LC_ALL: 'tr_TR.UTF-8',
          CHECKPOINT_DISABLE: '1',
        },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const printed = JSON.parse(stdout) as Record<string, string>;
      expect(Object.keys(printed)).toEqual(GOLDEN_STACKS.map((g) => g.file));
      for (const golden of GOLDEN_STACKS) {
        expect(printed[golden.file]).toBe(readFileSync(join(__dirname, 'golden', golden.file), 'utf8'));
        expect(printed[golden.file]).not.toContain(dir);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the clock does not show: synthesizing in 2001 and in 2039 gives the same bytes', () => {
    try {
      jest.useFakeTimers({ now: new Date('2001-02-03T04:05:06Z') });
      const early = GOLDEN_STACKS.map(synthGolden);
      jest.setSystemTime(new Date('2039-12-31T23:59:59Z'));
      expect(GOLDEN_STACKS.map(synthGolden)).toEqual(early);
    } finally {
      jest.useRealTimers();
    }
  });

  test('no creation stacks or paths: an App with stack traces on (cdktf\'s default) gives the same JSON as Testing.app()', () => {
    for (const golden of GOLDEN_STACKS) {
      const outdir = mkdtempSync(join(tmpdir(), 'ccx-traces-'));
      try {
        const stack = new TerraformStack(new App({ outdir, stackTraces: true }), golden.id);
        golden.define(stack);
        const text = Testing.synth(stack, true) + '\n';
        expect(text).toBe(synthGolden(golden));
        for (const machineSpecific of [ROOT, outdir, tmpdir(), 'node_modules', '    at ']) expect(text).not.toContain(machineSpecific);
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    }
  });

  test('the stack\'s cdk.tf.json (Testing.fullSynth) is the same from two directories, with stack traces on', () => {
    const cwd = process.cwd();
    const texts: string[] = [];
    const dirs = [mkdtempSync(join(tmpdir(), 'ccx-cwd-a-')), mkdtempSync(join(tmpdir(), 'ccx-cwd-b-'))];
    try {
      for (const dir of dirs) {
        process.chdir(dir);
        const stack = new TerraformStack(Testing.app({ stackTraces: true }), 'remote-cluster');
        GOLDEN_STACKS[2].define(stack);
        const out = Testing.fullSynth(stack);
        texts.push(readFileSync(join(out, 'stacks', 'remote-cluster', 'cdk.tf.json'), 'utf8'));
        rmSync(out, { recursive: true, force: true });
      }
    } finally {
      process.chdir(cwd);
      dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
    }
    expect(texts[1]).toBe(texts[0]);
    for (const machineSpecific of [ROOT, ...dirs, '    at ']) expect(texts[0]).not.toContain(machineSpecific);
  });
});

describe('synthesized JSON does not depend on the order things were written in', () => {
  /** Two keys, a connection with two grants and a filtered search entry, created in the given order. */
  function synthInOrder(reversed: boolean): string {
    const stack = new TerraformStack(Testing.app(), 'order');
    const remote = new ElasticstackProvider(stack, 'remote', { alias: 'remote', elasticsearch: [{}] });
    const local = new ElasticstackProvider(stack, 'local', { alias: 'local', elasticsearch: [{}] });
    const steps = [
      () => new CrossClusterApiKey(stack, 'Search', {
        provider: remote,
        name: 'search-key',
        // the same objects with their keys written in another order
        metadata: reversed ? { owner: { team: 'a', contact: 'x' }, description: 'd' } : { description: 'd', owner: { contact: 'x', team: 'a' } },
        search: [{
          names: ['logs-*'],
          query: reversed ? { bool: { must: [{ term: { team: 'a' } }], filter: [] } } : { bool: { filter: [], must: [{ term: { team: 'a' } }] } },
          fieldSecurity: reversed ? { except: ['secret'], grant: ['*'] } : { grant: ['*'], except: ['secret'] },
        }],
      }),
      () => {
        const key = new CrossClusterApiKey(stack, 'Replication', { provider: remote, name: 'replication-key', replication: [{ names: ['archive-*'] }] });
        const connection = new RemoteClusterConnection(stack, 'RemoteA', reversed
          ? { skipUnavailable: true, serverName: 'remote-a.example.com', proxyAddress: 'remote-a.example.com:9443', key, alias: 'remote-a', provider: local }
          : { provider: local, alias: 'remote-a', key, proxyAddress: 'remote-a.example.com:9443', serverName: 'remote-a.example.com', skipUnavailable: true });
        const grants = [
          () => connection.grantSearch('LogsReader', { roleName: 'logs-reader', names: ['logs-*'] }),
          () => connection.grantReplication('ArchiveFollower', { roleName: 'archive-follower', names: ['archive-*'] }),
        ];
        (reversed ? grants.reverse() : grants).forEach((grant) => grant());
      },
    ];
    (reversed ? steps.reverse() : steps).forEach((step) => step());
    return Testing.synth(stack, true);
  }

  test('keys, connections, grants and object keys written in reverse order give the same bytes', () => {
    const forward = synthInOrder(false);
    expect(synthInOrder(true)).toBe(forward);
    // the objects really are in the output, as canonical JSON strings
    expect(forward).toContain('"metadata": "{\\"description\\":\\"d\\",\\"owner\\":{\\"contact\\":\\"x\\",\\"team\\":\\"a\\"}}"');
    expect(forward).toContain('"field_security": "{\\"except\\":[\\"secret\\"],\\"grant\\":[\\"*\\"]}"');
  });
});
