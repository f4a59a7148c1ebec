import { assertType, describe, expectTypeOf, it } from 'vitest';
import * as v1 from '@messaging-contracts/bandwidth-messaging-v1';
import * as v2 from '@messaging-contracts/bandwidth-messaging-v2';
import * as fone from '@messaging-contracts/fonedynamics-messaging-v2';

declare const bandwidth: v2.BandwidthMessagingClient;
declare const catapult: v1.CatapultMessagingClient;
const path = { accountId: '12345' };

describe('bandwidth-messaging-v2 types', () => {
  it("types each operation's 2xx body from the spec", async () => {
    const listed = await bandwidth.GET('/users/{accountId}/messages', {
      params: { path, query: { messageStatus: 'DELIVERED' } },
    });
    expectTypeOf(listed.data).toEqualTypeOf<v2.MessagesList>();
    expectTypeOf(listed.response).toEqualTypeOf<Response>();

    const sent = await bandwidth.POST('/users/{accountId}/messages', {
      params: { path },
      body: { applicationId: 'a', to: ['+1'], from: '+2' },
    });
    expectTypeOf(sent.data).toEqualTypeOf<v2.Message>();

    const records = await bandwidth.GET('/users/{accountId}/messages/{messageId}', {
      params: { path: { ...path, messageId: 'm' } },
    });
    expectTypeOf(records.data).toEqualTypeOf<v2.MessageDetailRecords>();
  });

  it('knows every documented status and nothing else', () => {
    expectTypeOf<v2.MessageStatus>().toEqualTypeOf<
      'RECEIVED' | 'QUEUED' | 'SENDING' | 'SENT' | 'DELIVERED' | 'ACCEPTED' | 'UNDELIVERED' | 'DLR_EXPIRED' | 'FAILED'
    >();
    expectTypeOf<v2.MessageDetailRecord['MessageStatus']>().toEqualTypeOf<
      | 'REJECTED-CUSTOMER'
      | 'REJECTED-PROVIDER'
      | 'REJECTED-BW'
      | 'REJECTED-BW-SPAM'
      | 'REJECTED-PROVIDER-SPAM'
      | 'FAILED'
      | 'ACCEPTED'
      | 'DELIVERED'
      | 'DELIVERY-FAIL'
      | ''
      | undefined
    >();
  });

  it('lets message detail record fields be blank, and MessageType lowercase', () => {
    expectTypeOf<v2.MessageDetailRecord['ErrorCode']>().toEqualTypeOf<number | '' | undefined>();
    expectTypeOf<v2.MessageDetailRecord['TimeStamp']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<v2.MessageDetailRecord['MessageType']>().toEqualTypeOf<
      'SMS' | 'MMS' | 'sms' | 'mms' | '' | undefined
    >();
    expectTypeOf<v2.MessageDetailRecord['CallDirection']>().toEqualTypeOf<'INBOUND' | 'OUTBOUND' | '' | undefined>();
  });

  it('types media and multi-channel calls', async () => {
    const media = { path: { ...path, mediaId: '14762070468292kw2fuqty55yp2b2/0/bw.png' } };
    expectTypeOf((await v2.downloadMedia(bandwidth, media)).data).toEqualTypeOf<Blob>();
    expectTypeOf(
      (await v2.uploadMedia(bandwidth, { ...media, body: new Uint8Array(1), contentType: 'image/png' })).data,
    ).toEqualTypeOf<undefined>();
    expectTypeOf(
      (await bandwidth.DELETE('/users/{accountId}/media/{mediaId}', { params: media })).data,
    ).toEqualTypeOf<undefined>();
    expectTypeOf(
      (await bandwidth.GET('/users/{accountId}/media', { params: { path } })).data,
    ).toEqualTypeOf<v2.MediaList>();
    expectTypeOf(v2.paginateMedia(bandwidth, { path })).toEqualTypeOf<AsyncGenerator<v2.Media, void, undefined>>();
    const sent = await bandwidth.POST('/users/{accountId}/messages/multiChannel', {
      params: { path },
      body: {
        to: '+15552223333',
        channelList: [
          {
            from: 'BandwidthRBM',
            applicationId: 'a',
            channel: 'RBM',
            content: {
              text: 'hi',
              suggestions: [
                { type: 'DIAL_PHONE', text: 'Call', postbackData: 'Y2FsbA==', phoneNumber: '+15552223333' },
              ],
            },
          },
        ],
      },
    });
    // Mutually assignable (openapi-fetch's Readable<> keeps toEqualTypeOf from seeing them as identical).
    expectTypeOf(sent.data).toExtend<v2.MultiChannelMessageResponse>();
    expectTypeOf<v2.MultiChannelMessageResponse>().toExtend<typeof sent.data>();
    assertType(
      bandwidth.POST('/users/{accountId}/messages/multiChannel', {
        params: { path },
        // @ts-expect-error an SMS body has text, not RBM media
        body: { to: '+1', channelList: [{ from: 'x', applicationId: 'a', channel: 'SMS', content: { media: [] } }] },
      }),
    );
    assertType(
      bandwidth.POST('/users/{accountId}/messages/multiChannel', {
        params: { path },
        body: {
          to: '+1',
          channelList: [
            {
              from: 'x',
              applicationId: 'a',
              channel: 'RBM',
              // @ts-expect-error a DIAL_PHONE action needs phoneNumber
              content: { text: 'hi', suggestions: [{ type: 'DIAL_PHONE', text: 'Call', postbackData: 'eA==' }] },
            },
          ],
        },
      }),
    );
    // @ts-expect-error a media ID is a string
    assertType(v2.downloadMedia(bandwidth, { path: { ...path, mediaId: 1 } }));
  });

  it('makes the fields the real API sends as null nullable', () => {
    expectTypeOf<v2.ListMessageItem['carrierName']>().toEqualTypeOf<string | null | undefined>();
    // An open string in bandwidth.yml: the ProductType enum is only the query filter's.
    expectTypeOf<v2.ListMessageItem['product']>().toEqualTypeOf<string | null | undefined>();
  });

  it('rejects what the contract forbids at compile time', () => {
    // @ts-expect-error no such path
    assertType(bandwidth.GET('/users/{accountId}/message', { params: { path } }));
    // @ts-expect-error accountId is required
    assertType(bandwidth.GET('/users/{accountId}/messages', { params: { path: {} } }));
    // @ts-expect-error not a message status
    assertType(bandwidth.GET('/users/{accountId}/messages', { params: { path, query: { messageStatus: 'BOGUS' } } }));
    // @ts-expect-error limit is a number
    assertType(bandwidth.GET('/users/{accountId}/messages', { params: { path, query: { limit: '100' } } }));
    // @ts-expect-error a message needs applicationId, to and from
    assertType(bandwidth.POST('/users/{accountId}/messages', { params: { path }, body: { to: ['+1'], from: '+2' } }));
    // @ts-expect-error there is no DELETE
    assertType(bandwidth.DELETE('/users/{accountId}/messages', { params: { path } }));
  });

  it('takes Basic credentials or an access token, not neither', () => {
    assertType(v2.createClient({ username: 'u', password: 'p' }));
    assertType(v2.createClient({ accessToken: async () => 'token', baseUrl: 'http://127.0.0.1:4010' }));
    // @ts-expect-error credentials are required
    assertType(v2.createClient({ baseUrl: 'http://127.0.0.1:4010' }));
    // @ts-expect-error one scheme at a time
    assertType(v2.createClient({ username: 'u', password: 'p', accessToken: 't' }));
  });

  it('yields typed items from paginateMessages', () => {
    expectTypeOf(v2.paginateMessages(bandwidth, { path, query: { limit: 10 } })).toEqualTypeOf<
      AsyncGenerator<v2.ListMessageItem, void, undefined>
    >();
  });
});

