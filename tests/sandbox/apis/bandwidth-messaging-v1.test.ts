import { describe, expect, it } from 'vitest';
import behaviour from '../../../packages/sandbox/src/apis/bandwidth-messaging-v1/index.js';
import type { SandboxError, SandboxResponse } from '../../../packages/sandbox/src/core/api-behaviour.js';
import { MAX_TOTAL_MEDIA_BYTES } from '../../../packages/sandbox/src/apis/shared/media.js';
import { operationsOf } from '../../support/spec.js';
import { expectDeliveryMatchesWebhook, expectResponseMatchesOperation, specOf } from './contract.js';
import { fakeContext, validatedRequest, type FakeContext } from './fake-context.js';

const API = 'bandwidth-messaging-v1';
const userId = 'u-abc123';
const callbackUrl = 'http://user:pass@127.0.0.1:9/events';

async function call(
  context: FakeContext,
  operationId: string,
  parts: Parameters<typeof validatedRequest>[1],
): Promise<SandboxResponse> {
  const response = await behaviour.operations[operationId]!(validatedRequest(operationId, parts), context);
  if (!response) throw new Error(`${operationId} left the answer to Prism`);
  return response;
}

function send(context: FakeContext, body: unknown = {}, forcedFailure?: { errorCode: number | string }) {
  return call(context, 'sendMessage', {
    path: `/users/${userId}/messages`,
    pathParams: { userId },
    body: Array.isArray(body)
      ? body
      : { from: '+15552221111', to: '+15554443333', text: 'See you at 3pm.', ...(body as object) },
    ...(forcedFailure ? { forcedFailure } : {}),
  });
}

const idOf = (response: SandboxResponse) => response.headers!.Location!.split('/').pop()!;

function get(context: FakeContext, messageId: string) {
  return call(context, 'getMessage', {
    path: `/users/${userId}/messages/${messageId}`,
    pathParams: { userId, messageId },
  });
}

const stateOf = async (context: FakeContext, messageId: string) => {
  const body = (await get(context, messageId)).body as Record<string, unknown>;
  return [body.state, body.deliveryState, body.deliveryCode].filter((value) => value !== undefined).join('/');
};

function list(context: FakeContext, query: Record<string, string>, user = userId) {
  return call(context, 'listMessages', { path: `/users/${user}/messages`, pathParams: { userId: user }, query });
}

describe('send', () => {
  it('answers 201 with the documented relative Location and stores the message, queued', async () => {
    const context = fakeContext();
    const response = await send(context);
    expect(response.status).toBe(201);
    expect(response.body).toBeUndefined();
    expect(response.headers!.Location).toMatch(/^\/v1\/users\/u-abc123\/messages\/m-[a-z0-9]{25}$/);
    const spec = await specOf(API);
    expectResponseMatchesOperation(spec, 'sendMessage', response);
    const location = operationsOf(spec.document).find((operation) => operation.operationId === 'sendMessage')!.operation
      .responses['201'].headers.Location;
    expect(spec.validate(location.schema)(response.headers!.Location)).toBe(true);
    const message = await get(context, idOf(response));
    expectResponseMatchesOperation(spec, 'getMessage', message);
    expect(message.body).toMatchObject({
      from: '+15552221111',
      to: '+15554443333',
      direction: 'out',
      state: 'queued',
      segmentCount: 1,
      time: new Date(context.clock.now()).toISOString(),
    });
  });

  it('sends a batch: 202 with one accepted result and absolute location per message', async () => {
    const context = fakeContext();
    const response = await send(context, [
      { from: '+15552221111', to: '+15554443333', text: 'one' },
      { from: '+15552221111', to: '+15554444444', text: 'two', media: ['https://example.org/a.png'] },
    ]);
    expect(response.status).toBe(202);
    const results = response.body as { result: string; location: string }[];
    expect(results.map((result) => result.result)).toEqual(['accepted', 'accepted']);
    expect(results[0]!.location).toMatch(/^http:\/\/127\.0\.0\.1:4999\/v1\/users\/u-abc123\/messages\/m-[a-z0-9]{25}$/);
    expectResponseMatchesOperation(await specOf(API), 'sendMessage', response);
    const second = (await get(context, results[1]!.location.split('/').pop()!)).body as Record<string, unknown>;
    expect(second).toMatchObject({ to: '+15554444444', segmentCount: 1, media: ['https://example.org/a.png'] });
  });
});

