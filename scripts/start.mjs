// @ts-check
// npm start (after the build): every mock on its fixed port and the docs on DOCS_PORT (default 8080).
import { loadApis } from './lib/apis.mjs';
import { serveDocs, startMocks } from './lib/serve.mjs';

const apis = loadApis();
const docsPort = Number(process.env.DOCS_PORT ?? 8080);
const [docsUrl] = await Promise.all([serveDocs(docsPort), startMocks(apis)]);
console.log(`docs  ${'index'.padEnd(28)} ${docsUrl}`);
for (const api of apis) console.log(`docs  ${api.name.padEnd(28)} ${docsUrl}${api.name}.html`);
console.log('Ctrl-C stops everything.');