describe('bandwidth-messaging-v1 types', () => {
  const userId = 'u';
  it('types the bare array, the open delivery codes and the send results', async () => {
    const listed = await catapult.GET('/users/{userId}/messages', { params: { path: { userId } } });
    expectTypeOf(listed.data).toEqualTypeOf<v1.Message[]>();
    // The documented codes, any other integer, or a string (the documents disagree on the type).
    expectTypeOf<v1.DeliveryCode>().toEqualTypeOf<
      | 0
      | 187
      | 188
      | 189
      | 482
      | 600
      | 610
      | 620
      | 630
      | 650
      | 700
      | 720
      | 740
      | 750
      | 751
      | 770
      | 775
      | 902
      | 999
      | number
      | string
    >();
    expectTypeOf<v1.Message['messageId']>().toEqualTypeOf<string | undefined>();
    // One path for one message (201, no body) and a batch (202, one result per message).
    const sent = await catapult.POST('/users/{userId}/messages', {
      params: { path: { userId } },
      body: { from: '+1', to: '+2' },
    });
    expectTypeOf(sent.data).toEqualTypeOf<v1.SendMessageResult[] | undefined>();
    assertType(
      catapult.POST('/users/{userId}/messages', {
        params: { path: { userId } },
        body: [{ from: '+1', to: '+2', text: 'a' }],
      }),
    );
    expectTypeOf(v1.sendMessages(catapult, { userId, messages: [{ from: '+1', to: '+2' }] })).resolves.toEqualTypeOf<{
      outcomes: v1.BatchSendOutcome[];
      response: Response;
    }>();
  });

  it('types media, redaction and the callback events', async () => {
    const media = await catapult.GET('/users/{userId}/media', { params: { path: { userId } } });
    expectTypeOf(media.data).toEqualTypeOf<v1.Media[]>();
    expectTypeOf(v1.downloadMedia(catapult, { userId, mediaName: 'f.mp3' })).resolves.toEqualTypeOf<{
      data: Blob;
      contentType: string | null;
      response: Response;
    }>();
    assertType(
      catapult.PATCH('/users/{userId}/messages/{messageId}', {
        params: { path: { userId, messageId: 'm' } },
        body: { text: '' },
      }),
    );
    assertType(
      catapult.PATCH('/users/{userId}/messages/{messageId}', {
        params: { path: { userId, messageId: 'm' } },
        // @ts-expect-error redaction only takes the empty string
        body: { text: 'x' },
      }),
    );
    assertType(
      catapult.PUT('/users/{userId}/media/{mediaName}', {
        // @ts-expect-error Content-Length is a required header of the upload
        params: { path: { userId, mediaName: 'f' } },
        body: new Blob([]),
      }),
    );
    const event = {} as v1.MessageEvent;
    if (event.eventType === 'mms') expectTypeOf(event).toEqualTypeOf<v1.MmsEvent>();
    else expectTypeOf(event).toEqualTypeOf<v1.SmsEvent>();
  });

  it('types errors as the shared ApiError, message optional', () => {
    expectTypeOf<v1.ErrorBody['message']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(
      new v1.ApiError<v1.ErrorBody>({
        status: 429,
        body: { category: 'too-many-requests', code: 'rate-limit-reached' },
        headers: new Headers(),
        request: { method: 'GET', url: '/' },
      }).body,
    ).toEqualTypeOf<v1.ErrorBody>();
  });
});

