import { BufferedResponse, type ResponseHead } from './buffered-response.js';
import { concatBytes } from './bytes.js';
import {
  ERROR_BODY_LIMIT,
  MessagingContractsError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  type RequestInfo,
} from './errors.js';
import {
  AttemptFailed,
  AttemptTimedOut,
  BodyFailed,
  BodyTooLarge,
  NotSent,
  sendableByNode,
} from './exchange-failures.js';
import { emit, redactBody, redactHeaders, type LogOptions } from './log.js';
import { IS_NODE, nodeHttpExchange } from './node-http.js';
import { NEVER_ABORTED, PlainRequest } from './plain-request.js';
import { retryDelayFromBody, retryDelayFromHeaders } from './rate-limit.js';
import { safeUrl } from './request-checks.js';

/** The shape of `fetch` the clients call: a Request in, a Response out. */
export type FetchLike = (request: Request) => Promise<Response>;

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  maxAttempts?: number;
  /**
   * The most time spent waiting between attempts, in all. Default 60 000 ms. When a server asks
   * for a longer wait than is left, its response is returned instead (as an ApiError carrying
   * `retryAfterMs`), so the caller decides. `Infinity` is allowed; a single wait longer than
   * about 24.8 days (2^31 - 1 ms, the most a timer can wait) is never taken either: the response
   * is returned at once.
   */
  maxTotalWaitMs?: number;
  /** Response statuses that are retried. Default 429 and 503. */
  statuses?: readonly number[];
  /**
   * Retry POST and PATCH too, after a retryable status, a timeout or a broken connection.
   * Default false: a request that may not be idempotent is sent again only when its failure proves
   * it never left (connection refused, DNS). **With `true`, one call may send a message more than
   * once**: a timed-out or dropped POST may have been received and acted on before it is repeated.
   */
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

export interface TransportOptions extends LogOptions {
  /** The fetch that sends requests. When given, every request goes through it (and `httpClient` is ignored). */
  fetch?: FetchLike;
  /**
   * What sends requests when no `fetch` is given: `node` (node:http and node:https, the default
   * in Node: less CPU per request than Node's fetch) or `fetch` (the global fetch, the default
   * elsewhere). A body node:http cannot send as is (FormData, a stream) goes through fetch.
   */
  httpClient?: 'node' | 'fetch';
  /**
   * Per attempt, for the whole exchange: connecting, sending, the response headers, any redirects
   * followed and the whole response body. Default 30 000 ms; 0 turns it off.
   */
  timeoutMs?: number;
  /** `false` sends every request once. */
  retry?: RetryOptions | false;
  /**
   * The largest response body read, in bytes after decompression, counted while it streams in.
   * Default 10 MiB (10 485 760). A larger one stops the read and throws ResponseTooLargeError.
   */
  maxResponseBytes?: number;
  /**
   * Redirects followed per attempt. Default 5; 0 follows none. GET and HEAD follow 301, 302, 303,
   * 307 and 308 to any http(s) origin (Authorization and cookies are dropped when the origin
   * changes); other methods follow only 307 and 308 within the same origin, so a body never goes
   * to another origin. Every other redirect, an https → http one, a loop, or one past the limit,
   * throws RedirectError and is not retried.
   */
  maxRedirects?: number;
  /** Response headers that carry the provider's request id, first match wins. Default: x-request-id, request-id, x-amzn-requestid. */
  requestIdHeaders?: readonly string[];
}

export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_REQUEST_ID_HEADERS: readonly string[] = ['x-request-id', 'request-id', 'x-amzn-requestid'];
/** The longest a timer can wait (setTimeout clamps anything longer to 1 ms). */
const MAX_TIMER_MS = 2 ** 31 - 1;

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const CROSS_ORIGIN_SECRET_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

type RetryPolicy = Required<Omit<RetryOptions, 'onRetry'>> & Pick<RetryOptions, 'onRetry'>;

interface Settings extends LogOptions {
  fetch: FetchLike | undefined;
  useNodeHttp: boolean;
  timeoutMs: number;
  maxResponseBytes: number;
  maxRedirects: number;
  requestIdHeaders: readonly string[];
}

/** The provider's request id from the first of `names` the headers carry. */
export function requestIdOf(
  headers: Headers,
  names: readonly string[] = DEFAULT_REQUEST_ID_HEADERS,
): string | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value) return value.length > 200 ? value.slice(0, 200) : value;
  }
  return undefined;
}

