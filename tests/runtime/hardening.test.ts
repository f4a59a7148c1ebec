import { describe, expect, it } from 'vitest';
import * as v1 from '@messaging-contracts/bandwidth-messaging-v1';
import * as v2 from '@messaging-contracts/bandwidth-messaging-v2';
import * as fone from '@messaging-contracts/fonedynamics-messaging-v2';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createApiClient,
  DEFAULT_MAX_PAGES,
  InternalServerError,
  InvalidParameterError,
  MessagingContractsError,
  NotFoundError,
  paginate,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseParseError,
  UnprocessableEntityError,
  type LogEvent,
  type RetryOptions,
} from '@messaging-contracts/runtime';
import { json, recordingFetch } from '../support/recording-fetch.js';
import { caught, expectNoSecrets } from './support/servers.js';

type Paths = {
  '/things': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { q?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: {}; content: { 'application/json': { ok: boolean } } } };
    };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { to: string; text: string } } };
      responses: { 201: { headers: {}; content: { 'application/json': { ok: boolean } } } };
    };
    put?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/things/{id}': {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: {}; content: { 'application/json': { ok: boolean } } } };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};

const BASE = 'https://api.test/v1';
const SECRET = 'Pl4nted-S3cret-d0-not-leak';
const MESSAGE_TEXT = 'planted message text: the meeting moved to 3pm';
const basicOf = (username: string, password: string) => btoa(`${username}:${password}`);

describe('1. path parameters that are dot-segments are refused before sending', () => {
  const dotValues = ['..', '.', '%2E', '%2e%2E', '.%2e', '%2E.'];
  const sends = [
    {
      api: 'bandwidth-messaging-v2',
      parameter: 'accountId',
      send: (fetch: (request: Request) => Promise<Response>, value: string) =>
        v2
          .createClient({ username: 'user', password: 'pass', baseUrl: BASE, fetch, retry: false })
          .POST('/users/{accountId}/messages', {
            params: { path: { accountId: value } },
            body: { applicationId: 'a', to: ['+15554443333'], from: '+15554442222', text: 'hi' } as never,
          }),
    },
    {
      api: 'bandwidth-messaging-v1',
      parameter: 'userId',
      send: (fetch: (request: Request) => Promise<Response>, value: string) =>
        v1
          .createClient({ username: 'user', password: 'pass', baseUrl: BASE, fetch, retry: false })
          .POST('/users/{userId}/messages', {
            params: { path: { userId: value } },
            body: { from: '+15554442222', to: '+15554443333', text: 'hi' } as never,
          }),
    },
    {
      api: 'fonedynamics-messaging-v2',
      parameter: 'PropertySid',
      send: (fetch: (request: Request) => Promise<Response>, value: string) =>
        fone
          .createClient({ username: 'user', password: 'pass', baseUrl: BASE, fetch, retry: false })
          .POST('/v2/Properties/{PropertySid}/Messages', {
            params: { path: { PropertySid: value } },
            body: { To: '+61400000000', Text: 'hi' } as never,
          }),
    },
  ];
  for (const { api, parameter, send } of sends) {
    it.each(dotValues)(`${api}: ${parameter} = %s`, async (value) => {
      const { fetch, requests } = recordingFetch(() => json({}));
      const error = await caught(send(fetch, value));
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect(error).toMatchObject({
        parameter,
        location: 'path',
        attempts: 0,
        request: { method: 'POST', url: expect.stringContaining(`{${parameter}}`) },
      });
      expect(requests).toHaveLength(0);
    });
  }

  it('still accepts values that merely contain dots', async () => {
    const { fetch, requests } = recordingFetch(() => json({ ok: true }));
    await createApiClient<Paths>({ baseUrl: BASE, fetch, retry: false }).GET('/things/{id}', {
      params: { path: { id: '..a' } },
    });
    expect(requests[0]!.url).toBe(`${BASE}/things/..a`);
  });
});

