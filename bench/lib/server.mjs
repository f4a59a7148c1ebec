// @ts-check
// Starting the local API (server-process.mjs) in a child process.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { benchDir } from './fixtures.mjs';

/**
 * @typedef {object} LocalServer
 * @property {string} url                       e.g. http://127.0.0.1:43210
 * @property {() => Promise<number>} requests   how many requests it has received so far
 * @property {() => Promise<void>} stop
 */

/** @returns {Promise<LocalServer>} */
export async function startServer() {
  const child = fork(join(benchDir, 'lib', 'server-process.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  /** @type {number} */
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the local server did not start within 10 s')), 10_000);
    child.once('exit', (code) => reject(new Error(`the local server exited with code ${code}`)));
    child.on('message', (/** @type {any} */ message) => {
      if (message?.type === 'listening') {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
  });

  /** @type {((count: number) => void)[]} */
  const waiting = [];
  child.on('message', (/** @type {any} */ message) => {
    if (message?.type === 'count') waiting.shift()?.(message.requests);
  });

  return {
    url: `http://127.0.0.1:${port}`,
    requests: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.send({ type: 'count' });
      }),
    stop: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
