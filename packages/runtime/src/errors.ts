/**
 * Base class of every error the clients throw, so callers can catch them all at once.
 *
 * Contract for direct subclasses (other modules, e.g. the callback receiver, extend it): the constructor
 * is exactly `Error`'s, `(message: string, options?: { cause?: unknown })`, and sets nothing else;
 * a subclass sets its own `name` (as a class field, so that `toString()` and stacks show it) and
 * its own fields. No subclass may put a credential, a token or message text into its message, its
 * fields or its cause: errors get logged.
 */
export class MessagingContractsError extends Error {
  override name = 'MessagingContractsError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Where a request went, carried by every error about a request. The URL never carries credentials. */
export interface RequestInfo {
  method: string;
  url: string;
}

/** What every error about a request that was (or might have been) sent carries. */
interface Exchange {
  request: RequestInfo;
  /** Attempts made, the first included (0 when none was sent). */
  attempts?: number;
  /** The provider's id of this request, from a response header such as `x-request-id`, when one arrived. */
  requestId?: string | undefined;
}

/**
 * Base class of every error about one exchange with the provider (a request that was, or might
 * have been, sent): it owns what they all carry. Catch it to handle any failed call, whatever
 * went wrong.
 */
export class ExchangeError extends MessagingContractsError {
  override name = 'ExchangeError';
  /** Where the request went (the URL without credentials). */
  readonly request: RequestInfo;
  /** Attempts made, the first included. */
  readonly attempts: number;
  /** The provider's id of this request, from a response header such as `x-request-id`, when one arrived. */
  readonly requestId: string | undefined;

