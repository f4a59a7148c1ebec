// The messaging-sandbox CLI, `npm run mock` and `npm start`'s server script as a user meets them:
// "ready" lines only once the sandbox answers, a port in use is an error with a non-zero exit,
// and SIGINT/SIGTERM (also to npm itself) leave nothing running or listening.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { npmEnv } from '../../scripts/lib/pack.mjs';
import { run } from '../packaging/support.js';
import { eventually, listening, sandboxCli } from './support.js';

const children: ChildProcess[] = [];
const servers: Server[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (!child.pid) continue;
    // A detached child leads its own process group (npm, its shell, node): end all of it.
    for (const target of [-child.pid, child.pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Starts a command, collecting its output; resolves once `ready` matches stdout. */
function start(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; ready: RegExp; lines: number; detached?: boolean },
) {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...(options.env ?? process.env) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const pattern = new RegExp(
    options.ready.source,
    options.ready.flags.includes('g') ? options.ready.flags : `${options.ready.flags}g`,
  );
  const ready = eventually(
    () => [...stdout.matchAll(pattern)].length >= options.lines && stdout,
    60_000,
    `${options.lines} ready lines from ${args.join(' ')}`,
  ).catch((error) => {
    throw new Error(`${error.message}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
  });
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

const urlsIn = (stdout: string) =>
  [...stdout.matchAll(/http:\/\/127\.0\.0\.1:(\d+)/g)].map((match) => Number(match[1]));

async function occupiedPort(): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/** Whether a process (or process group, for a negative id) still exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('messaging-sandbox CLI', () => {
  it('prints each API and its URL once it answers, and SIGINT stops it with exit 0', async () => {
    const cli = start(
      process.execPath,
      [sandboxCli, 'bandwidth-messaging-v2', 'fonedynamics-messaging-v2', '--port', '0', '--quiet'],
      { ready: /^\S+\s+http:\/\/127\.0\.0\.1:\d+/gm, lines: 2 },
    );
    const stdout = await cli.ready;
    expect(stdout).toMatch(/^bandwidth-messaging-v2\s+http:\/\/127\.0\.0\.1:\d+$/m);
    expect(stdout).toMatch(/^fonedynamics-messaging-v2\s+http:\/\/127\.0\.0\.1:\d+$/m);
    const ports = urlsIn(stdout);
    for (const port of ports) {
      const health = await fetch(`http://127.0.0.1:${port}/__sandbox/health`);
      expect(health.status).toBe(200);
    }
    cli.child.kill('SIGINT');
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    for (const port of ports) expect(await listening(port)).toBe(false);
  }, 60_000);

  it('stops on SIGTERM with exit 0, leaving nothing listening', async () => {
    const cli = start(process.execPath, [sandboxCli, 'bandwidth-messaging-v1', '--port', '0'], {
      ready: /http:\/\/127\.0\.0\.1:\d+/g,
      lines: 1,
    });
    const [port] = urlsIn(await cli.ready);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(await listening(port!)).toBe(false);
  });

  it('fails with a clear error and exit 1 when the port is in use, printing nothing as ready', async () => {
    const port = await occupiedPort();
    const ran = await run(process.execPath, [sandboxCli, 'bandwidth-messaging-v2', '--port', String(port)], {
      cwd: repoRoot,
      timeoutMs: 30_000,
    });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    expect(ran.stdout).toBe('');
  });

  it('stops the APIs that did start when another one cannot (all or none)', async () => {
    const port = await occupiedPort();
    // The second API gets port+1 … so occupy the first and let the second start.
    const ran = await run(
      process.execPath,
      [sandboxCli, 'bandwidth-messaging-v2', 'bandwidth-messaging-v1', '--port', String(port)],
      { cwd: repoRoot, timeoutMs: 30_000 },
    );
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe('');
    expect(await listening(port + 1)).toBe(false);
  });

  it('rejects an unknown API and bad options with exit 1 and a message', async () => {
    const unknown = await run(process.execPath, [sandboxCli, 'no-such-api', '--port', '0'], { cwd: repoRoot });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown API no-such-api; the sandbox knows bandwidth-messaging-v2/);
    const badPort = await run(process.execPath, [sandboxCli, 'bandwidth-messaging-v2', '--port', 'x'], {
      cwd: repoRoot,
    });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toMatch(/--port must be/);
  });
});

describe('npm run mock and npm start', () => {
  const env = { ...npmEnv(), MOCK_PORT: '0', DOCS_PORT: '0' };

  it('npm run mock: SIGTERM to npm itself stops every sandbox, leaving nothing listening', async () => {
    const npm = start('npm', ['run', 'mock', '--silent'], {
      env,
      ready: /^sandbox\s+\S+\s+http:\/\/127\.0\.0\.1:\d+/gm,
      lines: 3,
      detached: true,
    });
    const ports = urlsIn(await npm.ready);
    expect(ports).toHaveLength(3);
    process.kill(npm.child.pid!, 'SIGTERM');
    await npm.exited;
    // The server notices within 250 ms when npm's shell dies without passing the signal on.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const port of ports) expect(await listening(port), `port ${port} after SIGTERM to npm`).toBe(false);
    // Nothing of the process group is left (npm, its shell, node).
    await eventually(() => !alive(-npm.child.pid!), 5000, 'the process group to end');
  }, 120_000);

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'scripts/start.mjs (what npm start runs after the build): %s stops the sandboxes and the docs server',
    async (signal) => {
      const server = start(process.execPath, [join(repoRoot, 'scripts', 'start.mjs')], {
        env,
        ready: /Ctrl-C stops everything/g,
        lines: 1,
      });
      const stdout = await server.ready;
      expect(stdout).toMatch(/^sandbox\s+bandwidth-messaging-v2\s+http/m);
      expect(stdout).toMatch(/^docs\s+index\s+http/m);
      const ports = [...new Set(urlsIn(stdout))];
      expect(ports.length).toBe(4);
      server.child.kill(signal);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      for (const port of ports) expect(await listening(port)).toBe(false);
    },
    90_000,
  );

  it('scripts/start.mjs: a port in use is an error with a non-zero exit and no ready lines', async () => {
    const port = await occupiedPort();
    const ran = await run(process.execPath, [join(repoRoot, 'scripts', 'start.mjs')], {
      cwd: repoRoot,
      env: { ...env, MOCK_PORT: String(port) },
      timeoutMs: 30_000,
    });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/already in use/);
    expect(ran.stdout).not.toMatch(/^sandbox/m);
  }, 60_000);
});
