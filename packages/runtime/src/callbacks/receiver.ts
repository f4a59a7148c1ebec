// The receiver of an API's callbacks: verifies credentials, validates the payload with the
// validators compiled from the spec, and returns typed events with a dedupe key each. One
// synchronous core (verify.ts) decides; thin adapters read and answer Web `Request`s (fetch.ts)
// and node:http / Express requests (node.ts). Web APIs only (no node: imports), so it runs on
// Node, Deno, Bun and edge runtimes alike.
import type { BasicAuth } from '../auth.js';
import { InvalidParameterError } from '../errors.js';
import { basicAuthChecker } from './basic-auth.js';
import { dedupeKeyFromPointers } from './dedupe-key.js';
import { receiveWebRequest, webCallbackHandler } from './fetch.js';
import {
  type NodeCallbackRequest,
  type NodeCallbackResponse,
  nodeCallbackHandler,
  receiveNodeRequest,
} from './node.js';
import { buildRouteTable } from './routes.js';
import type { WebhookOperation } from './types.js';
import { type CallbackDelivery, createCallbackCore, type RawCallback } from './verify.js';

/** What a client package tells the runtime about its API's callbacks (see packages/<api>/src/webhooks.ts). */
export interface CallbackApiDefinition<TEvent> {
  /** Used in error messages, e.g. "Bandwidth Messaging v2". */
  readonly api: string;
  /** Generated from the spec's `webhooks`. */
  readonly operations: readonly WebhookOperation[];
  /** The field that names an event's type (`type`, `eventType`, `Event`); events are routed and narrowed by it. */
  readonly eventTypeField: string;
  /**
   * How to identify an event for deduplication, for payloads whose schema has no `x-dedupe-key`:
   * JSON pointers of the identifying fields, or a function.
   */
  readonly dedupeKey?: readonly string[] | ((event: TEvent) => string);
  /** Headers the provider sends with every callback, added by the test helper (e.g. Bandwidth's User-Agent). */
  readonly testHeaders?: Readonly<Record<string, string>>;
}

export interface CallbackReceiverOptions {
  /**
   * The HTTP Basic credentials callbacks must carry (a list accepts any of them, for rotation), or
   * `false` to accept callbacks without credentials: an explicit choice, never a default.
   */
  credentials: BasicAuth | readonly BasicAuth[] | false;
  /** Larger bodies are refused with 413 while being read. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Deeper JSON is refused before parsing. Default 32 (callback payloads nest 3 or 4 levels). */
  maxDepth?: number;
  /** The realm of the `WWW-Authenticate: Basic` challenge sent with every 401. Default "callbacks". */
  realm?: string;
  /**
   * What to do with a callback that breaks the spec's schema (a missing or mistyped field, a value
   * outside a documented enum, an object where a list is documented): `refuse` (default) answers
   * 400 and throws CallbackValidationError; `report` accepts it, hands its events over with the
   * delivery's `violations`, and answers 2xx, so that a provider that changed before its documents
   * did loses no event. Credentials, method, media type, size and unparseable bodies are refused
   * either way. Events of undocumented types are accepted in both (see `unknownEvents`).
   */
  onContractViolation?: 'refuse' | 'report';
}

const OPTION_NAMES = ['credentials', 'maxBodyBytes', 'maxDepth', 'realm', 'onContractViolation'] as const;

