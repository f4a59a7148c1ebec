import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallbackDelivery } from '@messaging-contracts/runtime/webhooks';
import { readRecordings, startProxy, startSandbox, type RecordedCallback } from '@messaging-contracts/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { basic, SECRET, SECRET_FORMS, send } from './support.js';

const V2 = 'bandwidth-messaging-v2';
const CALLBACK_CREDENTIALS = { username: 'cb-user', password: 'cb-Pw-55aa1f' };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The user's own endpoint: our v2 receiver over node:http, with callback credentials. */
async function receiverEndpoint() {
  const { createCallbackReceiver } = await import('@messaging-contracts/bandwidth-messaging-v2/webhooks');
  const received: CallbackDelivery<Record<string, unknown>>[] = [];
  const receiver = createCallbackReceiver({ credentials: CALLBACK_CREDENTIALS });
  const server: Server = createServer(receiver.nodeHandler((delivery) => void received.push(delivery as never)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/callbacks`, received };
}

const event = (overrides: Record<string, unknown> = {}, message: Record<string, unknown> = {}) => ({
  type: 'message-delivered',
  time: '2026-01-01T00:00:00.000Z',
  description: 'ok',
  to: '+15554443333',
  message: {
    id: 'm-1',
    owner: '+15552221111',
    applicationId: 'app-1',
    time: '2026-01-01T00:00:00.000Z',
    segmentCount: 1,
    direction: 'out',
    to: ['+15554443333'],
    from: '+15552221111',
    text: '',
    ...message,
  },
  ...overrides,
});

const post = (url: string, body: unknown, authorization?: string) =>
  send(url, {
    method: 'POST',
    path: new URL(url).pathname,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'BandwidthAPI/v2',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify(body),
  });

describe('callbacks through the proxy (--forward-callbacks-to)', () => {
  it("carries the sandbox's real callbacks, 401 challenge included, to our receiver with no violation", async () => {
    const endpoint = await receiverEndpoint();
    // The sandbox is the provider here: it sends its callbacks to the proxy's callback URL. (No API
    // request goes through this proxy, so its upstream is a closed port.)
    const proxy = await startProxy({
      api: V2,
      upstream: 'http://127.0.0.1:9',
      forwardCallbacksTo: endpoint.url,
      log: false,
    });
    cleanups.push(() => proxy.stop());
    const sandbox = await startSandbox({
      api: V2,
      log: false,
      delays: { queued: 0, sending: 0, sent: 0, delivered: 0 },
      callbacks: { statusUrl: proxy.callbackUrl, credentials: CALLBACK_CREDENTIALS },
    });
    cleanups.push(() => sandbox.stop());
    const answer = await send(sandbox.url, {
      method: 'POST',
      path: '/users/12345/messages',
      headers: { authorization: basic(SECRET.username, SECRET.password), 'content-type': 'application/json' },
      body: JSON.stringify({ applicationId: 'app-1', to: ['+15554443333'], from: '+15552221111', text: 'hi' }),
    });
    expect(answer.status).toBe(202);
    const deliveries = await sandbox.control.settleDeliveries(10_000);
    expect(deliveries.length).toBeGreaterThanOrEqual(2);
    expect(deliveries.every((delivery) => delivery.state === 'delivered')).toBe(true);
    // Each delivery: first unauthenticated (our receiver's 401 challenge, returned by the proxy), then with credentials.
    expect(deliveries[0]!.attempts.map((attempt) => [attempt.withCredentials, attempt.status])).toEqual([
      [false, 401],
      [true, 200],
    ]);
    const types = endpoint.received.flatMap((delivery) => delivery.events.map(({ event }) => event.type));
    expect(types).toContain('message-delivered');
    expect(proxy.violations()).toEqual([]);
    expect(proxy.summary()).toEqual([
      { operation: 'statusCallback', exchanges: deliveries.length * 2, violations: {} },
    ]);
  });

  it('reports each off-contract field of a callback once, and still forwards it', async () => {
    const endpoint = await receiverEndpoint();
    const proxy = await startProxy({
      api: V2,
      upstream: 'http://127.0.0.1:9',
      forwardCallbacksTo: endpoint.url,
      log: false,
    });
    cleanups.push(() => proxy.stop());
    const credentials = basic(CALLBACK_CREDENTIALS.username, CALLBACK_CREDENTIALS.password);
    const wrong = await post(
      proxy.callbackUrl!,
      [event({}, { direction: 'sideways', segmentCount: 'one' }), event({ type: 'message-teleported' })],
      credentials,
    );
    // Our receiver refuses the off-contract payload; the proxy returns its answer as it is.
    expect(wrong.status).toBe(400);
    expect(
      proxy
        .violations()
        .map(({ operation, direction, location, rule, value }) => [operation, direction, location, rule, value]),
    ).toEqual([
      ['statusCallback', 'callback', '/0/message/segmentCount', 'type', 'one'],
      ['statusCallback', 'callback', '/0/message/direction', 'enum', 'sideways'],
      ['statusCallback', 'callback', '/1/type', 'enum', 'message-teleported'],
    ]);
    const header = JSON.parse(String(wrong.headers['x-contract-violations'])) as string[];
    expect(header).toHaveLength(3);
  });

  it('reports a missing required field of a callback at its pointer', async () => {
    const endpoint = await receiverEndpoint();
    const proxy = await startProxy({
      api: V2,
      upstream: 'http://127.0.0.1:9',
      forwardCallbacksTo: endpoint.url,
      log: false,
    });
    cleanups.push(() => proxy.stop());
    const broken = event();
    delete (broken.message as Record<string, unknown>).owner;
    await post(`${proxy.callbackUrl}/statusCallback`, [broken]);
    expect(proxy.violations().map(({ location, rule }) => `${location} ${rule}`)).toEqual([
      '/0/message/owner required',
    ]);
  });

  it('answers 502 to the provider when the endpoint is down, and 504 when it is too slow', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const proxy = await startProxy({
      api: V2,
      upstream: 'http://127.0.0.1:9',
      forwardCallbacksTo: `http://127.0.0.1:${port}/cb`,
      log: false,
    });
    cleanups.push(() => proxy.stop());
    expect((await post(proxy.callbackUrl!, [event()])).status).toBe(502);

    const slow = createServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          slow.close(() => resolve());
          slow.closeAllConnections();
        }),
    );
    const slowProxy = await startProxy({
      api: V2,
      upstream: 'http://127.0.0.1:9',
      forwardCallbacksTo: `http://127.0.0.1:${(slow.address() as { port: number }).port}/cb`,
      timeoutMs: 300,
      log: false,
    });
    cleanups.push(() => slowProxy.stop());
    expect((await post(slowProxy.callbackUrl!, [event()])).status).toBe(504);
  });
});

