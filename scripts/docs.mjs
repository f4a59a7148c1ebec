// @ts-check
// npm run docs [api...]: self-contained Redoc pages in docs/dist/, plus docs/dist/index.html.
import { mkdir } from 'node:fs/promises';
import { relative } from 'node:path';
import { docsDir, loadApis, repoRoot, selectApis } from './lib/apis.mjs';
import { buildDocsPage, writeDocsIndex } from './lib/docs.mjs';

const apis = selectApis(process.argv.slice(2));
await mkdir(docsDir, { recursive: true });
for (const file of await Promise.all(apis.map((api) => buildDocsPage(api))))
  console.log(`built ${relative(repoRoot, String(file))}`);
console.log(`built ${relative(repoRoot, await writeDocsIndex(loadApis()))}`);