/**
 * A `fetch` that adds a timeout over each whole exchange, bounded Retry-After-aware retries, a cap
 * on response size, a redirect policy, and typed errors. It resolves with a response whose body
 * has been read in full (a BufferedResponse), so that every failure happens inside it.
 */
export function createTransport(options: TransportOptions = {}): FetchLike {
  const settings: Settings = {
    fetch: options.fetch,
    useNodeHttp: options.fetch === undefined && (options.httpClient ?? (IS_NODE ? 'node' : 'fetch')) === 'node',
    timeoutMs: nonNegativeNumber(options.timeoutMs, 30_000, 'timeoutMs', true),
    maxResponseBytes: nonNegativeNumber(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, 'maxResponseBytes'),
    maxRedirects: nonNegativeNumber(options.maxRedirects, DEFAULT_MAX_REDIRECTS, 'maxRedirects'),
    requestIdHeaders: options.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS,
    logger: options.logger,
    logBodies: options.logBodies,
    logMessageText: options.logMessageText,
  };
  const policy = options.retry === false ? undefined : retryPolicy(options.retry ?? {});

  return async function transport(request: Request): Promise<Response> {
    const idempotent = IDEMPOTENT_METHODS.has(request.method);
    const maxAttempts = policy ? policy.maxAttempts : 1;
    // A request without a body, or whose body is a string, can be sent again as is; one with a
    // stream body is cloned for every attempt but the last, because sending consumes the stream.
    const reusable = request.body === null || request instanceof PlainRequest;
    const info: RequestInfo = { method: request.method, url: safeUrl(request.url) };
    let waitedMs = 0;
    let maybeSentBefore = false;

    for (let attempt = 1; ; attempt++) {
      const outgoing = reusable || attempt >= maxAttempts ? request : request.clone();
      let response: BufferedResponse;
      try {
        response = await exchange(settings, outgoing, info, attempt);
      } catch (error) {
        if (request.signal.aborted && !(error instanceof AttemptFailed)) throw error; // the caller cancelled: not ours to retry
        if (error instanceof MessagingContractsError) throw error; // redirect refused, response too large: retrying would not help
        const failure = error instanceof AttemptFailed ? error : new AttemptFailed({ cause: error });
        maybeSentBefore ||= failure.mayHaveBeenSent();
        const typed = typedFailure(settings, failure, info, attempt, maybeSentBefore && !idempotent, maybeSentBefore);
        if (settings.logger)
          emit(settings.logger, {
            type: 'error',
            ...info,
            attempt,
            error: `${typed.name}: ${typed.message}`,
            ...(failure.requestId ? { requestId: failure.requestId } : {}),
          });
        const delayMs = shouldRetry(policy, { attempt, idempotent, waitedMs, failure });
        if (delayMs === undefined) throw typed;
        await wait(settings, policy!, { attempt, delayMs, request: info, error: typed }, request.signal);
        waitedMs += delayMs;
        continue;
      }
      const delayMs = shouldRetry(policy, { attempt, idempotent, waitedMs, response });
      if (delayMs === undefined) return response as unknown as Response;
      await wait(settings, policy!, { attempt, delayMs, request: info, status: response.status }, request.signal);
      waitedMs += delayMs;
    }
  };
}

/** One attempt's outcome, as the retry decision sees it: a response, or a failure. */
type Outcome = { attempt: number; idempotent: boolean; waitedMs: number } & (
  | { response: BufferedResponse; failure?: undefined }
  | { failure: AttemptFailed; response?: undefined }
);

/**
 * Whether to send the request again after this attempt, and after how many milliseconds;
 * undefined means no (the response is returned, or the failure thrown). The only retry decision.
 */