describe('recordings (--record)', () => {
  it('writes exchanges and callbacks redacted, and a recorded callback replays into our receiver', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'proxy-record-')), 'fixtures');
    const endpoint = await receiverEndpoint();
    const sandbox = await startSandbox({ api: V2, log: false });
    cleanups.push(() => sandbox.stop());
    const proxy = await startProxy({
      api: V2,
      upstream: sandbox.url,
      forwardCallbacksTo: endpoint.url,
      record: dir,
      log: false,
    });
    cleanups.push(() => proxy.stop());
    const text = 'words nobody may read';
    await send(proxy.url, {
      method: 'POST',
      path: '/users/12345/messages',
      headers: { authorization: basic(SECRET.username, SECRET.password), 'content-type': 'application/json' },
      body: JSON.stringify({ applicationId: 'app-1', to: ['+15554443333'], from: '+15552221111', text }),
    });
    const credentials = basic(CALLBACK_CREDENTIALS.username, CALLBACK_CREDENTIALS.password);
    const inbound = [
      {
        type: 'message-received',
        time: '2026-01-01T00:00:00.000Z',
        description: 'Incoming message received',
        to: '+15552221111',
        message: { ...event().message, direction: 'in', text },
      },
    ];
    expect((await post(proxy.callbackUrl!, inbound, credentials)).status).toBe(200);
    await proxy.stop();

    const files = await readdir(dir);
    expect(files).toEqual(['000001-createMessage.json', '000002-callback-inboundCallback.json']);
    const everything = (await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))).join('\n');
    for (const secret of [...SECRET_FORMS, CALLBACK_CREDENTIALS.password, text, '+15554443333', '+15552221111'])
      expect(everything).not.toContain(secret);

    const [exchange, callback] = readRecordings(dir);
    expect(exchange).toMatchObject({
      kind: 'exchange',
      operation: 'createMessage',
      request: { method: 'POST', path: '/users/12345/messages', headers: { authorization: '[redacted]' } },
      response: { status: 202 },
    });
    // Replayed: the recorded callback is a valid callback for our receiver (credentials are never recorded).
    const { createCallbackReceiver } = await import('@messaging-contracts/bandwidth-messaging-v2/webhooks');
    const recorded = callback as RecordedCallback;
    const delivery = createCallbackReceiver({ credentials: false }).verify({
      method: recorded.method,
      headers: { ...recorded.request.headers, authorization: undefined },
      body: recorded.request.body,
    });
    expect(delivery.events[0]!.event).toMatchObject({
      type: 'message-received',
      to: '+10000000011',
      message: { text: `(text removed: ${text.length} characters)` },
    });
  });

  it('keeps text and numbers when asked', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'proxy-keep-')), 'fixtures');
    const sandbox = await startSandbox({ api: V2, log: false });
    cleanups.push(() => sandbox.stop());
    const proxy = await startProxy({
      api: V2,
      upstream: sandbox.url,
      record: dir,
      keepText: true,
      keepNumbers: true,
      log: false,
    });
    cleanups.push(() => proxy.stop());
    await send(proxy.url, {
      method: 'POST',
      path: '/users/12345/messages',
      headers: { authorization: basic(SECRET.username, SECRET.password), 'content-type': 'application/json' },
      body: JSON.stringify({ applicationId: 'app-1', to: ['+15554443333'], from: '+15552221111', text: 'kept words' }),
    });
    const [exchange] = readRecordings(dir);
    expect(JSON.parse(exchange!.request.body)).toMatchObject({ to: ['+15554443333'], text: 'kept words' });
    expect(exchange!.request.headers.authorization).toBe('[redacted]');
  });
});