describe('states over time (fake clock)', () => {
  it('moves queued -> sending -> sent -> delivered receipt, with events per receiptRequested=all', async () => {
    const context = fakeContext();
    const id = idOf(
      await send(context, {
        callbackUrl,
        receiptRequested: 'all',
        callbackTimeout: 2000,
        fallbackUrl: 'http://127.0.0.1:9/fallback',
        tag: 'order-1234',
      }),
    );
    const seen: string[] = [];
    for (const step of [0, 50, 100, 500]) {
      context.advance(step);
      seen.push(await stateOf(context, id));
    }
    expect(seen).toEqual(['queued', 'sending', 'sent/waiting', 'sent/delivered/0']);
    expect(context.deliveries.map((delivery) => delivery.label)).toEqual([
      `sms sent/waiting ${id}`,
      `sms sent/delivered ${id}`,
    ]);
    const spec = await specOf(API);
    for (const delivery of context.deliveries) {
      expectDeliveryMatchesWebhook(spec, delivery);
      expect(delivery).toMatchObject({
        webhook: 'messageEvent',
        url: callbackUrl,
        fallbackUrl: 'http://127.0.0.1:9/fallback',
        method: 'POST',
        timeoutMs: 2000,
        retry: false,
      });
      expect(delivery.body).toMatchObject({
        eventType: 'sms',
        direction: 'out',
        messageId: id,
        messageUri: `http://127.0.0.1:4999/v1/users/${userId}/messages/${id}`,
        tag: 'order-1234',
      });
    }
    expect(context.deliveries[1]!.body).toMatchObject({
      deliveryState: 'delivered',
      deliveryCode: 0,
      deliveryDescription: 'Message Delivered to Carrier',
    });
  });

  it('sends only the sent event without receipts, and nothing without a callbackUrl', async () => {
    const context = fakeContext();
    const withUrl = idOf(await send(context, { callbackUrl }));
    await send(context);
    context.advance(10_000);
    expect(await stateOf(context, withUrl)).toBe('sent');
    expect(context.deliveries.map((delivery) => delivery.label)).toEqual([`sms sent ${withUrl}`]);
    expect(context.deliveries[0]!.timeoutMs).toBe(10_000);
  });

  it('ends a forced failure in error / not-delivered with its deliveryCode, as a receipt for receiptRequested=error', async () => {
    const context = fakeContext();
    const failed = idOf(await send(context, { callbackUrl, receiptRequested: 'error' }, { errorCode: 770 }));
    const fine = idOf(await send(context, { callbackUrl, receiptRequested: 'error' }));
    context.advance(10_000);
    expect(await stateOf(context, failed)).toBe('error/not-delivered/770');
    expect(await stateOf(context, fine)).toBe('sent/delivered/0');
    const receipts = context.deliveries.filter(
      (delivery) => (delivery.body as Record<string, unknown>).deliveryState !== 'waiting',
    );
    expect(receipts.map((delivery) => delivery.body)).toEqual([
      expect.objectContaining({
        messageId: failed,
        state: 'error',
        deliveryState: 'not-delivered',
        deliveryCode: 770,
        deliveryDescription: 'Destination Rejected due to spam',
      }),
    ]);
    expectDeliveryMatchesWebhook(await specOf(API), receipts[0]!);
  });

  it('sends GET events with the fields as a query string when callbackHttpMethod is GET', async () => {
    const context = fakeContext();
    await send(context, {
      callbackUrl,
      callbackHttpMethod: 'get',
      media: ['https://example.org/a.png', 'https://example.org/b.smil'],
      text: 'map',
    });
    context.advance(10_000);
    const [delivery] = context.deliveries;
    expect(delivery!.method).toBe('GET');
    expect(delivery!.body).toBeUndefined();
    expect(delivery!.query).toMatchObject({
      eventType: 'mms',
      state: 'sent',
      segmentCount: '1',
      media: '[https://example.org/a.png, https://example.org/b.smil]',
    });
    expectDeliveryMatchesWebhook(await specOf(API), delivery!);
  });

  it('honours configured delays', async () => {
    const context = fakeContext({ settings: { delays: { sent: 3000 } } });
    const id = idOf(await send(context));
    context.advance(1000);
    expect(await stateOf(context, id)).toBe('sending');
    context.advance(2100);
    expect(await stateOf(context, id)).toBe('sent');
  });
});

