// A user's CI, from the packed tarballs in a fresh folder outside the monorepo: `npx
// messaging-sandbox <api> --port 0` starts; a program using our client sends, finds the message
// by get and by search, and receives the delivered callback on its own node:http server, verified
// by the client's callback receiver — for every API.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { freePort } from '../../scripts/lib/mock.mjs';
import { npmEnv, packInto } from '../../scripts/lib/pack.mjs';
import { describeRun, packages, run, tempDir } from '../packaging/support.js';
import { eventually, listening } from './support.js';

const SANDBOX_PACKAGES = [join(repoRoot, 'packages', 'specs'), join(repoRoot, 'packages', 'sandbox')];

let root: string | undefined;
let project: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  root = await tempDir('sandbox-consumer-');
  const tarballs = join(root, 'tarballs');
  project = join(root, 'project');
  await mkdir(tarballs);
  await mkdir(project);
  const packed = await packInto([...packages.map((pkg) => pkg.dir), ...SANDBOX_PACKAGES], tarballs);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'sandbox-consumer', private: true, type: 'module' }, null, 2),
  );
  const install = await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...packed.map((result) => result.tarball),
    ],
    { cwd: project, env: npmEnv(), timeoutMs: 240_000 },
  );
  if (install.code !== 0) throw new Error(describeRun(`npm install of the tarballs in ${project}`, install));
  for (const [name, code] of Object.entries(PROGRAMS)) await writeFile(join(project, `${name}.mjs`), code);
}, 300_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (root) await rm(root, { recursive: true, force: true });
});

