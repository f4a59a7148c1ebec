import { describe, expect, it } from 'vitest';
import { ApiError, createClient, createdMessageId, InvalidParameterError, paginateMessages, PRODUCTION_BASE_URL, type Message } from '@messaging-contracts/bandwidth-messaging-v1';
import { json, recordingFetch } from '../support/recording-fetch.js';
import { expectMatchesSpec, mockUrl } from '../support/mock-client.js';

const API = 'bandwidth-messaging-v1';
const path = { userId: 'u-abc123' };
const credentials = { username: 't-token', password: 'secret' };
const messages = (...ids: string[]): Message[] =>
  ids.map((id) => ({ id, from: '+15552221111', to: '+15554443333', direction: 'out', state: 'sent', time: '2014-06-09T19:29:09Z' }));
const linkTo = (sortKeyLT: string) => ({ Link: `<https://api.catapult.inetwork.com/v1/users/u-abc123/messages?size=2&sortKeyLT=${sortKeyLT}>; rel="next"` });

describe('requests the client builds', () => {
  it('defaults to the Catapult server, with the API token and secret as Basic credentials', async () => {
    const { fetch, requests } = recordingFetch(() => json([]));
    await createClient({ ...credentials, fetch }).GET('/users/{userId}/messages', { params: { path, query: { from: '+15552221111' } } });
    expect(requests[0]!.url).toBe(`${PRODUCTION_BASE_URL}/users/u-abc123/messages?from=%2B15552221111`);
    expect(requests[0]!.headers.get('authorization')).toBe(`Basic ${btoa('t-token:secret')}`);
  });

  it.each([
    ['size', { size: 1001 }],
    ['state', { state: 'delivered' }],
    ['sortOrder', { sortOrder: 'newest' }],
  ])('refuses an invalid %s before sending', async (parameter, query) => {
    const { fetch, requests } = recordingFetch(() => json([]));
    await expect(createClient({ ...credentials, fetch }).GET('/users/{userId}/messages', { params: { path, query } as never })).rejects.toMatchObject({
      name: 'InvalidParameterError',
      parameter,
    });
    expect(requests).toHaveLength(0);
  });

  it('reads the new message ID from the Location header', async () => {
    const { fetch } = recordingFetch(() => new Response(null, { status: 201, headers: { Location: 'https://api.catapult.inetwork.com/v1/users/u-abc123/messages/m-new1' } }));
    const { response, data } = await createClient({ ...credentials, fetch }).POST('/users/{userId}/messages', { params: { path }, body: { from: '+15552221111', to: '+15554443333', text: 'hi' } });
    expect(data).toBeUndefined();
    expect(createdMessageId(response)).toBe('m-new1');
  });
});

describe('paginateMessages over pages the test controls', () => {
  it('follows Link rel="next" from the client\'s own base URL, keeping the filters', async () => {
    const { fetch, requests } = recordingFetch(
      () => json(messages('m1', 'm2'), { headers: linkTo('K2') }),
      () => json(messages('m3', 'm4'), { headers: linkTo('K3') }),
      () => json(messages('m5')),
    );
    const client = createClient({ ...credentials, baseUrl: 'http://127.0.0.1:9/v1', fetch });
    const ids: string[] = [];
    for await (const message of paginateMessages(client, { path, query: { from: '+15552221111', size: 2 } })) ids.push(message.id!);
    expect(ids).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(requests.map((request) => new URL(request.url).origin)).toEqual(Array(3).fill('http://127.0.0.1:9'));
    expect(requests.map((request) => new URL(request.url).searchParams.get('sortKeyLT'))).toEqual([null, 'K2', 'K3']);
    expect(requests.every((request) => new URL(request.url).searchParams.get('from') === '+15552221111')).toBe(true);
  });

  it('fetches no page beyond what the caller reads', async () => {
    const { fetch, requests } = recordingFetch(() => json(messages('m1', 'm2'), { headers: linkTo('K2') }));
    for await (const _ of paginateMessages(createClient({ ...credentials, fetch }), { path })) break;
    expect(requests).toHaveLength(1);
  });
});

describe('against the Prism mock', () => {
  const client = () => createClient({ ...credentials, baseUrl: mockUrl(API) });

  it('getMessage answers 200 with a message that matches the spec', async () => {
    const { data } = await client().GET('/users/{userId}/messages/{messageId}', { params: { path: { ...path, messageId: 'm-xyz789' } } });
    await expectMatchesSpec(API, 'getMessage', 200, data);
  });

  it('listMessages answers a bare array and a Link header', async () => {
    const { data, response } = await client().GET('/users/{userId}/messages', { params: { path, query: { size: 25 } } });
    expect(Array.isArray(data)).toBe(true);
    await expectMatchesSpec(API, 'listMessages', 200, data);
    expect(response.headers.get('link')).toMatch(/rel="next"/);
  });

  it('sendMessage answers 201 with the new message in Location', async () => {
    const { response } = await client().POST('/users/{userId}/messages', { params: { path }, body: { from: '+15552221111', to: '+15554443333', text: 'hi' } });
    expect(response.status).toBe(201);
    expect(createdMessageId(response)).toMatch(/^m-/);
  });

  it('answers 401 in the v1 error shape without credentials', async () => {
    const error = (await client()
      .GET('/users/{userId}/messages/{messageId}', { params: { path: { ...path, messageId: 'm-xyz789' } }, headers: { Authorization: null } })
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).toBe(401);
    await expectMatchesSpec(API, 'getMessage', 401, error.body);
  });

  it('answers 400 in the v1 error shape for size over 1000 (client checks bypassed)', async () => {
    const { error, response } = await client().raw.GET('/users/{userId}/messages', { params: { path, query: { size: 5000 } } });
    expect(response.status).toBe(400);
    await expectMatchesSpec(API, 'listMessages', 400, error);
  });

  it('hands the mock\'s 429 X-RateLimit-Reset to the retry logic', async () => {
    const waits: number[] = [];
    const mock = createClient({ ...credentials, baseUrl: mockUrl(API), retry: { maxAttempts: 2, sleep: async (ms) => void waits.push(ms) } });
    const error = await mock.GET('/users/{userId}/messages', { params: { path }, headers: { Prefer: 'code=429' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).headers.get('x-ratelimit-reset')).toMatch(/^\d{13}$/);
    // The mock's reset instant is in the past, so the client may retry at once.
    expect(waits).toEqual([0]);
    expect((error as ApiError).retryAfterMs).toBe(0);
  });

  it('refuses an invalid argument with InvalidParameterError before the mock sees it', async () => {
    await expect(client().GET('/users/{userId}/messages', { params: { path, query: { size: 0 } } })).rejects.toBeInstanceOf(InvalidParameterError);
  });
});
