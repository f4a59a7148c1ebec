// The contract, part 1: the request a handler gets and the answer it gives.
import type { BehaviourContext } from './context.js';
import type { ForcedCarrierFailure } from './control-inputs.js';

/** HTTP Basic credentials (the only scheme the sandbox checks; bearer tokens are accepted as-is). */
export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** A JSON-compatible value, as parsed from a body or about to be serialised into one. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A request that Prism has matched to an operation and validated against the spec.
 * Handlers only ever see requests that passed validation (or, for operations whose
 * validation Prism cannot express, that the core accepted), so they need not re-check the
 * schema: they implement the documented behaviour.
 */
export interface ValidatedRequest {
  /** The spec's operationId, e.g. "createMessage". */
  readonly operationId: string;
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options';
  /** The decoded path, e.g. "/users/12345/messages/abc". */
  readonly path: string;
  /** Path parameters by their spec name, decoded once ("%2B" -> "+"). */
  readonly pathParams: Readonly<Record<string, string>>;
  /** Query parameters: repeated keys give arrays. Values are strings as sent (not coerced). */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** Headers with lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed body: JSON value for JSON, a string map for form bodies, undefined without one. */
  readonly body: unknown;
  /**
   * The body's bytes as received, when it has any: for bodies that are files (media uploads),
   * which a text decoding would corrupt.
   */
  readonly rawBody?: Uint8Array;
  /** The request's media type without parameters, e.g. "application/json". */
  readonly mediaType: string | undefined;
  /** Basic credentials the caller sent (already accepted by the core), if any. */
  readonly credentials: Credentials | undefined;
  /** This sandbox's base URL, e.g. "http://127.0.0.1:4010", for Location, Link and *Uri fields. */
  readonly baseUrl: string;
  /**
   * A carrier failure forced through the control API for this operation (consumed by this request).
   * A send handler stores the message as usual and later moves it to the API's failed state with
   * this error code (and its callback), instead of the delivered state.
   */
  readonly forcedFailure: ForcedCarrierFailure | undefined;
}

/** What a handler answers. The core serialises `body` as JSON unless it is a string or Uint8Array. */
export interface SandboxResponse {
  readonly status: number;
  /** Header names in any case; the core adds content-type for JSON bodies when missing. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/**
 * Handles one validated request. Return `undefined` to let Prism answer with the spec's example
 * (honouring `Prefer: code=`/`example=`), e.g. for operations the API folder does not model.
 * Every returned response is validated against the spec by the core; a violation is logged and
 * listed in the `x-sandbox-violations` header, never silently ignored.
 */
export type OperationHandler = (
  request: ValidatedRequest,
  context: BehaviourContext,
) => SandboxResponse | undefined | Promise<SandboxResponse | undefined>;
