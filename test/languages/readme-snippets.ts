// The Python and Go code that the README's "Languages and frameworks" section shows, as pasted.
import { readFileSync } from 'fs';
import { join } from 'path';
import { REPO_ROOT } from './language-build';

const SECTION = '## Languages and frameworks';

/** The first fenced code block of `language` (`python`, `go`) in the README's languages section. */
export function readmeSnippet(language: string): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`);
  const end = readme.indexOf('\n## ', start + SECTION.length + 2);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  if (!block) throw new Error(`README.md's "${SECTION}" section has no \`\`\`${language} block`);
  return block[1];
}
