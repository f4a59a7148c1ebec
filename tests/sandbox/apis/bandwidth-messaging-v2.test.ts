import { describe, expect, it } from 'vitest';
import behaviour from '../../../packages/sandbox/src/apis/bandwidth-messaging-v2/index.js';
import { ERROR_CODE_SLUGS } from '../../../packages/sandbox/src/apis/bandwidth-messaging-v2/error-codes.js';
import type { SandboxError, SandboxResponse } from '../../../packages/sandbox/src/core/api-behaviour.js';
import { expectDeliveryMatchesWebhook, expectResponseMatchesOperation, specOf } from './contract.js';
import { fakeContext, validatedRequest, type FakeContext } from './fake-context.js';

const API = 'bandwidth-messaging-v2';
const accountId = '9900000';
const applicationId = '93de2206-9669-4e07-948d-329f4b722ee2';
const statusUrl = 'http://127.0.0.1:9/status';
const inboundUrl = 'http://127.0.0.1:9/inbound';
const credentials = { username: 'hook-user', password: 'hook-pass' };

function sandbox(options: Parameters<typeof fakeContext>[0] = {}): FakeContext {
  return fakeContext({
    ...options,
    settings: { callbacks: { statusUrl, inboundUrl, credentials }, ...options.settings },
  });
}

async function call(
  context: FakeContext,
  operationId: string,
  parts: Parameters<typeof validatedRequest>[1],
): Promise<SandboxResponse> {
  const response = await behaviour.operations[operationId]!(validatedRequest(operationId, parts), context);
  if (!response) throw new Error(`${operationId} left the answer to Prism`);
  return response;
}

function send(
  context: FakeContext,
  body: Record<string, unknown> = {},
  forcedFailure?: { errorCode: number | string },
) {
  return call(context, 'createMessage', {
    path: `/users/${accountId}/messages`,
    pathParams: { accountId },
    body: { applicationId, to: ['+15554443333'], from: '+15552221111', text: 'Hello', ...body },
    ...(forcedFailure ? { forcedFailure } : {}),
  });
}

function search(context: FakeContext, query: Record<string, string>, account = accountId) {
  return call(context, 'listMessages', {
    path: `/users/${account}/messages`,
    pathParams: { accountId: account },
    query,
  });
}

const statusOf = async (context: FakeContext, messageId: string) =>
  ((await search(context, { messageId })).body as { messages: { messageStatus: string }[] }).messages.map(
    (row) => row.messageStatus,
  );

const eventsOf = (context: FakeContext) =>
  context.deliveries.map((delivery) => (delivery.body as { type: string }[])[0]!.type);

describe('send', () => {
  it('stores the message and answers 202 with a documented-style id and the clock time', async () => {
    const context = sandbox();
    const response = await send(context, { tag: 'order-1234' });
    expect(response.status).toBe(202);
    const message = response.body as Record<string, unknown>;
    expect(message.id).toMatch(/^\d{13}[a-z0-9]{16}$/);
    expect(String(message.id).slice(0, 13)).toBe(String(context.clock.now()));
    expect(message).toMatchObject({
      owner: '+15552221111',
      applicationId,
      direction: 'out',
      to: ['+15554443333'],
      segmentCount: 1,
      tag: 'order-1234',
      time: new Date(context.clock.now()).toISOString(),
    });
    expectResponseMatchesOperation(await specOf(API), 'createMessage', response);
    expect(await statusOf(context, String(message.id))).toEqual(['RECEIVED']);
  });

  it('counts segments: 160 GSM-7 characters are one, 161 are two, 71 UCS-2 characters are two; MMS is one', async () => {
    const context = sandbox();
    const segments = async (body: Record<string, unknown>) =>
      ((await send(context, body)).body as { segmentCount: number }).segmentCount;
    expect(await segments({ text: 'a'.repeat(160) })).toBe(1);
    expect(await segments({ text: 'a'.repeat(161) })).toBe(2);
    expect(await segments({ text: 'é'.repeat(160) })).toBe(1); // é is in the GSM-7 alphabet
    expect(await segments({ text: 'ą'.repeat(71) })).toBe(2);
    expect(await segments({ text: 'a'.repeat(500), media: ['https://example.org/a.png'] })).toBe(1);
  });

  it('rejects more than 10 recipients and a past expiration, naming the field', async () => {
    const context = sandbox();
    const tooMany = await send(context, {
      to: Array.from({ length: 11 }, (_, index) => `+1555444${String(index).padStart(4, '0')}`),
    });
    expect(tooMany.status).toBe(400);
    expect(
      (tooMany.body as { fieldErrors: { fieldName: string }[] }).fieldErrors.map((error) => error.fieldName),
    ).toEqual(['to']);
    const expired = await send(context, { expiration: new Date(context.clock.now() - 1000).toISOString() });
    expect(
      (expired.body as { fieldErrors: { fieldName: string }[] }).fieldErrors.map((error) => error.fieldName),
    ).toEqual(['expiration']);
    const spec = await specOf(API);
    expectResponseMatchesOperation(spec, 'createMessage', tooMany);
    expectResponseMatchesOperation(spec, 'createMessage', expired);
    expect(context.store('messages').size).toBe(0);
  });
});