describe('list', () => {
  async function many(context: FakeContext, count: number) {
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      ids.push(idOf(await send(context, { to: `+1555000${String(index).padStart(4, '0')}` })));
      context.advance(1000);
    }
    return ids;
  }

  it('pages newest first by size with Link rel="next" carrying sortKeyLT, until no Link', async () => {
    const context = fakeContext();
    const ids = await many(context, 60);
    const spec = await specOf(API);
    const seen: string[] = [];
    const sizes: number[] = [];
    let query: Record<string, string> = { size: '25', direction: 'out' };
    for (;;) {
      const response = await list(context, query);
      expectResponseMatchesOperation(spec, 'listMessages', response);
      const page = response.body as { id: string }[];
      sizes.push(page.length);
      seen.push(...page.map((message) => message.id));
      const link = response.headers?.Link;
      if (!link) break;
      const match = /^<([^>]+)>; rel="next"$/.exec(link);
      expect(match).not.toBeNull();
      const next = new URL(match![1]!);
      expect(next.pathname).toBe(`/users/${userId}/messages`);
      query = Object.fromEntries(next.searchParams);
      expect(query).toMatchObject({ size: '25', direction: 'out', sortKeyLT: expect.stringMatching(/^\d{19}$/) });
    }
    expect(sizes).toEqual([25, 25, 10]);
    expect(seen).toEqual([...ids].reverse());
  });

  it('pages by page number too, ascending with sortOrder=asc', async () => {
    const context = fakeContext();
    const ids = await many(context, 7);
    const page = async (query: Record<string, string>) =>
      ((await list(context, query)).body as { id: string }[]).map((message) => message.id);
    expect(await page({ size: '3', page: '1' })).toEqual([...ids].reverse().slice(3, 6));
    expect(await page({ size: '3', sortOrder: 'asc' })).toEqual(ids.slice(0, 3));
    const first = await list(context, { size: '3', sortOrder: 'asc' });
    const next = Object.fromEntries(new URL(/<([^>]+)>/.exec(first.headers!.Link!)![1]!).searchParams);
    expect(await page(next)).toEqual(ids.slice(3, 6));
  });

  it('filters by from, to, direction, state, deliveryState and date range, per user', async () => {
    const context = fakeContext();
    await many(context, 4);
    await send(context, { receiptRequested: 'all' }, { errorCode: 720 });
    behaviour.injectInbound({ from: '+15557770000', to: '+15552221111', text: 'hi' }, context);
    context.advance(10_000);
    const count = async (query: Record<string, string>, user = userId) =>
      ((await list(context, query, user)).body as unknown[]).length;
    expect(await count({ to: '+15550000002' })).toBe(1);
    expect(await count({ from: '+15552221111' })).toBe(5);
    expect(await count({ direction: 'in' })).toBe(1);
    expect(await count({ state: 'error' })).toBe(1);
    expect(await count({ state: 'sent' })).toBe(4);
    expect(await count({ deliveryState: 'not-delivered' })).toBe(1);
    const start = Date.UTC(2026, 0, 15, 12, 0, 0);
    expect(
      await count({
        fromDateTime: new Date(start + 1000).toISOString(),
        toDateTime: new Date(start + 2000).toISOString(),
      }),
    ).toBe(2);
    expect(await count({}, 'u-other')).toBe(0);
    const bad = await list(context, { sortKeyLT: 'abc' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ category: 'bad-request', details: [{ name: 'sortKeyLT' }] });
  });
});

describe('get and redact', () => {
  it('leaves text out after 3 days, redacts it on request, and answers 404 in the v1 shape', async () => {
    const context = fakeContext();
    const id = idOf(await send(context));
    const redacted = await call(context, 'redactMessageText', {
      method: 'patch',
      path: '',
      pathParams: { userId, messageId: id },
      body: { text: '' },
    });
    expect(redacted.status).toBe(200);
    expect(((await get(context, id)).body as Record<string, unknown>).text).toBe('');
    context.advance(3 * 24 * 3600 * 1000 + 1);
    expect((await get(context, id)).body).not.toHaveProperty('text');
    const missing = await get(context, 'm-nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      category: 'not-found',
      code: 'message-not-found',
      details: [{ name: 'messageId', value: 'm-nope' }],
    });
    const spec = await specOf(API);
    expectResponseMatchesOperation(spec, 'getMessage', missing);
    expectResponseMatchesOperation(spec, 'redactMessageText', redacted);
    const otherUser = await call(context, 'getMessage', { path: '', pathParams: { userId: 'u-other', messageId: id } });
    expect(otherUser.status).toBe(404);
  });
});

