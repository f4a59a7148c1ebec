// @ts-check
// Starting and stopping Prism mocks of the specs, shared by `npm run mock`, `npm start` and the tests.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const prismBin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');

export const MOCK_HOST = '127.0.0.1';

/**
 * @typedef {object} RunningMock
 * @property {string} url     e.g. http://127.0.0.1:4010
 * @property {number} port
 * @property {() => Promise<void>} stop
 */

/**
 * Start Prism on one spec and resolve once it answers HTTP. It validates requests (auth,
 * parameters, bodies) and, with --errors, turns any response that breaks the spec into an error,
 * so an example that contradicts its schema fails loudly instead of being served.
 * @param {import('./apis.mjs').Api} api
 * @param {{ port?: number, logLevel?: 'silent' | 'warn' | 'info', dynamic?: boolean, readyTimeoutMs?: number }} [options]
 * @returns {Promise<RunningMock>}
 */
export async function startMock(api, { port, logLevel = 'silent', dynamic = false, readyTimeoutMs = 30_000 } = {}) {
  const chosenPort = port ?? (await freePort());
  const args = [prismBin, 'mock', api.root, '--host', MOCK_HOST, '--port', String(chosenPort), '--errors', '--verboseLevel', logLevel];
  if (dynamic) args.push('--dynamic');
  const child = spawn(process.execPath, args, { stdio: ['ignore', logLevel === 'silent' ? 'ignore' : 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
    if (logLevel !== 'silent') process.stderr.write(chunk);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://${MOCK_HOST}:${chosenPort}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Prism for ${api.name} exited with code ${child.exitCode} before it was ready:\n${stderr}`);
    // Prism opens its port only once the spec is loaded, so an accepted connection means ready
    // (an HTTP probe would make Prism log an unmatched route at the user).
    if (await accepts(chosenPort)) return { url, port: chosenPort, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Prism for ${api.name} did not listen on ${url} within ${readyTimeoutMs} ms:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** @param {number} port */
function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: MOCK_HOST }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A port on 127.0.0.1 that is free right now. */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, MOCK_HOST, () => {
        const address = server.address();
        server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
      });
    })
  );
}
