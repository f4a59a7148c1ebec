import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  createApiClient,
  InvalidParameterError,
  MessagingContractsError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  type RetryOptions,
} from '@messaging-contracts/runtime';
import { json, recordingFetch } from '../support/recording-fetch.js';
import { caught, closedPortUrl, expectNoSecrets, httpServer, rawServer, type TestServer } from './support/servers.js';
import type { GetAndPostPaths } from '../support/test-paths.js';

type Paths = GetAndPostPaths<'/things', { to: string; text: string }, 202>;

const PASSWORD = 'Pl4nted-S3cret-hostile';
const SEND = { to: '+15554443333', text: 'hello' };
const noWait: RetryOptions = { maxAttempts: 3, sleep: async () => {} };

const servers: TestServer[] = [];
async function track(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

// Every case runs with each way of sending: node:http (the default in Node) and the global fetch.
let httpClient: 'node' | 'fetch' = 'node';
function client(baseUrl: string, options: Partial<Parameters<typeof createApiClient>[0]> = {}) {
  return createApiClient<Paths>({
    baseUrl,
    auth: { username: 'api-user', password: PASSWORD },
    timeoutMs: 2_000,
    retry: false,
    httpClient,
    ...options,
  });
}

/** The fields every error about a request carries. */
function expectExchange(error: unknown, method: string, url: string, attempts: number) {
  expect(error).toBeInstanceOf(MessagingContractsError);
  expect(error).toMatchObject({ request: { method, url }, attempts });
  expectNoSecrets(error, [PASSWORD, btoa(`api-user:${PASSWORD}`)]);
}

describe.each(['node', 'fetch'] as const)('httpClient: %s', (mode) => {
  beforeAll(() => {
    httpClient = mode;
  });

  describe('3. timeoutMs covers the response body', () => {
    it('headers then a stalled body: TimeoutError within the budget', async () => {
      const server = await track(
        rawServer((socket) =>
          socket.write(
            'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\nx-request-id: stall-1\r\n\r\n{"ok"',
          ),
        ),
      );
      const started = Date.now();
      const error = await caught(client(server.url, { timeoutMs: 300 }).GET('/things'));
      const elapsed = Date.now() - started;
      expect(error).toBeInstanceOf(TimeoutError);
      expectExchange(error, 'GET', `${server.url}/things`, 1);
      expect(error).toMatchObject({ timeoutMs: 300, requestId: 'stall-1' });
      expect(elapsed).toBeGreaterThanOrEqual(280);
      expect(elapsed).toBeLessThan(2_000);
    });

    it("the caller's own abort ends a stalled exchange with the caller's reason, not retried", async () => {
      const server = await track(rawServer((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{')));
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('user cancelled')), 100);
      await expect(client(server.url, { retry: noWait }).GET('/things', { signal: controller.signal })).rejects.toThrow(
        'user cancelled',
      );
      expect(server.seen).toHaveLength(1);
    });

    it('a GET whose body stalled is retried, each attempt with its own budget', async () => {
      const server = await track(rawServer((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{')));
      const error = await caught(client(server.url, { timeoutMs: 150, retry: noWait }).GET('/things'));
      expect(error).toMatchObject({ name: 'TimeoutError', attempts: 3 });
      expect(server.seen).toHaveLength(3);
    });
  });

  describe('4. broken bodies are typed, carry the exchange, and GETs are retried', () => {
    const broken = {
      'a truncated body (Content-Length longer than sent)': (socket: import('node:net').Socket) =>
        socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"ok":'),
      'a bad chunk size': (socket: import('node:net').Socket) =>
        socket.end(
          'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
        ),
    };
    for (const [name, respond] of Object.entries(broken)) {
      it(`${name}: NetworkError in the body phase after every attempt`, async () => {
        const server = await track(rawServer(respond));
        const error = await caught(client(server.url, { retry: noWait }).GET('/things'));
        expect(error).toBeInstanceOf(NetworkError);
        expectExchange(error, 'GET', `${server.url}/things`, 3);
        expect(error).toMatchObject({ phase: 'body', status: 200, mayHaveBeenSent: true, ambiguous: false });
        expect(server.seen).toHaveLength(3);
      });
    }

    it('a POST whose body broke off is not retried, and is ambiguous', async () => {
      const server = await track(rawServer(broken['a truncated body (Content-Length longer than sent)']));
      const error = await caught(client(server.url, { retry: noWait }).POST('/things', { body: SEND }));
      expect(error).toBeInstanceOf(NetworkError);
      expectExchange(error, 'POST', `${server.url}/things`, 1);
      expect(error).toMatchObject({ phase: 'body', ambiguous: true });
      expect(server.seen).toHaveLength(1);
    });

    it('a non-Latin-1 token is an InvalidParameterError, nothing sent', async () => {
      const server = await track(httpServer((_request, response) => response.end('{}')));
      const error = await caught(() =>
        createApiClient<Paths>({ baseUrl: server.url, auth: { token: `${PASSWORD}ü€` } }).GET('/things'),
      );
      expect(error).toBeInstanceOf(InvalidParameterError);
      expectNoSecrets(error, [PASSWORD]);
      expect(server.seen).toHaveLength(0);
    });
  });

  describe('5. "may have been sent" versus "never sent"', () => {
    it('connection refused: never sent, not ambiguous', async () => {
      const url = await closedPortUrl();
      const error = await caught(client(url).POST('/things', { body: SEND }));
      expect(error).toBeInstanceOf(NetworkError);
      expectExchange(error, 'POST', `${url}/things`, 1);
      expect(error).toMatchObject({ phase: 'request', mayHaveBeenSent: false, ambiguous: false });
    });

    it('a POST that was refused is retried, since it never left', async () => {
      const url = await closedPortUrl();
      const error = await caught(client(url, { retry: noWait }).POST('/things', { body: SEND }));
      expect(error).toMatchObject({ name: 'NetworkError', attempts: 3, ambiguous: false });
    });

    it('connection dropped after the POST was written: ambiguous, sent once', async () => {
      const server = await track(rawServer((socket) => socket.destroy()));
      const error = await caught(client(server.url, { retry: noWait }).POST('/things', { body: SEND }));
      expect(error).toBeInstanceOf(NetworkError);
      expectExchange(error, 'POST', `${server.url}/things`, 1);
      expect(error).toMatchObject({ mayHaveBeenSent: true, ambiguous: true });
      expect((error as Error).message).toContain('may have been received');
      expect(server.seen).toHaveLength(1);
    });

    it('a POST that timed out: ambiguous', async () => {
      const server = await track(rawServer(() => {}));
      const error = await caught(client(server.url, { timeoutMs: 150, retry: noWait }).POST('/things', { body: SEND }));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ ambiguous: true, attempts: 1 });
      expect(server.seen).toHaveLength(1);
    });

    it('retryNonIdempotent repeats a dropped POST: the server sees every copy, the error stays ambiguous', async () => {
      const server = await track(rawServer((socket) => socket.destroy()));
      const error = await caught(
        client(server.url, { retry: { ...noWait, retryNonIdempotent: true } }).POST('/things', { body: SEND }),
      );
      expect(error).toMatchObject({ name: 'NetworkError', attempts: 3, ambiguous: true });
      expect(server.seen.map((seen) => JSON.parse(seen.body))).toEqual([SEND, SEND, SEND]);
    });
  });

  describe('6. redirects', () => {
    const redirectTo = (status: number, location: string | ((url: string) => string)) =>
      httpServer((request, response) => {
        response.writeHead(status, {
          location: typeof location === 'function' ? location(request.url ?? '') : location,
        });
        response.end();
      });

    it('a POST redirected (307) to another origin is not followed: its body never reaches it', async () => {
      const other = await track(
        httpServer((_request, response) =>
          response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
        ),
      );
      const server = await track(redirectTo(307, `${other.url}/steal`));
      const error = await caught(client(server.url, { retry: noWait }).POST('/things', { body: SEND }));
      expect(error).toBeInstanceOf(RedirectError);
      expectExchange(error, 'POST', `${server.url}/things`, 1);
      expect(error).toMatchObject({ status: 307, location: `${other.url}/steal` });
      expect(other.seen).toHaveLength(0);
    });

    it('a POST redirected (308) within its origin is followed with the same body', async () => {
      const server = await track(
        httpServer((request, response) => {
          if (request.url === '/things') response.writeHead(308, { location: '/v2/things' }).end();
          else response.writeHead(202, { 'content-type': 'application/json' }).end('{"ok":true}');
        }),
      );
      const { data, response } = await client(server.url).POST('/things', { body: SEND });
      expect(data).toEqual({ ok: true });
      expect(response.url).toBe(`${server.url}/v2/things`);
      expect(server.seen.map((seen) => [seen.method, seen.url, seen.body])).toEqual([
        ['POST', '/things', JSON.stringify(SEND)],
        ['POST', '/v2/things', JSON.stringify(SEND)],
      ]);
    });

    it('a POST answered 302/303 is not turned into a GET', async () => {
      const server = await track(redirectTo(303, '/elsewhere'));
      await expect(client(server.url).POST('/things', { body: SEND })).rejects.toBeInstanceOf(RedirectError);
      expect(server.seen).toHaveLength(1);
    });

    it('a GET follows a cross-origin redirect without the credentials', async () => {
      const other = await track(
        httpServer((_request, response) =>
          response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
        ),
      );
      const server = await track(redirectTo(302, `${other.url}/moved`));
      const { data } = await client(server.url).GET('/things');
      expect(data).toEqual({ ok: true });
      expect(server.seen[0]!.headers.authorization).toBeDefined();
      expect(other.seen[0]!.headers.authorization).toBeUndefined();
    });

    it('a redirect loop is a RedirectError and is not retried', async () => {
      const server = await track(redirectTo(302, (url) => (url === '/things' ? '/loop' : '/things')));
      const error = await caught(client(server.url, { retry: noWait }).GET('/things'));
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as Error).message).toContain('loop');
      expect(server.seen).toHaveLength(2);
    });

    it('a chain past maxRedirects stops there', async () => {
      const server = await track(redirectTo(302, (url) => `/hop${Number(url.replace(/\D/g, '') || 0) + 1}`));
      const error = await caught(client(server.url, { retry: noWait, maxRedirects: 3 }).GET('/things'));
      expect(error).toBeInstanceOf(RedirectError);
      expect(server.seen).toHaveLength(4);
    });

    it.each(['file:///etc/passwd', 'data:text/plain,hi', 'ftp://127.0.0.1/x'])(
      'a redirect to %s is refused',
      async (location) => {
        const server = await track(redirectTo(302, location));
        const error = await caught(client(server.url, { retry: noWait }).GET('/things'));
        expect(error).toBeInstanceOf(RedirectError);
        expect(server.seen).toHaveLength(1);
      },
    );
  });

  describe('7. response size cap', () => {
    it('a body over maxResponseBytes stops the read (Content-Length announced)', async () => {
      const server = await track(
        httpServer((_request, response) =>
          response
            .writeHead(200, { 'content-type': 'application/json', 'content-length': 2_000_000 })
            .end(`"${'x'.repeat(1_999_998)}"`),
        ),
      );
      const error = await caught(client(server.url, { maxResponseBytes: 1_000_000 }).GET('/things'));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expectExchange(error, 'GET', `${server.url}/things`, 1);
      expect(error).toMatchObject({ limitBytes: 1_000_000, status: 200 });
    });

    it('a chunked body is counted while it streams in', async () => {
      let written = 0;
      const server = await track(
        httpServer((_request, response) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          const chunk = 'x'.repeat(64 * 1024);
          const more = () => {
            while (written < 50 * 1024 * 1024) {
              written += chunk.length;
              if (!response.write(chunk)) return void response.once('drain', more);
            }
            response.end();
          };
          response.on('close', () => (written = Number.POSITIVE_INFINITY));
          more();
        }),
      );
      const error = await caught(client(server.url, { maxResponseBytes: 512 * 1024 }).GET('/things'));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
    });

    it('a gzip bomb is stopped at the decompressed limit (default 10 MiB)', async () => {
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
      expect(bomb.byteLength).toBeLessThan(200 * 1024);
      const server = await track(
        httpServer((_request, response) =>
          response
            .writeHead(200, {
              'content-type': 'application/json',
              'content-encoding': 'gzip',
              'content-length': bomb.byteLength,
            })
            .end(bomb),
        ),
      );
      const before = process.memoryUsage().rss;
      const error = await caught(client(server.url).GET('/things'));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toMatchObject({ limitBytes: 10 * 1024 * 1024 });
      expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
    });

    it('an error response is capped too, and its kept body is truncated to 64 KiB', async () => {
      const server = await track(
        httpServer((_request, response) =>
          response.writeHead(500, { 'content-type': 'text/plain' }).end('e'.repeat(300_000)),
        ),
      );
      const error = (await caught(client(server.url).GET('/things'))) as ApiError<string>;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.body).toHaveLength(65_536);
      expect(error.bodyTruncated).toBe(true);
    });
  });
});

describe('the transport still hands openapi-fetch a usable response', () => {
  it('raw client: { data, error } from a buffered response', async () => {
    const { fetch } = recordingFetch(() => json({ ok: true }));
    const result = await createApiClient<Paths>({ baseUrl: 'https://api.test', fetch }).raw.GET('/things');
    expect(result.data).toEqual({ ok: true });
    expect(result.response).toBeInstanceOf(Response);
    expect(await result.response.clone().json()).toEqual({ ok: true });
  });
});