describe('inbound messages', () => {
  it('stores a received message and sends the inbound sms event to the given callbackUrl', async () => {
    const context = fakeContext();
    const stored = behaviour.injectInbound(
      {
        from: '+13233326955',
        to: '+13865245000',
        text: 'Example',
        fields: { userId, applicationId: 'a-123', callbackUrl },
      },
      context,
    ) as Record<string, unknown>;
    expect(stored).toMatchObject({ direction: 'in', state: 'received', id: expect.stringMatching(/^m-[a-z0-9]{25}$/) });
    context.advance(0);
    const [delivery] = context.deliveries;
    expect(delivery!.body).toMatchObject({
      eventType: 'sms',
      direction: 'in',
      state: 'received',
      applicationId: 'a-123',
      text: 'Example',
      messageId: stored.id,
    });
    expect(delivery!.body).not.toHaveProperty('deliveryState');
    expectDeliveryMatchesWebhook(await specOf(API), delivery!);
    expect(((await get(context, String(stored.id))).body as Record<string, unknown>).state).toBe('received');
  });

  it('sends an inbound mms to the inbound URL by GET when configured, and names missing fields', async () => {
    const context = fakeContext({
      settings: { callbacks: { inboundUrl: 'http://127.0.0.1:9/in' }, options: { callbackHttpMethod: 'GET' } },
    });
    await send(context);
    behaviour.injectInbound(
      { from: '+15035555555', to: '+12534483100', text: 'Hello MMS!', media: ['https://example.org/a.jpg'] },
      context,
    );
    context.advance(0);
    const delivery = context.deliveries.find((candidate) => candidate.url === 'http://127.0.0.1:9/in')!;
    expect(delivery).toMatchObject({
      method: 'GET',
      query: { eventType: 'mms', direction: 'in', media: '[https://example.org/a.jpg]' },
    });
    expectDeliveryMatchesWebhook(await specOf(API), delivery);
    expect(() => behaviour.injectInbound({ from: '', to: '+1' }, fakeContext())).toThrow(/from/);
    expect(() => behaviour.injectInbound({ from: '+1555', to: '+1666' }, fakeContext())).toThrow(/userId/);
  });
});

describe('errors', () => {
  const error = (overrides: Partial<SandboxError>): SandboxError => ({
    kind: 'bad-request',
    status: 400,
    operationId: 'sendMessage',
    violations: [],
    message: 'bad',
    ...overrides,
  });

  it('names the actual violation in message and details', async () => {
    const spec = await specOf(API);
    const missing = behaviour.errorResponse(
      error({ violations: [{ location: 'body', field: 'to', message: "must have required property 'to'" }] }),
    );
    expect(missing.body).toEqual({
      category: 'bad-request',
      code: 'blank-property',
      message: "The 'message' resource property 'to' must have required property 'to'",
      details: [{ name: 'to', value: "must have required property 'to'" }],
    });
    expectResponseMatchesOperation(spec, 'sendMessage', missing);
    const size = behaviour.errorResponse(
      error({
        operationId: 'listMessages',
        violations: [{ location: 'query', field: 'size', message: 'size must be <= 1000' }],
      }),
    );
    // The core's message may repeat the field's name; the body names it once.
    expect(size.body).toMatchObject({
      code: 'validation-error',
      message: "The query parameter 'size' must be <= 1000",
      details: [{ name: 'size', value: 'must be <= 1000' }],
    });
    expectResponseMatchesOperation(spec, 'listMessages', size);
  });

  it.each([
    ['unauthorized', 'getMessage', 401, 'authorization'],
    ['not-found', 'getMessage', 404, 'not-found'],
    ['rate-limited', 'sendMessage', 403, 'limit'],
    ['rate-limited', 'listMessages', 429, 'too-many-requests'],
    ['server-error', 'sendMessage', 503, 'unavailable'],
  ] as const)('maps %s on %s to %i, category %s, in the contract', async (kind, operationId, status, category) => {
    const response = behaviour.errorResponse(
      error({
        kind,
        operationId,
        status: kind === 'server-error' ? 500 : status,
        message: 'what happened',
        retryAfterSeconds: 2,
        at: 1_700_000_000_000,
      }),
    );
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ category, message: 'what happened' });
    expectResponseMatchesOperation(await specOf(API), operationId, response);
    if (status === 429) expect(response.headers?.['X-RateLimit-Reset']).toBe('1700000002000');
  });

  it('keeps statuses the documents do not list, in documented categories and codes', () => {
    const undocumented = (kind: SandboxError['kind'], status: number) =>
      behaviour.errorResponse(error({ kind, status, operationId: 'getMessage', message: 'why' }));
    expect(undocumented('internal', 500)).toEqual({
      status: 500,
      body: { category: 'unavailable', code: 'internal-error', message: 'why', details: [] },
    });
    expect(undocumented('method-not-allowed', 405)).toEqual({
      status: 405,
      body: { category: 'bad-request', code: 'validation-error', message: 'why', details: [] },
    });
    expect(undocumented('not-found', 404).body).toMatchObject({ code: 'message-not-found' });
  });
});

