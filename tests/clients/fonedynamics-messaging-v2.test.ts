import { describe, expect, it } from 'vitest';
import {
  type ApiError,
  createClient,
  dateRange,
  fromEpochSeconds,
  InvalidParameterError,
  isSentBatchMessage,
  MAX_SCHEDULE_AHEAD_SECONDS,
  MAX_SCHEDULE_PAST_SECONDS,
  paginateMessages,
  PRODUCTION_BASE_URL,
  scheduleAt,
  toEpochSeconds,
  type BatchMessageResult,
  type MessageResource,
  type SendMessageRequest,
} from '@messaging-contracts/fonedynamics-messaging-v2';
import { json, recordingFetch } from '../support/recording-fetch.js';
import { expectMatchesSpec, mockUrl } from '../support/mock-client.js';

const API = 'fonedynamics-messaging-v2';
const path = { PropertySid: 'PWJ4QRCNKX3UOY7TZQJQ5FVNBBRKPFRQ' };
const credentials = { username: 'AC6GVQOX3FXZ5WNSYG5K4V3DT2Q7HJRM', password: 'token' };
const week = { Date_From: 1506038400, Date_To: 1506427200 };
const messages = (...sids: string[]): { Messages: MessageResource[] } => ({
  Messages: sids.map((MessageSid) => ({ MessageSid, Status: 'Delivered' })),
});

describe('epoch-second helpers', () => {
  it('converts Dates, ISO strings and milliseconds to whole epoch seconds, and back', () => {
    expect(toEpochSeconds(new Date('2017-09-22T00:00:00.999Z'))).toBe(1506038400);
    expect(toEpochSeconds('2017-09-26T12:00:00Z')).toBe(1506427200);
    expect(toEpochSeconds(1506038400_500)).toBe(1506038400);
    expect(fromEpochSeconds(1506038400)?.toISOString()).toBe('2017-09-22T00:00:00.000Z');
    expect(fromEpochSeconds(null)).toBeUndefined();
  });

  it('builds a Date_From/Date_To range and refuses an empty or invalid one, naming the parameter', () => {
    expect(dateRange('2017-09-22T00:00:00Z', new Date('2017-09-26T12:00:00Z'))).toEqual(week);
    expect(() => dateRange('2017-09-26T00:00:00Z', '2017-09-22T00:00:00Z')).toThrow(
      expect.objectContaining({ name: 'InvalidParameterError', parameter: 'Date_To' }),
    );
    expect(() => dateRange('not a date', '2017-09-22T00:00:00Z')).toThrow(
      expect.objectContaining({ parameter: 'Date_From' }),
    );
  });
});

describe('scheduleAt', () => {
  const now = 1_800_000_000;
  const at = (seconds: number) => scheduleAt(seconds * 1000, { now: now * 1000 });

  it('gives epoch seconds from now up to 14 days ahead, and down to just under an hour ago (sent at once)', () => {
    expect(MAX_SCHEDULE_AHEAD_SECONDS).toBe(14 * 86_400);
    expect(MAX_SCHEDULE_PAST_SECONDS).toBe(3_600);
    expect(at(now)).toBe(now);
    expect(at(now + MAX_SCHEDULE_AHEAD_SECONDS)).toBe(now + MAX_SCHEDULE_AHEAD_SECONDS);
    expect(at(now - MAX_SCHEDULE_PAST_SECONDS + 1)).toBe(now - MAX_SCHEDULE_PAST_SECONDS + 1);
    expect(scheduleAt(new Date((now + 60) * 1000 + 999), { now: new Date(now * 1000) })).toBe(now + 60);
  });

  it.each([
    ['more than 14 days ahead', now + MAX_SCHEDULE_AHEAD_SECONDS + 1, /14 days/],
    ['an hour in the past', now - MAX_SCHEDULE_PAST_SECONDS, /hour/],
    ['a day in the past', now - 86_400, /hour/],
  ])('refuses a Schedule %s, naming it', (_case, seconds, reason) => {
    expect(() => at(seconds)).toThrow(InvalidParameterError);
    expect(() => at(seconds)).toThrow(
      expect.objectContaining({ parameter: 'Schedule', location: 'body', message: expect.stringMatching(reason) }),
    );
  });

  it('refuses an instant that is not one', () => {
    expect(() => scheduleAt('next tuesday')).toThrow(
      expect.objectContaining({ name: 'InvalidParameterError', parameter: 'Schedule' }),
    );
  });
});