function shouldRetry(policy: RetryPolicy | undefined, outcome: Outcome): number | undefined {
  // `retry: false`: one attempt, whatever happens.
  if (!policy) return undefined;
  // Every allowed attempt is spent.
  if (outcome.attempt >= policy.maxAttempts) return undefined;
  const { response, failure } = outcome;
  // POST and PATCH may not be idempotent: sending one again could act twice (a second message).
  const optedIn = outcome.idempotent || policy.retryNonIdempotent;
  let delayMs: number;
  if (response) {
    // Only the statuses the policy lists (default 429 and 503) are worth another try.
    if (!policy.statuses.includes(response.status)) return undefined;
    // A status proves the server received the request: a non-idempotent one is resent only when opted in.
    if (!optedIn) return undefined;
    // The server's own wait (Retry-After, X-RateLimit-Reset, else the body's rateLimitResetTime) comes before our backoff.
    delayMs =
      retryDelayFromHeaders(response.headers) ??
      retryDelayFromBody(jsonBodyOf(response)) ??
      backoffMs(policy, outcome.attempt);
    // A wait longer than a timer can hold means "not soon": its answer goes back to the caller.
    if (delayMs > MAX_TIMER_MS) return undefined;
  } else {
    // Without an opt-in, a non-idempotent request is resent only when this failure proves it never left.
    if (!optedIn && failure.mayHaveBeenSent()) return undefined;
    delayMs = backoffMs(policy, outcome.attempt);
  }
  // All waits together stay within maxTotalWaitMs.
  if (outcome.waitedMs + delayMs > policy.maxTotalWaitMs) return undefined;
  return delayMs;
}

