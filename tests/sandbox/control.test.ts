// The control API (HTTP under /__sandbox/ and programmatic) and the callback delivery engine,
// driven through the Bandwidth v2 sandbox: forced answers, the clock, reset, inbound injection,
// the delivery log, retries, timeouts, the 401 challenge, duplicates and out-of-order delivery.
import { startSandbox, type DeliveryRecord, type Sandbox, type SandboxOptions } from '@messaging-contracts/sandbox';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadApis, repoRoot } from '../../scripts/lib/apis.mjs';
import { basic, callbackTarget, eventually } from './support.js';

const api = loadApis().find((candidate) => candidate.name === 'bandwidth-messaging-v2')!;
const running: Array<{ stop(): Promise<void> } | { close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((item) => ('stop' in item ? item.stop() : item.close())));
});

async function sandbox(options: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  const started = await startSandbox({ api: api.name, log: false, ...options });
  running.push(started);
  return started;
}

async function target(...args: Parameters<typeof callbackTarget>) {
  const started = await callbackTarget(...args);
  running.push(started);
  return started;
}

const send = (sandbox: Sandbox, body: Record<string, unknown> = {}) =>
  fetch(`${sandbox.url}/users/9900000/messages`, {
    method: 'POST',
    headers: { authorization: basic(), 'content-type': 'application/json' },
    body: JSON.stringify({
      applicationId: 'app-1',
      to: ['+15554443333'],
      from: '+15554442222',
      text: 'hello',
      ...body,
    }),
  });

// Bandwidth's search needs at least one query parameter.
const search = async (sandbox: Sandbox, query = '?limit=1000') => {
  const response = await fetch(`${sandbox.url}/users/9900000/messages${query}`, {
    headers: { authorization: basic() },
  });
  expect(response.headers.get('x-sandbox-violations')).toBeNull();
  return (await response.json()) as {
    totalCount: number;
    messages: Array<{ messageId: string; messageStatus: string; errorCode?: number }>;
  };
};

const control = (sandbox: Sandbox, path: string, init?: { method?: string; body?: unknown }) =>
  fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: init?.method ?? (init?.body === undefined ? 'GET' : 'POST'),
    ...(init?.body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }),
  });

const types = (deliveries: DeliveryRecord[]) =>
  deliveries.map((delivery) => (delivery.payload as Array<{ type: string }>)[0]!.type);

