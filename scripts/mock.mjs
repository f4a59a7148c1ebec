// @ts-check
// npm run mock [api...] [-- --stateless]: the sandbox of each API on its fixed port from redocly.yaml
// (or MOCK_PORT), until Ctrl-C/SIGTERM. Stateful by default; --stateless serves Prism's examples only.
import { selectApis } from './lib/apis.mjs';
import { failStart, startMocks } from './lib/serve.mjs';

const args = process.argv.slice(2);
try {
  await startMocks(selectApis(args.filter((arg) => !arg.startsWith('--'))), {
    logLevel: process.env.MOCK_LOG === 'info' ? 'info' : 'warn',
    stateless: args.includes('--stateless'),
  });
} catch (error) {
  await failStart(error);
}
