import { describe, expect, it } from 'vitest';
import {
  ApiError,
  createClient,
  InvalidParameterError,
  paginateMessages,
  PaginationError,
  PRODUCTION_BASE_URL,
  type MessagesList,
} from '@messaging-contracts/bandwidth-messaging-v2';
import { json, recordingFetch } from '../support/recording-fetch.js';
import { expectMatchesSpec, mockUrl } from '../support/mock-client.js';

const API = 'bandwidth-messaging-v2';
const path = { accountId: '12345' };
const credentials = { username: 'api-user', password: 'api-password' };
const page = (messageIds: string[], pageInfo: MessagesList['pageInfo'] = {}): MessagesList => ({
  totalCount: 5,
  pageInfo,
  messages: messageIds.map((messageId) => ({ messageId, messageStatus: 'DELIVERED' })),
});

describe('requests the client builds', () => {
  it('defaults to the production server and sends Basic credentials', async () => {
    const { fetch, requests } = recordingFetch(() => json(page([])));
    await createClient({ ...credentials, fetch }).GET('/users/{accountId}/messages', { params: { path, query: { limit: 1 } } });
    expect(requests[0]!.url).toBe(`${PRODUCTION_BASE_URL}/users/12345/messages?limit=1`);
    expect(requests[0]!.headers.get('authorization')).toBe(`Basic ${btoa('api-user:api-password')}`);
  });

  it('encodes + in phone numbers exactly once (%2B, never %252B), and & in carrier names', async () => {
    const { fetch, requests } = recordingFetch(() => json(page([])));
    await createClient({ ...credentials, fetch }).GET('/users/{accountId}/messages', {
      params: { path, query: { sourceTn: '+15554443333', destinationTn: '+15554442222,+15554441111', carrierName: 'AT&T' } },
    });
    const url = requests[0]!.url;
    expect(url).toContain('sourceTn=%2B15554443333');
    expect(url).toContain('destinationTn=%2B15554442222%2C%2B15554441111');
    expect(url).toContain('carrierName=AT%26T');
    expect(url).not.toContain('%25');
    expect(new URL(url).searchParams.get('sourceTn')).toBe('+15554443333');
  });

  it('sends a message as JSON', async () => {
    const { fetch, requests } = recordingFetch(() => json({ id: 'm-1' }, { status: 202 }));
    const body = { applicationId: 'app', to: ['+15554443333'], from: '+15552221111', text: 'hi', priority: 'high' as const };
    const { data } = await createClient({ ...credentials, fetch }).POST('/users/{accountId}/messages', { params: { path }, body });
    expect(data.id).toBe('m-1');
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]!.json()).toEqual(body);
  });

  it.each([
    ['messageStatus', { messageStatus: 'BOGUS' }],
    ['sourceTn', { sourceTn: '%2B15554443333' }],
    ['sourceTn', { sourceTn: '+1919' + '5'.repeat(20) }],
    ['limit', { limit: 10_001 }],
    ['sort', { sort: 'receiveTime' }],
    ['fromDateTime', { fromDateTime: '09/14/2016' }],
    ['after', { after: 10 }],
  ])('refuses an invalid %s before sending', async (parameter, query) => {
    const { fetch, requests } = recordingFetch(() => json(page([])));
    const error = await createClient({ ...credentials, fetch })
      .GET('/users/{accountId}/messages', { params: { path, query } as never })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter, location: 'query', operation: 'listMessages' });
    expect(requests).toHaveLength(0);
  });
});

