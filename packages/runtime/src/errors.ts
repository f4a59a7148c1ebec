/** Base class of every error the clients throw, so callers can catch them all at once. */
export class MessagingContractsError extends Error {
  override name = 'MessagingContractsError';
}

/** Where a request went, carried by every error about a request. */
export interface RequestInfo {
  method: string;
  url: string;
}

/** The server answered with a non-2xx status. */
export class ApiError<TBody = unknown> extends MessagingContractsError {
  override name = 'ApiError';
  readonly status: number;
  /** The response body: parsed JSON when it was JSON, otherwise the raw text. */
  readonly body: TBody;
  readonly headers: Headers;
  readonly request: RequestInfo;
  /** How long the server asked to wait before retrying (Retry-After / X-RateLimit-Reset), if it said. */
  readonly retryAfterMs: number | undefined;

  constructor(init: { status: number; body: TBody; headers: Headers; request: RequestInfo; retryAfterMs?: number | undefined }) {
    super(`${init.request.method} ${init.request.url} answered ${init.status}${describeBody(init.body)}`);
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.request = init.request;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** A 2xx response whose body is not the JSON the contract promises. */
export class ResponseParseError extends MessagingContractsError {
  override name = 'ResponseParseError';
  readonly status: number;
  readonly headers: Headers;
  /** The body exactly as received. */
  readonly bodyText: string;
  readonly request: RequestInfo;

  constructor(init: { status: number; headers: Headers; bodyText: string; request: RequestInfo; reason: string; cause?: unknown }) {
    super(`${init.request.method} ${init.request.url} answered ${init.status} with ${init.reason}`, { cause: init.cause });
    this.status = init.status;
    this.headers = init.headers;
    this.bodyText = init.bodyText;
    this.request = init.request;
  }
}

/** No response within the per-request timeout (after all allowed attempts). */
export class TimeoutError extends MessagingContractsError {
  override name = 'TimeoutError';
  readonly timeoutMs: number;
  readonly attempts: number;
  readonly request: RequestInfo;

  constructor(init: { timeoutMs: number; attempts: number; request: RequestInfo }) {
    super(`${init.request.method} ${init.request.url} got no response within ${init.timeoutMs} ms (${init.attempts} attempt${init.attempts === 1 ? '' : 's'})`);
    this.timeoutMs = init.timeoutMs;
    this.attempts = init.attempts;
    this.request = init.request;
  }
}

/** The request never reached a server, or the connection broke (DNS, refused, reset). */
export class NetworkError extends MessagingContractsError {
  override name = 'NetworkError';
  readonly attempts: number;
  readonly request: RequestInfo;

  constructor(init: { attempts: number; request: RequestInfo; cause: unknown }) {
    super(`${init.request.method} ${init.request.url} failed: ${errorMessage(init.cause)}`, { cause: init.cause });
    this.attempts = init.attempts;
    this.request = init.request;
  }
}

/** An argument the contract forbids, caught before any request is sent. */
export class InvalidParameterError extends MessagingContractsError {
  override name = 'InvalidParameterError';
  /** The parameter's name as the API spells it, e.g. `messageStatus`. */
  readonly parameter: string;
  /** Where it goes: `path`, `query`, `header`, `body`, or `option` for a client setting. */
  readonly location: string;
  readonly value: unknown;
  readonly operation: string | undefined;

  constructor(init: { parameter: string; location: string; value: unknown; reason: string; operation?: string | undefined }) {
    const where = init.operation ? ` of ${init.operation}` : '';
    super(`Invalid ${init.location} parameter "${init.parameter}"${where}: ${init.reason} (got ${preview(init.value)})`);
    this.parameter = init.parameter;
    this.location = init.location;
    this.value = init.value;
    this.operation = init.operation;
  }
}

/** A paginated listing that would loop forever or that the server answered inconsistently. */
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

function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
