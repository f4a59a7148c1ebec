// The receiver of an API's callbacks: verifies credentials, validates the payload with the
// validators compiled from the spec, and returns typed events with a dedupe key each. One sync core
// (`verify`) behind a Web `Request` entry and a Node `IncomingMessage`/Express entry. Web APIs
// only (no node: imports), so it runs on Node, Deno, Bun and edge runtimes alike.
import type { BasicAuth } from '../auth.js';
import { InvalidParameterError } from '../errors.js';
import { basicAuthChecker } from './basic-auth.js';
import { CallbackAuthError, CallbackValidationError, type CallbackValidationFailure } from './errors.js';
import {
  checkDeclaredLength,
  checkTextSize,
  decodeUtf8,
  formToObject,
  nestsDeeperThan,
  parseJson,
  PayloadProblem,
  readAsyncIterable,
  readWebStream,
} from './payload.js';
import type { CompiledValidator, ValidatorError, WebhookInput, WebhookOperation } from './types.js';

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
}

/** One received event and the key to deduplicate it by (deliveries are at least once). */
export interface ReceivedEvent<TEvent> {
  readonly event: TEvent;
  /** Stable across redeliveries of the same event; see the package README for what it is made of. */
  readonly dedupeKey: string;
}

/** One callback request, verified and validated. */
export interface CallbackDelivery<TEvent> {
  /** The spec's webhook name, e.g. `statusCallback`. */
  readonly webhook: string;
  readonly operationId: string;
  /** The events it carried, in order (one for single-event APIs). */
  readonly events: readonly ReceivedEvent<TEvent>[];
}

/** A callback as the sync core takes it: headers plus the raw body, or the query string. */
export interface RawCallback {
  method: string;
  headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The query string (with or without `?`) or its parameters: what a GET callback carries. */
  query?: string | URLSearchParams | undefined;
  /** The raw body: bytes or text. */
  body?: string | Uint8Array | null | undefined;
  /** A body some middleware already parsed (Express `express.json()`/`urlencoded()`): validated as it is. */
  parsedBody?: unknown;
}

/** What the Node entry accepts: an `IncomingMessage` (read as a stream) or an Express request (`req.body` raw or parsed). */
export interface NodeCallbackRequest {
  method?: string | undefined;
  url?: string | undefined;
  /** Express keeps the full URL here when the router strips a mount path from `url`. */
  originalUrl?: string | undefined;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Express: a Buffer from `express.raw()`, text from `express.text()`, or an object from `express.json()`/`urlencoded()`. */
  body?: unknown;
  [Symbol.asyncIterator]?(): AsyncIterator<Uint8Array | string>;
}

/** What the Node handler writes to: a `ServerResponse` or an Express response. */
export interface NodeCallbackResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
}