/** `npx messaging-sandbox …` in the project; resolves to its URL once it printed it. */
async function startCli(args: string[]): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
  const child = spawn('npx', ['--no-install', 'messaging-sandbox', ...args], {
    cwd: project,
    env: npmEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = await eventually(
    () => /^(\S+)\s+(http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout)?.[2],
    60_000,
    'the sandbox URL',
  ).catch((error) => {
    throw new Error(`${error.message}\nstdout: ${stdout}\nstderr: ${stderr}`);
  });
  return { url, child, stderr: () => stderr };
}

async function stopCli(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.kill('SIGTERM');
  return exited;
}

interface RoundTrip {
  sentId: string;
  got: string;
  searched: boolean;
  events: Array<{ webhook: string; type: string; id: string; dedupeKey: string }>;
  challenges: number;
  refusals: string[];
}

// Shared by the programs: the callback server with the client's receiver, and the clock control.
const PRELUDE = `
import { createServer } from 'node:http';
export const base = process.env.SANDBOX_URL;
export const events = [];
export const refusals = [];
export let challenges = 0;
export function listen(receiver, describe) {
  const server = createServer(async (request, response) => {
    try {
      const delivery = await receiver.receiveNode(request);
      for (const { event, dedupeKey } of delivery.events) events.push({ webhook: delivery.webhook, ...describe(event), dedupeKey });
      response.writeHead(200).end();
    } catch (error) {
      if (error?.name === 'CallbackAuthError') challenges++;
      else refusals.push(String(error?.name) + ': ' + String(error?.message));
      response.writeHead(error?.status ?? 500, error?.headers ?? {}).end();
    }
  });
  return new Promise((resolve) => server.listen(Number(process.env.CALLBACK_PORT), '127.0.0.1', () => resolve(server)));
}
export async function advance(ms) {
  const answer = await fetch(base + '/__sandbox/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: ms }) });
  if (!answer.ok) throw new Error('clock: ' + answer.status);
}
export async function waitFor(check) {
  for (let tries = 0; tries < 200 && !check(); tries++) await new Promise((resolve) => setTimeout(resolve, 25));
}
`;

const PROGRAMS: Record<string, string> = {
  prelude: PRELUDE,
  'bandwidth-messaging-v2': `
import { createClient } from '@messaging-contracts/bandwidth-messaging-v2';
import { createCallbackReceiver } from '@messaging-contracts/bandwidth-messaging-v2/webhooks';
import { advance, base, challenges, events, listen, refusals, waitFor } from './prelude.mjs';
const server = await listen(createCallbackReceiver({ credentials: { username: 'hook', password: 's3cret' } }), (event) => ({ type: event.type, id: event.message.id }));
const client = createClient({ username: 'api-user', password: 'api-password', baseUrl: base });
const accountId = '9900000';
const { data: sent } = await client.POST('/users/{accountId}/messages', { params: { path: { accountId } }, body: { applicationId: 'app-1', to: ['+15554443333'], from: '+15552221111', text: 'Hello from CI' } });
await advance(60_000);
const { data: records } = await client.GET('/users/{accountId}/messages/{messageId}', { params: { path: { accountId, messageId: sent.id } } });
const { data: page } = await client.GET('/users/{accountId}/messages', { params: { path: { accountId }, query: { messageId: sent.id } } });
await waitFor(() => events.some((event) => event.type === 'message-delivered'));
console.log(JSON.stringify({ sentId: sent.id, got: records[0].MessageID + ' ' + records[0].MessageStatus, searched: page.messages.some((message) => message.messageId === sent.id && message.messageStatus === 'DELIVERED'), events, challenges, refusals }));
server.close();
`,
  'bandwidth-messaging-v1': `
import { createClient, createdMessageId } from '@messaging-contracts/bandwidth-messaging-v1';
import { createCallbackReceiver } from '@messaging-contracts/bandwidth-messaging-v1/webhooks';
import { advance, base, challenges, events, listen, refusals, waitFor } from './prelude.mjs';
const server = await listen(createCallbackReceiver({ credentials: { username: 'hook', password: 's3cret' } }), (event) => ({ type: event.eventType + ' ' + event.state + (event.deliveryState ? ' ' + event.deliveryState : ''), id: event.messageId }));
const client = createClient({ username: 't-token', password: 'secret', baseUrl: base });
const userId = 'u-ci1234';
const { response } = await client.POST('/users/{userId}/messages', { params: { path: { userId } }, body: { from: '+15552221111', to: '+15554443333', text: 'Hello from CI', callbackUrl: 'http://hook:s3cret@127.0.0.1:' + process.env.CALLBACK_PORT + '/events', receiptRequested: 'all', callbackTimeout: 5000 } });
const sentId = createdMessageId(response);
await advance(60_000);
const { data: message } = await client.GET('/users/{userId}/messages/{messageId}', { params: { path: { userId, messageId: sentId } } });
const { data: listed } = await client.GET('/users/{userId}/messages', { params: { path: { userId }, query: { from: '+15552221111' } } });
await waitFor(() => events.some((event) => event.type.includes('delivered')));
console.log(JSON.stringify({ sentId, got: message.id + ' ' + message.state + ' ' + message.deliveryState, searched: listed.some((entry) => entry.id === sentId), events, challenges, refusals }));
server.close();
`,
  'fonedynamics-messaging-v2': `
import { createClient, dateRange } from '@messaging-contracts/fonedynamics-messaging-v2';
import { createCallbackReceiver } from '@messaging-contracts/fonedynamics-messaging-v2/webhooks';
import { advance, base, challenges, events, listen, refusals, waitFor } from './prelude.mjs';
const server = await listen(createCallbackReceiver({ credentials: false }), (event) => ({ type: event.Event, id: event['Message.Sid'] }));
const client = createClient({ username: 'AC6GVQOX3FXZ5WNSYG5K4V3DT2Q7HJRM', password: 'token', baseUrl: base });
const PropertySid = 'PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ';
const hook = 'http://127.0.0.1:' + process.env.CALLBACK_PORT;
const started = Date.now() - 60_000;
const { data: sent } = await client.POST('/v2/Properties/{PropertySid}/Messages', { params: { path: { PropertySid } }, body: { From: '+61400000001', To: '+61488824921', Text: 'Hello from CI', DeliveryReceipt: true, DeliveryReceiptWebhookUri: hook + '/receipts', WebhookUri: hook + '/replies' } });
const sentId = sent.Message.MessageSid;
await advance(60_000);
const { data: got } = await client.GET('/v2/Messages/{MessageSid}', { params: { path: { MessageSid: sentId } } });
const { data: found } = await client.GET('/v2/Properties/{PropertySid}/Messages', { params: { path: { PropertySid }, query: dateRange(started, Date.now() + 3_600_000) } });
await waitFor(() => events.some((event) => event.type === 'Message.DeliveryReceiptReceived'));
console.log(JSON.stringify({ sentId, got: got.Message.MessageSid + ' ' + got.Message.Status, searched: found.Messages.some((message) => message.MessageSid === sentId), events, challenges, refusals }));
server.close();
`,
};

const CASES = [
  {
    api: 'bandwidth-messaging-v2',
    cli: (port: number) => [
      '--callback-url',
      `http://127.0.0.1:${port}/status`,
      '--callback-credentials',
      'hook:s3cret',
    ],
    delivered: 'message-delivered',
    challenged: true,
  },
  { api: 'bandwidth-messaging-v1', cli: () => [], delivered: 'delivered', challenged: false },
  { api: 'fonedynamics-messaging-v2', cli: () => [], delivered: 'Message.DeliveryReceiptReceived', challenged: false },
] as const;

describe.each(CASES)('$api from the packed tarballs', ({ api, cli, delivered, challenged }) => {
  it('starts with npx, and a client program sends, gets, searches and receives the verified callback', async () => {
    const callbackPort = await freePort();
    const sandbox = await startCli([api, '--port', '0', ...cli(callbackPort)]);
    try {
      const ran = await run(process.execPath, [`${api}.mjs`], {
        cwd: project,
        env: { ...process.env, SANDBOX_URL: sandbox.url, CALLBACK_PORT: String(callbackPort) },
        timeoutMs: 60_000,
      });
      expect(ran.code, `${describeRun(`${api}.mjs`, ran)}\nsandbox stderr:\n${sandbox.stderr()}`).toBe(0);
      const result = JSON.parse(ran.stdout.trim().split('\n').at(-1)!) as RoundTrip;
      expect(result.got).toContain(result.sentId);
      expect(result.searched, 'the message is found by search').toBe(true);
      expect(result.refusals, 'every delivered payload passes the client receiver').toEqual([]);
      expect(
        result.events.some((event) => event.type.includes(delivered) && event.id === result.sentId),
        JSON.stringify(result.events),
      ).toBe(true);
      expect(result.events.every((event) => event.dedupeKey.length > 0)).toBe(true);
      if (challenged)
        expect(
          result.challenges,
          'Bandwidth v2 sends without credentials first and gets the 401 challenge',
        ).toBeGreaterThan(0);
      expect(sandbox.stderr()).not.toMatch(/violates the spec/);
    } finally {
      // npx passes SIGTERM on to the sandbox, then ends itself by the same signal (npm's way).
      await stopCli(sandbox.child);
    }
    // The sandbox notices within 250 ms that npx, which started it, is gone.
    const port = Number(new URL(sandbox.url).port);
    const deadline = Date.now() + 3000;
    while ((await listening(port)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await listening(port), 'the sandbox port after SIGTERM to npx').toBe(false);
  }, 120_000);
});