describe('media', () => {
  const bytes = new Uint8Array([0x49, 0x44, 0x33, 0xff, 0x00]);
  const mediaPath = (mediaName: string, user = userId) => ({
    path: `/users/${user}/media/${mediaName}`,
    pathParams: { userId: user, mediaName },
  });
  const upload = (context: FakeContext, mediaName: string, body = bytes, user = userId) =>
    call(context, 'uploadMedia', {
      method: 'put',
      ...mediaPath(mediaName, user),
      headers: { 'content-type': 'audio/mpeg', 'content-length': String(body.length) },
      rawBody: body,
    });
  const listAll = (context: FakeContext, user = userId) =>
    call(context, 'listMedia', { path: `/users/${user}/media`, pathParams: { userId: user } });

  it('uploads (200), lists all files as a bare array, downloads bytes with their type, deletes (200)', async () => {
    const spec = await specOf(API);
    const context = fakeContext();
    const uploaded = await upload(context, 'file1.mp3');
    expect(uploaded.status).toBe(200);
    expectResponseMatchesOperation(spec, 'uploadMedia', uploaded);
    await upload(context, 'other.mp3', bytes, 'u-other');

    const listed = await listAll(context);
    expectResponseMatchesOperation(spec, 'listMedia', listed);
    expect(listed.body).toEqual([
      {
        mediaName: 'file1.mp3',
        contentLength: bytes.length,
        content: `http://127.0.0.1:4999/v1/users/${userId}/media/file1.mp3`,
      },
    ]);

    const downloaded = await call(context, 'getMedia', mediaPath('file1.mp3'));
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers).toEqual({ 'content-type': 'audio/mpeg' });
    expect([...(downloaded.body as Uint8Array)]).toEqual([...bytes]);

    const deleted = await call(context, 'deleteMedia', { method: 'delete', ...mediaPath('file1.mp3') });
    expect(deleted.status).toBe(200);
    expectResponseMatchesOperation(spec, 'deleteMedia', deleted);
    expect((await listAll(context)).body).toEqual([]);
    for (const operationId of ['getMedia', 'deleteMedia']) {
      const missing = await call(context, operationId, mediaPath('file1.mp3'));
      expect(missing.status).toBe(404);
      expectResponseMatchesOperation(spec, operationId, missing);
      expect(missing.body).toMatchObject({
        category: 'not-found',
        code: 'media-not-found',
        message: 'The media resource named file1.mp3 could not be found',
      });
    }
  });

  it('answers 403 media-size-overflow for a file over 65MB, and for a body over the sandbox cap', async () => {
    const spec = await specOf(API);
    const tooLarge = await upload(fakeContext(), 'big.mp4', new Uint8Array(65 * 1024 * 1024 + 1));
    expect(tooLarge.status).toBe(403);
    expectResponseMatchesOperation(spec, 'uploadMedia', tooLarge);
    expect(tooLarge.body).toMatchObject({ category: 'forbidden', code: 'media-size-overflow' });
    const overCap = behaviour.errorResponse({
      kind: 'payload-too-large',
      status: 413,
      operationId: 'uploadMedia',
      violations: [],
      message: 'The request body exceeds 1048576 bytes, the most this sandbox accepts.',
    });
    expect(overCap.status).toBe(403);
    expectResponseMatchesOperation(spec, 'uploadMedia', overCap);
    expect(overCap.body).toMatchObject({ code: 'media-size-overflow', message: expect.stringContaining('1048576') });
  });

  it('keeps the bytes of all files under the cap by evicting the oldest files', async () => {
    const context = fakeContext();
    const file = new Uint8Array(4 * 1024 * 1024);
    const count = MAX_TOTAL_MEDIA_BYTES / file.length + 2;
    for (let index = 0; index < count; index++)
      expect((await upload(context, `clip-${index}.mp4`, file)).status).toBe(200);
    const names = (await listAll(context)).body as { mediaName: string; contentLength: number }[];
    expect(names.reduce((total, media) => total + media.contentLength, 0)).toBeLessThanOrEqual(MAX_TOTAL_MEDIA_BYTES);
    expect(names.map((media) => media.mediaName)).toEqual(
      Array.from({ length: count - 2 }, (_, index) => `clip-${index + 2}.mp4`),
    );
  });
});
