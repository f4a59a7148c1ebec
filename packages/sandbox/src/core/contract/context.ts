// The contract, part 3: what the core gives every handler (store, clock, callbacks, settings).
import type { Credentials, JsonValue } from './requests.js';

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
export interface OutgoingCallback {
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

/**
 * @deprecated Renamed `OutgoingCallback`: in the runtime, `CallbackDelivery` is a received callback.
 * Kept so the sandbox's public types are unchanged.
 */
export type CallbackDelivery = OutgoingCallback;

export interface CallbackScheduler {
  /**
   * Queues a delivery. Returns at once: delivery runs asynchronously, so a slow or refusing
   * target never slows an API answer. Its outcome appears in the control API's delivery log.
   */
  deliver(callback: OutgoingCallback): void;
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
  /** The tenant whose state this context holds (see ApiBehaviour.tenantOf). */
  readonly tenant?: string;
  /**
   * The callback settings of one application of the tenant, when the control API registered it
   * (APIs with `callbackApplications`); undefined for an application not registered, which uses
   * `settings.callbacks`.
   */
  application?(applicationId: string): ApplicationCallbacks | undefined;
}

/** An application's callback settings (Bandwidth v2 applications: callback URLs and types). */
export interface ApplicationCallbacks {
  readonly statusUrl?: string;
  /** Inbound-message callbacks (default: statusUrl). */
  readonly inboundUrl?: string;
  readonly credentials?: Credentials;
  /** Status event types the application receives (default: all). */
  readonly requestedCallbackTypes?: readonly string[];
}