  /** The message is `<METHOD> <url> <what>`, then the request id when there is one. */
  constructor(what: string, exchange: Exchange, options?: { cause?: unknown }) {
    super(
      `${exchange.request.method} ${exchange.request.url} ${what}${describeRequestId(exchange.requestId)}`,
      options,
    );
    this.request = exchange.request;
    this.attempts = exchange.attempts ?? 1;
    this.requestId = exchange.requestId;
  }
}

/** How much of an error response's body ApiError keeps: 64 KiB of text. */
export const ERROR_BODY_LIMIT = 64 * 1024;

export interface ApiErrorInit<TBody> extends Exchange {
  status: number;
  body: TBody;
  headers: Headers;
  retryAfterMs?: number | undefined;
  /** True when `body` is the first ERROR_BODY_LIMIT characters of a longer text body. */
  bodyTruncated?: boolean;
}

/**
 * The server answered with a non-2xx status. Subclasses name the common ones (see `apiErrorFor`);
 * any other status is a plain ApiError.
 */
export class ApiError<TBody = unknown> extends ExchangeError {
  override name = 'ApiError';
  readonly status: number;
  /**
   * The response body: parsed JSON when it was JSON, otherwise the raw text. A body longer than
   * 64 KiB (ERROR_BODY_LIMIT) is kept as its first 64 KiB of text, with `bodyTruncated` set.
   */
  readonly body: TBody;
  readonly bodyTruncated: boolean;
  readonly headers: Headers;
  /** How long the server asked to wait before retrying (Retry-After / X-RateLimit-Reset), if it said. */
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit<TBody>) {
    super(`answered ${init.status}${describeBody(init.body)}`, init);
    this.status = init.status;
    this.body = init.body;
    this.bodyTruncated = init.bodyTruncated ?? false;
    this.headers = init.headers;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 400: the server rejected the request as malformed or invalid. */
export class BadRequestError<TBody = unknown> extends ApiError<TBody> {
  override name = 'BadRequestError';
}
/** 401: missing or wrong credentials. */
export class AuthenticationError<TBody = unknown> extends ApiError<TBody> {
  override name = 'AuthenticationError';
}
/** 403: the credentials are valid but not allowed to do this. */
export class PermissionDeniedError<TBody = unknown> extends ApiError<TBody> {
  override name = 'PermissionDeniedError';
}
/** 404: no such resource (or path). */
export class NotFoundError<TBody = unknown> extends ApiError<TBody> {
  override name = 'NotFoundError';
}
/** 409: the request conflicts with the resource's state. */
export class ConflictError<TBody = unknown> extends ApiError<TBody> {
  override name = 'ConflictError';
}
/** 422: well-formed but semantically rejected. */
export class UnprocessableEntityError<TBody = unknown> extends ApiError<TBody> {
  override name = 'UnprocessableEntityError';
}
/** 429: rate limited; `retryAfterMs` says how long the server asked to wait, if it said. */
export class RateLimitError<TBody = unknown> extends ApiError<TBody> {
  override name = 'RateLimitError';
}
/** 500 and above: the server (or a gateway in front of it) failed. */
export class InternalServerError<TBody = unknown> extends ApiError<TBody> {
  override name = 'InternalServerError';
}

/** The ApiError subclass for a status: BadRequestError for 400, …, InternalServerError for ≥ 500, else ApiError. */
export function apiErrorFor<TBody>(init: ApiErrorInit<TBody>): ApiError<TBody> {
  switch (init.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      return new ConflictError(init);
    case 422:
      return new UnprocessableEntityError(init);
    case 429:
      return new RateLimitError(init);
    default:
      return init.status >= 500 ? new InternalServerError(init) : new ApiError(init);
  }
}

/** A 2xx response whose body is not the JSON the contract promises (malformed, another type, or empty). */
export class ResponseParseError extends ExchangeError {
  override name = 'ResponseParseError';
  readonly status: number;
  readonly headers: Headers;
  /** The body as received (the first 64 KiB of a longer one). */
  readonly bodyText: string;

  constructor(
    init: { status: number; headers: Headers; bodyText: string; reason: string; cause?: unknown } & Exchange,
  ) {
    super(`answered ${init.status} with ${init.reason}`, init, { cause: init.cause });
    this.status = init.status;
    this.headers = init.headers;
    this.bodyText = init.bodyText.length > ERROR_BODY_LIMIT ? init.bodyText.slice(0, ERROR_BODY_LIMIT) : init.bodyText;
  }
}

/**
 * Whether a request that failed without a response may have reached the server. `false` only when
 * the failure proves it never left (connection refused, DNS, TLS, or a timeout before the
 * connection was up); `true` otherwise, e.g. after a timeout or a connection dropped once the
 * request was written.
 */
interface Delivery {
  mayHaveBeenSent: boolean;
  /**
   * True when the request is not idempotent (POST, PATCH) and may have been sent: it may have taken
   * effect (e.g. a message went out) although no response says so. Reconcile before sending again;
   * see the runtime README ("Ambiguous sends").
   */
  ambiguous: boolean;
}

const AMBIGUOUS = '; the request may have been received and acted on';

/** No complete response within `timeoutMs` (headers and body; after all allowed attempts). */
export class TimeoutError extends ExchangeError implements Delivery {
  override name = 'TimeoutError';
  readonly timeoutMs: number;
  readonly mayHaveBeenSent: boolean;
  readonly ambiguous: boolean;

  constructor(
    init: { timeoutMs: number; attempts: number; mayHaveBeenSent?: boolean; ambiguous?: boolean } & Exchange,
  ) {
    const ambiguous = init.ambiguous ?? false;
    super(
      `got no complete response within ${init.timeoutMs} ms (${plural(init.attempts, 'attempt')})${ambiguous ? AMBIGUOUS : ''}`,
      init,
    );
    this.timeoutMs = init.timeoutMs;
    this.mayHaveBeenSent = init.mayHaveBeenSent ?? true;
    this.ambiguous = ambiguous;
  }
}

/**
 * The request never reached a server, or the connection broke (DNS, refused, reset), or the
 * response body broke off (truncated, bad chunk encoding): `phase` says which.
 */
export class NetworkError extends ExchangeError implements Delivery {
  override name = 'NetworkError';
  /** `request`: no response arrived; `body`: the status and headers arrived, the body did not. */
  readonly phase: 'request' | 'body';
  /** The response status when the body broke off. */
  readonly status: number | undefined;
  readonly mayHaveBeenSent: boolean;
  readonly ambiguous: boolean;

  constructor(
    init: {
      attempts: number;
      cause: unknown;
      phase?: 'request' | 'body';
      status?: number;
      mayHaveBeenSent?: boolean;
      ambiguous?: boolean;
    } & Exchange,
  ) {
    const phase = init.phase ?? 'request';
    const ambiguous = init.ambiguous ?? false;
    const what =
      phase === 'body'
        ? `answered${init.status === undefined ? '' : ` ${init.status}`} but its body broke off`
        : 'failed';
    super(
      `${what}: ${errorMessage(init.cause)} (${plural(init.attempts, 'attempt')})${ambiguous ? AMBIGUOUS : ''}`,
      init,
      {
        cause: init.cause,
      },
    );
    this.phase = phase;
    this.status = init.status;
    this.mayHaveBeenSent = init.mayHaveBeenSent ?? true;
    this.ambiguous = ambiguous;
  }
}

/** The response (as received, i.e. decompressed) was larger than `maxResponseBytes`; reading stopped there. */
export class ResponseTooLargeError extends ExchangeError {
  override name = 'ResponseTooLargeError';
  readonly limitBytes: number;
  readonly status: number;

  constructor(init: { limitBytes: number; status: number; attempts: number } & Exchange) {
    super(`answered ${init.status} with a body over the ${init.limitBytes}-byte limit (maxResponseBytes)`, init);
    this.limitBytes = init.limitBytes;
    this.status = init.status;
  }
}

/**
 * A redirect the client will not follow: to another origin or with a method change for a
 * non-GET request, to a scheme other than http(s), from https to http, in a loop, or past
 * `maxRedirects`. Nothing was sent to the redirect's target. Never retried.
 */
export class RedirectError extends ExchangeError {
  override name = 'RedirectError';
  readonly status: number;
  /** The redirect's target, without credentials, query or fragment; undefined when it had none or was not a URL. */
  readonly location: string | undefined;

  constructor(init: { status: number; location: string | undefined; reason: string; attempts: number } & Exchange) {
    super(
      `answered ${init.status}, a redirect${init.location ? ` to ${init.location}` : ''} not followed: ${init.reason}`,
      init,
    );
    this.status = init.status;
    this.location = init.location;
  }
}

/** An argument the contract forbids, caught before any request is sent. */
export class InvalidParameterError extends MessagingContractsError {
  override name = 'InvalidParameterError';
  /** The parameter's name as the API spells it, e.g. `messageStatus`. */
  readonly parameter: string;
  /** Where it goes: `path`, `query`, `header`, `body`, or `option` for a client setting. */
  readonly location: string;
  /** The value given; always undefined for a credential (`secret`), which is never shown. */
  readonly value: unknown;
  readonly operation: string | undefined;
  /** The call it was caught in (the URL with the path template, as nothing was sent), when it was a call. */
  request: RequestInfo | undefined;
  /** Always 0: nothing was sent. */
  readonly attempts = 0;

  /**
   * `secret: true` for credentials: the value is neither kept nor shown. `hidden` does the same
   * for another reason, which the message gives (e.g. "it is not valid text").
   */
  constructor(init: {
    parameter: string;
    location: string;
    value?: unknown;
    reason: string;
    operation?: string | undefined;
    secret?: boolean;
    hidden?: string;
    request?: RequestInfo;
  }) {
    const where = init.operation ? ` of ${init.operation}` : '';
    const hidden = init.secret ? 'it is a credential' : init.hidden;
    const shown = hidden ? ` (value not shown: ${hidden})` : ` (got ${preview(init.value)})`;
    super(`Invalid ${init.location} parameter "${init.parameter}"${where}: ${init.reason}${shown}`);
    this.parameter = init.parameter;
    this.location = init.location;
    this.value = hidden ? undefined : init.value;
    this.operation = init.operation;
    this.request = init.request;
  }
}

/** A paginated listing that would loop forever, ran past its page cap, or that the server answered inconsistently. */
export class PaginationError extends MessagingContractsError {
  override name = 'PaginationError';
}

export function isApiError<TBody = unknown>(error: unknown): error is ApiError<TBody> {
  return error instanceof ApiError;
}

function describeBody(body: unknown): string {
  if (body === undefined || body === '') return '';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}

function describeRequestId(requestId: string | undefined): string {
  return requestId ? ` [request id ${requestId}]` : '';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function preview(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value === 'object' && value !== null
          ? Object.prototype.toString.call(value)
          : String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
