// The standalone `messaging-sandbox` executable (packages/sandbox/scripts/build-standalone.mjs) as a
// team without Node meets it: started with no `node` on PATH, from a folder outside the repository,
// driven with curl only through a send, the clock, a callback to a local receiver, forced failures
// and the delivery log; SIGTERM stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { delimiter, join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { buildStandalone, collectApp } from '../../packages/sandbox/scripts/build-standalone.mjs';
import { packDryRun } from '../../scripts/lib/pack.mjs';
import { describeRun, run, tempDir } from './support.js';

const ACCOUNT = '9900000';
const APPLICATION = '93de2206-9669-4e07-948d-329f4b722ee2';

interface Received {
  method: string;
  path: string;
  body: unknown;
}

let root: string;
let env: NodeJS.ProcessEnv;
let executable: string;
let sandbox: ChildProcess | undefined;
let sandboxOutput = '';
let url: string;
let receiver: Server;
let callbackUrl: string;
const received: Received[] = [];

/** Where `name` is on this machine's PATH. */
function onPath(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} is not on PATH (${process.env.PATH}); this test drives the executable with it`);
}

/** curl with the test's PATH (curl and nothing else); answers the status and the parsed body. */
async function curl(method: string, path: string, body?: unknown, headers: string[] = []) {
  const args = ['-sS', '-X', method, '-w', '\n%{http_code}', ...headers.flatMap((header) => ['-H', header])];
  if (body !== undefined) args.push('-H', 'content-type: application/json', '--data-binary', JSON.stringify(body));
  const ran = await run('curl', [...args, `${url}${path}`], { cwd: root, env, timeoutMs: 20_000 });
  if (ran.code !== 0) throw new Error(describeRun(`curl ${method} ${path}`, ran));
  const at = ran.stdout.lastIndexOf('\n');
  const text = ran.stdout.slice(0, at);
  return { status: Number(ran.stdout.slice(at + 1)), body: text ? (JSON.parse(text) as any) : undefined, text };
}

/** A control call that worked: 200 with a body or 204 without (the control API answers both). */
function expectSuccess(answer: { status: number; text: string }) {
  expect([200, 204], answer.text).toContain(answer.status);
}

const BASIC = 'authorization: Basic YXBpLXVzZXI6YXBpLXBhc3N3b3Jk'; // api-user:api-password
const send = (text: string) =>
  curl(
    'POST',
    `/users/${ACCOUNT}/messages`,
    { applicationId: APPLICATION, to: ['+15554443333'], from: '+15552221111', text },
    [BASIC],
  );
const statusOf = async (id: string) => {
  const found = await curl('GET', `/users/${ACCOUNT}/messages?messageId=${id}`, undefined, [BASIC]);
  expect(found.status, found.text).toBe(200);
  return found.body.messages.map((message: { messageStatus: string }) => message.messageStatus);
};

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });

beforeAll(async () => {
  const built = await buildStandalone({ log: (line) => console.log(`build-standalone: ${line}`) });
  executable = built.executable;
  console.log(
    `standalone executable ${built.built ? 'built' : 'up to date'} in ${(built.ms / 1000).toFixed(1)} s (${built.files} files of ${built.packages.length} packages)`,
  );

  root = await tempDir('standalone-');
  // PATH holds a link to curl and nothing else: no node, no npm, no npx.
  const bin = join(root, 'bin');
  await mkdir(bin);
  await symlink(onPath('curl'), join(bin, 'curl'));
  env = { PATH: bin, HOME: root, MESSAGING_SANDBOX_CACHE: join(root, 'cache') };

  receiver = createServer(async (request, response) => {
    const text = await readBody(request);
    received.push({ method: request.method!, path: request.url!, body: text ? JSON.parse(text) : undefined });
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/bandwidth/status`;
}, 600_000);