describe('forced answers', () => {
  it('answers the next call with 429 and Retry-After in the API error shape, then normally again', async () => {
    const box = await sandbox();
    expect(
      (await control(box, 'force', { body: { operationId: 'createMessage', status: 429, retryAfterSeconds: 7 } }))
        .status,
    ).toBe(204);
    const limited = await send(box);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('x-sandbox-violations')).toBeNull();
    expect(await limited.json()).toMatchObject({ type: expect.any(String), description: expect.any(String) });
    expect((await send(box)).status).toBe(202);
  });

  it('answers 503 `times` times', async () => {
    const box = await sandbox();
    box.control.force({ operationId: 'listMessages', status: 503, times: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index++)
      statuses.push(
        (await fetch(`${box.url}/users/9900000/messages?limit=10`, { headers: { authorization: basic() } })).status,
      );
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('ends the next message in a carrier failure with the given error code, in search and callback', async () => {
    const hooks = await target();
    const box = await sandbox({ callbacks: { statusUrl: hooks.url } });
    box.control.force({ operationId: 'createMessage', carrierFailure: { errorCode: 4720 } });
    const sent = (await (await send(box)).json()) as { id: string };
    box.control.clock.advance(60_000);
    const found = await search(box, `?messageId=${sent.id}`);
    expect(found.messages[0]).toMatchObject({ messageStatus: 'FAILED', errorCode: 4720 });
    const deliveries = await box.control.settleDeliveries();
    const failed = deliveries
      .map((delivery) => (delivery.payload as Array<{ type: string; errorCode?: number }>)[0]!)
      .find((event) => event.type === 'message-failed');
    expect(failed?.errorCode).toBe(4720);
  });

  it('rejects a force of an unknown operation or status with 400 naming the problem', async () => {
    const box = await sandbox();
    const unknown = await control(box, 'force', { body: { operationId: 'noSuchOperation', status: 429 } });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/noSuchOperation/);
    const status = await control(box, 'force', { body: { operationId: 'createMessage', status: 418 } });
    expect(status.status).toBe(400);
    expect((await control(box, 'nothing-here')).status).toBe(404);
  });
});

describe('clock and state', () => {
  it('keeps a message where it is while time is frozen and moves it to DELIVERED on advance', async () => {
    const box = await sandbox();
    expect(
      ((await (await control(box, 'clock', { body: { freeze: true } })).json()) as { frozen: boolean }).frozen,
    ).toBe(true);
    const sent = (await (await send(box)).json()) as { id: string };
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await search(box, `?messageId=${sent.id}`)).messages[0]?.messageStatus).not.toBe('DELIVERED');
    const clock = (await (await control(box, 'clock', { body: { advanceMs: 10_000 } })).json()) as {
      frozen: boolean;
      pendingStateChanges: number;
    };
    expect(clock).toMatchObject({ frozen: true, pendingStateChanges: 0 });
    expect((await search(box, `?messageId=${sent.id}`)).messages[0]?.messageStatus).toBe('DELIVERED');
  });

  it('moves messages in real time with configured delays', async () => {
    const box = await sandbox({ delays: { queued: 0, sending: 0, sent: 0, delivered: 30 } });
    const sent = (await (await send(box)).json()) as { id: string };
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await search(box, `?messageId=${sent.id}`)).messages[0]?.messageStatus).toBe('DELIVERED');
  });

  it('reset empties the store, the delivery log and pending state changes', async () => {
    const hooks = await target();
    const box = await sandbox({ callbacks: { statusUrl: hooks.url } });
    await send(box);
    box.control.clock.advance(10_000);
    await box.control.settleDeliveries();
    expect(box.control.deliveries().length).toBeGreaterThan(0);
    expect((await control(box, 'reset', { body: {} })).status).toBe(204);
    expect((await search(box)).totalCount).toBe(0);
    expect(((await (await control(box, 'deliveries')).json()) as { deliveries: unknown[] }).deliveries).toEqual([]);
  });

  it('evicts the oldest messages beyond the store capacity', async () => {
    const box = await sandbox({ storeCapacity: 3 });
    const ids = [];
    for (let index = 0; index < 5; index++) ids.push(((await (await send(box)).json()) as { id: string }).id);
    const found = await search(box);
    expect(found.totalCount).toBe(3);
    expect(found.messages.map((message) => message.messageId).sort()).toEqual(ids.slice(2).sort());
  });
});