describe('status over time (fake clock)', () => {
  it('moves an SMS RECEIVED -> QUEUED -> SENDING -> SENT -> DELIVERED and calls back message-sent, then message-delivered', async () => {
    const context = sandbox();
    const id = String(((await send(context)).body as { id: string }).id);
    const seen: string[] = [];
    for (const step of [49, 1, 50, 100, 499, 1]) {
      context.advance(step);
      seen.push((await statusOf(context, id))[0]!);
    }
    expect(seen).toEqual(['RECEIVED', 'QUEUED', 'SENDING', 'SENT', 'SENT', 'DELIVERED']);
    expect(eventsOf(context)).toEqual(['message-sent', 'message-delivered']);
    const spec = await specOf(API);
    for (const delivery of context.deliveries) {
      expectDeliveryMatchesWebhook(spec, delivery);
      expect(delivery).toMatchObject({
        webhook: 'statusCallback',
        url: statusUrl,
        method: 'POST',
        credentials,
        challengeFirst: true,
      });
      expect(delivery.headers?.['User-Agent']).toBe('BandwidthAPI/v2');
      const [event] = delivery.body as Record<string, any>[];
      expect(event).toMatchObject({
        to: '+15554443333',
        message: { id, direction: 'out', text: '', owner: '+15552221111' },
      });
    }
    const delivered = (context.deliveries[1]!.body as Record<string, unknown>[])[0]!;
    expect(delivered.time).toBe(new Date(context.clock.now()).toISOString());
  });

  it('honours configured delays', async () => {
    const context = sandbox({ settings: { delays: { delivered: 5000 } } });
    const id = String(((await send(context)).body as { id: string }).id);
    context.advance(1000);
    expect(await statusOf(context, id)).toEqual(['SENT']);
    context.advance(4200);
    expect(await statusOf(context, id)).toEqual(['DELIVERED']);
  });

  it('adds message-sending for MMS with delivery receipts, and drops sending and failed events without them', async () => {
    const withReceipts = sandbox();
    await send(withReceipts, { media: ['https://example.org/a.png'] });
    withReceipts.advance(10_000);
    expect(eventsOf(withReceipts)).toEqual(['message-sending', 'message-sent', 'message-delivered']);
    const spec = await specOf(API);
    for (const delivery of withReceipts.deliveries) expectDeliveryMatchesWebhook(spec, delivery);

    const without = sandbox({ settings: { options: { mmsDeliveryReceipts: false } } });
    await send(without, { media: ['https://example.org/a.png'] }, { errorCode: 4720 });
    without.advance(10_000);
    expect(eventsOf(without)).toEqual(['message-sent']);
  });

  it('ends a forced carrier failure in FAILED with its errorCode and slug, after message-sent', async () => {
    const context = sandbox();
    const id = String(((await send(context, {}, { errorCode: 4770 })).body as { id: string }).id);
    context.advance(10_000);
    expect(eventsOf(context)).toEqual(['message-sent', 'message-failed']);
    const failed = (context.deliveries[1]!.body as Record<string, unknown>[])[0]!;
    expect(failed).toMatchObject({
      type: 'message-failed',
      errorCode: 4770,
      description: 'destination-spam-detected',
      to: '+15554443333',
    });
    expectDeliveryMatchesWebhook(await specOf(API), context.deliveries[1]!);
    const row = ((await search(context, { messageId: id })).body as { messages: Record<string, unknown>[] })
      .messages[0]!;
    expect(row).toMatchObject({ messageStatus: 'FAILED', errorCode: 4770 });
    const records = (
      await call(context, 'getMessageDetailRecords', { path: '', pathParams: { accountId, messageId: id } })
    ).body as Record<string, unknown>[];
    expect(records[0]).toMatchObject({ MessageStatus: 'REJECTED-PROVIDER-SPAM', Billable: 'Yes' });
  });

  it('rejects a Bandwidth-detected client error before sending (no message-sent)', async () => {
    const context = sandbox();
    const id = String(((await send(context, {}, { errorCode: 4432 })).body as { id: string }).id);
    context.advance(100);
    expect(await statusOf(context, id)).toEqual(['FAILED']);
    expect(eventsOf(context)).toEqual(['message-failed']);
    expect((context.deliveries[0]!.body as Record<string, unknown>[])[0]).toMatchObject({
      errorCode: 4432,
      description: 'rejected-forbidden-country',
    });
  });

  it('ends 9902 as DLR_EXPIRED, and an expiration that passes before sending as 4360', async () => {
    const context = sandbox();
    const expiring = String(
      ((await send(context, { expiration: new Date(context.clock.now() + 60).toISOString() })).body as { id: string })
        .id,
    );
    const receiptExpired = String(((await send(context, {}, { errorCode: '9902' })).body as { id: string }).id);
    context.advance(10_000);
    expect(await statusOf(context, receiptExpired)).toEqual(['DLR_EXPIRED']);
    expect(await statusOf(context, expiring)).toEqual(['FAILED']);
    const codes = context.deliveries
      .map((delivery) => (delivery.body as Record<string, any>[])[0]!)
      .filter((event) => event.type === 'message-failed')
      .map((event) => [event.message.id, event.errorCode]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [expiring, 4360],
        [receiptExpired, 9902],
      ]),
    );
  });

  it('calls back once per recipient of a group message', async () => {
    const context = sandbox();
    await send(context, { to: ['+15554443333', '+15554444444'], media: ['https://example.org/a.png'] });
    context.advance(10_000);
    const delivered = context.deliveries
      .map((delivery) => (delivery.body as Record<string, any>[])[0]!)
      .filter((event) => event.type === 'message-delivered');
    expect(delivered.map((event) => event.to)).toEqual(['+15554443333', '+15554444444']);
  });

  it('sends a group message as MMS, and reports the configured carrierName', async () => {
    const context = sandbox({ settings: { options: { carrierName: 'Verizon' } } });
    const id = String(((await send(context, { to: ['+15554443333', '+15554444444'] })).body as { id: string }).id);
    context.advance(10_000);
    const rows = (
      (await search(context, { messageId: id, carrierName: 'Verizon' })).body as { messages: Record<string, unknown>[] }
    ).messages;
    expect(rows.map((row) => [row.destinationTn, row.messageType, row.recipientCount])).toEqual([
      ['+15554444444', 'mms', 2],
      ['+15554443333', 'mms', 2],
    ]);
    const delivered = context.deliveries
      .map((delivery) => (delivery.body as Record<string, any>[])[0]!)
      .filter((event) => event.type === 'message-delivered');
    expect(delivered.map((event) => event.carrierName)).toEqual(['Verizon', 'Verizon']);
    for (const delivery of context.deliveries) expectDeliveryMatchesWebhook(await specOf(API), delivery);
  });

  it('sends only the requestedCallbackTypes, and nothing without a status URL', async () => {
    const filtered = sandbox({ settings: { options: { requestedCallbackTypes: ['message-delivered'] } } });
    await send(filtered);
    filtered.advance(10_000);
    expect(eventsOf(filtered)).toEqual(['message-delivered']);
    const silent = fakeContext();
    await send(silent);
    silent.advance(10_000);
    expect(silent.deliveries).toEqual([]);
  });
});

