import { describe, expect, it } from 'vitest';
import {
  ApiError,
  createClient,
  downloadMedia,
  InvalidParameterError,
  MAX_MEDIA_BYTES,
  paginateMedia,
  paginateMessages,
  PaginationError,
  PRODUCTION_BASE_URL,
  serializePath,
  uploadMedia,
  type Media,
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
    await createClient({ ...credentials, fetch }).GET('/users/{accountId}/messages', {
      params: { path, query: { limit: 1 } },
    });
    expect(requests[0]!.url).toBe(`${PRODUCTION_BASE_URL}/users/12345/messages?limit=1`);
    expect(requests[0]!.headers.get('authorization')).toBe(`Basic ${btoa('api-user:api-password')}`);
  });

  it('encodes + in phone numbers exactly once (%2B, never %252B), and & in carrier names', async () => {
    const { fetch, requests } = recordingFetch(() => json(page([])));
    await createClient({ ...credentials, fetch }).GET('/users/{accountId}/messages', {
      params: {
        path,
        query: { sourceTn: '+15554443333', destinationTn: '+15554442222,+15554441111', carrierName: 'AT&T' },
      },
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
    const body = {
      applicationId: 'app',
      to: ['+15554443333'],
      from: '+15552221111',
      text: 'hi',
      priority: 'high' as const,
    };
    const { data } = await createClient({ ...credentials, fetch }).POST('/users/{accountId}/messages', {
      params: { path },
      body,
    });
    expect(data.id).toBe('m-1');
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]!.json()).toEqual(body);
  });

  it('passes values no document forbids: a large limit, any sort, ISO 8601 dates, alphanumeric senders', async () => {
    const { fetch, requests } = recordingFetch(() => json(page([])));
    await createClient({ ...credentials, fetch }).GET('/users/{accountId}/messages', {
      params: {
        path,
        query: {
          limit: 20_000,
          sort: 'receiveTime',
          fromDateTime: '2016-09-14',
          sourceTn: 'My Shop',
          destinationTn: '+15554442222,BW_Alerts',
        },
      },
    });
    const sent = new URL(requests[0]!.url).searchParams;
    expect([
      sent.get('limit'),
      sent.get('sort'),
      sent.get('fromDateTime'),
      sent.get('sourceTn'),
      sent.get('destinationTn'),
    ]).toEqual(['20000', 'receiveTime', '2016-09-14', 'My Shop', '+15554442222,BW_Alerts']);
  });

  it.each([
    ['messageStatus', { messageStatus: 'BOGUS' }],
    ['sourceTn', { sourceTn: '%2B15554443333' }],
    ['sourceTn', { sourceTn: `+1919${'5'.repeat(20)}` }],
    [
      'destinationTn',
      {
        destinationTn: Array.from({ length: 11 }, (_, index) => `+1555444${String(index).padStart(4, '0')}`).join(','),
      },
    ],
    ['limit', { limit: 1.5 }],
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

describe('media requests the client builds', () => {
  const mediaPath = (mediaId: string) => ({ ...path, mediaId });

  it('sends the slashes of an incoming media ID unencoded, and encodes each part once', async () => {
    const { fetch, requests } = recordingFetch(
      () => new Response('bytes', { headers: { 'content-type': 'application/octet-stream' } }),
    );
    const client = createClient({ ...credentials, fetch });
    await downloadMedia(client, { path: mediaPath('14762070468292kw2fuqty55yp2b2/0/bw.png') });
    await downloadMedia(client, { path: mediaPath('my pics/ü+1.png') });
    expect(requests.map((request) => request.url)).toEqual([
      `${PRODUCTION_BASE_URL}/users/12345/media/14762070468292kw2fuqty55yp2b2/0/bw.png`,
      `${PRODUCTION_BASE_URL}/users/12345/media/my%20pics/%C3%BC%2B1.png`,
    ]);
    expect(serializePath('/users/{accountId}/media/{mediaId}', { accountId: 'a/b', mediaId: 'x/y' })).toBe(
      '/users/a%2Fb/media/x/y',
    );
  });

  it('uses the same path rules for the typed DELETE', async () => {
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 204 }));
    const { data, response } = await createClient({ ...credentials, fetch }).DELETE(
      '/users/{accountId}/media/{mediaId}',
      { params: { path: mediaPath('a/0/b.png') } },
    );
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
    expect(requests[0]!.method).toBe('DELETE');
    expect(requests[0]!.url).toBe(`${PRODUCTION_BASE_URL}/users/12345/media/a/0/b.png`);
  });

  it.each(['/leading', 'trailing/', 'double//slash', 'dot/./part', 'up/../part', '..'])(
    'refuses the media ID %j before sending',
    async (mediaId) => {
      const { fetch, requests } = recordingFetch(() => new Response(null, { status: 204 }));
      const error = await createClient({ ...credentials, fetch })
        .DELETE('/users/{accountId}/media/{mediaId}', { params: { path: mediaPath(mediaId) } })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect(error).toMatchObject({ parameter: 'mediaId', location: 'path', operation: 'deleteMedia' });
      expect(requests).toHaveLength(0);
    },
  );

  it('downloads a file as a Blob, accepting any media type', async () => {
    const { fetch, requests } = recordingFetch(
      () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'application/octet-stream' } }),
    );
    const { data } = await downloadMedia(createClient({ ...credentials, fetch }), { path: mediaPath('file.mp3') });
    expect(data).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await data.arrayBuffer())]).toEqual([1, 2, 3]);
    expect(requests[0]!.headers.get('accept')).toBe('*/*');
  });

  it('uploads the bytes as they are, with their media type and Cache-Control', async () => {
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 204 }));
    const client = createClient({ ...credentials, fetch });
    const bytes = new Uint8Array([0x49, 0x44, 0x33, 0x04, 0x00]);
    const { response } = await uploadMedia(client, {
      path: mediaPath('file.mp3'),
      body: bytes,
      contentType: 'audio/mpeg',
      cacheControl: 'no-cache',
    });
    await uploadMedia(client, { path: mediaPath('a/b.png'), body: new Blob(['png'], { type: 'image/png' }) });
    await uploadMedia(client, { path: mediaPath('c.bin'), body: new ArrayBuffer(2) });
    expect(response.status).toBe(204);
    expect(
      requests.map((request) => [
        request.method,
        request.url,
        request.headers.get('content-type'),
        request.headers.get('cache-control'),
      ]),
    ).toEqual([
      ['PUT', `${PRODUCTION_BASE_URL}/users/12345/media/file.mp3`, 'audio/mpeg', 'no-cache'],
      ['PUT', `${PRODUCTION_BASE_URL}/users/12345/media/a/b.png`, 'image/png', null],
      ['PUT', `${PRODUCTION_BASE_URL}/users/12345/media/c.bin`, 'application/octet-stream', null],
    ]);
    expect([...new Uint8Array(await requests[0]!.arrayBuffer())]).toEqual([...bytes]);
    expect(await requests[1]!.text()).toBe('png');
  });

  it('refuses a file over 3.75 MB and a malformed media type before sending, without echoing the content', async () => {
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 204 }));
    const client = createClient({ ...credentials, fetch });
    const tooLarge = await uploadMedia(client, {
      path: mediaPath('big.bin'),
      body: new Uint8Array(MAX_MEDIA_BYTES + 1),
    }).catch((caught: unknown) => caught);
    expect(tooLarge).toBeInstanceOf(InvalidParameterError);
    expect(tooLarge).toMatchObject({
      parameter: 'body',
      location: 'body',
      operation: 'uploadMedia',
      value: `${MAX_MEDIA_BYTES + 1} bytes`,
    });
    const secret = 'private message text';
    const badType = await uploadMedia(client, { path: mediaPath('a.txt'), body: secret, contentType: 'text' }).catch(
      (caught: unknown) => caught,
    );
    expect(badType).toMatchObject({ parameter: 'Content-Type', location: 'header' });
    expect(String((badType as Error).message)).not.toContain(secret);
    // Exactly the limit is allowed.
    await uploadMedia(client, { path: mediaPath('max.bin'), body: new Uint8Array(MAX_MEDIA_BYTES) });
    expect(requests).toHaveLength(1);
  });
});

