import { describe, expect, it } from 'vitest';
import {
  ApiError,
  createClient,
  createdMessageId,
  deleteMedia,
  downloadMedia,
  InvalidParameterError,
  MAX_MESSAGES_PER_BATCH,
  messageIdFromLocation,
  paginateMessages,
  PRODUCTION_BASE_URL,
  redactMessageText,
  ResponseParseError,
  sendMessages,
  uploadMedia,
  type Message,
} from '@messaging-contracts/bandwidth-messaging-v1';
import { json, recordingFetch } from '../support/recording-fetch.js';
import { expectMatchesSpec, mockUrl } from '../support/mock-client.js';

const API = 'bandwidth-messaging-v1';
const path = { userId: 'u-abc123' };
const credentials = { username: 't-token', password: 'secret' };
const messages = (...ids: string[]): Message[] =>
  ids.map((id) => ({
    id,
    from: '+15552221111',
    to: '+15554443333',
    direction: 'out',
    state: 'sent',
    time: '2014-06-09T19:29:09Z',
  }));
const linkTo = (sortKeyLT: string) => ({
  Link: `<https://api.catapult.inetwork.com/v1/users/u-abc123/messages?size=2&sortKeyLT=${sortKeyLT}>; rel="next"`,
});

describe('requests the client builds', () => {
  it('defaults to the Catapult server, with the API token and secret as Basic credentials', async () => {
    const { fetch, requests } = recordingFetch(() => json([]));
    await createClient({ ...credentials, fetch }).GET('/users/{userId}/messages', {
      params: { path, query: { from: '+15552221111' } },
    });
    expect(requests[0]!.url).toBe(`${PRODUCTION_BASE_URL}/users/u-abc123/messages?from=%2B15552221111`);
    expect(requests[0]!.headers.get('authorization')).toBe(`Basic ${btoa('t-token:secret')}`);
  });

  it.each([
    ['size', { size: 1001 }],
    ['state', { state: 'delivered' }],
    ['sortOrder', { sortOrder: 'newest' }],
  ])('refuses an invalid %s before sending', async (parameter, query) => {
    const { fetch, requests } = recordingFetch(() => json([]));
    await expect(
      createClient({ ...credentials, fetch }).GET('/users/{userId}/messages', { params: { path, query } as never }),
    ).rejects.toMatchObject({
      name: 'InvalidParameterError',
      parameter,
    });
    expect(requests).toHaveLength(0);
  });

  it('reads the new message ID from a relative Location header, as the documents print it', async () => {
    const { fetch } = recordingFetch(
      () => new Response(null, { status: 201, headers: { Location: '/v1/users/u-abc123/messages/m-rel1' } }),
    );
    const { response } = await createClient({ ...credentials, fetch }).POST('/users/{userId}/messages', {
      params: { path },
      body: { from: '+15552221111', to: '+15554443333', text: 'hi' },
    });
    expect(createdMessageId(response)).toBe('m-rel1');
    expect(messageIdFromLocation('https://api.catapult.inetwork.com/v1/users/u-abc123/messages/m-abs1')).toBe('m-abs1');
    expect(messageIdFromLocation('/v1/users/u-abc123/media/file.mp3')).toBeUndefined();
  });

  it('reads the new message ID from the Location header', async () => {
    const { fetch } = recordingFetch(
      () =>
        new Response(null, {
          status: 201,
          headers: { Location: 'https://api.catapult.inetwork.com/v1/users/u-abc123/messages/m-new1' },
        }),
    );
    const { response, data } = await createClient({ ...credentials, fetch }).POST('/users/{userId}/messages', {
      params: { path },
      body: { from: '+15552221111', to: '+15554443333', text: 'hi' },
    });
    expect(data).toBeUndefined();
    expect(createdMessageId(response)).toBe('m-new1');
  });
});

