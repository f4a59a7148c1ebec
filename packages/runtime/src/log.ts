/** One thing the transport did, for the `logger` option. Never carries credentials. */
export interface LogEvent {
  /** `request`: an attempt is about to be sent; `response`: its response arrived in full; `retry`: waiting before the next attempt; `error`: the attempt failed without a usable response. */
  type: 'request' | 'response' | 'retry' | 'error';
  method: string;
  /** Without credentials. */
  url: string;
  /** The attempt, from 1. */
  attempt: number;
  /** Request headers (on `request`) or response headers (on `response`), with Authorization, cookies and API keys replaced by "[redacted]". */
  headers?: Record<string, string>;
  status?: number;
  /** From sending the attempt to the end of its response body. */
  durationMs?: number;
  requestId?: string;
  /** On `retry`: the wait before the next attempt. */
  delayMs?: number;
  /** On `error`: the error's name and message. */
  error?: string;
  /**
   * Only with `logBodies: true`: the request body (on `request`) or response body (on `response`),
   * parsed when JSON, with every `text` field (any case, at any depth, e.g. `Message.Text`)
   * replaced by "[redacted]" unless `logMessageText: true`. A body that is not JSON is shown only
   * with `logMessageText: true`.
   */
  body?: unknown;
}

export type Logger = (event: LogEvent) => void;

export interface LogOptions {
  /** Called for every request, response, retry and failure. Default: none. Exceptions it throws are ignored. */
  logger?: Logger | undefined;
  /** Include request and response bodies in log events. Default false. */
  logBodies?: boolean | undefined;
  /** With `logBodies`, leave message text (`text` fields and non-JSON bodies) in. Default false. */
  logMessageText?: boolean | undefined;
}

const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'api-key',
]);
export const REDACTED = '[redacted]';

export function redactHeaders(headers: Headers): Record<string, string> {
  const shown: Record<string, string> = {};
  headers.forEach((value, name) => {
    shown[name] = SECRET_HEADERS.has(name) ? REDACTED : value;
  });
  return shown;
}

/** A body as the log may show it (see LogEvent.body). */
export function redactBody(body: unknown, keepText: boolean): unknown {
  if (body === null || body === undefined) return undefined;
  if (typeof body !== 'string') return body instanceof FormData ? '[form data]' : '[binary body]';
  if (body === '') return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return keepText ? body : `[redacted: ${body.length} characters, not JSON]`;
  }
  return keepText ? parsed : withoutText(parsed);
}

function withoutText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutText);
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      copy[key] = key.toLowerCase() === 'text' ? REDACTED : withoutText(item);
    return copy;
  }
  return value;
}

export function emit(logger: Logger, event: LogEvent): void {
  try {
    logger(event);
  } catch {
    // A logger must not change what a request does.
  }
}
