/**
 * Runs every TypeScript block of the README's "Testing your stacks" section as the test file it
 * claims to be: each block is transpiled and its tests are registered here, with the package name
 * resolving to this checkout's src/ (the packed-package README test compiles the same blocks
 * against the tarball).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';
import * as pkg from '../src';

const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

/** The ```ts blocks of one `## ` section of the README. */
function sectionBlocks(title: string): string[] {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${title}" section`);
  const end = README.indexOf('\n## ', start + 1);
  const section = README.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Transpiles a block to CommonJS and runs it, so that its `describe`/`test` calls register here. */
function runBlock(code: string): void {
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    reportDiagnostics: true,
  });
  if (js.diagnostics?.length) throw new Error(`README block does not parse: ${ts.flattenDiagnosticMessageText(js.diagnostics[0].messageText, '\n')}`);
  // the block's own imports, resolved as this file would resolve them
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const requireInBlock = (id: string): unknown => (id === 'cdktf-elastic-cross-cluster' ? pkg : require(id));
  new Function('require', 'exports', js.outputText)(requireInBlock, {});
}

const blocks = sectionBlocks('Testing your stacks');

test('the section has its five blocks, each importing from the package and cdktf only', () => {
  expect(blocks).toHaveLength(5);
  for (const block of blocks) {
    const imports = [...block.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['cdktf', 'cdktf-elastic-cross-cluster']);
  }
});

blocks.forEach((block, i) => {
  describe(`README "Testing your stacks", block ${i + 1}`, () => runBlock(block));
});
