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
  if (reset && /^\d+$/.test(reset)) {
    const value = Number(reset);
    // 1e11 ms is March 1973: anything smaller cannot be a current epoch-milliseconds instant.
    const resetAt = value < 1e11 ? value * 1000 : value;
    return Math.max(0, resetAt - now);
  }
  return undefined;
}