describe('paginateMessages over pages the test controls', () => {
  it('follows nextPageToken until a page has none, fetching lazily', async () => {
    const { fetch, requests } = recordingFetch(
      () => json(page(['a', 'b'], { nextPageToken: 'T2' })),
      () => json(page(['c', 'd'], { nextPageToken: 'T3', prevPageToken: 'T1' })),
      () => json(page(['e'], { prevPageToken: 'T2' })),
    );
    const client = createClient({ ...credentials, fetch });
    const ids: string[] = [];
    for await (const message of paginateMessages(client, { path, query: { messageStatus: 'DELIVERED', limit: 2 } })) ids.push(message.messageId!);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(requests.map((request) => new URL(request.url).searchParams.get('pageToken'))).toEqual([null, 'T2', 'T3']);
    expect(requests.every((request) => new URL(request.url).searchParams.get('messageStatus') === 'DELIVERED')).toBe(true);
  });

  it('falls back to the pageToken of the nextPage link', async () => {
    const { fetch, requests } = recordingFetch(
      () => json(page(['a'], { nextPage: 'https://messaging.bandwidth.com/api/v2/users/12345/messages?limit=1&pageToken=L2' })),
      () => json(page(['b'])),
    );
    const ids: string[] = [];
    for await (const message of paginateMessages(createClient({ ...credentials, fetch }), { path, query: { limit: 1 } })) ids.push(message.messageId!);
    expect(ids).toEqual(['a', 'b']);
    expect(new URL(requests[1]!.url).searchParams.get('pageToken')).toBe('L2');
  });

  it('stops with PaginationError when the server repeats a page token', async () => {
    const { fetch } = recordingFetch(() => json(page(['a'], { nextPageToken: 'SAME' })));
    const drain = async () => {
      for await (const _ of paginateMessages(createClient({ ...credentials, fetch }), { path, query: { limit: 1 } }));
    };
    await expect(drain()).rejects.toBeInstanceOf(PaginationError);
  });
});

describe('against the Prism mock', () => {
  const client = () => createClient({ ...credentials, baseUrl: mockUrl(API) });

  it('createMessage answers 202 with a body that matches the spec', async () => {
    const { data, response } = await client().POST('/users/{accountId}/messages', {
      params: { path },
      body: { applicationId: '93de2206-9669-4e07-948d-329f4b722ee2', to: ['+15554443333'], from: '+15552221111', text: 'Hello' },
    });
    expect(response.status).toBe(202);
    await expectMatchesSpec(API, 'createMessage', 202, data);
  });

  it('listMessages answers 200 with a body that matches the spec', async () => {
    const { data, response } = await client().GET('/users/{accountId}/messages', { params: { path, query: { sourceTn: '+15554443333', messageStatus: 'DELIVERED' } } });
    expect(response.status).toBe(200);
    await expectMatchesSpec(API, 'listMessages', 200, data);
    expect(data.messages?.[0]?.sourceTn).toBe('+15554443333');
  });

  it('getMessageDetailRecords answers 200 with records that match the spec', async () => {
    const { data } = await client().GET('/users/{accountId}/messages/{messageId}', { params: { path: { ...path, messageId: '1589228074636lm4k2je7j7jklbn2' } } });
    await expectMatchesSpec(API, 'getMessageDetailRecords', 200, data);
  });

  it('answers 401 in Bandwidth\'s error shape when credentials are missing', async () => {
    const error = await client()
      .GET('/users/{accountId}/messages', { params: { path, query: { limit: 1 } }, headers: { Authorization: null } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    await expectMatchesSpec(API, 'listMessages', 401, (error as ApiError).body);
  });

  it('answers 400 in Bandwidth\'s error shape for an unknown messageStatus (client checks bypassed)', async () => {
    const { error, response } = await client().raw.GET('/users/{accountId}/messages', { params: { path, query: { messageStatus: 'BOGUS' as never } } });
    expect(response.status).toBe(400);
    await expectMatchesSpec(API, 'listMessages', 400, error);
  });

  it('answers 400 with fieldErrors for a message without recipients', async () => {
    const { error, response } = await client().raw.POST('/users/{accountId}/messages', {
      params: { path },
      body: { applicationId: 'app', from: '+15552221111' } as never,
    });
    expect(response.status).toBe(400);
    await expectMatchesSpec(API, 'createMessage', 400, error);
  });

  it('hands the mock\'s 429 Retry-After to the retry logic', async () => {
    const waits: number[] = [];
    const mock = createClient({ ...credentials, baseUrl: mockUrl(API), retry: { maxAttempts: 3, maxTotalWaitMs: 3_600_000, sleep: async (ms) => void waits.push(ms) } });
    const error = await mock
      .GET('/users/{accountId}/messages', { params: { path, query: { limit: 1 } }, headers: { Prefer: 'code=429' } })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 300_000 });
    expect((error as ApiError).headers.get('retry-after')).toBe('300');
    expect(waits).toEqual([300_000, 300_000]);
  });

  it('does not sit out a long Retry-After by default: the 429 surfaces with retryAfterMs', async () => {
    const started = Date.now();
    await expect(client().GET('/users/{accountId}/messages', { params: { path, query: { limit: 1 } }, headers: { Prefer: 'code=429' } })).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 300_000,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
