// @ts-check
// npm run generate [-- --check] [api...]: writes (or, with --check, verifies) the generated
// files of every API in one process.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { repoRoot, selectApis } from './lib/apis.mjs';
import { renderGenerated } from './lib/generate.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const apis = selectApis(args.filter((arg) => !arg.startsWith('--')));

const stale = [];
for (const api of apis) {
  for (const [file, content] of await renderGenerated(api)) {
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === content) continue;
    if (check) {
      stale.push(relative(repoRoot, file));
    } else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
      console.log(`wrote ${relative(repoRoot, file)}`);
    }
  }
}
if (stale.length) {
  console.error(
    `Generated files are out of date with their specs:\n  ${stale.join('\n  ')}\nRun \`npm run generate\` and commit the result.`,
  );
  process.exit(1);
}
if (check) console.log(`generated files of ${apis.length} API(s) are current`);
