import { assertType, describe, expectTypeOf, it } from 'vitest';
import * as v1 from '@messaging-contracts/bandwidth-messaging-v1';
import * as v2 from '@messaging-contracts/bandwidth-messaging-v2';
import * as fone from '@messaging-contracts/fonedynamics-messaging-v2';

declare const bandwidth: v2.BandwidthMessagingClient;
declare const catapult: v1.CatapultMessagingClient;
const path = { accountId: '12345' };

describe('bandwidth-messaging-v2 types', () => {
  it('types each operation\'s 2xx body from the spec', async () => {
    const listed = await bandwidth.GET('/users/{accountId}/messages', { params: { path, query: { messageStatus: 'DELIVERED' } } });
    expectTypeOf(listed.data).toEqualTypeOf<v2.MessagesList>();
    expectTypeOf(listed.response).toEqualTypeOf<Response>();

    const sent = await bandwidth.POST('/users/{accountId}/messages', { params: { path }, body: { applicationId: 'a', to: ['+1'], from: '+2' } });
    expectTypeOf(sent.data).toEqualTypeOf<v2.Message>();

    const records = await bandwidth.GET('/users/{accountId}/messages/{messageId}', { params: { path: { ...path, messageId: 'm' } } });
    expectTypeOf(records.data).toEqualTypeOf<v2.MessageDetailRecords>();
  });

  it('knows every documented status and nothing else', () => {
    expectTypeOf<v2.MessageStatus>().toEqualTypeOf<'RECEIVED' | 'QUEUED' | 'SENDING' | 'SENT' | 'DELIVERED' | 'ACCEPTED' | 'UNDELIVERED' | 'DLR_EXPIRED' | 'FAILED'>();
    expectTypeOf<v2.MessageDetailRecord['MessageStatus']>().toEqualTypeOf<
      'REJECTED-CUSTOMER' | 'REJECTED-PROVIDER' | 'REJECTED-BW' | 'REJECTED-BW-SPAM' | 'REJECTED-PROVIDER-SPAM' | 'FAILED' | 'ACCEPTED' | 'DELIVERED' | 'DELIVERY-FAIL' | undefined
    >();
  });

  it('makes the fields the real API sends as null nullable', () => {
    expectTypeOf<v2.ListMessageItem['carrierName']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<v2.ListMessageItem['product']>().toEqualTypeOf<v2.ProductType | null | undefined>();
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
    expectTypeOf(v2.paginateMessages(bandwidth, { path, query: { limit: 10 } })).toEqualTypeOf<AsyncGenerator<v2.ListMessageItem, void, undefined>>();
  });
});

describe('bandwidth-messaging-v1 types', () => {
  it('types the bare array, the delivery codes and the empty 201', async () => {
    const listed = await catapult.GET('/users/{userId}/messages', { params: { path: { userId: 'u' } } });
    expectTypeOf(listed.data).toEqualTypeOf<v1.Message[]>();
    expectTypeOf<v1.DeliveryCode>().toEqualTypeOf<0 | 187 | 188 | 189 | 482 | 600 | 610 | 620 | 630 | 650 | 700 | 720 | 740 | 750 | 751 | 770 | 775 | 902 | 999>();
    const sent = await catapult.POST('/users/{userId}/messages', { params: { path: { userId: 'u' } }, body: { from: '+1', to: '+2' } });
    expectTypeOf(sent.data).toEqualTypeOf<undefined>();
  });

  it('types errors as the shared ApiError', () => {
    expectTypeOf(new v1.ApiError<v1.ErrorBody>({ status: 400, body: { category: 'c', code: 'x', message: 'm' }, headers: new Headers(), request: { method: 'GET', url: '/' } }).body).toEqualTypeOf<v1.ErrorBody>();
  });
});

declare const fd: fone.FoneDynamicsClient;

describe('fonedynamics-messaging-v2 types', () => {
  it('keeps the API\'s PascalCase and its nullable epoch-second timestamps', async () => {
    const found = await fd.GET('/v2/Properties/{PropertySid}/Messages', { params: { path: { PropertySid: 'P' }, query: { Date_From: 1, Date_To: 2 } } });
    expectTypeOf(found.data.Messages).toEqualTypeOf<fone.MessageResource[]>();
    expectTypeOf<fone.MessageResource['Delivered']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<fone.MessageStatus>().toEqualTypeOf<'Processing' | 'Submitted' | 'Delivered' | 'Failed' | 'Received'>();
  });

  it('requires the date range', () => {
    // @ts-expect-error Date_From and Date_To are required
    assertType(fd.GET('/v2/Properties/{PropertySid}/Messages', { params: { path: { PropertySid: 'P' }, query: { Status: 'Delivered' } } }));
    // @ts-expect-error dates are epoch seconds, not strings
    assertType(fd.GET('/v2/Properties/{PropertySid}/Messages', { params: { path: { PropertySid: 'P' }, query: { Date_From: '2017-09-22', Date_To: 2 } } }));
  });
});
