import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createApiClient,
  createTransport,
  isApiError,
  NetworkError,
  TimeoutError,
  type RetryOptions,
} from '@messaging-contracts/runtime';
import { json, neverAnswers, recordingFetch } from '../support/recording-fetch.js';
import type { GetAndPostPaths } from '../support/test-paths.js';

type Paths = GetAndPostPaths<'/things', { name: string }, 201>;

const BASE = 'https://api.test';
const tooMany =
  (headers: Record<string, string> = {}) =>
  () =>
    json({ type: 'rate_limit_exceeded' }, { status: 429, headers });
const ok = () => json({ ok: true });

/** A retry policy whose waits are recorded instead of slept. */
function recordedWaits(options: RetryOptions = {}) {
  const waits: number[] = [];
  const retry: RetryOptions = { ...options, sleep: async (ms) => void waits.push(ms) };
  return { waits, retry };
}

function client(fetch: (request: Request) => Promise<Response>, retry: RetryOptions | false, timeoutMs?: number) {
  return createApiClient<Paths>({ baseUrl: BASE, fetch, retry, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
}

describe('retries', () => {
  it('waits the Retry-After seconds, then sends the same request again', async () => {
    const { fetch, requests } = recordingFetch(tooMany({ 'Retry-After': '2' }), ok);
    const { waits, retry } = recordedWaits();
    const { data } = await client(fetch, retry).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(waits).toEqual([2000]);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.url).toBe(requests[0]!.url);
    expect([...requests[1]!.headers]).toEqual([...requests[0]!.headers]);
  });

  it('reads Retry-After as an HTTP date', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    try {
      const { fetch } = recordingFetch(tooMany({ 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' }), ok);
      const { waits, retry } = recordedWaits();
      await client(fetch, retry).GET('/things');
      expect(waits).toEqual([5000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('honours X-RateLimit-Reset (epoch milliseconds) when there is no Retry-After', async () => {
    const resetAt = Date.now() + 3_000;
    const { fetch } = recordingFetch(tooMany({ 'X-RateLimit-Reset': String(resetAt) }), ok);
    const { waits, retry } = recordedWaits();
    await client(fetch, retry).GET('/things');
    expect(waits[0]).toBeGreaterThan(2_500);
    expect(waits[0]).toBeLessThanOrEqual(3_000);
  });

  it('backs off exponentially with jitter when the server names no delay', async () => {
    const { fetch } = recordingFetch(
      () => new Response('busy', { status: 503 }),
      () => new Response('busy', { status: 503 }),
      ok,
    );
    const { waits, retry } = recordedWaits({ baseDelayMs: 100, maxAttempts: 3 });
    await client(fetch, retry).GET('/things');
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it('stops after maxAttempts and throws the last 429 as an ApiError with retryAfterMs', async () => {
    const { fetch, requests } = recordingFetch(tooMany({ 'Retry-After': '1' }));
    const { waits, retry } = recordedWaits({ maxAttempts: 3 });
    const error = await client(fetch, retry)
      .GET('/things')
      .catch((caught: unknown) => caught);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 1000, body: { type: 'rate_limit_exceeded' } });
    expect(requests).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
  });

  it('does not wait longer than maxTotalWaitMs: the 429 is returned at once', async () => {
    const { fetch, requests } = recordingFetch(tooMany({ 'Retry-After': '120' }), ok);
    const { waits, retry } = recordedWaits({ maxTotalWaitMs: 60_000 });
    const error = await client(fetch, retry)
      .GET('/things')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000 });
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('never retries a POST unless asked', async () => {
    const { fetch, requests } = recordingFetch(tooMany({ 'Retry-After': '1' }), ok);
    const { waits, retry } = recordedWaits();
    await expect(client(fetch, retry).POST('/things', { body: { name: 'a' } })).rejects.toMatchObject({ status: 429 });
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a POST with retryNonIdempotent, sending the same body again', async () => {
    const { fetch, requests } = recordingFetch(tooMany({ 'Retry-After': '1' }), () =>
      json({ ok: true }, { status: 201 }),
    );
    const { retry } = recordedWaits({ retryNonIdempotent: true });
    const { data } = await client(fetch, retry).POST('/things', { body: { name: 'a' } });
    expect(data).toEqual({ ok: true });
    expect(await Promise.all(requests.map((request) => request.text()))).toEqual(['{"name":"a"}', '{"name":"a"}']);
  });

  it('retries a GET whose connection failed, then throws NetworkError with the cause', async () => {
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    const { fetch, requests } = recordingFetch(() => Promise.reject(refused));
    const { waits, retry } = recordedWaits({ maxAttempts: 2, baseDelayMs: 10 });
    const error = await client(fetch, retry)
      .GET('/things')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 2, cause: refused, request: { method: 'GET', url: `${BASE}/things` } });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(requests).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('reports every retry to onRetry', async () => {
    const onRetry = vi.fn();
    const { fetch } = recordingFetch(tooMany({ 'Retry-After': '1' }), ok);
    await client(fetch, { onRetry, sleep: async () => {} }).GET('/things');
    expect(onRetry).toHaveBeenCalledWith({
      attempt: 1,
      delayMs: 1000,
      status: 429,
      request: { method: 'GET', url: `${BASE}/things` },
    });
  });

  it('lets one call override the retry policy', async () => {
    const { fetch, requests } = recordingFetch(tooMany({ 'Retry-After': '1' }), ok);
    const api = client(fetch, { sleep: async () => {} });
    await expect(api.GET('/things', { retry: false })).rejects.toMatchObject({ status: 429 });
    expect(requests).toHaveLength(1);
  });

  it('rejects a nonsensical policy with a clear error', () => {
    expect(() => createTransport({ retry: { maxAttempts: 0 } })).toThrow(
      'retry.maxAttempts must be a whole number of at least 1, got 0',
    );
  });
});

describe('timeouts', () => {
  it('gives up on a fetch that never answers and throws TimeoutError', async () => {
    const started = Date.now();
    const error = await client(neverAnswers, false, 50)
      .GET('/things')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, attempts: 1, request: { method: 'GET', url: `${BASE}/things` } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out each attempt, and retries idempotent requests that timed out', async () => {
    const { fetch, requests } = recordingFetch(neverAnswers);
    const error = await client(fetch, { maxAttempts: 2, sleep: async () => {} }, 30)
      .GET('/things')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'TimeoutError', attempts: 2 });
    expect(requests).toHaveLength(2);
  });

  it("passes the caller's own abort through without retrying", async () => {
    const { fetch, requests } = recordingFetch(neverAnswers);
    const controller = new AbortController();
    const pending = client(fetch, { sleep: async () => {} }, 5_000).GET('/things', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user cancelled')), 20);
    await expect(pending).rejects.toThrow('user cancelled');
    expect(requests).toHaveLength(1);
  });

  describe('against a real server that accepts connections and never answers', () => {
    let server: Server;
    let url = '';
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('throws TimeoutError after timeoutMs', async () => {
      const api = createApiClient<Paths>({ baseUrl: url, timeoutMs: 200, retry: false });
      const started = Date.now();
      await expect(api.GET('/things')).rejects.toBeInstanceOf(TimeoutError);
      expect(Date.now() - started).toBeGreaterThanOrEqual(180);
      expect(Date.now() - started).toBeLessThan(3_000);
    });
  });
});