describe('requests the client builds', () => {
  it('sends the PascalCase query to the production server with AccountSid:Token', async () => {
    const { fetch, requests } = recordingFetch(() => json(messages()));
    await createClient({ ...credentials, fetch }).GET('/v2/Properties/{PropertySid}/Messages', {
      params: { path, query: { ...week, Status: 'Delivered' } },
    });
    expect(requests[0]!.url).toBe(
      `${PRODUCTION_BASE_URL}/v2/Properties/${path.PropertySid}/Messages?Date_From=1506038400&Date_To=1506427200&Status=Delivered`,
    );
    expect(requests[0]!.headers.get('authorization')).toBe(`Basic ${btoa(`${credentials.username}:token`)}`);
  });

  it.each([
    ['Date_From', { Date_To: 1506427200 }],
    ['Status', { ...week, Status: 'Sent' }],
    ['Results_Count', { ...week, Results_Count: 0 }],
    ['Date_To', { ...week, Date_To: '2017-09-26' }],
  ])('refuses an invalid %s before sending', async (parameter, query) => {
    const { fetch, requests } = recordingFetch(() => json(messages()));
    const error = await createClient({ ...credentials, fetch })
      .GET('/v2/Properties/{PropertySid}/Messages', { params: { path, query } as never })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter, operation: 'searchMessages' });
    expect(requests).toHaveLength(0);
  });
});

