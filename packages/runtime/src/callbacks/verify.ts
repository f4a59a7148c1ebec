// The synchronous core of the receiver: method, credentials, headers and the payload in, a verified
// delivery (or a CallbackAuthError / CallbackValidationError) out. No I/O: the adapters for Web
// `Request` (fetch.ts) and node:http (node.ts) read the body and answer; this decides.
import type { CallbackAuthFailure } from './errors.js';
import { CallbackAuthError, CallbackValidationError, type CallbackValidationFailure } from './errors.js';
import { escapePointer, schemaError } from './explain.js';
import {
  checkDeclaredLength,
  checkTextSize,
  decodeUtf8,
  formToObject,
  nestsDeeperThan,
  PayloadProblem,
  parseJson,
} from './payload.js';
import {
  bodyRoutesFor,
  type CallbackRoute,
  type CallbackRouteList,
  type CallbackRouteTable,
  type MethodRoutes,
} from './routes.js';

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

/** Request headers as Web `Headers` or as node:http gives them. */
export type CallbackHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** A callback as the sync core takes it: headers plus the raw body, or the query string. */
export interface RawCallback {
  method: string;
  headers: CallbackHeaders;
  /** The query string (with or without `?`) or its parameters: what a GET callback carries. */
  query?: string | URLSearchParams | undefined;
  /** The raw body: bytes or text. */
  body?: string | Uint8Array | null | undefined;
  /** A body some middleware already parsed (Express `express.json()`/`urlencoded()`): validated as it is. */
  parsedBody?: unknown;
}

export interface CallbackCoreSettings {
  /** Used in error messages, e.g. "Bandwidth Messaging v2". */
  readonly api: string;
  readonly typeField: string;
  readonly routes: CallbackRouteTable;
  /** The credentials check; undefined when callbacks come without credentials. */
  readonly checkAuthorization: ((authorization: string | undefined) => CallbackAuthFailure | undefined) | undefined;
  /** The `WWW-Authenticate` value of every 401. */
  readonly challenge: string;
  readonly maxBodyBytes: number;
  readonly maxDepth: number;
}

/**
 * The receiver's decisions, in the order a request meets them: `admit` (method, credentials)
 * before anything is read, `admitBody` (media type, declared length) before the body is read, and
 * `parse` once the payload is at hand. `verify` is all three for a body already held.
 */
export interface CallbackCore<TEvent> {
  admit(method: string, headers: CallbackHeaders): MethodRoutes;
  /** Whether a callback of this method may carry a body (some route takes one). */
  takesBody(routes: MethodRoutes): boolean;
  /** Whether a callback without a body is a query-string callback of this method. */
  takesQuery(routes: MethodRoutes): boolean;
  admitBody(routes: MethodRoutes, headers: CallbackHeaders): void;
  /** Reads a body with `read(limit)`, turning an over-limit body into the 413. */
  readBody(read: (limit: number) => Promise<Uint8Array>): Promise<Uint8Array>;
  parse(routes: MethodRoutes, callback: RawCallback): CallbackDelivery<TEvent>;
  verify(callback: RawCallback): CallbackDelivery<TEvent>;
}