/** A JSON response body, parsed, or undefined (not JSON, or larger than an error body is kept: ERROR_BODY_LIMIT). */
function jsonBodyOf(response: BufferedResponse): unknown {
  const bytes = response.bodyBytes;
  if (bytes.byteLength === 0 || bytes.byteLength > ERROR_BODY_LIMIT) return undefined;
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** The public error of a failed attempt: TimeoutError when its timer fired, else NetworkError. */
function typedFailure(
  settings: Settings,
  failure: AttemptFailed,
  info: RequestInfo,
  attempt: number,
  ambiguous: boolean,
  mayHaveBeenSent: boolean,
): TimeoutError | NetworkError {
  const exchange = { attempts: attempt, request: info, requestId: failure.requestId, mayHaveBeenSent, ambiguous };
  if (failure.timedOut) return new TimeoutError({ timeoutMs: settings.timeoutMs, ...exchange });
  return new NetworkError({
    ...exchange,
    cause: failure.cause,
    phase: failure.status === undefined ? 'request' : 'body',
    ...(failure.status !== undefined ? { status: failure.status } : {}),
  });
}

async function wait(settings: Settings, policy: RetryPolicy, event: RetryEvent, signal: AbortSignal): Promise<void> {
  policy.onRetry?.(event);
  if (settings.logger)
    emit(settings.logger, {
      type: 'retry',
      ...event.request,
      attempt: event.attempt,
      delayMs: event.delayMs,
      ...(event.status !== undefined ? { status: event.status } : {}),
    });
  await policy.sleep(event.delayMs, signal);
}

function retryPolicy(options: RetryOptions): RetryPolicy {
  return {
    maxAttempts: positiveInteger(options.maxAttempts, 3, 'retry.maxAttempts'),
    maxTotalWaitMs: nonNegativeNumber(options.maxTotalWaitMs, 60_000, 'retry.maxTotalWaitMs', true),
    statuses: options.statuses ?? [429, 503],
    retryNonIdempotent: options.retryNonIdempotent ?? false,
    baseDelayMs: nonNegativeNumber(options.baseDelayMs, 250, 'retry.baseDelayMs'),
    maxDelayMs: Math.min(nonNegativeNumber(options.maxDelayMs, 8_000, 'retry.maxDelayMs'), MAX_TIMER_MS),
    onRetry: options.onRetry,
    sleep: options.sleep ?? sleep,
  };
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a whole number of at least 1, got ${value}`);
  return value;
}

function nonNegativeNumber(value: number | undefined, fallback: number, name: string, infinityAllowed = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || (!infinityAllowed && !Number.isFinite(value))) {
    throw new RangeError(
      `${name} must be a ${infinityAllowed ? '' : 'finite '}number of at least 0, got ${String(value)}`,
    );
  }
  return value;
}

/** Exponential backoff with "equal jitter": between half and all of base * 2^(attempt-1). */
function backoffMs(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/**
 * One attempt: send, follow the redirects policy allows, read the whole body, all within one
 * timeout. The global fetch gets a PlainRequest as URL and init (fetch copies any Request it is
 * given); an injected fetch always gets a Request that carries the signal.
 */
async function exchange(
  settings: Settings,
  request: Request,
  info: RequestInfo,
  attempt: number,
): Promise<BufferedResponse> {
  const { timeoutMs } = settings;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let signal: AbortSignal | undefined = request.signal === NEVER_ABORTED ? undefined : request.signal;
  if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
    // The timer aborts our controller; a caller's own signal (not the shared never-aborting one) is
    // joined with AbortSignal.any, which adds no event listener to it: many requests in flight on
    // one caller signal would otherwise pile listeners onto it.
    controller = new AbortController();
    signal = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
    const abort = controller;
    timer = setTimeout(() => abort.abort(new AttemptTimedOut()), Math.min(timeoutMs, MAX_TIMER_MS));
  }
  const started = settings.logger ? performance.now() : 0;
  try {
    let current = request;
    const visited: string[] = [];
    for (let hop = 0; ; hop++) {
      if (settings.logger) {
        emit(settings.logger, {
          type: 'request',
          ...info,
          ...(hop > 0 ? { url: safeUrl(current.url) } : {}),
          attempt,
          headers: redactHeaders(current.headers),
          ...(settings.logBodies
            ? {
                body: redactBody(
                  current instanceof PlainRequest ? current.body : undefined,
                  settings.logMessageText === true,
                ),
              }
            : {}),
        });
      }
      let head: ResponseHead;
      let bytes: Uint8Array | undefined;
      let response: Response | undefined;
      const body: unknown = current.body;
      if (settings.useNodeHttp && sendableByNode(body)) {
        try {
          ({ head, bytes } = await nodeHttpExchange(
            current.url,
            { method: current.method, headers: current.headers, body },
            signal,
            settings.maxResponseBytes,
          ));
        } catch (error) {
          throw attemptFailure(settings, request, controller, error, info, attempt);
        }
      } else {
        try {
          response = await send(settings.fetch, current, signal);
        } catch (error) {
          throw attemptFailure(settings, request, controller, error, info, attempt);
        }
        head = response;
      }
      if (REDIRECT_STATUSES.has(head.status) || head.type === 'opaqueredirect') {
        // Not read: release the connection whether or not the redirect is followed.
        await response?.body?.cancel().catch(() => {});
        current = followRedirect(settings, current, head, visited, info, attempt);
        continue;
      }
      if (!bytes) {
        try {
          bytes = await readBody(response!, settings, signal, settings.fetch !== undefined);
        } catch (error) {
          const failure = error instanceof BodyTooLarge ? error : new BodyFailed(head, error);
          throw attemptFailure(settings, request, controller, failure, info, attempt);
        }
      }
      const buffered = new BufferedResponse(head, bytes, { url: current.url, redirected: hop > 0, attempts: attempt });
      if (settings.logger) {
        const requestId = requestIdOf(head.headers, settings.requestIdHeaders);
        emit(settings.logger, {
          type: 'response',
          ...info,
          attempt,
          status: head.status,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          headers: redactHeaders(head.headers),
          ...(requestId ? { requestId } : {}),
          ...(settings.logBodies ? { body: redactBody(await buffered.text(), settings.logMessageText === true) } : {}),
        });
      }
      return buffered;
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/**
 * What a failed send or body read becomes: the caller's own abort as it gave it, a
 * ResponseTooLargeError, or an AttemptFailed that says how far the attempt got.
 */
function attemptFailure(
  settings: Settings,
  request: Request,
  controller: AbortController | undefined,
  error: unknown,
  info: RequestInfo,
  attempt: number,
): unknown {
  const timedOut = controller?.signal.reason instanceof AttemptTimedOut;
  if (error instanceof BodyTooLarge) {
    return new ResponseTooLargeError({
      limitBytes: settings.maxResponseBytes,
      status: error.head.status,
      attempts: attempt,
      request: info,
      requestId: requestIdOf(error.head.headers, settings.requestIdHeaders),
    });
  }
  if (!timedOut && request.signal.aborted) return request.signal.reason; // the caller's own abort
  const cause = timedOut
    ? controller!.signal.reason
    : error instanceof BodyFailed || error instanceof NotSent
      ? error.cause
      : error;
  if (error instanceof NotSent) return new AttemptFailed({ cause, timedOut, neverSent: true });
  if (error instanceof BodyFailed) {
    return new AttemptFailed({
      cause,
      timedOut,
      status: error.head.status,
      requestId: requestIdOf(error.head.headers, settings.requestIdHeaders),
    });
  }
  return new AttemptFailed({ cause, timedOut });
}

/** The request to send for a redirect, or a RedirectError when the policy refuses it. */
function followRedirect(
  settings: Settings,
  current: Request,
  response: ResponseHead,
  visited: string[],
  info: RequestInfo,
  attempt: number,
): Request {
  const location = response.headers.get('location');
  const refuse = (reason: string, target?: URL) =>
    new RedirectError({
      status: response.status,
      location: target ? `${target.origin}${target.pathname}` : undefined,
      reason,
      attempts: attempt,
      request: info,
      requestId: requestIdOf(response.headers, settings.requestIdHeaders),
    });
  if (response.type === 'opaqueredirect') throw refuse('opaque redirect');
  if (!location) throw refuse('no Location');
  let target: URL;
  try {
    target = new URL(location, current.url);
  } catch {
    throw refuse('Location is not a URL');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw refuse(`not http(s): ${target.protocol}`);
  if (target.username || target.password) throw refuse('Location has credentials', target);
  const from = new URL(current.url);
  from.hash = '';
  visited.push(from.href);
  if (from.protocol === 'https:' && target.protocol === 'http:') throw refuse('https to http', target);
  target.hash = '';
  if (visited.includes(target.href)) throw refuse('a redirect loop', target);
  if (visited.length > settings.maxRedirects) throw refuse(`over maxRedirects (${settings.maxRedirects})`, target);
  const sameOrigin = target.origin === from.origin;
  const method = current.method;
  if (method !== 'GET' && method !== 'HEAD') {
    if (response.status !== 307 && response.status !== 308) throw refuse(`${method} would become GET`, target);
    if (!sameOrigin) throw refuse(`${method} to another origin`, target);
  }
  const headers = new Headers(current.headers);
  if (!sameOrigin) for (const name of CROSS_ORIGIN_SECRET_HEADERS) headers.delete(name);
  if (current instanceof PlainRequest)
    return new PlainRequest(target.href, { ...current.toInit(), headers }) as unknown as Request;
  return new Request(target.href, {
    method,
    headers,
    body: current.body,
    signal: current.signal,
    ...(current.body ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/**
 * The whole body, counted as it streams in: a body over `maxResponseBytes` (decompressed, or as
 * Content-Length announces it) stops the read. The global fetch aborts the body's stream with the
 * signal itself; an injected fetch's may not, so its reads race the signal.
 */
async function readBody(
  response: Response,
  settings: Settings,
  signal: AbortSignal | undefined,
  raceSignal: boolean,
): Promise<Uint8Array> {
  const body = response.body;
  if (!body) return EMPTY;
  const limit = settings.maxResponseBytes;
  const declared = response.headers.get('content-length');
  const declaredBytes = declared === null ? Number.NaN : Number(declared);
  if (declaredBytes > limit) {
    await body.cancel().catch(() => {});
    throw new BodyTooLarge(response);
  }
  // Fast path: a known length within the limit and no decoding that could inflate it.
  if (!raceSignal && declaredBytes >= 0 && !response.headers.has('content-encoding')) {
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > limit) throw new BodyTooLarge(response);
    return new Uint8Array(buffer);
  }
  const reader = body.getReader();
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => {});
  if (raceSignal && signal) {
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) throw signal.reason;
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        throw new BodyTooLarge(response);
      }
      chunks.push(value);
    }
    return concatBytes(chunks, total);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

const EMPTY = new Uint8Array(0);

async function send(
  fetch: FetchLike | undefined,
  request: Request,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const plain = request instanceof PlainRequest ? request : undefined;
  if (fetch) {
    if (plain) {
      const init = plain.toInit(signal);
      init.redirect = 'manual';
      return fetch(new Request(plain.url, init));
    }
    return fetch(new Request(request, { redirect: 'manual', ...(signal ? { signal } : {}) }));
  }
  if (plain) {
    const init = plain.toInit(signal);
    init.redirect = 'manual';
    return globalThis.fetch(plain.url, init);
  }
  return globalThis.fetch(request, { redirect: 'manual', ...(signal ? { signal } : {}) });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