describe('search', () => {
  async function many(context: FakeContext, count: number) {
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      ids.push(
        String(
          (
            (
              await send(context, {
                to: [`+1555000${String(index).padStart(4, '0')}`],
                text: 'x'.repeat(1 + (index % 3) * 100),
              })
            ).body as { id: string }
          ).id,
        ),
      );
      context.advance(1000);
    }
    return ids;
  }

  it('pages 250 messages most recent first with pageToken, pageInfo and Link, without gaps or repeats', async () => {
    const context = sandbox();
    const ids = await many(context, 250);
    const spec = await specOf(API);
    const seen: string[] = [];
    let query: Record<string, string> = { messageDirection: 'OUTBOUND' };
    const sizes: number[] = [];
    for (;;) {
      const response = await search(context, query);
      expectResponseMatchesOperation(spec, 'listMessages', response);
      const body = response.body as {
        totalCount: number;
        pageInfo: Record<string, string>;
        messages: { messageId: string }[];
      };
      expect(body.totalCount).toBe(250);
      sizes.push(body.messages.length);
      seen.push(...body.messages.map((row) => row.messageId));
      if (!body.pageInfo.nextPageToken) {
        expect(response.headers?.Link ?? '').not.toContain('rel="next"');
        break;
      }
      expect(response.headers?.Link).toContain(`<${body.pageInfo.nextPage}>; rel="next"`);
      expect(body.pageInfo.nextPage).toBe(
        `http://127.0.0.1:4999/users/${accountId}/messages?messageDirection=OUTBOUND&pageToken=${body.pageInfo.nextPageToken}`,
      );
      query = { messageDirection: 'OUTBOUND', pageToken: body.pageInfo.nextPageToken };
    }
    expect(sizes).toEqual([100, 100, 50]);
    expect(seen).toEqual([...ids].reverse());

    const second = await search(context, {
      messageDirection: 'OUTBOUND',
      limit: '100',
      pageToken: query.pageToken!,
    });
    expect((second.body as { pageInfo: Record<string, string> }).pageInfo.prevPageToken).toBeDefined();
  });

  it('refuses a page token from another search, naming pageToken', async () => {
    const context = sandbox();
    await many(context, 3);
    const first = (await search(context, { limit: '1' })).body as { pageInfo: { nextPageToken: string } };
    const replayed = await search(context, {
      limit: '1',
      messageStatus: 'DELIVERED',
      pageToken: first.pageInfo.nextPageToken,
    });
    expect(replayed.status).toBe(400);
    expect((replayed.body as { description: string }).description).toContain("'pageToken'");
    const forged = await search(context, { pageToken: 'bm90LWEtdG9rZW4' });
    expect(forged.status).toBe(400);
    expectResponseMatchesOperation(await specOf(API), 'listMessages', forged);
  });

  it('sorts by any field in either direction, ties by receive time', async () => {
    const context = sandbox();
    await many(context, 9);
    const rows = async (sort: string) =>
      ((await search(context, { sort })).body as { messages: Record<string, any>[] }).messages;
    const ascending = await rows('messageLength:asc');
    expect(ascending.map((row) => row.messageLength)).toEqual([1, 1, 1, 101, 101, 101, 201, 201, 201]);
    expect(ascending.slice(0, 3).map((row) => Date.parse(row.receiveTime))).toEqual(
      [...ascending.slice(0, 3).map((row) => Date.parse(row.receiveTime))].sort((a, b) => b - a),
    );
    expect((await rows('destinationTn:asc')).map((row) => row.destinationTn)).toEqual(
      [...(await rows('destinationTn:desc')).map((row) => row.destinationTn)].reverse(),
    );
    const bad = await search(context, { sort: 'colour:asc' });
    expect(bad.status).toBe(400);
    expect((bad.body as { description: string }).description).toContain("'sort'");
  });

  it('applies every kind of filter', async () => {
    const context = sandbox();
    const ids = await many(context, 6); // 1 s apart; recipients +15550000000..5
    context.advance(10_000);
    await send(context, { to: ['+15559990000'] }, { errorCode: 4720 });
    context.advance(10_000);
    const count = async (query: Record<string, string>) =>
      ((await search(context, query)).body as { totalCount: number }).totalCount;
    expect(await count({ messageId: ids[2]! })).toBe(1);
    expect(await count({ destinationTn: '+15550000001,+15550000004' })).toBe(2);
    expect(await count({ destinationTn: '+155500' })).toBe(6);
    expect(await count({ destinationTn: '15559990000' })).toBe(1);
    expect(await count({ sourceTn: '+15552221111' })).toBe(7);
    expect(await count({ messageStatus: 'FAILED' })).toBe(1);
    expect(await count({ errorCode: '4720' })).toBe(1);
    expect(await count({ messageStatus: 'DELIVERED', messageType: 'sms' })).toBe(6);
    expect(await count({ messageDirection: 'INBOUND' })).toBe(0);
    const start = Date.UTC(2026, 0, 15, 12, 0, 0);
    expect(
      await count({
        fromDateTime: new Date(start + 1000).toISOString(),
        toDateTime: new Date(start + 3000).toISOString(),
      }),
    ).toBe(3);
    expect(await count({ fromSegmentCount: '2', toSegmentCount: '2' })).toBe(2);
    expect(await count({ toMessageSize: '101' })).toBe(5);
    expect(await count({ carrierName: 'Verizon' })).toBe(0);
    expect(await count({ bwQueued: 'false' })).toBe(7);
    expect(await count({ limit: '1', limitTotalCount: 'true' })).toBe(7);
    expect(await count({ limit: '1' })).toBe(7);
    expect(((await search(context, { limit: '5' }, 'other-account')).body as { totalCount: number }).totalCount).toBe(
      0,
    );
  });

  it('reports queued messages with bwQueued and carrierQueued', async () => {
    const context = sandbox();
    await send(context);
    const count = async (query: Record<string, string>) =>
      ((await search(context, query)).body as { totalCount: number }).totalCount;
    expect(await count({ bwQueued: 'true' })).toBe(1);
    context.advance(200);
    expect(await count({ carrierQueued: 'true' })).toBe(1);
    expect(await count({ bwQueued: 'true' })).toBe(0);
  });

  it('needs at least one query parameter', async () => {
    const context = sandbox();
    const response = await search(context, {});
    expect(response.status).toBe(400);
    expectResponseMatchesOperation(await specOf(API), 'listMessages', response);
  });
});

