import { describe, expect, it } from 'vitest';
import behaviour from '../../../packages/sandbox/src/apis/fonedynamics-messaging-v2/index.js';
import type { SandboxError, SandboxResponse } from '../../../packages/sandbox/src/core/api-behaviour.js';
import { expectDeliveryMatchesWebhook, expectResponseMatchesOperation, specOf } from './contract.js';
import { fakeContext, validatedRequest, type FakeContext } from './fake-context.js';

const API = 'fonedynamics-messaging-v2';
const PropertySid = 'PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ';
const credentials = { username: 'AC6GVQOX3FXZ5WNSYG5K4V3DT2Q7HJRM', password: 'token' };
const receiptUrl = 'http://127.0.0.1:9/receipts';
const replyUrl = 'http://127.0.0.1:9/replies';
const start = Date.UTC(2026, 0, 15, 12, 0, 0);
const startSeconds = start / 1000;

async function call(
  context: FakeContext,
  operationId: string,
  parts: Parameters<typeof validatedRequest>[1],
): Promise<SandboxResponse> {
  const response = await behaviour.operations[operationId]!(
    validatedRequest(operationId, { credentials, ...parts }),
    context,
  );
  if (!response) throw new Error(`${operationId} left the answer to Prism`);
  return response;
}

function send(
  context: FakeContext,
  body: Record<string, unknown> = {},
  forcedFailure?: { errorCode: number | string },
) {
  return call(context, 'sendMessage', {
    path: `/v2/Properties/${PropertySid}/Messages`,
    pathParams: { PropertySid },
    body: { From: '+61491570156', To: '+61488824921', Text: 'Your appointment is at 3pm.', ...body },
    ...(forcedFailure ? { forcedFailure } : {}),
  });
}

const sidOf = (response: SandboxResponse) => (response.body as { Message: { MessageSid: string } }).Message.MessageSid;

async function get(context: FakeContext, sid: string) {
  return call(context, 'getMessage', { path: `/v2/Messages/${sid}`, pathParams: { MessageSid: sid } });
}

const resourceOf = async (context: FakeContext, sid: string) =>
  ((await get(context, sid)).body as { Message: Record<string, unknown> }).Message;

function search(context: FakeContext, query: Record<string, string>, property = PropertySid) {
  return call(context, 'searchMessages', {
    path: `/v2/Properties/${property}/Messages`,
    pathParams: { PropertySid: property },
    query,
  });
}

describe('send', () => {
  it('answers {Message} with a documented-style MessageSid, Processing, epoch-second timestamps', async () => {
    const context = fakeContext({ now: start });
    const response = await send(context, { DeliveryReceipt: true });
    expect(response.status).toBe(200);
    const message = (response.body as { Message: Record<string, unknown> }).Message;
    expect(message.MessageSid).toMatch(/^M[A-Z2-7]{31}$/);
    expect(message).toMatchObject({
      AccountSid: credentials.username,
      PropertySid,
      Status: 'Processing',
      Direction: 'Transmit',
      Created: startSeconds,
      Scheduled: startSeconds,
      Submitted: null,
      Delivered: null,
      NumSegments: 1,
      DeliveryReceipt: true,
    });
    const spec = await specOf(API);
    expectResponseMatchesOperation(spec, 'sendMessage', response);
    expectResponseMatchesOperation(spec, 'getMessage', await get(context, String(message.MessageSid)));
  });

  it('sends from a leased number when From is blank, and enforces the Schedule window', async () => {
    const context = fakeContext({ now: start });
    expect((await send(context, { From: '' })).body).toMatchObject({ Message: { From: '+61400000000' } });
    const tooFar = await send(context, { Schedule: startSeconds + 15 * 24 * 3600 });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body).toEqual({
      ResponseStatus: { ErrorCode: 'InvalidParameter', Message: 'Schedule must be at most 14 days in the future' },
    });
    expectResponseMatchesOperation(await specOf(API), 'sendMessage', tooFar);
    expect((await send(context, { Schedule: startSeconds - 2 * 3600 })).status).toBe(400);
    expect((await send(context, { Schedule: startSeconds - 60 })).body).toMatchObject({
      Message: { Scheduled: startSeconds },
    });
  });

  it('sends a batch: one result per message, a failed one without MessageSid', async () => {
    const context = fakeContext({ now: start });
    const response = await call(context, 'sendMessageBatch', {
      path: `/v2/Properties/${PropertySid}/BatchMessages`,
      pathParams: { PropertySid },
      body: {
        Messages: [
          { To: '+61488824921', Text: 'one' },
          { To: '+61488824922', Text: 'two', Schedule: startSeconds + 30 * 24 * 3600 },
        ],
      },
    });
    const results = response.body as Record<string, unknown>[];
    expect(results[0]).toMatchObject({ MessageSid: expect.stringMatching(/^M/), Status: 'Processing' });
    expect(results[1]).toEqual({
      To: '+61488824922',
      ErrorCode: 'InvalidParameter',
      Message: 'Schedule must be at most 14 days in the future',
    });
    expectResponseMatchesOperation(await specOf(API), 'sendMessageBatch', response);
  });
});

