// @ts-check
// npm run mock [api...]: a Prism mock per spec on its fixed port from redocly.yaml, until Ctrl-C.
import { selectApis } from './lib/apis.mjs';
import { startMocks } from './lib/serve.mjs';

await startMocks(selectApis(process.argv.slice(2)), { logLevel: process.env.MOCK_LOG === 'info' ? 'info' : 'warn' });
