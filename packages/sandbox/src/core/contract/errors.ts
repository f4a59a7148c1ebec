// The contract, part 2: errors. The core detects them, the API folder shapes them.
import type { SandboxResponse } from './requests.js';

/**
 * Every kind of failure the core answers on the API's behalf. The core picks the status; the
 * API folder's `errorResponse` must return a body in the API's documented error shape that
 * names the actual violation (never a canned example).
 */
export type SandboxErrorKind =
  /** No or wrong credentials (status 401). */
  | 'unauthorized'
  /**
   * A path, query, header or body parameter broke the spec, or the body is not parseable (not
   * JSON, nested deeper than the sandbox's limit, a malformed percent-escape in the path)
   * (status 400, or 422 where documented).
   */
  | 'bad-request'
  /** No path of the spec matches, or the addressed resource is not in the store (status 404). */
  | 'not-found'
  /** The path exists but not with this method (status 405). */
  | 'method-not-allowed'
  /** The Accept header allows no media type the operation produces (status 406). */
  | 'not-acceptable'
  /** Content-Type missing, malformed (`;;;`) or not one the operation consumes (status 415). */
  | 'unsupported-media-type'
  /** The body is larger than the sandbox's cap (status 413). (Too deep JSON is a 'bad-request'.) */
  | 'payload-too-large'
  /** Forced through the control API (status 429, with `retryAfterSeconds`). */
  | 'rate-limited'
  /** Forced through the control API (status 500, 502, 503 or 504). */
  | 'server-error'
  /** A bug in the sandbox or an API folder (status 500). The message never holds request data. */
  | 'internal';

/** Where a violation was found. */
export type ViolationLocation = 'path' | 'query' | 'header' | 'body';

/** One concrete thing wrong with a request. */
export interface Violation {
  readonly location: ViolationLocation;
  /**
   * The field as the API's users name it: a parameter name ("limit"), a body property path with
   * dots for nesting ("to", "media.0"), or "" for the body as a whole (e.g. not JSON).
   */
  readonly field: string;
  /** What is wrong, e.g. "must have required property 'applicationId'". Never echoes credentials. */
  readonly message: string;
}

export interface SandboxError {
  readonly kind: SandboxErrorKind;
  /** The HTTP status the core will answer with; `errorResponse` may only change it to a documented alternative. */
  readonly status: number;
  /** The matched operation, when the route matched one. */
  readonly operationId: string | undefined;
  /** For 'bad-request' (and 'not-found' of a resource): each violation, at least one. Empty otherwise. */
  readonly violations: readonly Violation[];
  /** A safe one-line explanation (no credentials, no message text). */
  readonly message: string;
  /** For 'rate-limited': seconds to put in Retry-After (the core adds the header). */
  readonly retryAfterSeconds?: number;
  /**
   * The sandbox clock's now() when the error happened, in ms since the epoch. (Requested by the
   * api-behaviour helper: v1's 429 must carry `X-RateLimit-Reset`, an absolute time in ms, which
   * an ErrorMapper cannot compute without the sandbox's clock. Optional: mappers fall back to
   * Date.now() when it is absent.)
   */
  readonly at?: number;
}

/** Maps a sandbox error to the API's documented error response. Must not throw. */
export type ErrorMapper = (error: SandboxError) => SandboxResponse;