describe('message detail records', () => {
  it('has one record per segment, in the contract, and 404 in the error shape for an unknown id', async () => {
    const context = sandbox();
    const id = String(((await send(context, { text: 'a'.repeat(200) })).body as { id: string }).id);
    context.advance(10_000);
    const spec = await specOf(API);
    const response = await call(context, 'getMessageDetailRecords', {
      path: '',
      pathParams: { accountId, messageId: id },
    });
    expectResponseMatchesOperation(spec, 'getMessageDetailRecords', response);
    expect(
      (response.body as Record<string, unknown>[]).map((record) => [
        record.SegmentNumber,
        record.MessageStatus,
        record.DLRCode,
      ]),
    ).toEqual([
      [1, 'DELIVERED', 0],
      [2, 'DELIVERED', 0],
    ]);
    const missing = await call(context, 'getMessageDetailRecords', {
      path: '',
      pathParams: { accountId, messageId: 'nope' },
    });
    expect(missing.status).toBe(404);
    expectResponseMatchesOperation(spec, 'getMessageDetailRecords', missing);
    const otherAccount = await call(context, 'getMessageDetailRecords', {
      path: '',
      pathParams: { accountId: '1', messageId: id },
    });
    expect(otherAccount.status).toBe(404);
  });
});

describe('inbound messages', () => {
  it('stores an injected message and calls back message-received on the inbound URL, one per owned number', async () => {
    const context = sandbox();
    await send(context);
    const injected = behaviour.injectInbound(
      {
        from: '+12345678901',
        to: ['+12345678902', '+12345678903'],
        text: 'Hey, check this out!',
        media: ['https://example.org/bw.png'],
      },
      context,
    ) as Record<string, unknown>[];
    expect(injected).toHaveLength(2);
    expect(new Set(injected.map((message) => message.id)).size).toBe(2);
    context.advance(0);
    const received = context.deliveries.filter((delivery) => delivery.webhook === 'inboundCallback');
    expect(received.map((delivery) => (delivery.body as Record<string, any>[])[0]!.to)).toEqual([
      '+12345678902',
      '+12345678903',
    ]);
    const spec = await specOf(API);
    for (const delivery of received) {
      expectDeliveryMatchesWebhook(spec, delivery);
      expect(delivery).toMatchObject({ url: inboundUrl, credentials, challengeFirst: true });
      expect((delivery.body as Record<string, any>[])[0]).toMatchObject({
        type: 'message-received',
        message: { direction: 'in', text: 'Hey, check this out!', applicationId },
      });
    }
    expect(((await search(context, { messageDirection: 'INBOUND' })).body as { totalCount: number }).totalCount).toBe(
      2,
    );
  });

  it('names the missing field of a bad injection', () => {
    expect(() => behaviour.injectInbound({ from: '+1', to: [] }, sandbox())).toThrow(TypeError);
    expect(() => behaviour.injectInbound({ from: '+12345678901', to: '+12345678902' }, sandbox())).toThrow(/accountId/);
    const single = behaviour.injectInbound(
      { from: '+12345678901', to: '+12345678902', fields: { accountId } },
      sandbox(),
    ) as Record<string, unknown>;
    expect(single).toMatchObject({ direction: 'in', owner: '+12345678902', applicationId: expect.any(String) });
  });
});