describe('callback delivery', () => {
  it('delivers status callbacks after the 401 challenge with the configured credentials, every payload valid', async () => {
    const hooks = await target((received) =>
      received.headers.authorization === basic('hook', 's3cret')
        ? { status: 204 }
        : { status: 401, headers: { 'www-authenticate': 'Basic realm="hooks"' } },
    );
    const box = await sandbox({ callbacks: { statusUrl: hooks.url, credentials: 'hook:s3cret' } });
    await send(box);
    box.control.clock.advance(10_000);
    const deliveries = await box.control.settleDeliveries();
    expect(types(deliveries)).toEqual(['message-sent', 'message-delivered']);
    for (const delivery of deliveries) {
      expect(delivery.state).toBe('delivered');
      expect(delivery.violations).toEqual([]);
      expect(delivery.attempts.map((attempt) => [attempt.status, attempt.withCredentials])).toEqual([
        [401, false],
        [204, true],
      ]);
    }
    expect(hooks.received.filter((received) => received.headers.authorization === undefined)).toHaveLength(2);
    expect(hooks.received.every((received) => received.headers['content-type']?.startsWith('application/json'))).toBe(
      true,
    );
  });

  it('delivers an injected inbound message to the inbound URL as message-received', async () => {
    const hooks = await target();
    const box = await sandbox({ callbacks: { statusUrl: 'http://127.0.0.1:9/unused', inboundUrl: hooks.url } });
    const injected = await control(box, 'inbound', {
      body: {
        from: '+15550001111',
        to: '+15554442222',
        text: 'hi there',
        fields: { accountId: '9900000', applicationId: 'app-1' },
      },
    });
    expect(injected.status).toBe(201);
    const deliveries = await box.control.settleDeliveries();
    expect(types(deliveries)).toEqual(['message-received']);
    expect(deliveries[0]).toMatchObject({ webhook: 'inboundCallback', state: 'delivered', violations: [] });
    expect(JSON.parse(hooks.received[0]!.body)[0]).toMatchObject({
      type: 'message-received',
      message: { from: '+15550001111', text: 'hi there' },
    });
  });

  it("gives an injected v1 inbound message this sandbox's messageUri, not the provider's", async () => {
    const v1 = loadApis().find((candidate) => candidate.name === 'bandwidth-messaging-v1')!;
    const hooks = await target();
    const box = await startSandbox({ api: v1.name, log: false, callbacks: { inboundUrl: hooks.url } });
    running.push(box);
    const injected = await control(box, 'inbound', {
      body: { from: '+13233326955', to: '+13865245000', text: 'hi', fields: { userId: 'u-1', applicationId: 'a-1' } },
    });
    expect(injected.status).toBe(201);
    await box.control.settleDeliveries();
    const event = JSON.parse(hooks.received[0]!.body) as { messageUri: string; messageId: string };
    expect(event.messageUri).toBe(`${box.url}/v1/users/u-1/messages/${event.messageId}`);
  });

  it('retries a failing target a bounded number of times, then logs the delivery as failed', async () => {
    const hooks = await target(() => ({ status: 500, body: 'handler exploded' }));
    const box = await sandbox({
      callbacks: { statusUrl: hooks.url },
      delivery: { maxAttempts: 3, retryDelaysMs: [10] },
    });
    await send(box);
    box.control.clock.advance(10_000);
    const deliveries = await box.control.settleDeliveries();
    expect(deliveries).toHaveLength(2);
    for (const delivery of deliveries) {
      expect(delivery.state).toBe('failed');
      expect(delivery.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 500]);
      expect(delivery.attempts[0]?.body, 'what the target answered').toBe('handler exploded');
    }
    expect(hooks.received).toHaveLength(6);
  });

  it('never lets a hanging target slow the API, and times the delivery out', async () => {
    const hooks = await target(() => 'hang');
    const box = await sandbox({
      callbacks: { statusUrl: hooks.url },
      delays: { queued: 0, sending: 0, sent: 0, delivered: 0 },
      delivery: { timeoutMs: 400, maxAttempts: 1 },
    });
    await send(box);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    for (let index = 0; index < 20; index++) expect((await send(box)).status).toBe(202);
    const perRequest = (performance.now() - started) / 20;
    expect(perRequest, 'ms per send while callbacks hang').toBeLessThan(100);
    const first = await eventually(
      () => box.control.deliveries().find((delivery) => delivery.state === 'failed'),
      5000,
      'a timed-out delivery',
    );
    expect(first.attempts[0]?.error).toMatch(/no answer within 400 ms/);
  });

  it('refused connections are logged as failed attempts', async () => {
    const hooks = await target();
    const closedUrl = hooks.url;
    await hooks.close();
    const box = await sandbox({
      callbacks: { statusUrl: closedUrl },
      delivery: { maxAttempts: 2, retryDelaysMs: [5] },
    });
    await send(box);
    box.control.clock.advance(10_000);
    const deliveries = await box.control.settleDeliveries();
    expect(deliveries[0]?.attempts.map((attempt) => attempt.error)).toEqual([
      'connection refused',
      'connection refused',
    ]);
  });

  it('delivers every callback twice with the duplicates switch', async () => {
    const hooks = await target();
    const box = await sandbox({ callbacks: { statusUrl: hooks.url } });
    expect(
      ((await (await control(box, 'delivery', { body: { duplicates: true } })).json()) as { duplicates: boolean })
        .duplicates,
    ).toBe(true);
    await send(box);
    box.control.clock.advance(10_000);
    await box.control.settleDeliveries();
    const bodies = hooks.received.map((received) => received.body);
    expect(bodies).toHaveLength(4);
    expect(new Set(bodies).size).toBe(2);
  });

  it('delivers callbacks newest first with the out-of-order switch', async () => {
    const hooks = await target();
    const box = await sandbox({
      callbacks: { statusUrl: hooks.url },
      delivery: { outOfOrder: true, outOfOrderWindowMs: 50 },
    });
    await send(box);
    box.control.clock.advance(10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await box.control.settleDeliveries();
    expect(hooks.received.map((received) => JSON.parse(received.body)[0].type)).toEqual([
      'message-delivered',
      'message-sent',
    ]);
  });

  it('delivers in order without the switch', async () => {
    const hooks = await target();
    const box = await sandbox({ callbacks: { statusUrl: hooks.url } });
    await send(box);
    box.control.clock.advance(10_000);
    await box.control.settleDeliveries();
    expect(hooks.received.map((received) => JSON.parse(received.body)[0].type)).toEqual([
      'message-sent',
      'message-delivered',
    ]);
  });
});

