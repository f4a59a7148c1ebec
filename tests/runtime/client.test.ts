import { describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  basicAuthorization,
  createApiClient,
  InvalidParameterError,
  ResponseParseError,
} from '@messaging-contracts/runtime';
import { json, recordingFetch } from '../support/recording-fetch.js';

type Paths = {
  '/items/{id}': {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: { kind?: 'a' | 'b' }; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: {}; content: { 'application/json': { id: string } } };
        204: { headers: {}; content?: never };
      };
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
const rules = {
  'GET /items/{id}': {
    operationId: 'getItem',
    path: { id: { required: true, type: 'string', minLength: 1 } },
    query: { kind: { type: 'string', enum: ['a', 'b'] } },
  },
} as const;

function client(
  fetch: (request: Request) => Promise<Response>,
  options: { auth?: { username: string; password: string } | { token: string | (() => string) } } = {},
) {
  return createApiClient<Paths>({ baseUrl: BASE, fetch, retry: false, parameterRules: rules, ...options });
}

describe('requests', () => {
  it('sends method, URL, JSON Accept and Basic credentials', async () => {
    const { fetch, requests } = recordingFetch(() => json({ id: '1' }));
    await client(fetch, { auth: { username: 'token', password: 'secret' } }).GET('/items/{id}', {
      params: { path: { id: 'a/b' }, query: { kind: 'a' } },
    });
    const [request] = requests;
    expect(request!.method).toBe('GET');
    expect(request!.url).toBe(`${BASE}/items/a%2Fb?kind=a`);
    expect(request!.headers.get('accept')).toBe('application/json');
    expect(request!.headers.get('authorization')).toBe(`Basic ${btoa('token:secret')}`);
  });

  it('encodes Basic credentials as UTF-8', () => {
    expect(basicAuthorization({ username: 'zoë', password: 'pässword' })).toBe(
      `Basic ${Buffer.from('zoë:pässword', 'utf8').toString('base64')}`,
    );
  });

  it('asks a bearer token function for a fresh token on each request', async () => {
    const token = vi.fn().mockReturnValueOnce('one').mockReturnValueOnce('two');
    const { fetch, requests } = recordingFetch(() => json({ id: '1' }));
    const api = client(fetch, { auth: { token } });
    await api.GET('/items/{id}', { params: { path: { id: '1' } } });
    await api.GET('/items/{id}', { params: { path: { id: '1' } } });
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer one', 'Bearer two']);
  });
});

describe('arguments the contract forbids are caught before sending', () => {
  it.each([
    [
      'an enum value not in the spec',
      { path: { id: '1' }, query: { kind: 'c' } },
      'query',
      'kind',
      'must be one of a, b',
    ],
    ['an empty required path parameter', { path: { id: '' } }, 'path', 'id', 'must be at least 1 characters'],
    ['a missing required path parameter', { path: {} }, 'path', 'id', 'is required'],
    [
      'an unknown query parameter',
      { path: { id: '1' }, query: { knd: 'a' } },
      'query',
      'knd',
      'is not a parameter of this operation',
    ],
  ])('%s', async (_case, params, location, parameter, reason) => {
    const { fetch, requests } = recordingFetch(() => json({ id: '1' }));
    const error = await client(fetch)
      .GET('/items/{id}', { params } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter, location, operation: 'getItem' });
    expect((error as Error).message).toContain(reason);
    expect(requests).toHaveLength(0);
  });

  it('rejects credentials Basic auth cannot carry, naming the option', () => {
    expect(() => client(async () => json({}), { auth: { username: 'a:b', password: 'c' } })).toThrow(
      InvalidParameterError,
    );
    expect(() => client(async () => json({}), { auth: { username: 'a:b', password: 'c' } })).toThrow('"username"');
  });

  it('rejects a base URL that is not absolute', () => {
    expect(() => createApiClient<Paths>({ baseUrl: '127.0.0.1:4010' })).toThrow('Invalid option parameter "baseUrl"');
  });
});

describe('responses', () => {
  it('resolves data and response on 2xx', async () => {
    const { fetch } = recordingFetch(() => json({ id: '7' }, { headers: { 'x-request-id': 'r1' } }));
    const { data, response } = await client(fetch).GET('/items/{id}', { params: { path: { id: '7' } } });
    expect(data).toEqual({ id: '7' });
    expect(response.headers.get('x-request-id')).toBe('r1');
  });

  it('resolves undefined data for an empty 204', async () => {
    const { fetch } = recordingFetch(() => new Response(null, { status: 204 }));
    const { data } = await client(fetch).GET('/items/{id}', { params: { path: { id: '7' } } });
    expect(data).toBeUndefined();
  });

  it('throws ApiError with status, parsed body and headers on a JSON error', async () => {
    const { fetch } = recordingFetch(() =>
      json({ type: 'not-found', description: 'no item' }, { status: 404, headers: { 'x-request-id': 'r2' } }),
    );
    const error = (await client(fetch)
      .GET('/items/{id}', { params: { path: { id: '7' } } })
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(404);
    expect(error.body).toEqual({ type: 'not-found', description: 'no item' });
    expect(error.headers.get('x-request-id')).toBe('r2');
    expect(error.request).toEqual({ method: 'GET', url: `${BASE}/items/7` });
    expect(error.message).toContain('answered 404');
  });

  it('keeps a non-JSON error body as text', async () => {
    const { fetch } = recordingFetch(
      () => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    await expect(client(fetch).GET('/items/{id}', { params: { path: { id: '7' } } })).rejects.toMatchObject({
      status: 502,
      body: '<h1>Bad gateway</h1>',
    });
  });

  it('throws ResponseParseError, with the raw text, for a 2xx body that is malformed JSON', async () => {
    const { fetch } = recordingFetch(
      () => new Response('{"id": "7",', { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    const error = await client(fetch)
      .GET('/items/{id}', { params: { path: { id: '7' } } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ status: 200, bodyText: '{"id": "7",' });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('throws ResponseParseError for a 2xx body that is not JSON at all', async () => {
    const { fetch } = recordingFetch(
      () => new Response('<html>login</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    await expect(client(fetch).GET('/items/{id}', { params: { path: { id: '7' } } })).rejects.toThrow(
      'a text/html body where JSON was expected',
    );
  });

  it('returns { data, error } without throwing from the raw client', async () => {
    const { fetch } = recordingFetch(() => json({ type: 'not-found' }, { status: 404 }));
    const result = await client(fetch).raw.GET('/items/{id}', { params: { path: { id: '7' } } });
    expect(result.error).toEqual({ type: 'not-found' });
    expect(result.response.status).toBe(404);
  });
});