afterAll(async () => {
  if (sandbox && sandbox.exitCode === null && sandbox.signalCode === null) sandbox.kill('SIGKILL');
  await new Promise((resolve) => receiver?.close(resolve));
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the standalone messaging-sandbox executable', () => {
  it('embeds exactly the files npm pack ships of each of our packages', async () => {
    const app = collectApp();
    const ours = ['sandbox', 'specs', 'runtime'];
    const packed = await packDryRun(ours.map((folder) => join(repoRoot, 'packages', folder)));
    for (const result of packed) {
      const prefix = `node_modules/${result.name}/`;
      const embedded = app.files
        .map((file) => file.path.split(sep).join('/'))
        .filter((path) => path.startsWith(prefix))
        .map((path) => path.slice(prefix.length));
      expect(embedded.sort(), result.name).toEqual(result.files.map((file) => file.path).sort());
    }
  });

  it('finds no node on the PATH it is started with', async () => {
    expect(readdirSync(env.PATH!)).toEqual(['curl']);
    const ran = await run('/bin/sh', ['-c', 'command -v node || command -v npx || echo none'], { cwd: root, env });
    expect(ran.stdout.trim()).toBe('none');
    expect(root.startsWith(repoRoot + sep)).toBe(false);
  });

  it('starts with no node on PATH and prints its URL once it answers', async () => {
    const started = performance.now();
    sandbox = spawn(executable, ['bandwidth-messaging-v2', '--port', '0', '--callback-url', callbackUrl], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    sandbox.stdout!.on('data', (chunk) => (sandboxOutput += chunk));
    sandbox.stderr!.on('data', (chunk) => (sandboxOutput += chunk));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 60 s:\n${sandboxOutput}`)), 60_000);
      sandbox!.stdout!.on('data', () => {
        const match = /^bandwidth-messaging-v2\s+(http:\/\/127\.0\.0\.1:\d+)$/m.exec(sandboxOutput);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      sandbox!.once('exit', (code, signal) =>
        reject(new Error(`exited (${code ?? signal}) before its URL:\n${sandboxOutput}`)),
      );
    });
    console.log(
      `standalone start (first start unpacks the app) until its URL line: ${(performance.now() - started).toFixed(0)} ms`,
    );
    const health = await curl('GET', '/__sandbox/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ api: 'bandwidth-messaging-v2', mode: 'stateful' });
    // Unpacked where MESSAGING_SANDBOX_CACHE says, not into the repository or the user's home.
    expect(readdirSync(env.MESSAGING_SANDBOX_CACHE!)).toHaveLength(1);
    expect(sandboxOutput).not.toMatch(/ExperimentalWarning|Warning:/);
  }, 90_000); // the first start unpacks ~65 MB: seconds of disk writes on a busy machine

  it('sends on a frozen clock, delivers when the clock moves, and calls back the local receiver', async () => {
    const frozen = await curl('POST', '/__sandbox/clock', { freeze: true });
    expect(frozen.status, frozen.text).toBe(200);
    expect(frozen.body).toMatchObject({ frozen: true });

    const sent = await send('standalone hello');
    expect(sent.status, sent.text).toBe(202);
    const id: string = sent.body.id;
    expect(await statusOf(id)).not.toContain('DELIVERED');

    const moved = await curl('POST', '/__sandbox/clock', { advanceMs: 2000 });
    expect(moved.status, moved.text).toBe(200);
    expect(await statusOf(id)).toEqual(['DELIVERED']);

    const log = await curl('GET', '/__sandbox/deliveries?settleMs=5000');
    expect(log.status, log.text).toBe(200);
    const ours = log.body.deliveries.filter((entry: any) => entry.payload?.[0]?.message?.id === id);
    expect(ours.map((entry: any) => entry.payload[0].type)).toEqual(expect.arrayContaining(['message-delivered']));
    for (const entry of ours) {
      expect(entry).toMatchObject({ webhook: 'statusCallback', url: callbackUrl, state: 'delivered', violations: [] });
      expect(entry.attempts.map((attempt: { status?: number }) => attempt.status)).toEqual([204]);
    }
    const callbacks = received.filter((request) => (request.body as any[])?.[0]?.message?.id === id);
    expect(callbacks.map((request) => [request.method, request.path])).toContainEqual(['POST', '/bandwidth/status']);
    expect(callbacks.map((request) => (request.body as any[])[0].type)).toContain('message-delivered');
  });

  it('answers a forced 503 once, then sends again', async () => {
    const forced = await curl('POST', '/__sandbox/force', { operationId: 'createMessage', status: 503 });
    expectSuccess(forced);
    const refused = await send('refused');
    expect(refused.status, refused.text).toBe(503);
    const accepted = await send('accepted');
    expect(accepted.status, accepted.text).toBe(202);
  });

  it('fails a message with a forced carrier error code, in its status and its callback', async () => {
    const forced = await curl('POST', '/__sandbox/force', {
      operationId: 'createMessage',
      carrierFailure: { errorCode: 4720 },
    });
    expectSuccess(forced);
    const sent = await send('will fail');
    expect(sent.status, sent.text).toBe(202);
    await curl('POST', '/__sandbox/clock', { advanceMs: 2000 });
    expect(await statusOf(sent.body.id)).toEqual(['FAILED']);
    const log = await curl('GET', '/__sandbox/deliveries?settleMs=5000');
    const failed = log.body.deliveries.find(
      (entry: any) => entry.payload?.[0]?.message?.id === sent.body.id && entry.payload[0].type === 'message-failed',
    );
    expect(failed, JSON.stringify(log.body.deliveries.slice(-3))).toMatchObject({ state: 'delivered' });
    expect(failed.payload[0].errorCode).toBe(4720);
  });

  it('reads the clock back, resets, and stops on SIGTERM with exit code 0', async () => {
    const clock = await curl('GET', '/__sandbox/clock');
    expect(clock.status).toBe(200);
    expect(clock.body).toMatchObject({ frozen: true });
    const reset = await curl('POST', '/__sandbox/reset');
    expectSuccess(reset);
    expect((await curl('GET', '/__sandbox/deliveries')).body.deliveries).toEqual([]);
    const exited = new Promise<number | null>((resolve) => sandbox!.once('exit', (code) => resolve(code)));
    sandbox!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

// The Containerfile, built and run where a container engine can run. Where none can, the reason is
// printed and the test is skipped (what was verified instead: the executable above, outside a container).
let engine: string | undefined;

/** Why no container can be built and run here (per engine tried), or undefined once one can: `engine` is then set. */
async function containerUnavailable(): Promise<string | undefined> {
  const base = /^FROM\s+(\S+)/m.exec(
    await readFile(join(repoRoot, 'packages', 'sandbox', 'Containerfile'), 'utf8'),
  )?.[1];
  if (!base) return 'packages/sandbox/Containerfile has no FROM line';
  const reasons: string[] = [];
  for (const name of ['docker', 'podman']) {
    try {
      onPath(name);
    } catch {
      reasons.push(`${name}: not on PATH`);
      continue;
    }
    const probe = await run(name, ['run', '--rm', '--entrypoint', '/no-such-file', base], {
      cwd: repoRoot,
      timeoutMs: 120_000,
    }).catch((error: Error) => ({ code: 1, signal: null, stdout: '', stderr: error.message }));
    // distroless has no shell: "no such file" means the engine pulled and started the image.
    if (probe.code === 0 || /no such file|not found in \$PATH|executable file not found/i.test(probe.stderr)) {
      engine = name;
      return undefined;
    }
    const error = probe.stderr.split('\n').find((line) => /error/i.test(line)) ?? probe.stderr.trim();
    reasons.push(`${name} cannot pull or run ${base}: ${error.trim().slice(0, 300)}`);
  }
  return reasons.join('; ');
}

describe('the container image (packages/sandbox/Containerfile)', async () => {
  const unavailable = await containerUnavailable();
  if (unavailable) console.log(`SKIPPED the container image test: ${unavailable}`);
  it.skipIf(unavailable !== undefined)(
    'builds, starts, and answers the health check on its published port',
    async () => {
      const tag = `messaging-sandbox-test:${process.pid}`;
      const context = join(repoRoot, 'packages', 'sandbox', 'standalone');
      const built = await run(
        engine!,
        ['build', '-f', join(repoRoot, 'packages', 'sandbox', 'Containerfile'), '-t', tag, context],
        { cwd: repoRoot, timeoutMs: 600_000 },
      );
      expect(built.code, describeRun(`${engine} build`, built)).toBe(0);
      const started = await run(engine!, ['run', '-d', '--rm', '-p', '127.0.0.1::4010', tag], { cwd: repoRoot });
      expect(started.code, describeRun(`${engine} run`, started)).toBe(0);
      const container = started.stdout.trim();
      try {
        const port = (await run(engine!, ['port', container, '4010'], { cwd: repoRoot })).stdout
          .trim()
          .split(':')
          .at(-1);
        url = `http://127.0.0.1:${port}`;
        let health: Awaited<ReturnType<typeof curl>> | undefined;
        for (let tries = 0; tries < 100 && health?.status !== 200; tries++) {
          health = await curl('GET', '/__sandbox/health').catch(() => undefined);
          if (health?.status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect(health?.body).toMatchObject({ api: 'bandwidth-messaging-v2', mode: 'stateful' });
      } finally {
        await run(engine!, ['rm', '-f', container], { cwd: repoRoot });
        await run(engine!, ['rmi', '-f', tag], { cwd: repoRoot });
      }
    },
    900_000,
  );
});
