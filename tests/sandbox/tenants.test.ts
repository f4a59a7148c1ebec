// Tenants: one sandbox, many tests. Eight workers, each on its own tenant (Bandwidth v2 account),
// drive every tenant control endpoint at the same time against ONE sandbox, and nothing one does
// shows in another's answers, clock, callbacks or delivery log. The same scenario also runs one
// worker after another. Then the sandbox-wide endpoints' effect on tenants, and the tenant keys
// of v1 (userId) and Fone Dynamics (the AccountSid of the Basic credentials).
import { type DeliveryRecord, type Sandbox, type SandboxOptions, startSandbox } from '@messaging-contracts/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { basic, callbackTarget } from './support.js';

const running: Array<{ stop(): Promise<void> } | { close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((item) => ('stop' in item ? item.stop() : item.close())));
});

async function sandbox(api: string, options: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  const started = await startSandbox({ api, log: false, ...options });
  running.push(started);
  return started;
}

async function target() {
  const started = await callbackTarget();
  running.push(started);
  return started;
}

interface Answer {
  status: number;
  body: unknown;
}

async function call(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const v2Send = (box: Sandbox, account: string, applicationId: string) =>
  call(
    `${box.url}/users/${account}/messages`,
    'POST',
    { applicationId, to: ['+15554443333'], from: '+15554442222', text: 'hello' },
    { authorization: basic() },
  );

const v2Search = async (box: Sandbox, account: string) =>
  (await call(`${box.url}/users/${account}/messages?limit=1000`, 'GET', undefined, { authorization: basic() }))
    .body as { totalCount: number; messages: Array<{ messageId: string; accountId: string; messageStatus: string }> };

/** Every tenant control endpoint, in the order a test would use them; asserts on its own tenant only. */
async function worker(box: Sandbox, index: number) {
  const account = `acct-${index}`;
  const application = `app-${index}`;
  const tenant = (path: string) => `${box.url}/__sandbox/tenants/${account}/${path}`;
  const own = await target();

  // Its application's callback settings, as Bandwidth keeps them per application.
  const registered = await call(tenant(`applications/${application}`), 'PUT', {
    statusUrl: own.url,
    credentials: `cb-${index}:secret-${index}`,
    requestedCallbackTypes: ['message-delivered'],
  });
  expect(registered).toEqual({
    status: 200,
    body: {
      applicationId: application,
      statusUrl: own.url,
      credentials: { username: `cb-${index}` },
      requestedCallbackTypes: ['message-delivered'],
    },
  });
  expect((await call(tenant(`applications/${application}`), 'GET')).body).toEqual(registered.body);

  // Its own clock: frozen, then moved by an amount no other worker uses.
  const frozen = (await call(tenant('clock'), 'POST', { freeze: true })).body as { epochMs: number; frozen: boolean };
  expect(frozen.frozen).toBe(true);

  // A forced 503 for its next send only.
  expect((await call(tenant('force'), 'POST', { operationId: 'createMessage', status: 503 })).status).toBe(204);
  expect((await v2Send(box, account, application)).status).toBe(503);
  const sent = await v2Send(box, account, application);
  expect(sent.status).toBe(202);
  const messageId = (sent.body as { id: string }).id;

  const switches = (await call(tenant('delivery'), 'POST', { maxAttempts: (index % 3) + 1 })).body as {
    maxAttempts: number;
  };
  expect(switches.maxAttempts).toBe((index % 3) + 1);

  const advanceMs = 1000 + index * 7;
  const moved = (await call(tenant('clock'), 'POST', { advanceMs })).body as { epochMs: number; frozen: boolean };
  expect(moved).toMatchObject({ epochMs: frozen.epochMs + advanceMs, frozen: true });
  expect(((await call(tenant('clock'), 'GET')).body as { epochMs: number }).epochMs).toBe(frozen.epochMs + advanceMs);

  // Its log holds exactly its own delivered callback, sent to its own target.
  const settled = (await call(tenant('deliveries?settleMs=5000'), 'GET')).body as { deliveries: DeliveryRecord[] };
  expect(settled.deliveries).toHaveLength(1);
  expect(settled.deliveries[0]).toMatchObject({ tenant: account, url: own.url, state: 'delivered' });
  const event = (settled.deliveries[0]!.payload as Array<{ type: string; message: { id: string } }>)[0]!;
  expect(event).toMatchObject({ type: 'message-delivered', message: { id: messageId } });

  // A search sees its own message only.
  const found = await v2Search(box, account);
  expect(found.totalCount).toBe(1);
  expect(found.messages[0]).toMatchObject({ messageId, accountId: account, messageStatus: 'DELIVERED' });

  // An inbound message lands in its account and its application's callback URL.
  const inbound = await call(tenant('inbound'), 'POST', { from: '+15550001111', to: '+15554442222', text: 'hi' });
  expect(inbound.status).toBe(201);
  // Its application: the one of the last message the tenant sent.
  expect(inbound.body).toMatchObject({ applicationId: application, direction: 'in' });
  const both = await v2Search(box, account);
  expect(both.totalCount).toBe(2);
  expect(both.messages.every((message) => message.accountId === account)).toBe(true);
  const withInbound = (await call(tenant('deliveries?settleMs=5000'), 'GET')).body as { deliveries: DeliveryRecord[] };
  expect(withInbound.deliveries.map((record) => record.webhook)).toEqual(['statusCallback', 'inboundCallback']);
  expect(withInbound.deliveries.every((record) => record.tenant === account && record.url === own.url)).toBe(true);

  expect((await call(tenant('deliveries'), 'DELETE')).status).toBe(204);
  expect((await call(tenant('deliveries'), 'GET')).body).toEqual({ deliveries: [] });

  // A forced carrier failure, forgotten again before it is used.
  const carrierFailure = { operationId: 'createMessage', carrierFailure: { errorCode: 4432 } };
  expect((await call(tenant('force'), 'POST', carrierFailure)).status).toBe(204);
  expect((await call(tenant('force'), 'DELETE')).status).toBe(204);

  expect((await call(tenant(`applications/${application}`), 'DELETE')).status).toBe(204);
  expect((await call(tenant(`applications/${application}`), 'GET')).status).toBe(404);

  const view = (await call(tenant(''), 'GET')).body as { tenant: string; stores: Record<string, { size: number }> };
  expect(view.tenant).toBe(account);
  expect(view.stores.messages?.size).toBe(2);

  expect((await call(tenant('reset'), 'POST')).status).toBe(204);
  expect((await v2Search(box, account)).totalCount).toBe(0);
  expect(((await call(tenant('clock'), 'GET')).body as { frozen: boolean }).frozen).toBe(false);

  // Every callback its target received was its own.
  const bodies = own.received.map((received) => JSON.parse(received.body) as Array<{ message: { id: string } }>);
  expect(bodies).toHaveLength(2);
  expect(bodies[0]![0]!.message.id).toBe(messageId);
  return messageId;
}

/** A tenant nobody controls, sending while the workers force, freeze and reset theirs. */
async function bystander(box: Sandbox, until: Promise<unknown>) {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const statuses: number[] = [];
  while (!done) {
    statuses.push((await v2Send(box, 'bystander', 'app-b')).status);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return statuses;
}

describe('eight tenants against one Bandwidth v2 sandbox', () => {
  for (const mode of ['at once', 'one after another'] as const) {
    it(`run every tenant control endpoint ${mode}, with zero cross-talk`, async () => {
      const box = await sandbox('bandwidth-messaging-v2');
      const indexes = [0, 1, 2, 3, 4, 5, 6, 7];
      const workers =
        mode === 'at once'
          ? Promise.all(indexes.map((index) => worker(box, index)))
          : indexes.reduce<Promise<string[]>>(
              async (previous, index) => [...(await previous), await worker(box, index)],
              Promise.resolve([]),
            );
      const [ids, statuses] = await Promise.all([workers, bystander(box, workers)]);
      expect(new Set(ids).size).toBe(8);
      // No worker's forced 503 answered the bystander, and no reset emptied its messages.
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((status) => status === 202)).toBe(true);
      expect((await v2Search(box, 'bystander')).totalCount).toBe(statuses.length);
      expect(
        ((await call(`${box.url}/__sandbox/tenants/bystander/clock`, 'GET')).body as { frozen: boolean }).frozen,
      ).toBe(false);
    });
  }
});

describe('the sandbox-wide endpoints and tenants', () => {
  it('force answers whichever tenant calls next; deliveries merge every tenant; reset forgets them all', async () => {
    const own = await target();
    const box = await sandbox('bandwidth-messaging-v2', { callbacks: { statusUrl: own.url } });
    const wide = (path: string) => `${box.url}/__sandbox/${path}`;
    expect((await call(wide('force'), 'POST', { operationId: 'createMessage', status: 429 })).status).toBe(204);
    expect((await v2Send(box, 'a', 'app')).status).toBe(429);
    expect((await v2Send(box, 'b', 'app')).status).toBe(202);
    expect((await v2Send(box, 'a', 'app')).status).toBe(202);
    // A tenant without a registered application uses the sandbox-wide callback URL.
    await call(wide('clock'), 'POST', { advanceMs: 2000 });
    const merged = (await call(wide('deliveries?settleMs=5000'), 'GET')).body as { deliveries: DeliveryRecord[] };
    expect(new Set(merged.deliveries.map((record) => record.tenant))).toEqual(new Set(['a', 'b']));
    expect(merged.deliveries.map((record) => record.id)).toEqual(
      [...merged.deliveries.map((record) => record.id)].sort((x, y) => x - y),
    );
    const health = (await call(wide('health'), 'GET')).body as {
      tenants: string[];
      stores: Record<string, { size: number }>;
    };
    expect(health.tenants.sort()).toEqual(['a', 'b']);
    expect(health.stores.messages?.size).toBe(2);
    expect((await call(wide('reset'), 'POST')).status).toBe(204);
    expect(((await call(wide('health'), 'GET')).body as { tenants: string[] }).tenants).toEqual([]);
    expect((await v2Search(box, 'a')).totalCount).toBe(0);
  });

  it('a sandbox-wide freeze stops every tenant, and a tenant created later starts frozen at that time', async () => {
    const box = await sandbox('bandwidth-messaging-v2');
    await v2Send(box, 'early', 'app');
    const frozen = (await call(`${box.url}/__sandbox/clock`, 'POST', { freeze: true })).body as { epochMs: number };
    await call(`${box.url}/__sandbox/clock`, 'POST', { advanceMs: 500 });
    for (const tenant of ['early', 'late']) {
      const clock = (await call(`${box.url}/__sandbox/tenants/${tenant}/clock`, 'GET')).body as {
        epochMs: number;
        frozen: boolean;
      };
      expect(clock).toMatchObject({ frozen: true, epochMs: frozen.epochMs + 500 });
    }
  });

  it('answers a tenant endpoint it does not have with 404, and a bad tenant request with 400', async () => {
    const box = await sandbox('bandwidth-messaging-v1');
    const bad = await call(`${box.url}/__sandbox/tenants/u1/applications/app`, 'PUT', {
      statusUrl: 'http://127.0.0.1:1/',
    });
    expect(bad).toEqual({ status: 404, body: { error: expect.stringContaining('no callbacks per application') } });
    expect((await call(`${box.url}/__sandbox/tenants/u1/nothing`, 'GET')).status).toBe(404);
    expect((await call(`${box.url}/__sandbox/tenants/%ZZ/clock`, 'GET')).status).toBe(400);
    const clock = await call(`${box.url}/__sandbox/tenants/u1/clock`, 'POST', { frozen: true });
    expect(clock).toEqual({ status: 400, body: { error: 'clock: unknown key "frozen"; valid: freeze, advanceMs' } });
  });

  it('refuses application settings with an unknown key or a malformed URL, naming them', async () => {
    const box = await sandbox('bandwidth-messaging-v2');
    const url = `${box.url}/__sandbox/tenants/t/applications/app`;
    expect(await call(url, 'PUT', { statusURL: 'http://127.0.0.1:1/' })).toEqual({
      status: 400,
      body: {
        error:
          'application: unknown key "statusURL"; valid: statusUrl, inboundUrl, credentials, requestedCallbackTypes',
      },
    });
    expect(await call(url, 'PUT', { statusUrl: 'not-a-url' })).toEqual({
      status: 400,
      body: { error: 'statusUrl must be an absolute http:// or https:// URL' },
    });
  });
});

describe('tenant keys of the other APIs', () => {
  it('Bandwidth v1: the userId of the path', async () => {
    const box = await sandbox('bandwidth-messaging-v1');
    const send = (user: string) =>
      call(
        `${box.url}/users/${user}/messages`,
        'POST',
        { from: '+15554442222', to: '+15554443333', text: 'hi' },
        { authorization: basic() },
      );
    expect(
      (await call(`${box.url}/__sandbox/tenants/u-1/force`, 'POST', { operationId: 'sendMessage', status: 503 }))
        .status,
    ).toBe(204);
    expect((await send('u-2')).status).toBe(201);
    expect((await send('u-1')).status).toBe(503);
    const view = (await call(`${box.url}/__sandbox/tenants/u-2`, 'GET')).body as {
      stores: Record<string, { size: number }>;
    };
    expect(view.stores.messages?.size).toBe(1);
    expect(
      ((await call(`${box.url}/__sandbox/tenants/u-1`, 'GET')).body as { stores: object }).stores,
    ).not.toHaveProperty('messages.size', 1);
  });

  it('Fone Dynamics: the AccountSid of the Basic credentials', async () => {
    const box = await sandbox('fonedynamics-messaging-v2');
    const send = (accountSid: string) =>
      call(
        `${box.url}/v2/Properties/PR1/Messages`,
        'POST',
        { From: '+61400000001', To: '+61400000002', Text: 'hi' },
        { authorization: basic(accountSid, 'token') },
      );
    await call(`${box.url}/__sandbox/tenants/AC1/force`, 'POST', { operationId: 'sendMessage', status: 502 });
    expect((await send('AC2')).status).toBe(200);
    expect((await send('AC1')).status).toBe(502);
    expect((await send('AC1')).status).toBe(200);
    const tenants = ((await call(`${box.url}/__sandbox/health`, 'GET')).body as { tenants: string[] }).tenants;
    expect(tenants.sort()).toEqual(['AC1', 'AC2']);
  });
});