describe('paginateMedia over pages the test controls', () => {
  const files = (...names: string[]): Media[] =>
    names.map((mediaName) => ({ mediaName, contentLength: 1, content: `https://example.invalid/${mediaName}` }));

  it('follows the Continuation-Token header until a response has none', async () => {
    const { fetch, requests } = recordingFetch(
      () => json(files('a', 'b'), { headers: { 'Continuation-Token': 'T+2/=' } }),
      () => json(files('c'), { headers: { 'Continuation-Token': 'T3' } }),
      () => json(files('d')),
    );
    const names: string[] = [];
    for await (const file of paginateMedia(createClient({ ...credentials, fetch }), { path }))
      names.push(file.mediaName!);
    expect(names).toEqual(['a', 'b', 'c', 'd']);
    expect(requests.map((request) => request.headers.get('continuation-token'))).toEqual([null, 'T+2/=', 'T3']);
    expect(requests.every((request) => request.url === `${PRODUCTION_BASE_URL}/users/12345/media`)).toBe(true);
  });

  it('stops at an empty page even if it carries a token', async () => {
    const { fetch, requests } = recordingFetch(
      () => json(files('a'), { headers: { 'Continuation-Token': 'T2' } }),
      () => json([], { headers: { 'Continuation-Token': 'T3' } }),
    );
    const names: string[] = [];
    for await (const file of paginateMedia(createClient({ ...credentials, fetch }), { path }))
      names.push(file.mediaName!);
    expect(names).toEqual(['a']);
    expect(requests).toHaveLength(2);
  });

  it('stops with PaginationError when the server repeats a token', async () => {
    const { fetch } = recordingFetch(() => json(files('a'), { headers: { 'Continuation-Token': 'SAME' } }));
    const drain = async () => {
      for await (const _ of paginateMedia(createClient({ ...credentials, fetch }), { path }));
    };
    await expect(drain()).rejects.toBeInstanceOf(PaginationError);
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
    for await (const message of paginateMessages(client, { path, query: { messageStatus: 'DELIVERED', limit: 2 } }))
      ids.push(message.messageId!);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(requests.map((request) => new URL(request.url).searchParams.get('pageToken'))).toEqual([null, 'T2', 'T3']);
    expect(requests.every((request) => new URL(request.url).searchParams.get('messageStatus') === 'DELIVERED')).toBe(
      true,
    );
  });

  it('falls back to the pageToken of the nextPage link', async () => {
    const { fetch, requests } = recordingFetch(
      () =>
        json(
          page(['a'], { nextPage: 'https://messaging.bandwidth.com/api/v2/users/12345/messages?limit=1&pageToken=L2' }),
        ),
      () => json(page(['b'])),
    );
    const ids: string[] = [];
    for await (const message of paginateMessages(createClient({ ...credentials, fetch }), {
      path,
      query: { limit: 1 },
    }))
      ids.push(message.messageId!);
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
      body: {
        applicationId: '93de2206-9669-4e07-948d-329f4b722ee2',
        to: ['+15554443333'],
        from: '+15552221111',
        text: 'Hello',
      },
    });
    expect(response.status).toBe(202);
    await expectMatchesSpec(API, 'createMessage', 202, data);
  });

  it('listMessages answers 200 with a body that matches the spec', async () => {
    const { data, response } = await client().GET('/users/{accountId}/messages', {
      params: { path, query: { sourceTn: '+15554443333', messageStatus: 'DELIVERED' } },
    });
    expect(response.status).toBe(200);
    await expectMatchesSpec(API, 'listMessages', 200, data);
    expect(data.messages?.[0]?.sourceTn).toBe('+15554443333');
  });

  it('getMessageDetailRecords answers 200 with records that match the spec', async () => {
    const { data } = await client().GET('/users/{accountId}/messages/{messageId}', {
      params: { path: { ...path, messageId: '1589228074636lm4k2je7j7jklbn2' } },
    });
    await expectMatchesSpec(API, 'getMessageDetailRecords', 200, data);
  });

  it("answers 401 in Bandwidth's error shape when credentials are missing", async () => {
    const error = await client()
      .GET('/users/{accountId}/messages', { params: { path, query: { limit: 1 } }, headers: { Authorization: null } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    await expectMatchesSpec(API, 'listMessages', 401, (error as ApiError).body);
  });

  it("answers 400 in Bandwidth's error shape for an unknown messageStatus (client checks bypassed)", async () => {
    const { error, response } = await client().raw.GET('/users/{accountId}/messages', {
      params: { path, query: { messageStatus: 'BOGUS' as never } },
    });
    expect(response.status).toBe(400);
    await expectMatchesSpec(API, 'listMessages', 400, error);
  });

  it("answers 400 in createMessage's error shape (fieldErrors optional) for a message without recipients", async () => {
    const { error, response } = await client().raw.POST('/users/{accountId}/messages', {
      params: { path },
      body: { applicationId: 'app', from: '+15552221111' } as never,
    });
    expect(response.status).toBe(400);
    await expectMatchesSpec(API, 'createMessage', 400, error);
  });

  it("answers createMessage's 429 with the documented queue-full error and no Retry-After", async () => {
    const error = await client()
      .POST('/users/{accountId}/messages', {
        params: { path },
        body: {
          applicationId: '93de2206-9669-4e07-948d-329f4b722ee2',
          to: ['+15554443333'],
          from: '+15552221111',
          text: 'Hi',
        },
        headers: { Prefer: 'code=429' },
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      status: 429,
      body: { type: 'max-message-queue-size-exceeded' },
      retryAfterMs: undefined,
    });
    expect((error as ApiError).headers.get('retry-after')).toBeNull();
  });

  it('answers a 404 in the documented { timestamp, status, error, message, path } shape', async () => {
    const error = await client()
      .GET('/users/{accountId}/messages/{messageId}', {
        params: { path: { ...path, messageId: 'happy' } },
        headers: { Prefer: 'code=404' },
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 404, body: { status: 404, error: 'Not Found' } });
    await expectMatchesSpec(API, 'getMessageDetailRecords', 404, (error as ApiError).body);
  });

  it('uploads, lists, downloads and deletes media', async () => {
    const mock = client();
    const mediaPath = { ...path, mediaId: 'file.mp3' };
    const uploaded = await uploadMedia(mock, {
      path: mediaPath,
      body: new Uint8Array([1, 2, 3]),
      contentType: 'audio/mpeg',
      cacheControl: 'no-cache',
    });
    expect(uploaded.response.status).toBe(204);
    const { data: files } = await mock.GET('/users/{accountId}/media', { params: { path } });
    await expectMatchesSpec(API, 'listMedia', 200, files);
    const { data: file, response } = await downloadMedia(mock, { path: mediaPath });
    expect(response.status).toBe(200);
    expect(file).toBeInstanceOf(Blob);
    const deleted = await mock.DELETE('/users/{accountId}/media/{mediaId}', { params: { path: mediaPath } });
    expect(deleted.response.status).toBe(204);
  });

  it('sends a multi-channel message and gets its own error shape back', async () => {
    const body = {
      to: '+15552223333',
      channelList: [
        {
          from: 'BandwidthRBM',
          applicationId: '93de2206-9669-4e07-948d-329f4b722ee2',
          channel: 'RBM' as const,
          content: { text: 'Hello world' },
        },
        {
          from: '+15551113333',
          applicationId: '93de2206-9669-4e07-948d-329f4b722ee2',
          channel: 'SMS' as const,
          content: { text: 'Hello world' },
        },
      ],
    };
    const { data, response } = await client().POST('/users/{accountId}/messages/multiChannel', {
      params: { path },
      body,
    });
    expect(response.status).toBe(202);
    await expectMatchesSpec(API, 'createMultiChannelMessage', 202, data);
    const { error, response: rejected } = await client().raw.POST('/users/{accountId}/messages/multiChannel', {
      params: { path },
      body: { channelList: [] } as never,
    });
    expect(rejected.status).toBe(400);
    await expectMatchesSpec(API, 'createMultiChannelMessage', 400, error);
  });

  it("hands the mock's 429 Retry-After to the retry logic", async () => {
    const waits: number[] = [];
    const mock = createClient({
      ...credentials,
      baseUrl: mockUrl(API),
      retry: { maxAttempts: 3, maxTotalWaitMs: 3_600_000, sleep: async (ms) => void waits.push(ms) },
    });
    const error = await mock
      .GET('/users/{accountId}/messages', { params: { path, query: { limit: 1 } }, headers: { Prefer: 'code=429' } })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 300_000 });
    expect((error as ApiError).headers.get('retry-after')).toBe('300');
    expect(waits).toEqual([300_000, 300_000]);
  });

  it('does not sit out a long Retry-After by default: the 429 surfaces with retryAfterMs', async () => {
    const started = Date.now();
    await expect(
      client().GET('/users/{accountId}/messages', {
        params: { path, query: { limit: 1 } },
        headers: { Prefer: 'code=429' },
      }),
    ).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 300_000,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