describe('batch sends the client builds', () => {
  const withWebhooks: SendMessageRequest = {
    To: '+61488023555',
    Text: 'Reply YES',
    WebhookUri: 'https://hooks.example.net/replies',
    WebhookMethod: 'GET',
    DeliveryReceipt: true,
    DeliveryReceiptWebhookUri: 'https://hooks.example.net/receipts',
    DeliveryReceiptWebhookMethod: 'Post',
    ForwardToEmail: 'desk@example.net',
  };

  it("posts {Messages: [...]} as JSON to the property's BatchMessages, with every send field as given", async () => {
    const { fetch, requests } = recordingFetch(() => json([{ MessageSid: 'M1' }]));
    const { data } = await createClient({ ...credentials, fetch }).POST('/v2/Properties/{PropertySid}/BatchMessages', {
      params: { path },
      body: { Messages: [withWebhooks, { From: '', To: '+61488023556', Text: 'Hi' }] },
    });
    expect(data).toEqual([{ MessageSid: 'M1' }]);
    const request = requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${PRODUCTION_BASE_URL}/v2/Properties/${path.PropertySid}/BatchMessages`);
    expect(request.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(await request.text())).toEqual({
      Messages: [withWebhooks, { From: '', To: '+61488023556', Text: 'Hi' }],
    });
  });

  it('refuses an empty PropertySid before sending', async () => {
    const { fetch, requests } = recordingFetch(() => json([]));
    const error = await createClient({ ...credentials, fetch })
      .POST('/v2/Properties/{PropertySid}/BatchMessages', {
        params: { path: { PropertySid: '' } },
        body: { Messages: [withWebhooks] },
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: 'InvalidParameterError',
      parameter: 'PropertySid',
      operation: 'sendMessageBatch',
    });
    expect(requests).toHaveLength(0);
  });

  it('tells sent items from failed ones by their MessageSid, as the official SDKs do', () => {
    const results: BatchMessageResult[] = [
      { MessageSid: 'M1', Status: 'Processing' },
      { To: '+61488023556', ErrorCode: 'CODE', Message: 'why' },
    ];
    expect(results.map(isSentBatchMessage)).toEqual([true, false]);
    expect(isSentBatchMessage({ MessageSid: null as never, ErrorCode: 'CODE' })).toBe(false);
  });
});

describe('paginateMessages over pages the test controls', () => {
  it('advances Results_Skip by what came back until a page is short', async () => {
    const { fetch, requests } = recordingFetch(
      () => json(messages('a', 'b')),
      () => json(messages('c', 'd')),
      () => json(messages('e')),
    );
    const sids: string[] = [];
    for await (const message of paginateMessages(createClient({ ...credentials, fetch }), {
      path,
      query: { ...week, Results_Count: 2 },
    }))
      sids.push(message.MessageSid!);
    expect(sids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(requests.map((request) => new URL(request.url).searchParams.get('Results_Skip'))).toEqual(['0', '2', '4']);
    expect(requests.every((request) => new URL(request.url).searchParams.get('Results_Count') === '2')).toBe(true);
  });

  it('stops after one page shorter than the default page size of 200', async () => {
    const { fetch, requests } = recordingFetch(() => json(messages('a')));
    const sids: string[] = [];
    for await (const message of paginateMessages(createClient({ ...credentials, fetch }), { path, query: week }))
      sids.push(message.MessageSid!);
    expect(sids).toEqual(['a']);
    expect(requests).toHaveLength(1);
  });

  it('stops at an empty page', async () => {
    const { fetch, requests } = recordingFetch(
      () => json(messages('a', 'b')),
      () => json(messages()),
    );
    const sids: string[] = [];
    for await (const message of paginateMessages(createClient({ ...credentials, fetch }), {
      path,
      query: { ...week, Results_Count: 2 },
    }))
      sids.push(message.MessageSid!);
    expect(sids).toEqual(['a', 'b']);
    expect(requests).toHaveLength(2);
  });
});

describe('against the Prism mock', () => {
  const client = () => createClient({ ...credentials, baseUrl: mockUrl(API) });

  it("searchMessages answers 200 with the document's example", async () => {
    const { data } = await client().GET('/v2/Properties/{PropertySid}/Messages', { params: { path, query: week } });
    await expectMatchesSpec(API, 'searchMessages', 200, data);
    expect(data.Messages.map((message) => message.Text)).toEqual(['Saaaa', 'Vvvvv']);
  });

  it('sendMessage and getMessage answer 200 with a message that matches the spec', async () => {
    const sent = await client().POST('/v2/Properties/{PropertySid}/Messages', {
      params: { path },
      body: { To: '+61488824921', Text: 'Hi' },
    });
    await expectMatchesSpec(API, 'sendMessage', 200, sent.data);
    const fetched = await client().GET('/v2/Messages/{MessageSid}', {
      params: { path: { MessageSid: sent.data.Message.MessageSid! } },
    });
    await expectMatchesSpec(API, 'getMessage', 200, fetched.data);
  });

  it('sendMessageBatch answers 200 with one result per message, sent or failed', async () => {
    const { data } = await client().POST('/v2/Properties/{PropertySid}/BatchMessages', {
      params: { path },
      body: {
        Messages: [
          {
            From: '+61499009990',
            To: '+61488023555',
            Text: 'You win again, gravity!',
            Schedule: scheduleAt(Date.now() + 3_600_000),
          },
          {
            To: '+61488023556',
            Text: 'You call that an antenna?',
            WebhookUri: 'https://hooks.example.net/replies',
            WebhookMethod: 'GET',
            DeliveryReceipt: true,
            DeliveryReceiptWebhookUri: 'https://hooks.example.net/receipts',
          },
        ],
      },
    });
    await expectMatchesSpec(API, 'sendMessageBatch', 200, data);
    const [sent, failed] = data;
    expect(sent && isSentBatchMessage(sent)).toBe(true);
    expect(failed && isSentBatchMessage(failed)).toBe(false);
    expect(failed).toMatchObject({ ErrorCode: expect.any(String), Message: expect.any(String) });
  });

  it('sendMessage accepts a blank From (leased sender) and the webhook fields', async () => {
    const { data } = await client().POST('/v2/Properties/{PropertySid}/Messages', {
      params: { path },
      body: {
        From: '',
        To: '+61488824921',
        Text: 'Hi',
        WebhookUri: 'https://hooks.example.net/replies',
        DeliveryReceiptWebhookMethod: 'GET',
        ForwardToSms: '+61488000000',
      },
    });
    await expectMatchesSpec(API, 'sendMessage', 200, data);
  });

  it.each(['Abcdefghijkl', '12345', 'Fone-Dyn'])(
    'rejects the sender ID %j with 400 in the ResponseStatus shape',
    async (From) => {
      const { error, response } = await client().raw.POST('/v2/Properties/{PropertySid}/Messages', {
        params: { path },
        body: { From, To: '+61488824921', Text: 'Hi' },
      });
      expect(response.status).toBe(400);
      await expectMatchesSpec(API, 'sendMessage', 400, error);
    },
  );

  it('answers 401 in the ResponseStatus shape without credentials', async () => {
    const error = (await client()
      .GET('/v2/Properties/{PropertySid}/Messages', { params: { path, query: week }, headers: { Authorization: null } })
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).toBe(401);
    await expectMatchesSpec(API, 'searchMessages', 401, error.body);
  });

  it('answers 400 in the ResponseStatus shape without Date_From (client checks bypassed)', async () => {
    const { error, response } = await client().raw.GET('/v2/Properties/{PropertySid}/Messages', {
      params: { path, query: { Date_To: week.Date_To } as never },
    });
    expect(response.status).toBe(400);
    await expectMatchesSpec(API, 'searchMessages', 400, error);
  });
});
