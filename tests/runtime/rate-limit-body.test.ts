import { describe, expect, it } from 'vitest';
import { createClient } from '@messaging-contracts/bandwidth-messaging-v1';
import { RateLimitError, retryDelayFromBody, type RetryOptions } from '@messaging-contracts/runtime';
import { json, recordingFetch } from '../support/recording-fetch.js';

// Issue 18: a v1 429 whose X-RateLimit-Reset header is missing (a proxy dropped it) still says when
// to retry, in its body: `details: [{ name: "rateLimitResetTime", value: "<epoch ms>" }]`
// (Bandwidth/ap-docs rateLimits/resourceRateLimits.md, the spec's TooManyRequests example).

const path = { userId: 'u-abc123' };
const credentials = { username: 't-token', password: 'secret' };

/** The documented 429 body with its reset instant set, and no X-RateLimit-Reset header. */
const tooManyWithBodyReset = (resetAt: number | string) => () =>
  json(
    {
      category: 'too-many-requests',
      code: 'rate-limit-reached',
      details: [
        { name: 'requestMethod', value: 'GET' },
        { name: 'rateLimitResetTime', value: String(resetAt) },
      ],
    },
    { status: 429 },
  );

function recordedWaits(options: RetryOptions = {}) {
  const waits: number[] = [];
  return { waits, retry: { ...options, sleep: async (ms: number) => void waits.push(ms) } satisfies RetryOptions };
}

describe('v1 rate-limit reset from the body when X-RateLimit-Reset is missing', () => {
  it('the client waits until the body’s rateLimitResetTime, then retries', async () => {
    const resetAt = Date.now() + 4_000;
    const { fetch, requests } = recordingFetch(tooManyWithBodyReset(resetAt), () => json([]));
    const { waits, retry } = recordedWaits({ baseDelayMs: 1 });
    const { data } = await createClient({ ...credentials, fetch, retry }).GET('/users/{userId}/messages', {
      params: { path },
    });
    expect(data).toEqual([]);
    expect(requests).toHaveLength(2);
    // Not the 1 ms backoff: the reset instant, less the time the test took to get there.
    expect(waits[0]).toBeGreaterThan(3_000);
    expect(waits[0]).toBeLessThanOrEqual(4_000);
  });

  it('RateLimitError.retryAfterMs carries it when retries are off', async () => {
    const resetAt = Date.now() + 7_000;
    const { fetch } = recordingFetch(tooManyWithBodyReset(resetAt));
    const error = await createClient({ ...credentials, fetch, retry: false })
      .GET('/users/{userId}/messages', { params: { path } })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RateLimitError);
    const { retryAfterMs } = error as RateLimitError;
    expect(retryAfterMs).toBeGreaterThan(6_000);
    expect(retryAfterMs).toBeLessThanOrEqual(7_000);
  });

  it('the header still wins over the body', async () => {
    const now = Date.now();
    const { fetch } = recordingFetch(
      () =>
        json(
          { category: 'too-many-requests', details: [{ name: 'rateLimitResetTime', value: String(now + 60_000) }] },
          { status: 429, headers: { 'X-RateLimit-Reset': String(now + 2_000) } },
        ),
      () => json([]),
    );
    const { waits, retry } = recordedWaits();
    await createClient({ ...credentials, fetch, retry }).GET('/users/{userId}/messages', { params: { path } });
    expect(waits[0]).toBeLessThanOrEqual(2_000);
  });

  it('reads epoch milliseconds or seconds, as a string or a number, in a list or an object; ignores anything else', () => {
    const now = 1_700_000_000_000;
    expect(retryDelayFromBody({ details: [{ name: 'rateLimitResetTime', value: String(now + 1500) }] }, now)).toBe(
      1500,
    );
    expect(retryDelayFromBody({ details: [{ name: 'rateLimitResetTime', value: now / 1000 + 2 }] }, now)).toBe(2000);
    expect(retryDelayFromBody({ details: { rateLimitResetTime: String(now + 10) } }, now)).toBe(10);
    // A reset already past: no wait.
    expect(retryDelayFromBody({ details: [{ name: 'rateLimitResetTime', value: String(now - 5000) }] }, now)).toBe(0);
    for (const body of [
      undefined,
      'rate limited',
      { details: [] },
      { details: [{ name: 'requestPath', value: '123' }] },
      { details: [{ name: 'rateLimitResetTime', value: 'soon' }] },
      { details: [{ name: 'rateLimitResetTime', value: -1 }] },
      { details: [null, 7] },
    ])
      expect(retryDelayFromBody(body, now), JSON.stringify(body)).toBeUndefined();
  });
});
