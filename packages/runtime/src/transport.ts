import { NetworkError, TimeoutError, type RequestInfo } from './errors.js';
import { NEVER_ABORTED, PlainRequest } from './plain-request.js';
import { retryDelayFromHeaders } from './rate-limit.js';

/** The shape of `fetch` the clients call: a Request in, a Response out. */
export type FetchLike = (request: Request) => Promise<Response>;

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  maxAttempts?: number;
  /**
   * The most time spent waiting between attempts, in all. Default 60 000 ms. When a server asks
   * for a longer wait than is left, its response is returned instead (as an ApiError carrying
   * `retryAfterMs`), so the caller decides.
   */
  maxTotalWaitMs?: number;
  /** Response statuses that are retried. Default 429 and 503. */
  statuses?: readonly number[];
  /** Retry POST and PATCH too. Default false: a request that may not be idempotent is sent once. */
  retryNonIdempotent?: boolean;
  /** Backoff when the server names no delay: exponential from this, with jitter. Default 250 ms. */
  baseDelayMs?: number;
  /** Cap of one backoff wait. Default 8 000 ms. */
  maxDelayMs?: number;
  /** Called before each wait, e.g. for logging. */
  onRetry?: (event: RetryEvent) => void;
  /** Replaces the wait itself (custom schedulers, tests). Must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RetryEvent {
  /** The attempt that just failed, from 1. */
  attempt: number;
  delayMs: number;
  request: RequestInfo;
  /** The retried response's status, or the error of an attempt that got no response. */
  status?: number;
  error?: Error;
}

export interface TransportOptions {
  fetch?: FetchLike;
  /** Per attempt, until the response headers arrive. Default 30 000 ms; 0 turns it off. */
  timeoutMs?: number;
  /** `false` sends every request once. */
  retry?: RetryOptions | false;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

type RetryPolicy = Required<Omit<RetryOptions, 'onRetry'>> & Pick<RetryOptions, 'onRetry'>;

/** A `fetch` that adds a per-attempt timeout and bounded, Retry-After-aware retries. */
export function createTransport(options: TransportOptions = {}): FetchLike {
  const baseFetch = options.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const policy = options.retry === false ? undefined : retryPolicy(options.retry ?? {});

  return async function transport(request: Request): Promise<Response> {
    const maxAttempts = policy && (policy.retryNonIdempotent || IDEMPOTENT_METHODS.has(request.method)) ? policy.maxAttempts : 1;
    // A request without a body, or whose body is a string, can be sent again as is; one with a
    // stream body is cloned for every attempt but the last, because sending consumes the stream.
    const reusable = request.body === null || request instanceof PlainRequest;
    let waitedMs = 0;

    for (let attempt = 1; ; attempt++) {
      const isLast = attempt >= maxAttempts;
      const outgoing = reusable || isLast ? request : request.clone();
      let response: Response;
      try {
        response = await send(baseFetch, outgoing, timeoutMs);
      } catch (error) {
        if (request.signal.aborted) throw error; // the caller cancelled: not ours to retry
        const info = { method: request.method, url: request.url };
        const failure =
          error instanceof AttemptTimedOut
            ? new TimeoutError({ timeoutMs, attempts: attempt, request: info })
            : new NetworkError({ attempts: attempt, request: info, cause: error });
        const delayMs = policy ? backoffMs(policy, attempt) : 0;
        if (isLast || !policy || waitedMs + delayMs > policy.maxTotalWaitMs) throw failure;
        policy.onRetry?.({ attempt, delayMs, request: info, error: failure });
        await policy.sleep(delayMs, request.signal);
        waitedMs += delayMs;
        continue;
      }

      if (isLast || !policy || !policy.statuses.includes(response.status)) return response;
      const delayMs = retryDelayFromHeaders(response.headers) ?? backoffMs(policy, attempt);
      if (waitedMs + delayMs > policy.maxTotalWaitMs) return response;
      await response.body?.cancel(); // release the connection before waiting
      policy.onRetry?.({ attempt, delayMs, request: { method: request.method, url: request.url }, status: response.status });
      await policy.sleep(delayMs, request.signal);
      waitedMs += delayMs;
    }
  };
}

function retryPolicy(options: RetryOptions): RetryPolicy {
  return {
    maxAttempts: positiveInteger(options.maxAttempts, 3, 'retry.maxAttempts'),
    maxTotalWaitMs: options.maxTotalWaitMs ?? 60_000,
    statuses: options.statuses ?? [429, 503],
    retryNonIdempotent: options.retryNonIdempotent ?? false,
    baseDelayMs: options.baseDelayMs ?? 250,
    maxDelayMs: options.maxDelayMs ?? 8_000,
    onRetry: options.onRetry,
    sleep: options.sleep ?? sleep,
  };
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number of at least 1, got ${value}`);
  return value;
}

/** Exponential backoff with "equal jitter": between half and all of base * 2^(attempt-1). */
function backoffMs(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

class AttemptTimedOut extends Error {}

/**
 * One attempt, aborted after `timeoutMs`. The global fetch gets the signal in its init (and a
 * PlainRequest as URL and init), because fetch copies any Request it is given: a copy of our own
 * would be one more, and for a POST one more body stream. An injected fetch always gets a Request
 * that carries the signal, since it may ignore a second argument.
 */
async function send(fetch: FetchLike | undefined, request: Request, timeoutMs: number): Promise<Response> {
  const plain = request instanceof PlainRequest ? request : undefined;
  if (!(timeoutMs > 0 && Number.isFinite(timeoutMs))) {
    if (fetch) return fetch(plain ? plain.toRequest() : request);
    return plain ? globalThis.fetch(plain.url, plain.toInit()) : globalThis.fetch(request);
  }
  // The timer aborts our controller; a caller's own signal (not the shared never-aborting one) is
  // joined with AbortSignal.any, which adds no event listener to it: many requests in flight on
  // one caller signal would otherwise pile listeners onto it.
  const controller = new AbortController();
  const signal = request.signal === NEVER_ABORTED ? controller.signal : AbortSignal.any([request.signal, controller.signal]);
  // The error is made only when the timer fires: making one captures a stack, costly per request.
  const timer = setTimeout(() => controller.abort(new AttemptTimedOut()), timeoutMs);
  try {
    if (fetch) return await fetch(plain ? plain.toRequest(signal) : new Request(request, { signal }));
    return await (plain ? globalThis.fetch(plain.url, plain.toInit(signal)) : globalThis.fetch(request, { signal }));
  } catch (error) {
    throw controller.signal.reason instanceof AttemptTimedOut ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
