// @ts-check
// npm start (after the build): the sandbox of every API on its fixed port (redocly.yaml x-mock.port,
// or MOCK_PORT) and the docs on DOCS_PORT (default 8080). Lines are printed only once all answer;
// a port in use is an error and a non-zero exit. SIGINT/SIGTERM stop everything.
import { loadApis } from './lib/apis.mjs';
import { failStart, serveDocs, startMocks } from './lib/serve.mjs';

const apis = loadApis();
const docsPort = Number(process.env.DOCS_PORT ?? 8080);
const stateless = process.argv.includes('--stateless');
try {
  const docsUrl = await serveDocs(docsPort);
  await startMocks(apis, { stateless });
  console.log(`docs     ${'index'.padEnd(28)} ${docsUrl}`);
  for (const api of apis) console.log(`docs     ${api.name.padEnd(28)} ${docsUrl}${api.name}.html`);
  console.log(`Control API of each sandbox: <url>/__sandbox/ (reset, inbound, force, clock, deliveries). Ctrl-C stops everything.`);
} catch (error) {
  await failStart(error);
}