describe('statuses over time (fake clock)', () => {
  it('moves Processing -> Submitted -> Delivered and calls the delivery receipt webhook with its method', async () => {
    const context = fakeContext({ now: start });
    const sid = sidOf(
      await send(context, {
        DeliveryReceipt: true,
        DeliveryReceiptWebhookUri: receiptUrl,
        DeliveryReceiptWebhookMethod: 'Get',
      }),
    );
    const statuses: unknown[] = [];
    for (const step of [99, 1, 499, 1]) {
      context.advance(step);
      statuses.push((await resourceOf(context, sid)).Status);
    }
    expect(statuses).toEqual(['Processing', 'Submitted', 'Submitted', 'Delivered']);
    expect(await resourceOf(context, sid)).toMatchObject({ Submitted: startSeconds, Delivered: startSeconds });
    expect(context.deliveries).toHaveLength(1);
    const [delivery] = context.deliveries;
    expect(delivery).toMatchObject({ webhook: 'messageDeliveryReceiptReceived', url: receiptUrl, method: 'GET' });
    expect(delivery!.query).toEqual({
      Action: 'Webhook',
      Event: 'Message.DeliveryReceiptReceived',
      'Account.Sid': credentials.username,
      'Property.Sid': PropertySid,
      'Message.Sid': sid,
      'Message.From': '+61491570156',
      'Message.To': '+61488824921',
      'Message.Text': 'Your appointment is at 3pm.',
    });
    expectDeliveryMatchesWebhook(await specOf(API), delivery!);
  });

  it('posts the receipt as a form by default, stays Submitted without DeliveryReceipt, and honours delays', async () => {
    const context = fakeContext({ now: start, settings: { delays: { delivered: 2000 } } });
    const withReceipt = sidOf(await send(context, { DeliveryReceipt: true, DeliveryReceiptWebhookUri: receiptUrl }));
    const without = sidOf(await send(context, { DeliveryReceiptWebhookUri: receiptUrl }));
    context.advance(1000);
    expect((await resourceOf(context, withReceipt)).Status).toBe('Submitted');
    context.advance(2000);
    expect((await resourceOf(context, withReceipt)).Status).toBe('Delivered');
    expect((await resourceOf(context, without)).Status).toBe('Submitted');
    expect(
      context.deliveries.map((delivery) => [delivery.method, delivery.encoding, delivery.query?.['Message.Sid']]),
    ).toEqual([['POST', 'form', withReceipt]]);
    expectDeliveryMatchesWebhook(await specOf(API), context.deliveries[0]!);
  });

  it('waits for a scheduled time before submitting', async () => {
    const context = fakeContext({ now: start });
    const sid = sidOf(await send(context, { Schedule: startSeconds + 3600 }));
    context.advance(3599_000);
    expect((await resourceOf(context, sid)).Status).toBe('Processing');
    context.advance(1100);
    expect(await resourceOf(context, sid)).toMatchObject({
      Status: 'Submitted',
      Scheduled: startSeconds + 3600,
      Submitted: startSeconds + 3600,
    });
  });

  it('fails a forced failure at submission with its ErrorCode, without a receipt', async () => {
    const context = fakeContext({ now: start });
    const sid = sidOf(
      await send(context, { DeliveryReceipt: true, DeliveryReceiptWebhookUri: receiptUrl }, { errorCode: 'E1234' }),
    );
    context.advance(10_000);
    expect(await resourceOf(context, sid)).toMatchObject({
      Status: 'Failed',
      ErrorCode: 'E1234',
      Submitted: null,
      Delivered: null,
    });
    expect(context.deliveries).toEqual([]);
  });
});

describe('search', () => {
  it('pages with Results_Count / Results_Skip, oldest first, Date_From inclusive and Date_To exclusive', async () => {
    const context = fakeContext({ now: start });
    const sids: string[] = [];
    for (let index = 0; index < 450; index += 1) {
      sids.push(sidOf(await send(context, { To: `+6148882${String(index).padStart(4, '0')}` })));
      context.advance(1000);
    }
    const spec = await specOf(API);
    const page = async (query: Record<string, string>) => {
      const response = await search(context, {
        Date_From: String(startSeconds),
        Date_To: String(startSeconds + 450),
        ...query,
      });
      expectResponseMatchesOperation(spec, 'searchMessages', response);
      return (response.body as { Messages: { MessageSid: string }[] }).Messages.map((message) => message.MessageSid);
    };
    const pages = [await page({}), await page({ Results_Skip: '200' }), await page({ Results_Skip: '400' })];
    expect(pages.map((found) => found.length)).toEqual([200, 200, 50]);
    expect(pages.flat()).toEqual(sids);
    expect(await page({ Results_Count: '10', Results_Skip: '10' })).toEqual(sids.slice(10, 20));
    const window = await search(context, { Date_From: String(startSeconds + 10), Date_To: String(startSeconds + 20) });
    expect(
      (window.body as { Messages: { MessageSid: string }[] }).Messages.map((message) => message.MessageSid),
    ).toEqual(sids.slice(10, 20));
  });

  it('filters by Status and Direction, per property', async () => {
    const context = fakeContext({ now: start });
    await send(context, { DeliveryReceipt: true });
    await send(context);
    behaviour.injectInbound({ from: '+61416240112', to: '+61488824921', text: 'Saaaa' }, context);
    context.advance(10_000);
    const count = async (query: Record<string, string>, property = PropertySid) =>
      (
        (
          await search(
            context,
            { Date_From: String(startSeconds), Date_To: String(startSeconds + 60), ...query },
            property,
          )
        ).body as { Messages: unknown[] }
      ).Messages.length;
    expect(await count({})).toBe(3);
    expect(await count({ Status: 'Delivered' })).toBe(1);
    expect(await count({ Status: 'Submitted' })).toBe(1);
    expect(await count({ Direction: 'Receive' })).toBe(1);
    expect(await count({ Direction: 'Transmit', Status: 'Received' })).toBe(0);
    expect(await count({}, 'POTHER')).toBe(0);
  });
});