describe('2. no credential in any error', () => {
  const client = (
    auth: Parameters<typeof createApiClient>[0]['auth'],
    fetch = recordingFetch(() => json({ ok: true })).fetch,
    baseUrl = BASE,
  ) => createApiClient<Paths>({ baseUrl, fetch, retry: false, ...(auth ? { auth } : {}) });

  it('a username with ":" is refused without showing it', () => {
    const error = (() => {
      try {
        client({ username: `token:${SECRET}`, password: 'x' });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: 'username', value: undefined });
    expectNoSecrets(error, [SECRET]);
  });

  it.each([
    ['a number', 731_942_077],
    ['an object', { toString: () => SECRET, secret: SECRET }],
  ])('a password that is %s is refused without showing it, even through .value', (_kind, password) => {
    let error: unknown;
    try {
      client({ username: 'user', password: password as never });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).value).toBeUndefined();
    expectNoSecrets(error, [SECRET, '731942077']);
  });

  it('a baseUrl with credentials in it is refused without showing them', () => {
    let error: unknown;
    try {
      client(undefined, undefined, `http://user:${SECRET}@127.0.0.1:9/v1`);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: 'baseUrl' });
    expectNoSecrets(error, [SECRET]);
  });

  it.each([
    ['CR/LF', `${SECRET}\r\nX-Injected: 1`],
    ['non-Latin-1', `${SECRET}€`],
    ['a space', `${SECRET} more`],
  ])('a bearer token with %s is a typed error without the token', (_kind, token) => {
    let error: unknown;
    try {
      client({ token });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ location: 'option', value: undefined });
    expectNoSecrets(error, [SECRET]);
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
    ['a number', 42],
    ['a token with a line break', `${SECRET}\n`],
  ])('a token function returning %s fails the call with a typed error and sends nothing', async (_kind, value) => {
    const { fetch, requests } = recordingFetch(() => json({ ok: true }));
    const error = await caught(client({ token: () => value as string }, fetch).GET('/things'));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ request: { method: 'GET', url: `${BASE}/things` } });
    expectNoSecrets(error, [SECRET]);
    expect(requests).toHaveLength(0);
  });

  it('errors about requests sent with credentials show none of them', async () => {
    const username = 'api-user';
    const secrets = [SECRET, basicOf(username, SECRET)];
    const answers = [
      () => json({ type: 'unauthorized' }, { status: 401 }),
      () => new Response('{"a":', { status: 200, headers: { 'content-type': 'application/json' } }),
      () =>
        Promise.reject(
          new TypeError('fetch failed', {
            cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
          }),
        ),
      // A server that echoes the request's credentials back in its error body.
      (request: Request) =>
        json({ echoed: request.headers.get('authorization'), [SECRET]: [`password was ${SECRET}`] }, { status: 400 }),
      (request: Request) =>
        new Response(`<pre>${request.headers.get('authorization')}</pre>`, {
          status: 500,
          headers: { 'content-type': 'text/html' },
        }),
      (request: Request) =>
        new Response(`{"auth": "${request.headers.get('authorization')}"`, {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      (request: Request) =>
        new Response(`auth: ${request.headers.get('authorization')}`, {
          status: 200,
          headers: { 'content-type': 'text/plain' },
        }),
    ];
    for (const answer of answers) {
      const { fetch } = recordingFetch(answer);
      expectNoSecrets(
        await caught(client({ username, password: SECRET }, fetch).GET('/things', { params: { query: { q: 'x' } } })),
        secrets,
      );
      expectNoSecrets(await caught(client({ token: SECRET }, fetch).GET('/things')), [SECRET]);
      expectNoSecrets(await caught(client({ token: () => SECRET }, fetch).GET('/things')), [SECRET]);
    }
  });

  it('a custom header value that fetch cannot send is refused without showing it', () => {
    expect(() => createApiClient<Paths>({ baseUrl: BASE, headers: { 'X-Api-Key': `${SECRET}\n` } })).toThrow(
      InvalidParameterError,
    );
    try {
      createApiClient<Paths>({ baseUrl: BASE, headers: { 'X-Api-Key': `${SECRET}\n` } });
    } catch (error) {
      expectNoSecrets(error, [SECRET]);
    }
  });
});

