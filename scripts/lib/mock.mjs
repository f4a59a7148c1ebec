// @ts-check
// Starting and stopping the sandbox (@messaging-contracts/sandbox: Prism's validation inside our own
// server) on the specs, shared by `npm run mock`, `npm start`, the tests and the benchmarks.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startSandbox } from '@messaging-contracts/sandbox';
import { repoRoot } from './apis.mjs';

export const MOCK_HOST = '127.0.0.1';
const cli = join(repoRoot, 'packages', 'sandbox', 'dist', 'cli.js');

/**
 * @typedef {object} RunningMock
 * @property {string} url     e.g. http://127.0.0.1:4010
 * @property {number} port
 * @property {() => Promise<void>} stop
 */

/**
 * The sandbox of one spec in this process (read from specs/, so an edit needs no build); resolves
 * once it answers HTTP. Stateful unless `stateless`. Every request and every answer is validated;
 * a violation is logged and sent in `x-sandbox-violations`. A port in use rejects with a
 * SandboxStartError (code EADDRINUSE).
 * @param {import('./apis.mjs').Api} api
 * @param {{ port?: number, logLevel?: 'silent' | 'warn' | 'info', stateless?: boolean }} [options]
 * @returns {Promise<RunningMock & { control: import('@messaging-contracts/sandbox').SandboxControl }>}
 */
export async function startSandboxHere(api, { port = 0, logLevel = 'silent', stateless = false } = {}) {
  const log =
    logLevel === 'silent' ? undefined : (/** @type {string} */ line) => process.stderr.write(`[sandbox] ${line}\n`);
  const sandbox = await startSandbox({
    api: api.name,
    spec: api.root,
    port,
    host: MOCK_HOST,
    stateless,
    log: log ?? false,
  });
  return { url: sandbox.url, port: sandbox.port, control: sandbox.control, stop: sandbox.stop };
}

/**
 * The stateless sandbox of one spec (Prism's examples, as `prism mock` serves them) in a process of
 * its own, as a user runs it (`messaging-sandbox <api> --stateless --spec <file>`); resolves once it
 * printed its URL, which it does only once it answers. Its stderr is shown unless logLevel is silent.
 * @param {import('./apis.mjs').Api} api
 * @param {{ port?: number, logLevel?: 'silent' | 'warn' | 'info', readyTimeoutMs?: number }} [options]
 * @returns {Promise<RunningMock>}
 */
export function startMock(api, { port = 0, logLevel = 'silent', readyTimeoutMs = 30_000 } = {}) {
  const args = [
    cli,
    api.name,
    '--stateless',
    '--spec',
    api.root,
    '--port',
    String(port),
    '--host',
    MOCK_HOST,
    ...(logLevel === 'silent' ? ['--quiet'] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the sandbox of ${api.name} did not answer within ${readyTimeoutMs} ms:\n${stderr}`));
    }, readyTimeoutMs);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (logLevel !== 'silent') process.stderr.write(chunk);
    });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const url = /(http:\/\/127\.0\.0\.1:(\d+))/.exec(stdout);
      if (url?.[1] && url[2]) {
        clearTimeout(timer);
        resolve({ url: url[1], port: Number(url[2]), stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox of ${api.name} exited with code ${code} before it was ready:\n${stderr}`));
    });
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
        server.close(() =>
          address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
        );
      });
    })
  );
}