describe('inbound messages', () => {
  it("stores a received message and calls the WebhookUri of the message it answers, with that message's method", async () => {
    const context = fakeContext({ now: start });
    await send(context, { To: '+61416240112', From: '+61488824921', WebhookUri: replyUrl, WebhookMethod: 'GET' });
    const stored = behaviour.injectInbound({ from: '+61416240112', to: '+61488824921', text: 'Vvvvv' }, context) as {
      Message: Record<string, unknown>;
    };
    expect(stored.Message).toMatchObject({
      Status: 'Received',
      Direction: 'Receive',
      PropertySid,
      Received: startSeconds,
      Text: 'Vvvvv',
    });
    context.advance(0);
    const received = context.deliveries.filter((delivery) => delivery.webhook === 'messageReceived');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      url: replyUrl,
      method: 'GET',
      query: {
        Event: 'Message.Received',
        'Message.Sid': stored.Message.MessageSid,
        'Message.Text': 'Vvvvv',
        'Account.Sid': credentials.username,
      },
    });
    const spec = await specOf(API);
    expectDeliveryMatchesWebhook(spec, received[0]!);
    expectResponseMatchesOperation(spec, 'getMessage', await get(context, String(stored.Message.MessageSid)));
  });

  it("falls back to the sandbox's inbound URL, and names what is missing", async () => {
    const context = fakeContext({ now: start, settings: { callbacks: { inboundUrl: 'http://127.0.0.1:9/in' } } });
    behaviour.injectInbound(
      { from: '+61416240112', to: '+61488824921', text: 'hello', fields: { PropertySid } },
      context,
    );
    context.advance(0);
    expect(context.deliveries[0]).toMatchObject({ url: 'http://127.0.0.1:9/in', method: 'POST', encoding: 'form' });
    expectDeliveryMatchesWebhook(await specOf(API), context.deliveries[0]!);
    expect(() =>
      behaviour.injectInbound({ from: '+61416240112', to: '+61488824921', text: 'hi' }, fakeContext()),
    ).toThrow(/PropertySid/);
    expect(() => behaviour.injectInbound({ from: '+61416240112', to: '+61488824921' }, fakeContext())).toThrow(/text/);
  });
});

describe('errors', () => {
  const error = (overrides: Partial<SandboxError>): SandboxError => ({
    kind: 'bad-request',
    status: 400,
    operationId: 'searchMessages',
    violations: [],
    message: 'bad',
    ...overrides,
  });

  it('names the actual violation in ResponseStatus.Message', async () => {
    const response = behaviour.errorResponse(
      error({
        violations: [{ location: 'query', field: 'Date_From', message: "must have required property 'Date_From'" }],
      }),
    );
    expect(response).toEqual({
      status: 400,
      body: {
        ResponseStatus: { ErrorCode: 'InvalidParameter', Message: "Date_From must have required property 'Date_From'" },
      },
    });
    expectResponseMatchesOperation(await specOf(API), 'searchMessages', response);
    const missing = await get(fakeContext(), 'MNOPE');
    expect(missing.status).toBe(404);
    expectResponseMatchesOperation(await specOf(API), 'getMessage', missing);
  });

  it.each([
    ['unauthorized', 401, 'Unauthorized'],
    ['not-found', 404, 'NotFound'],
    ['rate-limited', 429, 'TooManyRequests'],
    ['server-error', 500, 'InternalError'],
    ['internal', 500, 'InternalError'],
  ] as const)('maps %s to %i %s in the contract', async (kind, status, code) => {
    const response = behaviour.errorResponse(
      error({ kind, status, operationId: 'sendMessage', message: 'what happened' }),
    );
    expect(response).toEqual({ status, body: { ResponseStatus: { ErrorCode: code, Message: 'what happened' } } });
    expectResponseMatchesOperation(await specOf(API), 'sendMessage', response);
  });
});
