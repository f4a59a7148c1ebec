// The failures of one exchange, one family told apart by class: what the transport and both
// variants of node-http (Node's, and the browser stub) report, and the summary the transport's
// retry decision reads. None leaves the runtime: the transport turns each into the public error
// it means (TimeoutError, NetworkError, ResponseTooLargeError).
import type { ResponseHead } from './buffered-response.js';

/** The family's base: a failure of one attempt, before it is typed for the caller. */
export abstract class ExchangeFailure extends Error {}

/** The attempt failed (`cause`) before its connection was established: nothing was sent. */
export class NotSent extends ExchangeFailure {
  constructor(override readonly cause: unknown) {
    super('the request was not sent');
  }
}

/** The status and headers arrived, then the body failed (`cause`). */
export class BodyFailed extends ExchangeFailure {
  constructor(
    readonly head: ResponseHead,
    override readonly cause: unknown,
  ) {
    super('the response body failed');
  }
}

/** The body grew past `maxResponseBytes` (announced by Content-Length, or counted after decompression). */
export class BodyTooLarge extends ExchangeFailure {
  constructor(readonly head: ResponseHead) {
    super('the response body is over the limit');
  }
}

/** The attempt's timer fired. Made only when it fires: an Error captures a stack, costly per request. */
export class AttemptTimedOut extends Error {}

/**
 * What the transport decides on: an attempt that got no usable response, with what is known about
 * how far it got (made from any of the failures above, or from a raw error of fetch).
 */
export class AttemptFailed extends ExchangeFailure {
  readonly timedOut: boolean;
  override readonly cause: unknown;
  /** Set when the status and headers arrived and the body then failed. */
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  /** Known not to have left (the connection never came up), whatever the cause says. */
  readonly neverSent: boolean;

  constructor(init: {
    cause: unknown;
    timedOut?: boolean;
    status?: number;
    requestId?: string | undefined;
    neverSent?: boolean;
  }) {
    super('the attempt failed');
    this.cause = init.cause;
    this.timedOut = init.timedOut ?? init.cause instanceof AttemptTimedOut;
    this.status = init.status;
    this.requestId = init.requestId;
    this.neverSent = init.neverSent ?? false;
  }

  mayHaveBeenSent(): boolean {
    if (this.neverSent) return false;
    return this.timedOut || this.status !== undefined || !provesNeverSent(this.cause);
  }
}

// Failures that happen before a request can have left: no connection, no name, no trusted TLS peer.
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

/** True only when the error shows the request never left this process (see NEVER_SENT_CODES). */
function provesNeverSent(error: unknown): boolean {
  // fetch rejects with a cause-less TypeError when it cannot even build the request.
  if (error instanceof TypeError && error.cause === undefined) return true;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NEVER_SENT_CODES.has(code)) return true;
    // Happy eyeballs: every address refused.
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0 && errors.every((item) => provesNeverSent(item))) return true;
    if ((current as { message?: unknown }).message === 'bad port') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** A body node:http can send as is. */
export function sendableByNode(body: unknown): body is string | Uint8Array | null {
  return body === null || typeof body === 'string' || body instanceof Uint8Array;
}