describe('4. lone surrogates and relative Link headers', () => {
  it.each([
    ['path', { path: { id: 'a\uD800b' } }, '/things/{id}'],
    ['query', { query: { q: '\uDC00' } }, '/things'],
  ] as const)(
    'a lone surrogate in a %s value is an InvalidParameterError, nothing sent',
    async (location, params, path) => {
      const { fetch, requests } = recordingFetch(() => json({ ok: true }));
      const error = await caught(
        createApiClient<Paths>({ baseUrl: BASE, fetch, retry: false }).GET(path as '/things', { params } as never),
      );
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect(error).toMatchObject({ location });
      expect(requests).toHaveLength(0);
    },
  );

  it('a header parameter value a header cannot carry is an InvalidParameterError that does not show it', async () => {
    const { fetch, requests } = recordingFetch(() => json({ ok: true }));
    const error = await caught(
      createApiClient<Paths>({ baseUrl: BASE, fetch, retry: false }).GET('/things', {
        params: { header: { 'X-Trace': `${SECRET}\r\nX-Injected: 1` } },
      } as never),
    );
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: 'X-Trace', location: 'header' });
    expectNoSecrets(error, [SECRET]);
    expect(requests).toHaveLength(0);
  });

  it('v1 paging resolves a relative Link against the request URL', async () => {
    const { fetch, requests } = recordingFetch(
      () => json([{ id: 'm-1' }], { headers: { link: '<messages?sortKeyLT=k2&size=1>; rel="next"' } }),
      () => json([{ id: 'm-2' }]),
    );
    const client = v1.createClient({
      username: 'u',
      password: 'p',
      baseUrl: 'https://api.test/v1',
      fetch,
      retry: false,
    });
    const ids: string[] = [];
    for await (const message of v1.paginateMessages(client, { path: { userId: 'u-1' } }))
      ids.push((message as { id: string }).id);
    expect(ids).toEqual(['m-1', 'm-2']);
    expect(new URL(requests[1]!.url).searchParams.get('sortKeyLT')).toBe('k2');
  });

  it('v1 paging stops with PaginationError on a Link that is no URL at all', async () => {
    const { fetch } = recordingFetch(() => json([{ id: 'm-1' }], { headers: { link: '<http://[bad>; rel="next"' } }));
    const client = v1.createClient({
      username: 'u',
      password: 'p',
      baseUrl: 'https://api.test/v1',
      fetch,
      retry: false,
    });
    const error = await caught(async () => {
      for await (const _ of v1.paginateMessages(client, { path: { userId: 'u-1' } }));
    });
    expect(error).toBeInstanceOf(PaginationError);
  });
});

describe('6. redirects a test fetch can show', () => {
  it('never downgrades https to http', async () => {
    const { fetch, requests } = recordingFetch(
      () => new Response(null, { status: 302, headers: { location: 'http://api.test/v1/things' } }),
    );
    const error = await caught(
      createApiClient<Paths>({ baseUrl: BASE, fetch, retry: { sleep: async () => {} } }).GET('/things'),
    );
    expect(error).toBeInstanceOf(RedirectError);
    expect(requests).toHaveLength(1);
  });

  it('drops Authorization when a GET is redirected to another origin', async () => {
    const { fetch, requests } = recordingFetch(
      () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.test/x' } }),
      () => json({ ok: true }),
    );
    await createApiClient<Paths>({ baseUrl: BASE, fetch, auth: { username: 'u', password: SECRET } }).GET('/things');
    expect(requests.map((request) => request.url)).toEqual([`${BASE}/things`, 'https://elsewhere.test/x']);
    expect(requests[0]!.headers.get('authorization')).not.toBeNull();
    expect(requests[1]!.headers.get('authorization')).toBeNull();
  });
});