describe('errors', () => {
  const error = (overrides: Partial<SandboxError>): SandboxError => ({
    kind: 'bad-request',
    status: 400,
    operationId: 'createMessage',
    violations: [],
    message: 'bad',
    ...overrides,
  });

  it("names createMessage's real violation in fieldErrors, and other operations' in the description", async () => {
    const spec = await specOf(API);
    const create = behaviour.errorResponse(
      error({
        violations: [
          { location: 'body', field: 'applicationId', message: "must have required property 'applicationId'" },
        ],
      }),
    );
    expect(create.body).toMatchObject({
      type: 'request-validation',
      fieldErrors: [{ fieldName: 'applicationId', description: "must have required property 'applicationId'" }],
    });
    expectResponseMatchesOperation(spec, 'createMessage', create);
    const list = behaviour.errorResponse(
      error({
        operationId: 'listMessages',
        violations: [{ location: 'query', field: 'limit', message: 'must be <= 10000' }],
      }),
    );
    expect((list.body as { description: string }).description).toBe("'limit' must be <= 10000");
    expectResponseMatchesOperation(spec, 'listMessages', list);
  });

  it.each([
    ['unauthorized', 401, 'listMessages', 'unauthorized'],
    ['not-found', 404, 'listMessages', 'not-found'],
    ['method-not-allowed', 405, 'listMessages', 'method-not-allowed'],
    ['not-acceptable', 406, 'createMessage', 'not-acceptable'],
    ['unsupported-media-type', 415, 'createMessage', 'unsupported-content-type'],
    ['rate-limited', 429, 'createMessage', 'max-message-queue-size-exceeded'],
    ['rate-limited', 429, 'listMessages', 'rate_limit_exceeded'],
    ['server-error', 500, 'listMessages', 'internal-server-error'],
    ['internal', 500, 'createMessage', 'internal-server-error'],
    ['payload-too-large', 400, 'createMessage', 'request-validation'],
  ] as const)('maps %s to %i in the documented shape of %s', async (kind, status, operationId, type) => {
    const response = behaviour.errorResponse(
      error({ kind, status: kind === 'payload-too-large' ? 413 : status, operationId, message: 'what happened' }),
    );
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ type });
    expect((response.body as { description: string }).description).toContain('what happened');
    expectResponseMatchesOperation(await specOf(API), operationId, response);
  });
});

