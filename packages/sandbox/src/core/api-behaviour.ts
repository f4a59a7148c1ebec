// The contract between the sandbox core and one API's folder (src/apis/<api>/).
//
// The core owns everything generic: the HTTP server, Prism's validation of every request and
// response, credentials, the control API, the virtual clock, the bounded store, the callback
// delivery engine (retries, duplicates, out-of-order, timeouts, webhook-schema validation).
// An API folder owns only what its documents describe: how each operation changes and reads
// state, what its error bodies look like, and what its callbacks carry.
//
// An API folder is found by name: src/apis/<api>/index.ts must `export default` an ApiBehaviour
// whose `api` equals the redocly.yaml name. Adding an API adds a folder, nothing here.

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

// ---------------------------------------------------------------------------------------------
// Errors: the core detects them, the API folder shapes them.

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

// ---------------------------------------------------------------------------------------------
// What the core gives every handler.

/**
 * A store of records that holds at most `capacity` entries. Inserting beyond the cap evicts the
 * oldest inserted record (FIFO), so a long CI run cannot exhaust memory. Iteration is in
 * insertion order, oldest first.
 */
export interface BoundedStore<T> {
  readonly capacity: number;
  readonly size: number;
  get(id: string): T | undefined;
  has(id: string): boolean;
  /** Inserts or replaces; a replaced record keeps its place in the eviction order. */
  set(id: string, value: T): void;
  delete(id: string): boolean;
  values(): IterableIterator<T>;
}

/**
 * The sandbox's clock. Real time by default; the control API can freeze it or advance it, so a
 * test can move a message to "delivered" without waiting. Timestamps in stored records must come
 * from `now()`, never from Date.now().
 */
export interface SandboxClock {
  /** Milliseconds since the epoch on the sandbox's clock. */
  now(): number;
  /**
   * Runs `task` once the clock has moved `delayMs` forward (immediately-ish for 0). Tasks run in
   * due order; after a reset, pending tasks are dropped. A task that throws is logged, not fatal.
   */
  after(delayMs: number, task: () => void): void;
}

/** A callback the API wants delivered; the core's engine does the HTTP, retries and logging. */
export interface CallbackDelivery {
  /** The webhook's key under the spec's top-level `webhooks:` (validates the payload against it). */
  readonly webhook: string;
  /** Absolute http(s) URL of the user's endpoint. Credentials inside it (v1) are sent as Basic auth. */
  readonly url: string;
  /** Tried when `url` fails (v1 `fallbackUrl`). */
  readonly fallbackUrl?: string;
  readonly method: 'GET' | 'POST';
  /** Extra headers (e.g. User-Agent). Content-Type is set from `encoding` for POST. */
  readonly headers?: Readonly<Record<string, string>>;
  /** POST body. */
  readonly body?: JsonValue;
  /** How a POST body is encoded; default "json". */
  readonly encoding?: 'json' | 'form';
  /** GET query parameters (or the fields of a form body). */
  readonly query?: Readonly<Record<string, string>>;
  /** Basic credentials to send. */
  readonly credentials?: Credentials;
  /**
   * v2 style: first send without credentials; only a 401 with `WWW-Authenticate: Basic` makes the
   * engine resend with `credentials`. Without it, credentials are sent on the first try.
   */
  readonly challengeFirst?: boolean;
  /** Per-attempt timeout in ms (v1 `callbackTimeout`), capped by the engine's `timeoutMs` setting. */
  readonly timeoutMs?: number;
  /**
   * Whether failures are retried with the engine's bounded retry policy. Default true; set false
   * where the documents describe no retries (v1 documents none).
   */
  readonly retry?: boolean;
  /** A short human label for the delivery log, e.g. "message-delivered m-123". */
  readonly label?: string;
}

export interface CallbackScheduler {
  /**
   * Queues a delivery. Returns at once: delivery runs asynchronously, so a slow or refusing
   * target never slows an API answer. Its outcome appears in the control API's delivery log.
   */
  deliver(delivery: CallbackDelivery): void;
}

/** Settings from the CLI / startSandbox options, with the API's defaults filled in. */
export interface BehaviourSettings {
  /**
   * Virtual-time delays in ms, keyed by names the API folder documents in `defaultDelays`
   * (e.g. { sending: 50, delivered: 500 }). Users override any subset.
   */
  readonly delays: Readonly<Record<string, number>>;
  /**
   * Callback targets configured outside the request (Bandwidth v2: the application's callback
   * URLs). `statusUrl` gets delivery events, `inboundUrl` inbound messages (defaults to statusUrl).
   */
  readonly callbacks: {
    readonly statusUrl?: string;
    readonly inboundUrl?: string;
    readonly credentials?: Credentials;
  };
  /** Free-form API-specific options, documented by the API folder. */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface BehaviourContext {
  readonly clock: SandboxClock;
  readonly callbacks: CallbackScheduler;
  readonly settings: BehaviourSettings;
  /** A named bounded store (created on first use); all share the sandbox's capacity setting. */
  store<T>(name: string): BoundedStore<T>;
  /**
   * A number that never repeats within this sandbox process (not even across resets); the
   * folder formats provider-style ids from it.
   */
  nextSequence(): number;
  /** Logs a line for the sandbox user (never credentials or message text). */
  log(line: string): void;
  /**
   * This sandbox's base URL (as ValidatedRequest.baseUrl), once known. (Requested by the
   * api-behaviour helper: an injected inbound message has no request, yet its callback carries
   * the message's URL, e.g. v1 `messageUri`. Optional: folders fall back to the provider's URL.)
   */
  readonly baseUrl?: string;
}

// ---------------------------------------------------------------------------------------------
// Control API inputs that reach the API folder.

/** Forced through the control API: the next send of `operationId` ends in a carrier failure. */
export interface ForcedCarrierFailure {
  /** The API's documented failure code (v2 `errorCode` 4xxx/47xx/5xxx, v1 `deliveryCode`, Fone status code). */
  readonly errorCode: number | string;
  /** Optional description; the API folder uses its documented one for the code otherwise. */
  readonly description?: string;
}

/** An inbound message injected through the control API (as if a handset had sent it). */
export interface InboundInjection {
  /** The sender's number (E.164). */
  readonly from: string;
  /** The sandbox-side number(s) it was sent to. */
  readonly to: string | readonly string[];
  readonly text?: string;
  readonly media?: readonly string[];
  /**
   * API-specific fields (e.g. v2 applicationId, v1 callbackUrl of the number's application,
   * Fone PropertySid and WebhookUri), documented by the API folder.
   */
  readonly fields?: Readonly<Record<string, unknown>>;
}

// ---------------------------------------------------------------------------------------------
// The interface an API folder implements.

export interface ApiBehaviour {
  /** The redocly.yaml name, e.g. "bandwidth-messaging-v2". */
  readonly api: string;
  /** Handlers by operationId. An operation without one is answered by Prism's examples. */
  readonly operations: Readonly<Record<string, OperationHandler>>;
  /** The API's error shape, naming the actual violation. */
  readonly errorResponse: ErrorMapper;
  /** Default state-transition delays in ms (see BehaviourSettings.delays), documented per key. */
  readonly defaultDelays: Readonly<Record<string, number>>;
  /**
   * Stores an injected inbound message and schedules its callback(s). Returns the stored record
   * as the API would return it from a get (the control API answers with it). Throws a
   * `TypeError` with a safe message when a required field is missing.
   */
  injectInbound(message: InboundInjection, context: BehaviourContext): unknown;
}
