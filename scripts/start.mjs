// @ts-check
// npm start: with --build (what `npm start` passes), first `turbo run build //#docs`; then the
// sandbox of every API on its fixed port (redocly.yaml x-mock.port, or MOCK_PORT) and the docs on
// DOCS_PORT (default 8080). Lines are printed only once all answer; a port in use is an error and a
// non-zero exit. SIGINT/SIGTERM stop everything.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadApis, repoRoot } from './lib/apis.mjs';
import { redoclyEnv } from './lib/docs.mjs';

const apis = loadApis();
const docsPort = Number(process.env.DOCS_PORT ?? 8080);
const stateless = process.argv.includes('--stateless');

/**
 * The build before serving. turbo prints a telemetry notice on its first run (and may check for
 * updates) unless told not to; `--output-logs=errors-only` keeps the tasks' own logs out unless a
 * task fails, which is how Redocly's Node 20 end-of-life box (printed by `redocly lint` on every
 * Node 20 run, with no variable or option to turn it off) stays out of `npm start`.
 * Spawned with Node itself and an environment object, so it works the same on Windows.
 */
function build() {
  const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo');
  const env = { ...redoclyEnv, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1' };
  const child = spawn(process.execPath, [turbo, 'run', 'build', '//#docs', '--output-logs=errors-only'], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
  const stop = () => child.kill();
  process.once('exit', stop);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('exit', stop);
      if (code === 0) resolve(undefined);
      else
        reject(
          new Error(`the build (turbo run build //#docs) failed: ${signal ? `killed by ${signal}` : `exit ${code}`}`),
        );
    });
  });
}

/** @type {typeof import('./lib/serve.mjs') | undefined} */
let serve;
try {
  if (process.argv.includes('--build')) await build();
  // Loaded after the build: it imports the sandbox's dist/, which a fresh clone has only now.
  serve = await import('./lib/serve.mjs');
  const { serveDocs, startMocks } = serve;
  const docsUrl = await serveDocs(docsPort);
  await startMocks(apis, { stateless });
  console.log(`docs     ${'index'.padEnd(28)} ${docsUrl}`);
  for (const api of apis) console.log(`docs     ${api.name.padEnd(28)} ${docsUrl}${api.name}.html`);
  console.log(
    `Control API of each sandbox: <url>/__sandbox/ (reset, inbound, force, clock, deliveries). Ctrl-C stops everything.`,
  );
} catch (error) {
  if (serve) await serve.failStart(error);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
