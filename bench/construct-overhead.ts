// What one more construct per key costs cdktf's synth, with nothing of this library involved:
// `npx ts-node --transpile-only bench/construct-overhead.ts [keys] [children]` synthesizes a stack
// of `keys` plain constructs, then the same with `children` plain child constructs under each, and
// prints the CPU time of `app.synth()` for both (each in a fresh process, several runs, medians).
//
// cdktf walks the whole tree several times per synth (aspects, validations, custom synthesis,
// annotations, provider presence, terraform elements) and allocates a children list per construct
// on every walk, so each construct costs synth time even when it synthesizes nothing. The L2 gives
// every search/replication entry its own construct (the public API promises it); this measures the
// price of that choice on its own.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median } from './stats';

function measureOnce(keys: number, children: number): number {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'overhead-'));
  const script = `
    const { App, TerraformStack } = require('cdktf');
    const { Construct } = require('constructs');
    const app = new App({ outdir: ${JSON.stringify(outdir)} });
    const stack = new TerraformStack(app, 's');
    for (let i = 0; i < ${keys}; i++) {
      const c = new Construct(stack, 'K' + i);
      for (let j = 0; j < ${children}; j++) new Construct(c, 'C' + j);
    }
    const c0 = process.cpuUsage();
    app.synth();
    const c = process.cpuUsage(c0);
    console.log((c.user + c.system) / 1000);`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' });
  fs.rmSync(outdir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout.trim());
}

const keys = Number(process.argv[2] ?? 3000);
const children = Number(process.argv[3] ?? 3);
const runs = 7;
const without: number[] = [];
const withChildren: number[] = [];
for (let i = 0; i < runs; i++) {
  without.push(measureOnce(keys, 0));
  withChildren.push(measureOnce(keys, children));
}
const a = median(without);
const b = median(withChildren);
console.log(`${keys} constructs, synth CPU (median of ${runs}): ${a.toFixed(0)} ms`);
console.log(`${keys} constructs with ${children} children each: ${b.toFixed(0)} ms`);
console.log(`per extra construct: ${(((b - a) / (keys * children)) * 1000).toFixed(1)} µs of synth CPU`);