describe('8. bounded waits, pages and bodies', () => {
  const tooMany = (retryAfter: string) => () => json({}, { status: 429, headers: { 'retry-after': retryAfter } });

  it('maxTotalWaitMs: Infinity with a Retry-After past what a timer can wait gives up at once with RateLimitError', async () => {
    const waits: number[] = [];
    const retry: RetryOptions = { maxTotalWaitMs: Number.POSITIVE_INFINITY, sleep: async (ms) => void waits.push(ms) };
    const { fetch, requests } = recordingFetch(tooMany('99999999999'), () => json({ ok: true }));
    const error = await caught(createApiClient<Paths>({ baseUrl: BASE, fetch, retry }).GET('/things'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(99_999_999_999_000);
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('maxTotalWaitMs: Infinity still waits what a timer can', async () => {
    const waits: number[] = [];
    const { fetch } = recordingFetch(tooMany('86400'), () => json({ ok: true }));
    await createApiClient<Paths>({
      baseUrl: BASE,
      fetch,
      retry: { maxTotalWaitMs: Infinity, sleep: async (ms) => void waits.push(ms) },
    }).GET('/things');
    expect(waits).toEqual([86_400_000]);
  });

  it.each([
    [{ timeoutMs: -1 }, 'timeoutMs'],
    [{ timeoutMs: Number.NaN }, 'timeoutMs'],
    [{ maxResponseBytes: -5 }, 'maxResponseBytes'],
    [{ maxRedirects: Number.POSITIVE_INFINITY }, 'maxRedirects'],
    [{ retry: { maxTotalWaitMs: -1 } }, 'retry.maxTotalWaitMs'],
  ])('refuses the nonsensical option %o at once', (option, name) => {
    expect(() => createApiClient<Paths>({ baseUrl: BASE, ...option })).toThrow(RangeError);
    expect(() => createApiClient<Paths>({ baseUrl: BASE, ...option })).toThrow(name);
  });

  it(`a listing without maxPages stops with PaginationError after ${DEFAULT_MAX_PAGES} pages of fresh cursors`, async () => {
    let fetched = 0;
    const error = await caught(async () => {
      for await (const _ of paginate({
        fetchPage: async (cursor: number | undefined) => {
          fetched++;
          return { n: (cursor ?? 0) + 1 };
        },
        items: () => [1],
        next: (page) => page.n,
      }));
    });
    expect(error).toBeInstanceOf(PaginationError);
    expect(fetched).toBe(DEFAULT_MAX_PAGES);
  });

  it.each([
    ['an empty 200', () => new Response('', { status: 200, headers: { 'content-type': 'application/json' } })],
    ['a 200 with Content-Length: 0', () => new Response(null, { status: 200, headers: { 'content-length': '0' } })],
    ['an empty 202 with no Location', () => new Response(null, { status: 202 })],
  ])('%s where JSON is promised is a ResponseParseError', async (_case, answer) => {
    const { fetch } = recordingFetch(answer);
    const error = await caught(createApiClient<Paths>({ baseUrl: BASE, fetch, retry: false }).GET('/things'));
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain('an empty body where JSON was expected');
  });

  it.each([
    ['204', () => new Response(null, { status: 204 })],
    [
      '201 with Location and no body',
      () => new Response(null, { status: 201, headers: { location: `${BASE}/things/1` } }),
    ],
  ])('%s resolves undefined data', async (_case, answer) => {
    const { fetch } = recordingFetch(answer);
    const { data } = await createApiClient<Paths>({ baseUrl: BASE, fetch, retry: false }).POST('/things', {
      body: { to: '+1', text: 'x' },
    });
    expect(data).toBeUndefined();
  });
});

describe('9. typed per-status errors with the request id', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiError],
  ])('%i → %s', async (status, type) => {
    const { fetch } = recordingFetch(() => json({ type: 'x' }, { status, headers: { 'x-request-id': 'req-123' } }));
    const error = await caught(createApiClient<Paths>({ baseUrl: BASE, fetch, retry: false }).GET('/things'));
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(MessagingContractsError);
    expect(error).toMatchObject({
      status,
      requestId: 'req-123',
      attempts: 1,
      name: type.name,
      request: { method: 'GET', url: `${BASE}/things` },
    });
    expect((error as Error).message).toContain('req-123');
  });

  it.each([
    [{ 'request-id': 'r-2' }, undefined, 'r-2'],
    [{ 'x-amzn-requestid': 'r-3' }, undefined, 'r-3'],
    [{ 'x-bw-trace': 'r-4' }, ['x-bw-trace'], 'r-4'],
    [{ 'x-other': 'r-5' }, undefined, undefined],
  ])('reads the request id from %o (requestIdHeaders %o)', async (headers, requestIdHeaders, expected) => {
    const { fetch } = recordingFetch(() => json({}, { status: 404, headers }));
    const error = await caught(
      createApiClient<Paths>({
        baseUrl: BASE,
        fetch,
        retry: false,
        ...(requestIdHeaders ? { requestIdHeaders } : {}),
      }).GET('/things'),
    );
    expect((error as ApiError).requestId).toBe(expected);
  });

  it('counts attempts on the error of a retried request', async () => {
    const { fetch } = recordingFetch(() => json({}, { status: 503 }));
    const error = await caught(
      createApiClient<Paths>({ baseUrl: BASE, fetch, retry: { maxAttempts: 3, sleep: async () => {} } }).GET('/things'),
    );
    expect(error).toMatchObject({ status: 503, attempts: 3 });
  });

  it('keeps only the first 64 KiB of a long error body, and says so', async () => {
    const long = 'x'.repeat(200_000);
    const { fetch } = recordingFetch(
      () => new Response(long, { status: 500, headers: { 'content-type': 'text/plain' } }),
    );
    const error = (await caught(
      createApiClient<Paths>({ baseUrl: BASE, fetch, retry: false }).GET('/things'),
    )) as ApiError<string>;
    expect(error.body).toHaveLength(64 * 1024);
    expect(error.bodyTruncated).toBe(true);
    expect(error.message.length).toBeLessThan(1_000);
  });
});