describe('error codes', () => {
  it("equal the contract's MessagingErrorCode table", async () => {
    const spec = await specOf(API);
    const failed = spec.document.components.schemas.MessagingErrorCode;
    const table = failed.anyOf.find((branch: any) => branch.enum);
    const slugs = Object.fromEntries(
      Object.entries<string>(table['x-enumDescriptions']).map(([code, text]) => [code, /^`([^`]+)`/.exec(text)![1]]),
    );
    expect(Object.fromEntries(Object.entries(ERROR_CODE_SLUGS).map(([code, slug]) => [code, slug]))).toEqual(slugs);
  });
});

describe('media', () => {
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]);
  const mediaPath = (mediaId: string, account = accountId) => ({
    path: `/users/${account}/media/${mediaId}`,
    pathParams: { accountId: account, mediaId },
  });
  const upload = (context: FakeContext, mediaId: string, body = bytes, account = accountId) =>
    call(context, 'uploadMedia', {
      method: 'put',
      ...mediaPath(mediaId, account),
      headers: { 'content-type': 'image/png' },
      rawBody: body,
    });
  const listPage = (context: FakeContext, headers: Record<string, string> = {}, account = accountId) =>
    call(context, 'listMedia', { path: `/users/${account}/media`, pathParams: { accountId: account }, headers });

  it('uploads (204), lists, downloads the bytes and deletes (204), each answer as the contract says', async () => {
    const spec = await specOf(API);
    const context = sandbox();
    // An ID with slashes, as incoming media has (mediaManagement.mdx).
    const mediaId = '14762070468292kw2fuqty55yp2b2/0/bw.png';
    const uploaded = await upload(context, mediaId);
    expect(uploaded.status).toBe(204);
    expectResponseMatchesOperation(spec, 'uploadMedia', uploaded);

    const listed = await listPage(context);
    expectResponseMatchesOperation(spec, 'listMedia', listed);
    expect(listed.body).toEqual([
      {
        mediaName: mediaId,
        contentLength: bytes.length,
        content: `http://127.0.0.1:4999/users/${accountId}/media/14762070468292kw2fuqty55yp2b2/0/bw.png`,
      },
    ]);
    expect(listed.headers?.['Continuation-Token']).toBeUndefined();

    const downloaded = await call(context, 'getMedia', mediaPath(mediaId));
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers).toEqual({ 'content-type': 'application/octet-stream' });
    expect([...(downloaded.body as Uint8Array)]).toEqual([...bytes]);

    const deleted = await call(context, 'deleteMedia', { method: 'delete', ...mediaPath(mediaId) });
    expect(deleted.status).toBe(204);
    expectResponseMatchesOperation(spec, 'deleteMedia', deleted);
    expect((await listPage(context)).body).toEqual([]);
    for (const operationId of ['getMedia', 'deleteMedia']) {
      const missing = await call(context, operationId, mediaPath(mediaId));
      expect(missing.status).toBe(404);
      expectResponseMatchesOperation(spec, operationId, missing);
      expect((missing.body as { description: string }).description).toContain(mediaId);
    }
  });

  it('replaces a file uploaded under the same name, and keeps each account to its own files', async () => {
    const context = sandbox();
    await upload(context, 'file.mp3');
    await upload(context, 'file.mp3', new Uint8Array([1, 2, 3]));
    await upload(context, 'other.mp3', bytes, '9900001');
    expect((await listPage(context)).body).toEqual([
      expect.objectContaining({ mediaName: 'file.mp3', contentLength: 3 }),
    ]);
    expect([...((await call(context, 'getMedia', mediaPath('file.mp3'))).body as Uint8Array)]).toEqual([1, 2, 3]);
    expect((await call(context, 'getMedia', mediaPath('other.mp3'))).status).toBe(404);
  });

  it('pages at 1000 files with the Continuation-Token header, and refuses a token it did not issue', async () => {
    const spec = await specOf(API);
    const context = sandbox();
    for (let index = 0; index < 1001; index++) await upload(context, `file-${index}.png`);
    const first = await listPage(context);
    expect((first.body as unknown[]).length).toBe(1000);
    const token = first.headers?.['Continuation-Token'];
    expect(token).toEqual(expect.any(String));
    const second = await listPage(context, { 'continuation-token': token! });
    expectResponseMatchesOperation(spec, 'listMedia', second);
    expect(second.body).toEqual([expect.objectContaining({ mediaName: 'file-1000.png' })]);
    expect(second.headers?.['Continuation-Token']).toBeUndefined();
    // Another account's listing does not take this account's token.
    const foreign = await listPage(context, { 'continuation-token': token! }, '9900001');
    expect(foreign.status).toBe(400);
    expectResponseMatchesOperation(spec, 'listMedia', foreign);
    expect((foreign.body as { description: string }).description).toContain('Continuation-Token');
  });

  it('refuses a file over 3.75 MB with the documented 400', async () => {
    const context = sandbox();
    const tooLarge = await upload(context, 'big.wav', new Uint8Array(3.75 * 1024 * 1024 + 1));
    expect(tooLarge.status).toBe(400);
    expectResponseMatchesOperation(await specOf(API), 'uploadMedia', tooLarge);
    expect((await upload(context, 'fits.wav', new Uint8Array(3.75 * 1024 * 1024))).status).toBe(204);
    expect((await listPage(context)).body).toEqual([expect.objectContaining({ mediaName: 'fits.wav' })]);
  });
});
