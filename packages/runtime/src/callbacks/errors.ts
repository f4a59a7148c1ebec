import { MessagingContractsError } from '../errors.js';

// Neither error ever holds a credential, a header value or payload text: only what failed and
// where (a JSON pointer, a parameter or header name), so both are safe to log whole.

/** Why a callback's credentials were refused. */
export type CallbackAuthFailure = 'missing' | 'malformed' | 'mismatch';

/**
 * A callback without the configured HTTP Basic credentials, or with wrong ones. Answer it with
 * `toResponse()` (Web) or `status` and `headers` (Node): a 401 that, for providers that first
 * send without credentials (Bandwidth v2), carries the `WWW-Authenticate: Basic realm=…`
 * challenge that makes them resend with credentials.
 */
export class CallbackAuthError extends MessagingContractsError {
  override name = 'CallbackAuthError';
  readonly reason: CallbackAuthFailure;
  readonly status = 401;
  /** Response headers to send: `WWW-Authenticate` when the API expects a challenge. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(init: { reason: CallbackAuthFailure; webhookApi: string; challenge: string | undefined }) {
    super(`${init.webhookApi} callback refused: ${AUTH_REASONS[init.reason]}`);
    this.reason = init.reason;
    this.headers = init.challenge === undefined ? {} : { 'www-authenticate': init.challenge };
  }

  /** The 401 to send back (with the challenge, where the API expects one). */
  toResponse(): Response {
    return new Response(null, { status: this.status, headers: this.headers });
  }
}

const AUTH_REASONS: Record<CallbackAuthFailure, string> = {
  missing: 'no HTTP Basic credentials (Authorization header absent)',
  malformed: 'the Authorization header is not well-formed HTTP Basic credentials',
  mismatch: 'the HTTP Basic credentials do not match the configured ones',
};

/** What was wrong with a callback's request. */
export type CallbackValidationFailure =
  | 'method'
  | 'content-type'
  | 'too-large'
  | 'encoding'
  | 'malformed-json'
  | 'too-deep'
  /** No longer given: an event of an undocumented type is accepted (`CallbackDelivery.unknownEvents`). Kept so that existing switches compile. */
  | 'unknown-event-type'
  | 'schema';

const STATUS: Record<CallbackValidationFailure, number> = {
  method: 405,
  'content-type': 415,
  'too-large': 413,
  encoding: 400,
  'malformed-json': 400,
  'too-deep': 400,
  'unknown-event-type': 400,
  schema: 400,
};

/**
 * A callback the contract does not allow: wrong method or content type, too large, not JSON,
 * nested too deep, or a payload that fails the schema compiled from the spec (unless the receiver
 * reports such payloads: `onContractViolation: 'report'`). `field` names what failed (a JSON pointer into the payload such as `/0/message/id`, or a
 * header or query parameter name); the message never quotes the payload.
 */
export class CallbackValidationError extends MessagingContractsError {
  override name = 'CallbackValidationError';
  readonly reason: CallbackValidationFailure;
  /** JSON pointer (`/0/message/id`, `""` for the whole payload) or header/parameter name; undefined when nothing more specific applies. */
  readonly field: string | undefined;
  /** The schema keyword that failed (`required`, `type`, `enum`, …), for `schema` failures. */
  readonly keyword: string | undefined;
  /** The webhook operation the callback was matched to, when it got that far. */
  readonly operationId: string | undefined;
  /** The status to answer with: 400, 405, 413 or 415. */
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(init: {
    reason: CallbackValidationFailure;
    webhookApi: string;
    detail: string;
    field?: string | undefined;
    keyword?: string | undefined;
    operationId?: string | undefined;
    headers?: Record<string, string>;
  }) {
    const where = init.operationId ? ` (${init.operationId})` : '';
    super(`Invalid ${init.webhookApi} callback${where}: ${init.detail}`);
    this.reason = init.reason;
    this.field = init.field;
    this.keyword = init.keyword;
    this.operationId = init.operationId;
    this.status = STATUS[init.reason];
    this.headers = init.headers ?? {};
  }

  /** The 4xx to send back. The body is the message, which names the field but never quotes the payload. */
  toResponse(): Response {
    return new Response(this.message, {
      status: this.status,
      headers: { 'content-type': 'text/plain; charset=utf-8', ...this.headers },
    });
  }
}
