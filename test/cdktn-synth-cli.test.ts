// `provider install` locks a CDK Terrain app's stacks with cdktn-cli: synthCli picks the CLI that
// matches the app (src/provider/install.ts).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthCli } from '../src/provider/install';

function appWith(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccx-synth-cli-'));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), '{}');
  }
  return dir;
}

const apps: string[] = [];
afterAll(() => apps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const app = (...files: string[]) => { const d = appWith(files); apps.push(d); return d; };

describe('synthCli', () => {
  test('the app\'s own cdktn-cli, when it has one', () => {
    const dir = app('node_modules/.bin/cdktn', 'node_modules/cdktn/package.json');
    expect(synthCli(dir)).toBe(path.join(dir, 'node_modules', '.bin', 'cdktn'));
  });

  test('the app\'s own cdktf-cli, when it has one', () => {
    const dir = app('node_modules/.bin/cdktf', 'node_modules/cdktf/package.json');
    expect(synthCli(dir)).toBe(path.join(dir, 'node_modules', '.bin', 'cdktf'));
  });

  test('cdktn on the PATH for an app that depends on cdktn and not on cdktf', () => {
    expect(synthCli(app('node_modules/cdktn/package.json'))).toBe('cdktn');
  });

  test('cdktf on the PATH otherwise', () => {
    expect(synthCli(app('node_modules/cdktf/package.json'))).toBe('cdktf');
    expect(synthCli(app('node_modules/cdktf/package.json', 'node_modules/cdktn/package.json'))).toBe('cdktf');
    expect(synthCli(app('cdktf.json'))).toBe('cdktf');
  });
});
