// The TypeScript blocks of README.md, as a user copies them.
import * as fs from 'fs';

/** One fenced block of the README. */
export interface ReadmeBlock {
  /** 1-based line of the opening fence, for messages. */
  readonly line: number;
  readonly code: string;
  /** A jest test (it has `describe(` or `test(`/`it(` calls) rather than an app. */
  readonly isTest: boolean;
}

/** Every ```ts / ```typescript block of `file`, in order. */
export function typescriptBlocks(file: string): ReadmeBlock[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i])) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    const code = body.join('\n') + '\n';
    blocks.push({ line: start + 1, code, isTest: /^\s*(describe|test|it)\(/m.test(code) });
  }
  return blocks;
}

/**
 * The README's app that deploys a key alone with eccx (the "Two deploy paths" block): the first
 * non-test block with an `EccxProvider` and no `RemoteClusterConnection`, which needs no variables.
 */
export function eccxKeyBlock(file: string): ReadmeBlock {
  const block = typescriptBlocks(file).find((b) => b.code.includes('eccx.provider.EccxProvider') && !b.code.includes('RemoteClusterConnection') && !b.isTest);
  if (!block) throw new Error(`${file} has no TypeScript block with eccx.provider.EccxProvider and no RemoteClusterConnection`);
  return block;
}
