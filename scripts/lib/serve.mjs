// @ts-check
// Long-running servers for people: the mocks on their fixed ports and a static server for the docs.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { docsDir } from './apis.mjs';
import { MOCK_HOST, startMock } from './mock.mjs';

/** @type {Array<() => Promise<void>>} */
const stoppers = [];

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, async () => {
    await Promise.allSettled(stoppers.map((stop) => stop()));
    process.exit(0);
  });
}

/**
 * @param {import('./apis.mjs').Api[]} apis
 * @param {{ logLevel?: 'silent' | 'warn' | 'info' }} [options]
 */
export async function startMocks(apis, options = {}) {
  const mocks = await Promise.all(apis.map((api) => startMock(api, { port: api.mockPort, logLevel: options.logLevel ?? 'warn' })));
  mocks.forEach((mock, index) => {
    stoppers.push(mock.stop);
    console.log(`mock  ${apis[index]?.name.padEnd(28)} ${mock.url}`);
  });
  return mocks;
}

const TYPES = /** @type {Record<string, string>} */ ({ '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.json': 'application/json' });

/**
 * Serve docs/dist on 127.0.0.1.
 * @param {number} port
 */
export function serveDocs(port) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(docsDir, path.endsWith('/') ? `${path}index.html` : path));
    const info = file.startsWith(docsDir) ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
    createReadStream(file).pipe(response);
  });
  stoppers.push(() => new Promise((resolve) => server.close(() => resolve(undefined))));
  return /** @type {Promise<string>} */ (
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, MOCK_HOST, () => resolve(`http://${MOCK_HOST}:${port}/`));
    })
  );
}
