/**
 * How long a response asks the client to wait before trying again, in milliseconds, or
 * undefined when it does not say. Reads `Retry-After` (delta-seconds or an HTTP date, RFC 9110)
 * and then `X-RateLimit-Reset` (the instant the limit resets, as Unix epoch milliseconds as
 * Bandwidth v1 sends it; values too small to be milliseconds are taken as epoch seconds).
 */
export function retryDelayFromHeaders(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset) return delayUntil(reset, now);
  return undefined;
}

/**
 * The wait an error body states, for when its headers state none: Bandwidth v1's 429 carries the
 * reset instant as the `rateLimitResetTime` detail (Bandwidth/ap-docs
 * `rateLimits/resourceRateLimits.md`: `"details": [{"name": "rateLimitResetTime", "value":
 * "1479308598680"}]`), which is all a client has when a proxy drops `X-RateLimit-Reset`. An object
 * `details` (`{"rateLimitResetTime": …}`) is read too.
 */
export function retryDelayFromBody(body: unknown, now: number = Date.now()): number | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const details = (body as { details?: unknown }).details;
  let value: unknown;
  if (Array.isArray(details)) {
    const detail = details.find(
      (item): item is { value?: unknown } =>
        item !== null && typeof item === 'object' && (item as { name?: unknown }).name === 'rateLimitResetTime',
    );
    value = detail?.value;
  } else if (details !== null && typeof details === 'object') {
    value = (details as { rateLimitResetTime?: unknown }).rateLimitResetTime;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) value = String(value);
  return typeof value === 'string' ? delayUntil(value.trim(), now) : undefined;
}

/** The headers' wait, else the body's (see both above). */
export function retryDelayOf(headers: Headers, body: unknown, now: number = Date.now()): number | undefined {
  return retryDelayFromHeaders(headers, now) ?? retryDelayFromBody(body, now);
}

/** Milliseconds until an epoch instant given in milliseconds (or, when too small for that, seconds). */
function delayUntil(instant: string, now: number): number | undefined {
  if (!/^\d+$/.test(instant)) return undefined;
  const value = Number(instant);
  // 1e11 ms is March 1973: anything smaller cannot be a current epoch-milliseconds instant.
  const resetAt = value < 1e11 ? value * 1000 : value;
  return Math.max(0, resetAt - now);
}