export function headerOf(headers: CallbackHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | readonly string[] | undefined>)[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function createCallbackCore<TEvent>(settings: CallbackCoreSettings): CallbackCore<TEvent> {
  const { api, typeField, routes: table, checkAuthorization, challenge, maxBodyBytes, maxDepth } = settings;

  const invalid = (
    reason: CallbackValidationFailure,
    detail: string,
    extra: { field?: string; keyword?: string; operationId?: string; headers?: Record<string, string> } = {},
  ) => new CallbackValidationError({ reason, webhookApi: api, detail, ...extra });

  /** PayloadProblems (size, encoding, JSON) become the 4xx they are. */
  function translated<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof PayloadProblem) throw invalid(error.reason, error.detail);
      throw error;
    }
  }

  function admit(method: string, headers: CallbackHeaders): MethodRoutes {
    const routes = table.forMethod(method);
    if (!routes)
      throw invalid(
        'method',
        `${method.toUpperCase()} is not a method its callbacks use (they use ${table.allowedMethods})`,
        { headers: { allow: table.allowedMethods } },
      );
    if (checkAuthorization) {
      const failure = checkAuthorization(headerOf(headers, 'authorization'));
      if (failure) throw new CallbackAuthError({ reason: failure, webhookApi: api, challenge });
    }
    return routes;
  }

  /** The routes for the body's media type; 415 when none takes it. */
  function bodyRoutes(routes: MethodRoutes, headers: CallbackHeaders): CallbackRouteList {
    const selected = bodyRoutesFor(routes, headerOf(headers, 'content-type'));
    if ('got' in selected)
      throw invalid('content-type', `${selected.got}; expected ${selected.expected || 'no body'} in UTF-8`, {
        field: 'Content-Type',
      });
    return selected;
  }

  function admitBody(routes: MethodRoutes, headers: CallbackHeaders): void {
    bodyRoutes(routes, headers);
    translated(() => checkDeclaredLength(headerOf(headers, 'content-length'), maxBodyBytes));
  }

  async function readBody(read: (limit: number) => Promise<Uint8Array>): Promise<Uint8Array> {
    try {
      return await read(maxBodyBytes);
    } catch (error) {
      if (error instanceof PayloadProblem) throw invalid(error.reason, error.detail);
      throw error;
    }
  }

  function unknownType(route: CallbackRoute | undefined, pointer: string): CallbackValidationError {
    const field = route?.input.parse === 'form' && route.input.envelope === 'object' ? typeField : pointer;
    const known = [...new Set(route?.input.events.flatMap((branch) => branch.constants[typeField] ?? []) ?? [])];
    return invalid(
      'unknown-event-type',
      `${field} is not a known event type${known.length ? ` (known: ${known.join(', ')})` : ''}`,
      { field, keyword: 'enum', operationId: route?.operation.operationId },
    );
  }

  /** The payload against the spec: per event with the alternative its type picks where that is exact, else whole. */
  function validates(route: CallbackRoute, data: unknown): boolean {
    if (!route.byType && !route.single) return route.input.validate(data);
    if (route.input.envelope === 'object') return validatesEvent(route, data);
    if (!Array.isArray(data)) return false;
    for (let index = 0; index < data.length; index++) if (!validatesEvent(route, data[index])) return false;
    return true;
  }

  function validatesEvent(route: CallbackRoute, event: unknown): boolean {
    const validator = route.single ?? (isRecord(event) ? route.byType!.get(event[typeField] as string) : undefined);
    return validator ? validator(event) : false;
  }

  /** The precise error of a payload the whole-payload validator refused: per event, with the branch its type picks. */
  function explain(route: CallbackRoute, data: unknown): CallbackValidationError {
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
      if (branch && !branch.validate(event)) return schemaError(api, route, branch.validate.errors?.[0], prefix);
    }
    input.validate(data);
    return schemaError(api, route, input.validate.errors?.[0], '');
  }

  /** Pick the route whose event types include the first event's, validate, and build the delivery. */
  function deliver(candidates: CallbackRouteList, data: unknown): CallbackDelivery<TEvent> {
    const first = Array.isArray(data) ? data[0] : data;
    const type = isRecord(first) ? first[typeField] : undefined;
    let route = typeof type === 'string' ? candidates.byType.get(type) : undefined;
    if (!route) {
      if (typeof type === 'string' && candidates.typed)
        throw unknownType(candidates.routes[0], `${Array.isArray(data) ? '/0' : ''}/${escapePointer(typeField)}`);
      route =
        candidates.routes.find((candidate) => (candidate.input.envelope === 'array') === Array.isArray(data)) ??
        candidates.routes[0]!;
    }
    if (!validates(route, data)) throw explain(route, data);
    let received: ReceivedEvent<TEvent>[];
    if (route.input.envelope === 'array') {
      const events = data as TEvent[];
      received = new Array(events.length);
      for (let index = 0; index < events.length; index++)
        received[index] = { event: events[index]!, dedupeKey: route.dedupe(events[index]!) };
    } else {
      received = [{ event: data as TEvent, dedupeKey: route.dedupe(data) }];
    }
    return { webhook: route.operation.webhook, operationId: route.operation.operationId, events: received };
  }

  function parse(routes: MethodRoutes, callback: RawCallback): CallbackDelivery<TEvent> {
    const hasBody =
      callback.parsedBody !== undefined ||
      (callback.body !== undefined && callback.body !== null && callback.body.length > 0);
    if (!hasBody && routes.query) {
      const params =
        callback.query instanceof URLSearchParams ? callback.query : new URLSearchParams(callback.query ?? '');
      return deliver(routes.query, formToObject(params));
    }
    const candidates = bodyRoutes(routes, callback.headers);
    if (callback.parsedBody !== undefined) {
      if (nestsDeeperThan(callback.parsedBody, maxDepth))
        throw invalid('too-deep', `the JSON nests deeper than ${maxDepth} levels`);
      return deliver(candidates, callback.parsedBody);
    }
    // The body is at hand: its own size is checked here (a declared Content-Length is checked before reading, in admitBody).
    const payload = translated(() => {
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
      return candidates.routes[0]!.input.parse === 'form'
        ? formToObject(new URLSearchParams(text))
        : parseJson(text, maxDepth);
    });
    return deliver(candidates, payload);
  }

  return {
    admit,
    takesBody: (routes) => routes.byMediaType.size > 0,
    takesQuery: (routes) => routes.query !== undefined,
    admitBody,
    readBody,
    parse,
    verify: (callback) => parse(admit(callback.method, callback.headers), callback),
  };
}