describe('credentials', () => {
  it('accepts any credentials by default and only the configured ones when set, with the documented 401', async () => {
    const open = await sandbox();
    expect(
      (
        await fetch(`${open.url}/users/9900000/messages?limit=10`, {
          headers: { authorization: basic('anyone', 'anything') },
        })
      ).status,
    ).toBe(200);
    const closed = await sandbox({ credentials: 'alice:wonder' });
    expect(
      (
        await fetch(`${closed.url}/users/9900000/messages?limit=10`, {
          headers: { authorization: basic('alice', 'wonder') },
        })
      ).status,
    ).toBe(200);
    const wrong = await fetch(`${closed.url}/users/9900000/messages?limit=10`, {
      headers: { authorization: basic('alice', 'wrong') },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic/);
    const text = await wrong.text();
    expect(text).not.toMatch(/wonder|wrong/);
    expect(JSON.parse(text)).toMatchObject({ type: expect.any(String), description: expect.any(String) });
  });
});

describe('violations are never silent', () => {
  it('lists a response that breaks the spec in x-sandbox-violations and in the log', async () => {
    const document = JSON.parse(readFileSync(join(repoRoot, 'packages', 'specs', 'dist', `${api.name}.json`), 'utf8'));
    // The drift gate's fault: an example that contradicts its schema (Retry-After is an integer).
    document.components.headers.RetryAfter.example = 'in five minutes';
    const lines: string[] = [];
    const box = await sandbox({ spec: document, stateless: true, log: (line) => lines.push(line) });
    const answer = await fetch(`${box.url}/users/9900000/messages?limit=1`, {
      headers: { authorization: basic(), prefer: 'code=429' },
    });
    expect(answer.status).toBe(429);
    expect(JSON.parse(answer.headers.get('x-sandbox-violations') ?? '[]').join('\n')).toMatch(/retry-after.*integer/i);
    expect(lines.join('\n')).toMatch(/429 violates the spec: .*retry-after/i);
  });

  it('sends no violations header when request and answer follow the spec', async () => {
    const box = await sandbox();
    const sent = await send(box);
    expect(sent.status).toBe(202);
    expect(sent.headers.get('x-sandbox-violations')).toBeNull();
  });
});

describe('CORS', () => {
  it('answers a browser preflight and lets the page read the answer', async () => {
    const box = await sandbox();
    const preflight = await fetch(`${box.url}/users/9900000/messages`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    const answer = await fetch(`${box.url}/users/9900000/messages?limit=1`, {
      headers: { origin: 'http://localhost:5173', authorization: basic() },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

describe('callback delivery, Bandwidth v1 style', () => {
  const v1 = loadApis().find((candidate) => candidate.name === 'bandwidth-messaging-v1')!;

  it('sends GET callbacks with a query string, to fallbackUrl when callbackUrl refuses, with the credentials of the URL', async () => {
    const refusing = await target();
    const refusingUrl = refusing.url;
    await refusing.close();
    const fallback = await target();
    const box = await startSandbox({ api: v1.name, log: false });
    running.push(box);
    const sent = await fetch(`${box.url}/users/u-ci1234/messages`, {
      method: 'POST',
      headers: { authorization: basic(), 'content-type': 'application/json' },
      body: JSON.stringify({
        from: '+15552221111',
        to: '+15554443333',
        text: 'hello',
        callbackUrl: refusingUrl,
        fallbackUrl: fallback.url.replace('http://', 'http://hook:s3cret@'),
        callbackHttpMethod: 'GET',
      }),
    });
    expect(sent.status).toBe(201);
    box.control.clock.advance(60_000);
    const deliveries = await box.control.settleDeliveries();
    expect(deliveries.length).toBeGreaterThan(0);
    for (const delivery of deliveries) {
      expect(delivery).toMatchObject({ method: 'GET', state: 'delivered', violations: [] });
      expect(delivery.fallbackUrl, 'credentials are kept out of the log').not.toMatch(/s3cret/);
      expect(delivery.attempts.map((attempt) => attempt.error ?? attempt.status)).toEqual(['connection refused', 204]);
    }
    const first = fallback.received[0]!;
    expect(first.method).toBe('GET');
    expect(first.headers.authorization).toBe(basic('hook', 's3cret'));
    expect(new URL(first.url, 'http://x').searchParams.get('eventType')).toBe('sms');
  });
});