describe('the helpers for the operations added in issue 11', () => {
  const messages3 = [
    { from: '+19195551211', to: '+19195551213', text: 'one' },
    { from: '+19195551212', to: '+19195551214', text: 'two' },
    { from: '+19195551212', to: '+19195551215', text: 'three' },
  ];

  it('sendMessages posts one JSON array and returns one outcome per message, in order', async () => {
    const { fetch, requests } = recordingFetch(() =>
      json(
        [
          { result: 'accepted', location: 'https://api.catapult.inetwork.com/v1/users/u-abc123/messages/m-1' },
          {
            result: 'error',
            error: {
              category: 'authorization',
              code: 'number-access-denied',
              message: 'User u-abc123 does not have permission to use number +19195551212',
            },
          },
          { result: 'accepted', location: '/v1/users/u-abc123/messages/m-3' },
        ],
        { status: 202 },
      ),
    );
    const { outcomes, response } = await sendMessages(createClient({ ...credentials, fetch }), {
      userId: 'u-abc123',
      messages: messages3,
    });
    expect(response.status).toBe(202);
    expect(requests[0]!.method).toBe('POST');
    expect(new URL(requests[0]!.url).pathname).toBe('/v1/users/u-abc123/messages');
    expect(await requests[0]!.json()).toEqual(messages3);
    expect(outcomes).toEqual([
      {
        result: 'accepted',
        location: 'https://api.catapult.inetwork.com/v1/users/u-abc123/messages/m-1',
        messageId: 'm-1',
      },
      { result: 'error', error: expect.objectContaining({ code: 'number-access-denied' }) },
      { result: 'accepted', location: '/v1/users/u-abc123/messages/m-3', messageId: 'm-3' },
    ]);
  });

  it.each([0, MAX_MESSAGES_PER_BATCH + 1])(
    'sendMessages refuses a batch of %i before sending, without showing any text',
    async (count) => {
      const { fetch, requests } = recordingFetch(() => json([], { status: 202 }));
      const batch = Array.from({ length: count }, () => ({
        from: '+19195551212',
        to: '+19195551213',
        text: 'secret words',
      }));
      const error = await sendMessages(createClient({ ...credentials, fetch }), {
        userId: 'u-abc123',
        messages: batch,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).parameter).toBe('messages');
      expect(String((error as Error).message)).not.toContain('secret words');
      expect(requests).toHaveLength(0);
    },
  );

  it('sendMessages rejects an answer without one result per message as a ResponseParseError', async () => {
    const { fetch } = recordingFetch(() =>
      json([{ result: 'accepted', location: '/v1/users/u/messages/m-1' }], { status: 202 }),
    );
    await expect(
      sendMessages(createClient({ ...credentials, fetch }), { userId: 'u-abc123', messages: messages3 }),
    ).rejects.toBeInstanceOf(ResponseParseError);
  });

  it('redactMessageText sends PATCH with exactly {"text": ""} and accepts the documented empty 200', async () => {
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 200 }));
    const { response } = await redactMessageText(createClient({ ...credentials, fetch }), {
      userId: 'u-abc123',
      messageId: 'm-xyz789',
    });
    expect(response.status).toBe(200);
    expect(requests[0]!.method).toBe('PATCH');
    expect(new URL(requests[0]!.url).pathname).toBe('/v1/users/u-abc123/messages/m-xyz789');
    expect(await requests[0]!.text()).toBe('{"text":""}');
  });

  it('uploadMedia sends the bytes as they are, with Content-Length, Content-Type and Cache-Control', async () => {
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 200 }));
    const bytes = new Uint8Array([0x49, 0x44, 0x33, 0x04, 0x00]);
    await uploadMedia(createClient({ ...credentials, fetch }), {
      userId: 'u-abc123',
      mediaName: 'my file/1.mp3',
      body: bytes,
      contentType: 'audio/mpeg',
      cacheControl: 'no-cache',
    });
    const sent = requests[0]!;
    expect(sent.method).toBe('PUT');
    // The name is one path segment, encoded once.
    expect(new URL(sent.url).pathname).toBe('/v1/users/u-abc123/media/my%20file%2F1.mp3');
    expect(sent.headers.get('content-length')).toBe('5');
    expect(sent.headers.get('content-type')).toBe('audio/mpeg');
    expect(sent.headers.get('cache-control')).toBe('no-cache');
    expect(new Uint8Array(await sent.arrayBuffer())).toEqual(bytes);
  });

  it('uploadMedia defaults to application/octet-stream and counts a string in UTF-8 bytes', async () => {
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 200 }));
    await uploadMedia(createClient({ ...credentials, fetch }), {
      userId: 'u-abc123',
      mediaName: 'note.txt',
      body: 'héllo',
    });
    expect(requests[0]!.headers.get('content-type')).toBe('application/octet-stream');
    expect(requests[0]!.headers.get('content-length')).toBe('6');
  });

  it('refuses an upload over 65 MiB (the documented 65MB) from the generated rules, before sending', async () => {
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 200 }));
    const client = createClient({ ...credentials, fetch });
    const call = client.PUT('/users/{userId}/media/{mediaName}', {
      params: {
        path: { userId: 'u-abc123', mediaName: 'big.mp4' },
        header: { 'Content-Length': 65 * 1024 * 1024 + 1 },
      },
      body: new Blob([]),
    });
    await expect(call).rejects.toMatchObject({ name: 'InvalidParameterError', parameter: 'Content-Length' });
    expect(requests).toHaveLength(0);
  });

  it('downloadMedia asks for any type and returns the bytes with their Content-Type', async () => {
    const { fetch, requests } = recordingFetch(
      () => new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { 'content-type': 'image/jpeg' } }),
    );
    const { data, contentType } = await downloadMedia(createClient({ ...credentials, fetch }), {
      userId: 'u-abc123',
      mediaName: 'image-1.jpg',
    });
    expect(requests[0]!.headers.get('accept')).toBe('*/*');
    expect(contentType).toBe('image/jpeg');
    expect(new Uint8Array(await data.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('deleteMedia sends DELETE and accepts the documented empty 200', async () => {
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 200 }));
    const { response } = await deleteMedia(createClient({ ...credentials, fetch }), {
      userId: 'u-abc123',
      mediaName: 'file.mp3',
    });
    expect(response.status).toBe(200);
    expect(requests[0]!.method).toBe('DELETE');
    expect(new URL(requests[0]!.url).pathname).toBe('/v1/users/u-abc123/media/file.mp3');
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
    for await (const message of paginateMessages(client, { path, query: { from: '+15552221111', size: 2 } }))
      ids.push(message.id!);
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
    const { data } = await client().GET('/users/{userId}/messages/{messageId}', {
      params: { path: { ...path, messageId: 'm-xyz789' } },
    });
    await expectMatchesSpec(API, 'getMessage', 200, data);
  });

  it('listMessages answers a bare array and a Link header', async () => {
    const { data, response } = await client().GET('/users/{userId}/messages', {
      params: { path, query: { size: 25 } },
    });
    expect(Array.isArray(data)).toBe(true);
    await expectMatchesSpec(API, 'listMessages', 200, data);
    expect(response.headers.get('link')).toMatch(/rel="next"/);
  });

  it('sendMessage answers 201 with the new message in Location', async () => {
    const { response } = await client().POST('/users/{userId}/messages', {
      params: { path },
      body: { from: '+15552221111', to: '+15554443333', text: 'hi' },
    });
    expect(response.status).toBe(201);
    expect(createdMessageId(response)).toMatch(/^m-/);
  });

  it('answers 401 in the v1 error shape without credentials', async () => {
    const error = (await client()
      .GET('/users/{userId}/messages/{messageId}', {
        params: { path: { ...path, messageId: 'm-xyz789' } },
        headers: { Authorization: null },
      })
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).toBe(401);
    await expectMatchesSpec(API, 'getMessage', 401, error.body);
  });

  it('answers 400 in the v1 error shape for size over 1000 (client checks bypassed)', async () => {
    const { error, response } = await client().raw.GET('/users/{userId}/messages', {
      params: { path, query: { size: 5000 } },
    });
    expect(response.status).toBe(400);
    await expectMatchesSpec(API, 'listMessages', 400, error);
  });

  it("hands the mock's 429 X-RateLimit-Reset to the retry logic", async () => {
    const waits: number[] = [];
    const mock = createClient({
      ...credentials,
      baseUrl: mockUrl(API),
      retry: { maxAttempts: 2, sleep: async (ms) => void waits.push(ms) },
    });
    const error = await mock
      .GET('/users/{userId}/messages', { params: { path }, headers: { Prefer: 'code=429' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).headers.get('x-ratelimit-reset')).toMatch(/^\d{13}$/);
    // The mock's reset instant is in the past, so the client may retry at once.
    expect(waits).toEqual([0]);
    expect((error as ApiError).retryAfterMs).toBe(0);
  });

  it('sendMessages gets the documented per-item results from the mock (Prefer: code=202 picks the batch answer)', async () => {
    const batch = [
      { from: '+19195551211', to: '+19195551213', text: 'This is the test message one' },
      { from: '+19195551212', to: '+19195551214', text: 'This is the test message two' },
      { from: '+19195551211', to: '+19195551215', text: 'This is the test message three' },
    ];
    const { outcomes, response } = await sendMessages(client(), {
      userId: 'u-abc123',
      messages: batch,
      headers: { Prefer: 'code=202' },
    });
    expect(response.status).toBe(202);
    expect(outcomes.map((outcome) => outcome.result)).toEqual(['accepted', 'accepted', 'error']);
  });

  it('the mock refuses a message with both media and receiptRequested, in the v1 error shape', async () => {
    const { error, response } = await client().raw.POST('/users/{userId}/messages', {
      params: { path },
      body: {
        from: '+15552221111',
        to: '+15554443333',
        text: 'hi',
        media: ['https://example.org/a.jpg'],
        receiptRequested: 'all',
      },
    });
    expect(response.status).toBe(400);
    await expectMatchesSpec(API, 'sendMessage', 400, error);
  });

  it('the mock answers the media operations: list, upload, download, delete', async () => {
    const { data: files } = await client().GET('/users/{userId}/media', { params: { path } });
    await expectMatchesSpec(API, 'listMedia', 200, files);
    const uploaded = await uploadMedia(client(), {
      userId: 'u-abc123',
      mediaName: 'file.mp3',
      body: new Uint8Array([0x49, 0x44, 0x33]),
      contentType: 'audio/mpeg',
    });
    expect(uploaded.response.status).toBe(200);
    const downloaded = await downloadMedia(client(), { userId: 'u-abc123', mediaName: 'file.mp3' });
    expect(downloaded.data.size).toBeGreaterThan(0);
    expect((await deleteMedia(client(), { userId: 'u-abc123', mediaName: 'file.mp3' })).response.status).toBe(200);
  });

  it('the mock redacts with {"text": ""} and refuses any other text with 400', async () => {
    expect((await redactMessageText(client(), { userId: 'u-abc123', messageId: 'm-xyz789' })).response.status).toBe(
      200,
    );
    const { error, response } = await client().raw.PATCH('/users/{userId}/messages/{messageId}', {
      params: { path: { ...path, messageId: 'm-xyz789' } },
      body: { text: 'x' } as never,
    });
    expect(response.status).toBe(400);
    await expectMatchesSpec(API, 'redactMessageText', 400, error);
  });

  it('refuses an invalid argument with InvalidParameterError before the mock sees it', async () => {
    await expect(
      client().GET('/users/{userId}/messages', { params: { path, query: { size: 0 } } }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
  });
});
