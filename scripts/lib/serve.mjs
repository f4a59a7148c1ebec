// @ts-check
// Long-running servers for people: the sandboxes on their fixed ports and a static server for the
// docs. Everything runs in this one process, so SIGINT/SIGTERM (or the death of the parent, e.g.
// the shell `npm start` runs us in) stops all of it and leaves nothing listening.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { docsDir } from './apis.mjs';
import { MOCK_HOST, startSandboxHere } from './mock.mjs';

/** @type {Array<() => Promise<void>>} */
const stoppers = [];
let stopping = false;

/** @param {number} code */
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled(stoppers.map((stop) => stop()));
  process.exit(code);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
  process.once(signal, () => void stopAll(0));

// `npm start` runs `sh -c "node scripts/start.mjs --build"`; a SIGTERM to npm reaches the shell,
// which dies without passing it on. Orphaned, we notice the new parent and stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stopAll(0);
}, 250).unref();

/**
 * The port of the i-th API: its x-mock.port, or MOCK_PORT (+i) when set (MOCK_PORT=0: free ports).
 * @param {import('./apis.mjs').Api} api
 * @param {number} index
 */
function portOf(api, index) {
  const base = process.env.MOCK_PORT;
  if (base === undefined || base === '') return api.mockPort;
  const port = Number(base);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`MOCK_PORT must be a port number (0 for free ports), not "${base}"`);
  return port === 0 ? 0 : port + index;
}

/**
 * Start the sandbox of every API (all or none: a port in use stops the others and fails), then
 * print one line per API, only once all answer.
 * @param {import('./apis.mjs').Api[]} apis
 * @param {{ logLevel?: 'silent' | 'warn' | 'info', stateless?: boolean }} [options]
 */
export async function startMocks(apis, options = {}) {
  const results = await Promise.allSettled(
    apis.map((api, index) =>
      startSandboxHere(api, {
        port: portOf(api, index),
        logLevel: options.logLevel ?? 'warn',
        stateless: options.stateless ?? false,
      }),
    ),
  );
  for (const result of results) if (result.status === 'fulfilled') stoppers.push(result.value.stop);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.allSettled(stoppers.map((stop) => stop()));
    throw failed.reason;
  }
  const mocks = results.map(
    (result) => /** @type {PromiseFulfilledResult<import('./mock.mjs').RunningMock>} */ (result).value,
  );
  mocks.forEach((mock, index) => {
    console.log(`sandbox  ${apis[index]?.name.padEnd(28)} ${mock.url}`);
  });
  return mocks;
}

/** Prints a start-up failure (e.g. a port in use) and exits non-zero, stopping what did start. */
export async function failStart(/** @type {unknown} */ error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  await stopAll(1);
}

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
});

/**
 * Serve docs/dist on 127.0.0.1; resolves to its URL once listening.
 * @param {number} port
 */
export function serveDocs(port) {
  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad path');
      return;
    }
    const file = normalize(join(docsDir, path.endsWith('/') ? `${path}index.html` : path));
    const info = file.startsWith(docsDir) ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
    });
    createReadStream(file).pipe(response);
  });
  return /** @type {Promise<string>} */ (
    new Promise((resolve, reject) => {
      server.once('error', (error) =>
        reject(
          /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'
            ? new Error(`Port ${port} on ${MOCK_HOST} is already in use (docs); set DOCS_PORT to another port.`)
            : error,
        ),
      );
      server.listen(port, MOCK_HOST, () => {
        stoppers.push(
          () =>
            new Promise((done) => {
              server.close(() => done(undefined));
              server.closeAllConnections();
            }),
        );
        const address = server.address();
        resolve(`http://${MOCK_HOST}:${address && typeof address === 'object' ? address.port : port}/`);
      });
    })
  );
}