describe('10. the logger hook', () => {
  const body = { to: '+15554443333', text: MESSAGE_TEXT };
  const answer = () =>
    json(
      { ok: true, Message: { Text: MESSAGE_TEXT }, text: MESSAGE_TEXT },
      { status: 201, headers: { 'x-request-id': 'log-1', 'set-cookie': `s=${SECRET}` } },
    );

  async function logged(
    options: { logBodies?: boolean; logMessageText?: boolean },
    auth: 'basic' | 'bearer' = 'basic',
  ) {
    const events: LogEvent[] = [];
    const { fetch } = recordingFetch(answer);
    const client = createApiClient<Paths>({
      baseUrl: BASE,
      fetch,
      retry: false,
      auth: auth === 'basic' ? { username: 'user', password: SECRET } : { token: () => SECRET },
      logger: (event) => events.push(event),
      ...options,
    });
    await client.POST('/things', { body });
    return events;
  }

  it('reports request and response, with no credential and, by default, no body', async () => {
    for (const auth of ['basic', 'bearer'] as const) {
      const events = await logged({}, auth);
      expect(events.map((event) => event.type)).toEqual(['request', 'response']);
      expect(events[0]).toMatchObject({
        method: 'POST',
        url: `${BASE}/things`,
        attempt: 1,
        headers: { authorization: '[redacted]' },
      });
      expect(events[1]).toMatchObject({ status: 201, requestId: 'log-1', headers: { 'set-cookie': '[redacted]' } });
      expect(events.every((event) => event.body === undefined)).toBe(true);
      const text = JSON.stringify(events);
      for (const secret of [SECRET, basicOf('user', SECRET), MESSAGE_TEXT]) expect(text).not.toContain(secret);
    }
  });

  it('with logBodies shows bodies but not message text', async () => {
    const events = await logged({ logBodies: true });
    expect(events[0]!.body).toEqual({ to: '+15554443333', text: '[redacted]' });
    expect(events[1]!.body).toEqual({ ok: true, Message: { Text: '[redacted]' }, text: '[redacted]' });
    expect(JSON.stringify(events)).not.toContain(MESSAGE_TEXT);
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });

  it('shows message text only when asked to, and credentials never', async () => {
    const events = await logged({ logBodies: true, logMessageText: true });
    expect(events[0]!.body).toEqual(body);
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });

  it('a throwing logger does not break the call', async () => {
    const { fetch } = recordingFetch(() => json({ ok: true }));
    const { data } = await createApiClient<Paths>({
      baseUrl: BASE,
      fetch,
      retry: false,
      logger: () => {
        throw new Error('logger broke');
      },
    }).GET('/things');
    expect(data).toEqual({ ok: true });
  });
});