export interface CallbackReceiver<TEvent> {
  /** Web `Request` (fetch handlers, Deno, Bun, Hono's `c.req.raw`, Next.js route handlers). Throws CallbackAuthError / CallbackValidationError. */
  receive(request: Request): Promise<CallbackDelivery<TEvent>>;
  /** Node `IncomingMessage` or Express request. Throws CallbackAuthError / CallbackValidationError. */
  receiveNode(request: NodeCallbackRequest): Promise<CallbackDelivery<TEvent>>;
  /** The synchronous core, for a body you already hold. Throws CallbackAuthError / CallbackValidationError. */
  verify(callback: RawCallback): CallbackDelivery<TEvent>;
  /**
   * A fetch-style handler: 200 after `onDelivery` resolves (with its body when it returns a
   * CallbackReply `{ status?, body, contentType }`), the 401 challenge or 4xx for a refused
   * callback; an error thrown by `onDelivery` propagates (your framework answers 500 and the
   * provider retries).
   */
  fetchHandler(onDelivery: (delivery: CallbackDelivery<TEvent>) => unknown): (request: Request) => Promise<Response>;
  /**
   * A `node:http`/Express handler, answering like `fetchHandler`. When `onDelivery` throws it
   * answers 500 and passes the error to `onError` (the returned promise then resolves); without
   * `onError` the returned promise rejects.
   */
  nodeHandler(
    onDelivery: (delivery: CallbackDelivery<TEvent>) => unknown,
    onError?: (error: unknown) => void,
  ): (request: NodeCallbackRequest, response: NodeCallbackResponse) => Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_MAX_DEPTH = 32;

export function createCallbackReceiver<TEvent>(
  definition: CallbackApiDefinition<TEvent>,
  options: CallbackReceiverOptions,
): CallbackReceiver<TEvent> {
  if (!options || (options.credentials !== false && typeof options.credentials !== 'object')) {
    throw new InvalidParameterError({
      parameter: 'credentials',
      location: 'option',
      reason:
        'is required: the username and password your callback URL is configured with, or false to accept callbacks without credentials',
      secret: true,
    });
  }
  const unknownOption = Object.keys(options).find((name) => !(OPTION_NAMES as readonly string[]).includes(name));
  if (unknownOption !== undefined)
    throw new InvalidParameterError({
      parameter: unknownOption,
      location: 'option',
      reason: `is not an option of createCallbackReceiver (options: ${OPTION_NAMES.join(', ')})`,
      hidden: 'an unknown option may hold a credential',
    });
  const onContractViolation = options.onContractViolation ?? 'refuse';
  if (onContractViolation !== 'refuse' && onContractViolation !== 'report')
    throw new InvalidParameterError({
      parameter: 'onContractViolation',
      location: 'option',
      reason: 'must be "refuse" or "report"',
      value: onContractViolation,
    });
  const checkAuthorization = options.credentials === false ? undefined : basicAuthChecker(options.credentials);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  for (const [name, value] of [
    ['maxBodyBytes', maxBodyBytes],
    ['maxDepth', maxDepth],
  ] as const) {
    if (!Number.isInteger(value) || value < 1)
      throw new InvalidParameterError({
        parameter: name,
        location: 'option',
        reason: 'must be a positive integer',
        value,
      });
  }
  const realm = options.realm ?? 'callbacks';
  if (/["\\\r\n]/.test(realm))
    throw new InvalidParameterError({
      parameter: 'realm',
      location: 'option',
      reason: 'cannot contain quotes, backslashes or line breaks',
      value: realm,
    });
  const challenge = `Basic realm="${realm}", charset="UTF-8"`;
  const fallbackKey =
    typeof definition.dedupeKey === 'function'
      ? (definition.dedupeKey as (event: unknown) => string)
      : definition.dedupeKey
        ? dedupeKeyFromPointers(definition.dedupeKey)
        : undefined;
  const core = createCallbackCore<TEvent>({
    api: definition.api,
    typeField: definition.eventTypeField,
    routes: buildRouteTable(definition.operations, definition.eventTypeField, fallbackKey),
    checkAuthorization,
    challenge,
    maxBodyBytes,
    maxDepth,
    onContractViolation,
  });
  return {
    receive: (request) => receiveWebRequest(core, request),
    receiveNode: (request) => receiveNodeRequest(core, request),
    verify: (callback) => core.verify(callback),
    fetchHandler: (onDelivery) => webCallbackHandler(core, onDelivery),
    nodeHandler: (onDelivery, onError) => nodeCallbackHandler(core, onDelivery, onError),
  };
}