declare const fd: fone.FoneDynamicsClient;

describe('fonedynamics-messaging-v2 types', () => {
  it("keeps the API's PascalCase and its nullable epoch-second timestamps", async () => {
    const found = await fd.GET('/v2/Properties/{PropertySid}/Messages', {
      params: { path: { PropertySid: 'P' }, query: { Date_From: 1, Date_To: 2 } },
    });
    // Mutual assignability: MessageResource is an intersection (MessageFields & a required MessageSid).
    expectTypeOf(found.data.Messages).items.toMatchTypeOf<fone.MessageResource>();
    expectTypeOf<fone.MessageResource>().toMatchTypeOf<(typeof found.data.Messages)[number]>();
    expectTypeOf<fone.MessageResource['Delivered']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<fone.MessageStatus>().toEqualTypeOf<
      'Processing' | 'Submitted' | 'Delivered' | 'Failed' | 'Received'
    >();
  });

  it('types the batch send: {Messages} in, an array of results out, narrowed by isSentBatchMessage', async () => {
    const sent = await fd.POST('/v2/Properties/{PropertySid}/BatchMessages', {
      params: { path: { PropertySid: 'P' } },
      body: { Messages: [{ To: '+61488023555', Text: 'Hi' }] },
    });
    // The client flattens the generated intersection, so compare both ways rather than by identity.
    expectTypeOf(sent.data).toExtend<fone.BatchMessageResult[]>();
    expectTypeOf<fone.BatchMessageResult[]>().toExtend<typeof sent.data>();
    expectTypeOf(sent.data).items.toHaveProperty('ErrorCode').toEqualTypeOf<string | null | undefined>();
    expectTypeOf<fone.BatchMessageRequest['Messages']>().toEqualTypeOf<fone.SendMessageRequest[]>();
    expectTypeOf<fone.BatchMessageResult['Message']>().toEqualTypeOf<string | null | undefined>();
    const result = sent.data[0]!;
    if (fone.isSentBatchMessage(result)) expectTypeOf(result.MessageSid).toEqualTypeOf<string>();
    assertType(
      fd.POST('/v2/Properties/{PropertySid}/BatchMessages', {
        params: { path: { PropertySid: 'P' } },
        // @ts-expect-error a batch is {Messages: [...]}, not a bare array
        body: [{ To: '+61488023555', Text: 'Hi' }],
      }),
    );
  });

  it('types the send fields: optional From, the webhook fields and methods, and ExternalId on the resource', () => {
    expectTypeOf<fone.SendMessageRequest['From']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<fone.WebhookMethod>().toEqualTypeOf<'POST' | 'GET' | 'Post' | 'Get'>();
    expectTypeOf<fone.SendMessageRequest['WebhookMethod']>().toEqualTypeOf<fone.WebhookMethod | undefined>();
    expectTypeOf<fone.SendMessageRequest['DeliveryReceiptWebhookMethod']>().toEqualTypeOf<
      fone.WebhookMethod | undefined
    >();
    expectTypeOf<fone.SendMessageRequest['Schedule']>().toEqualTypeOf<number | undefined>();
    for (const field of [
      'WebhookUri',
      'DeliveryReceiptWebhookUri',
      'ForwardToSms',
      'ForwardFromSms',
      'ForwardToEmail',
      'ForwardFromEmail',
    ] as const) {
      expectTypeOf<fone.SendMessageRequest[typeof field]>().toEqualTypeOf<string | undefined>();
    }
    expectTypeOf<fone.MessageResource['ExternalId']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf(fone.scheduleAt).returns.toEqualTypeOf<number>();
    // @ts-expect-error webhooks come by POST or GET only
    assertType<fone.SendMessageRequest>({ To: '+61488823555', Text: 'Hi', WebhookMethod: 'PUT' });
  });

  it("types the error body's ErrorCode as an open string", () => {
    expectTypeOf<fone.ErrorBody['ResponseStatus']['ErrorCode']>().toEqualTypeOf<string>();
  });

  it('requires the date range', () => {
    assertType(
      fd.GET('/v2/Properties/{PropertySid}/Messages', {
        // @ts-expect-error Date_From and Date_To are required
        params: { path: { PropertySid: 'P' }, query: { Status: 'Delivered' } },
      }),
    );
    assertType(
      fd.GET('/v2/Properties/{PropertySid}/Messages', {
        // @ts-expect-error dates are epoch seconds, not strings
        params: { path: { PropertySid: 'P' }, query: { Date_From: '2017-09-22', Date_To: 2 } },
      }),
    );
  });
});