export interface CallbackReceiver<TEvent> {
  /** Web `Request` (fetch handlers, Deno, Bun, Hono's `c.req.raw`, Next.js route handlers). Throws CallbackAuthError / CallbackValidationError. */
  receive(request: Request): Promise<CallbackDelivery<TEvent>>;
  /** Node `IncomingMessage` or Express request. Throws CallbackAuthError / CallbackValidationError. */
  receiveNode(request: NodeCallbackRequest): Promise<CallbackDelivery<TEvent>>;
  /** The synchronous core, for a body you already hold. Throws CallbackAuthError / CallbackValidationError. */
  verify(callback: RawCallback): CallbackDelivery<TEvent>;
  /**
   * A fetch-style handler: 200 after `onDelivery` resolves, the 401 challenge or 4xx for a refused
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

/** A dedupe key from JSON pointers: the JSON array of the values found there (absent ones as null). */
export function dedupeKeyFromPointers(pointers: readonly string[]): (event: unknown) => string {
  const paths = pointers.map((pointer) => {
    if (!pointer.startsWith('/'))
      throw new InvalidParameterError({
        parameter: 'dedupeKey',
        location: 'option',
        reason: 'must list JSON pointers (starting with "/")',
        value: pointer,
      });
    return pointer
      .slice(1)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  });
  const getters = paths.map((path): ((event: unknown) => unknown) => {
    const [first, second] = path;
    if (path.length === 1)
      return (event) =>
        event !== null && typeof event === 'object' ? (event as Record<string, unknown>)[first!] : undefined;
    if (path.length === 2) {
      return (event) => {
        const parent =
          event !== null && typeof event === 'object' ? (event as Record<string, unknown>)[first!] : undefined;
        return parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[second!] : undefined;
      };
    }
    return (event) => {
      let value = event;
      for (const part of path)
        value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      return value;
    };
  });
  // Top-level fields only (the usual case): read directly, without a getter call each.
  const topLevel = paths.every((path) => path.length === 1) ? paths.map((path) => path[0]!) : undefined;
  // Equal to JSON.stringify of the values, built by hand: this runs for every event received.
  return (event) => {
    let key = '[';
    const count = topLevel ? topLevel.length : getters.length;
    const record = event !== null && typeof event === 'object' ? (event as Record<string, unknown>) : undefined;
    for (let index = 0; index < count; index++) {
      const value = topLevel ? record?.[topLevel[index]!] : getters[index]!(event);
      if (index > 0) key += ',';
      key +=
        typeof value === 'string' && !NEEDS_JSON_ESCAPE.test(value)
          ? `"${value}"`
          : value === undefined
            ? 'null'
            : JSON.stringify(value);
    }
    return `${key}]`;
  };
}

/** What JSON.stringify escapes in a string (quote, backslash, control characters) or may (surrogates). */
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function headerOf(headers: RawCallback['headers'], name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | readonly string[] | undefined>)[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const escapePointer = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

/** What one failed keyword means, without quoting the value that failed. */
function describeError(error: ValidatorError): string {
  const params = error.params;
  const limit = params.limit;
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return 'is required';
    case 'type':
      return `must be of type ${String(params.type).split(',').join(' or ')}`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [];
      const shown = allowed.slice(0, 12).map((value) => JSON.stringify(value));
      return `must be one of ${shown.join(', ')}${allowed.length > shown.length ? ', …' : ''}`;
    }
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    case 'pattern':
      return `must match the pattern ${String(params.pattern)}`;
    case 'minLength':
      return `must be at least ${String(limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(limit)} characters long`;
    case 'minItems':
      return `must have at least ${String(limit)} items`;
    case 'maxItems':
      return `must have at most ${String(limit)} items`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params.comparison)} ${String(limit)}`;
    case 'additionalProperties':
      return 'is not allowed';
    case 'oneOf':
      return 'must match exactly one of its schemas';
    case 'anyOf':
      return 'must match one of its schemas';
    default:
      return `fails the schema's "${error.keyword}"`;
  }
}

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
  const typeField = definition.eventTypeField;
  const api = definition.api;

  // Per input: its operation and its dedupe function, resolved once.
  const fallbackKey =
    typeof definition.dedupeKey === 'function'
      ? definition.dedupeKey
      : definition.dedupeKey
        ? dedupeKeyFromPointers(definition.dedupeKey)
        : undefined;
  interface Route {
    operation: WebhookOperation;
    input: WebhookInput;
    dedupe: (event: TEvent) => string;
    /**
     * For exact inputs (see WebhookInput.exact): the validator of each event, by its type, when the
     * alternatives' types are disjoint; or the one validator of a single-alternative input.
     */
    byType: Map<string, CompiledValidator> | undefined;
    single: CompiledValidator | undefined;
  }
  /** The route picking validator per event type, when every alternative pins the type field to values no other alternative has. */
  const dispatchOf = (input: WebhookInput): Map<string, CompiledValidator> | undefined => {
    if (!input.exact || input.events.length < 2) return undefined;
    const byType = new Map<string, CompiledValidator>();
    for (const branch of input.events) {
      const types = branch.constants[typeField];
      if (!types || types.length === 0) return undefined;
      for (const type of types) {
        if (byType.has(type)) return undefined;
        byType.set(type, branch.validate);
      }
    }
    return byType;
  };
  const routesByMethod = new Map<string, Route[]>();
  for (const operation of definition.operations) {
    for (const input of operation.inputs) {
      const dedupe = (input.dedupeKey ? dedupeKeyFromPointers(input.dedupeKey) : fallbackKey) as
        | ((event: TEvent) => string)
        | undefined;
      if (!dedupe)
        throw new InvalidParameterError({
          parameter: 'dedupeKey',
          location: 'option',
          reason: `${operation.operationId} has no x-dedupe-key in its spec and the API definition gives none`,
          value: undefined,
        });
      const list = routesByMethod.get(operation.method) ?? [];
      const single = input.exact && input.events.length === 1 ? input.events[0]!.validate : undefined;
      list.push({ operation, input, dedupe, byType: dispatchOf(input), single });
      routesByMethod.set(operation.method, list);
    }
  }
  const allowedMethods = [...routesByMethod.keys()].join(', ');

  /** Everything about one method's routes that a callback needs, computed once. */
  interface MethodRoutes {
    all: Route[];
    /** Routes of query-string callbacks. */
    query: Route[];
    /** Routes of body callbacks, by lower-cased media type. */
    byMediaType: Map<string, Route[]>;
    /** Content-Type header values seen, and the routes they select (callbacks repeat the same few). */
    contentTypes: Map<string, Route[]>;
  }
  /** For each candidate list above, the route of each event type (the first listed wins). */
  const routeByType = new Map<Route[], Map<string, Route>>();
  const indexByType = (routes: Route[]) => {
    const byType = new Map<string, Route>();
    for (const route of routes)
      for (const branch of route.input.events)
        for (const type of branch.constants[typeField] ?? []) if (!byType.has(type)) byType.set(type, route);
    routeByType.set(routes, byType);
  };
  const methods = new Map<string, MethodRoutes>();
  for (const [method, all] of routesByMethod) {
    const byMediaType = new Map<string, Route[]>();
    for (const route of all) {
      if (route.input.in !== 'body') continue;
      const key = route.input.mediaType.toLowerCase();
      byMediaType.set(key, [...(byMediaType.get(key) ?? []), route]);
    }
    const query = all.filter((route) => route.input.in === 'query');
    for (const list of [query, ...byMediaType.values()]) indexByType(list);
    methods.set(method, { all, query, byMediaType, contentTypes: new Map() });
  }
  const CONTENT_TYPE_CACHE_LIMIT = 32;

  const invalid = (
    reason: CallbackValidationFailure,
    detail: string,
    extra: { field?: string; keyword?: string; operationId?: string; headers?: Record<string, string> } = {},
  ) => new CallbackValidationError({ reason, webhookApi: api, detail, ...extra });

  function schemaError(route: Route, error: ValidatorError | undefined, prefix: string): CallbackValidationError {
    if (!error)
      return invalid('schema', 'the payload does not match the schema', {
        field: prefix,
        operationId: route.operation.operationId,
      });
    const missing = error.params.missingProperty ?? error.params.additionalProperty;
    const pointer = `${prefix}${error.instancePath}${typeof missing === 'string' ? `/${escapePointer(missing)}` : ''}`;
    // Query and form values are named as the parameters they are; JSON fields by JSON pointer.
    const field =
      route.input.parse === 'form' && prefix === ''
        ? pointer.slice(1).replace(/~1/g, '/').replace(/~0/g, '~')
        : pointer;
    const shown = field === '' ? 'the payload' : route.input.parse === 'form' ? `parameter "${field}"` : field;
    return invalid('schema', `${shown} ${describeError(error)}`, {
      field,
      keyword: error.keyword,
      operationId: route.operation.operationId,
    });
  }

  /** The precise error of a payload the whole-payload validator refused: per event, with the branch its type picks. */
  function explain(route: Route, data: unknown): CallbackValidationError {
    const { input } = route;
    const list = input.envelope === 'array' && Array.isArray(data) ? data : input.envelope === 'object' ? [data] : [];
    const typed = input.events.some((branch) => branch.constants[typeField] !== undefined);
    for (let index = 0; index < list.length; index++) {
      const event = list[index];
      const prefix = input.envelope === 'array' ? `/${index}` : '';
      if (!isRecord(event)) continue;
      const type = event[typeField];
      let branch =
        typeof type === 'string'
          ? input.events.find((candidate) => candidate.constants[typeField]?.includes(type))
          : undefined;
      if (!branch && typed && typeof type === 'string')
        return unknownType(route, `${prefix}/${escapePointer(typeField)}`);
      branch ??= input.events.length === 1 ? input.events[0] : undefined;
      if (branch && !branch.validate(event)) return schemaError(route, branch.validate.errors?.[0], prefix);
    }
    input.validate(data);
    return schemaError(route, input.validate.errors?.[0], '');
  }

  function unknownType(route: Route | undefined, pointer: string): CallbackValidationError {
    const field = route?.input.parse === 'form' && route.input.envelope === 'object' ? typeField : pointer;
    const known = [
      ...new Set(
        (route ? [route] : []).flatMap((candidate) =>
          candidate.input.events.flatMap((branch) => branch.constants[typeField] ?? []),
        ),
      ),
    ];
    return invalid(
      'unknown-event-type',
      `${field} is not a known event type${known.length ? ` (known: ${known.join(', ')})` : ''}`,
      { field, keyword: 'enum', operationId: route?.operation.operationId },
    );
  }

  function authenticate(headers: RawCallback['headers']): void {
    if (!checkAuthorization) return;
    const failure = checkAuthorization(headerOf(headers, 'authorization'));
    if (failure) throw new CallbackAuthError({ reason: failure, webhookApi: api, challenge });
  }

  function routesFor(method: string): MethodRoutes {
    const routes = methods.get(method) ?? methods.get(method.toUpperCase());
    if (!routes)
      throw invalid(
        'method',
        `${method.toUpperCase()} is not a method its callbacks use (they use ${allowedMethods})`,
        { headers: { allow: allowedMethods } },
      );
    return routes;
  }

  /** The routes for the body's media type; 415 when none takes it. */
  function bodyRoutes(routes: MethodRoutes, contentType: string | undefined): Route[] {
    const cached = contentType === undefined ? undefined : routes.contentTypes.get(contentType);
    if (cached) return cached;
    const selected = selectBodyRoutes(routes, contentType);
    if (contentType !== undefined && routes.contentTypes.size < CONTENT_TYPE_CACHE_LIMIT)
      routes.contentTypes.set(contentType, selected);
    return selected;
  }

  function selectBodyRoutes(routes: MethodRoutes, contentType: string | undefined): Route[] {
    const [media = '', ...parameters] = (contentType ?? '').split(';');
    const mediaType = media.trim().toLowerCase();
    const charset = parameters
      .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(parameter)?.[1])
      .find((value) => value !== undefined);
    const matching = routes.byMediaType.get(mediaType);
    if (!matching || (charset !== undefined && charset.toLowerCase() !== 'utf-8')) {
      const acceptedTypes = [
        ...new Set(routes.all.filter((route) => route.input.in === 'body').map((route) => route.input.mediaType)),
      ].join(', ');
      const got =
        contentType === undefined
          ? 'no Content-Type'
          : charset !== undefined && matching
            ? `charset ${JSON.stringify(charset.slice(0, 40))}`
            : `Content-Type ${JSON.stringify(mediaType.slice(0, 80))}`;
      throw invalid('content-type', `${got}; expected ${acceptedTypes || 'no body'} in UTF-8`, {
        field: 'Content-Type',
      });
    }
    return matching;
  }

  /** The payload against the spec: per event with the alternative its type picks where that is exact, else whole. */
  function validates(route: Route, data: unknown): boolean {
    if (!route.byType && !route.single) return route.input.validate(data);
    if (route.input.envelope === 'object') return validatesEvent(route, data);
    if (!Array.isArray(data)) return false;
    for (let index = 0; index < data.length; index++) if (!validatesEvent(route, data[index])) return false;
    return true;
  }

  function validatesEvent(route: Route, event: unknown): boolean {
    const validator = route.single ?? (isRecord(event) ? route.byType!.get(event[typeField] as string) : undefined);
    return validator ? validator(event) : false;
  }

  /** Pick the route whose event types include the first event's, validate, and build the delivery. */
  function deliver(routes: Route[], data: unknown): CallbackDelivery<TEvent> {
    const first = Array.isArray(data) ? data[0] : data;
    const type = isRecord(first) ? first[typeField] : undefined;
    let route = typeof type === 'string' ? routeByType.get(routes)?.get(type) : undefined;
    if (!route) {
      if (
        typeof type === 'string' &&
        routes.some((candidate) => candidate.input.events.some((branch) => branch.constants[typeField] !== undefined))
      ) {
        throw unknownType(routes[0], `${Array.isArray(data) ? '/0' : ''}/${escapePointer(typeField)}`);
      }
      route = routes.find((candidate) => (candidate.input.envelope === 'array') === Array.isArray(data)) ?? routes[0]!;
    }
    if (!validates(route, data)) throw explain(route, data);
    let received: ReceivedEvent<TEvent>[];
    if (route.input.envelope === 'array') {
      const events = data as TEvent[];
      received = new Array(events.length);
      for (let index = 0; index < events.length; index++)
        received[index] = { event: events[index]!, dedupeKey: route.dedupe(events[index]!) };
    } else {
      received = [{ event: data as TEvent, dedupeKey: route.dedupe(data as TEvent) }];
    }
    return { webhook: route.operation.webhook, operationId: route.operation.operationId, events: received };
  }

  function verify(callback: RawCallback): CallbackDelivery<TEvent> {
    const routes = routesFor(callback.method);
    authenticate(callback.headers);
    return processCallback(routes, callback);
  }

  /** Everything after the method and credentials are checked. */
  function processCallback(routes: MethodRoutes, callback: RawCallback): CallbackDelivery<TEvent> {
    try {
      const hasBody =
        callback.parsedBody !== undefined ||
        (callback.body !== undefined && callback.body !== null && callback.body.length > 0);
      if (!hasBody && routes.query.length) {
        const params =
          callback.query instanceof URLSearchParams ? callback.query : new URLSearchParams(callback.query ?? '');
        return deliver(routes.query, formToObject(params));
      }
      const candidates = bodyRoutes(routes, headerOf(callback.headers, 'content-type'));
      // The body is at hand: its own size is checked below (a declared Content-Length is checked before reading, in receive/receiveNode).
      const form = candidates[0]!.input.parse === 'form';
      if (callback.parsedBody !== undefined) {
        if (nestsDeeperThan(callback.parsedBody, maxDepth))
          throw new PayloadProblem('too-deep', `the JSON nests deeper than ${maxDepth} levels`);
        return deliver(candidates, callback.parsedBody);
      }
      const raw = callback.body ?? '';
      let text: string;
      if (typeof raw === 'string') {
        checkTextSize(raw, maxBodyBytes);
        text = raw;
      } else {
        if (raw.length > maxBodyBytes)
          throw new PayloadProblem('too-large', `the body is larger than the ${maxBodyBytes}-byte limit`);
        text = decodeUtf8(raw);
      }
      return deliver(candidates, form ? formToObject(new URLSearchParams(text)) : parseJson(text, maxDepth));
    } catch (error) {
      if (error instanceof PayloadProblem) throw invalid(error.reason, error.detail);
      throw error;
    }
  }

  async function receive(request: Request): Promise<CallbackDelivery<TEvent>> {
    const routes = routesFor(request.method);
    authenticate(request.headers);
    const query = new URL(request.url).search;
    // Only read a body when the method has body routes and the request has one.
    if (routes.byMediaType.size === 0 || request.body === null)
      return processCallback(routes, { method: request.method, headers: request.headers, query });
    bodyRoutes(routes, request.headers.get('content-type') ?? undefined);
    try {
      checkDeclaredLength(request.headers.get('content-length'), maxBodyBytes);
      const body = await readWebStream(request.body, maxBodyBytes);
      return processCallback(routes, { method: request.method, headers: request.headers, query, body });
    } catch (error) {
      if (error instanceof PayloadProblem) throw invalid(error.reason, error.detail);
      throw error;
    }
  }

  async function receiveNode(request: NodeCallbackRequest): Promise<CallbackDelivery<TEvent>> {
    const method = request.method ?? 'GET';
    const routes = routesFor(method);
    authenticate(request.headers);
    const url = request.originalUrl ?? request.url ?? '';
    const questionMark = url.indexOf('?');
    const query = questionMark === -1 ? '' : url.slice(questionMark);
    const base = { method, headers: request.headers, query };
    const { body } = request;
    if (typeof body === 'string' || body instanceof Uint8Array) return processCallback(routes, { ...base, body });
    // express.json()/urlencoded() leave {} when the body had another type; a GET has no body.
    if (isRecord(body) || Array.isArray(body)) {
      const empty = isRecord(body) && Object.keys(body).length === 0;
      if (!empty || routes.query.length === 0) return processCallback(routes, { ...base, parsedBody: body });
    }
    const length = headerOf(request.headers, 'content-length');
    const chunked = headerOf(request.headers, 'transfer-encoding') !== undefined;
    const hasBody = (length !== undefined && length !== '0') || chunked;
    if (!hasBody || typeof request[Symbol.asyncIterator] !== 'function' || routes.byMediaType.size === 0)
      return processCallback(routes, base);
    bodyRoutes(routes, headerOf(request.headers, 'content-type'));
    try {
      checkDeclaredLength(length, maxBodyBytes);
      const bytes = await readAsyncIterable(request as AsyncIterable<Uint8Array | string>, maxBodyBytes);
      return processCallback(routes, { ...base, body: bytes });
    } catch (error) {
      if (error instanceof PayloadProblem) throw invalid(error.reason, error.detail);
      throw error;
    }
  }

  const isRefusal = (error: unknown): error is CallbackAuthError | CallbackValidationError =>
    error instanceof CallbackAuthError || error instanceof CallbackValidationError;

  return {
    receive,
    receiveNode,
    verify,
    fetchHandler(onDelivery) {
      return async (request) => {
        let delivery: CallbackDelivery<TEvent>;
        try {
          delivery = await receive(request);
        } catch (error) {
          if (isRefusal(error)) return error.toResponse();
          throw error;
        }
        await onDelivery(delivery);
        return new Response(null, { status: 200 });
      };
    },
    nodeHandler(onDelivery, onError) {
      return async (request, response) => {
        let delivery: CallbackDelivery<TEvent>;
        try {
          delivery = await receiveNode(request);
        } catch (error) {
          if (!isRefusal(error)) throw error;
          const headers: Record<string, string> = { ...error.headers };
          // A body refused for its size may still be arriving: close rather than read it all.
          if (error instanceof CallbackValidationError && error.reason === 'too-large') headers.connection = 'close';
          const body = error instanceof CallbackValidationError ? error.message : '';
          if (body) headers['content-type'] = 'text/plain; charset=utf-8';
          response.writeHead(error.status, headers);
          response.end(body);
          return;
        }
        try {
          await onDelivery(delivery);
        } catch (error) {
          response.writeHead(500, {});
          response.end();
          if (onError) onError(error);
          else throw error;
          return;
        }
        response.writeHead(200, {});
        response.end();
      };
    },
  };
}
