// The callback routes of an API, resolved once per receiver: per method, per body media type (or
// the query string) and per event type, with each input's dedupe function and validators.
import { InvalidParameterError } from '../errors.js';
import { dedupeKeyFromPointers } from './dedupe-key.js';
import type { CompiledValidator, WebhookInput, WebhookOperation } from './types.js';

/** One way a callback arrives (an operation's body media type or query string), ready to check. */
export interface CallbackRoute {
  readonly operation: WebhookOperation;
  readonly input: WebhookInput;
  readonly dedupe: (event: unknown) => string;
  /**
   * For exact inputs (see WebhookInput.exact): the validator of each event, by its type, when the
   * alternatives' types are disjoint.
   */
  readonly byType: ReadonlyMap<string, CompiledValidator> | undefined;
  /** For an exact input with one alternative: its validator. */
  readonly single: CompiledValidator | undefined;
}

/** The routes of one candidate list (query routes, or one media type's) and the route of each event type. */
export interface CallbackRouteList {
  readonly routes: readonly CallbackRoute[];
  /** The route of each event type (the first listed wins). */
  readonly byType: ReadonlyMap<string, CallbackRoute>;
  /** Whether any alternative pins the event type field: a type none of them has is then unknown. */
  readonly typed: boolean;
}

/** Everything about one method's routes that a callback needs. */
export interface MethodRoutes {
  readonly all: readonly CallbackRoute[];
  /** Routes of query-string callbacks. */
  readonly query: CallbackRouteList | undefined;
  /** Routes of body callbacks, by lower-cased media type. */
  readonly byMediaType: ReadonlyMap<string, CallbackRouteList>;
  /** Content-Type header values seen, and the routes they select (callbacks repeat the same few). */
  readonly contentTypes: Map<string, CallbackRouteList>;
}

export interface CallbackRouteTable {
  /** The routes of a method (as sent, or upper-cased), or undefined when its callbacks never use it. */
  forMethod(method: string): MethodRoutes | undefined;
  /** The methods the callbacks use, e.g. `GET, POST`, for the 405's `Allow`. */
  readonly allowedMethods: string;
}

/** The validator per event type, when every alternative pins the type field to values no other alternative has. */
function dispatchOf(input: WebhookInput, typeField: string): Map<string, CompiledValidator> | undefined {
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
}

function routeList(routes: readonly CallbackRoute[], typeField: string): CallbackRouteList {
  const byType = new Map<string, CallbackRoute>();
  let typed = false;
  for (const route of routes)
    for (const branch of route.input.events) {
      const types = branch.constants[typeField];
      if (types !== undefined) typed = true;
      for (const type of types ?? []) if (!byType.has(type)) byType.set(type, route);
    }
  return { routes, byType, typed };
}

export function buildRouteTable(
  operations: readonly WebhookOperation[],
  typeField: string,
  fallbackKey: ((event: unknown) => string) | undefined,
): CallbackRouteTable {
  const routesByMethod = new Map<string, CallbackRoute[]>();
  for (const operation of operations) {
    for (const input of operation.inputs) {
      const dedupe = input.dedupeKey ? dedupeKeyFromPointers(input.dedupeKey) : fallbackKey;
      if (!dedupe)
        throw new InvalidParameterError({
          parameter: 'dedupeKey',
          location: 'option',
          reason: `${operation.operationId} has no x-dedupe-key in its spec and the API definition gives none`,
          value: undefined,
        });
      const single = input.exact && input.events.length === 1 ? input.events[0]!.validate : undefined;
      const list = routesByMethod.get(operation.method) ?? [];
      list.push({ operation, input, dedupe, byType: dispatchOf(input, typeField), single });
      routesByMethod.set(operation.method, list);
    }
  }
  const methods = new Map<string, MethodRoutes>();
  for (const [method, all] of routesByMethod) {
    const byMediaType = new Map<string, CallbackRoute[]>();
    for (const route of all) {
      if (route.input.in !== 'body') continue;
      const key = route.input.mediaType.toLowerCase();
      byMediaType.set(key, [...(byMediaType.get(key) ?? []), route]);
    }
    const query = all.filter((route) => route.input.in === 'query');
    methods.set(method, {
      all,
      query: query.length ? routeList(query, typeField) : undefined,
      byMediaType: new Map([...byMediaType].map(([media, routes]) => [media, routeList(routes, typeField)])),
      contentTypes: new Map(),
    });
  }
  return {
    forMethod: (method) => methods.get(method) ?? methods.get(method.toUpperCase()),
    allowedMethods: [...methods.keys()].join(', '),
  };
}

const CONTENT_TYPE_CACHE_LIMIT = 32;

/** Why no body route takes a Content-Type: what was sent, against what the callbacks use. */
export type ContentTypeMismatch = { readonly got: string; readonly expected: string };

/** The body routes for a Content-Type header value, or why there are none (cached per value). */
export function bodyRoutesFor(
  routes: MethodRoutes,
  contentType: string | undefined,
): CallbackRouteList | ContentTypeMismatch {
  const cached = contentType === undefined ? undefined : routes.contentTypes.get(contentType);
  if (cached) return cached;
  const [media = '', ...parameters] = (contentType ?? '').split(';');
  const mediaType = media.trim().toLowerCase();
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  const matching = routes.byMediaType.get(mediaType);
  if (!matching || (charset !== undefined && charset.toLowerCase() !== 'utf-8')) {
    const expected = [
      ...new Set(routes.all.filter((route) => route.input.in === 'body').map((route) => route.input.mediaType)),
    ].join(', ');
    const got =
      contentType === undefined
        ? 'no Content-Type'
        : charset !== undefined && matching
          ? `charset ${JSON.stringify(charset.slice(0, 40))}`
          : `Content-Type ${JSON.stringify(mediaType.slice(0, 80))}`;
    return { got, expected };
  }
  if (contentType !== undefined && routes.contentTypes.size < CONTENT_TYPE_CACHE_LIMIT)
    routes.contentTypes.set(contentType, matching);
  return matching;
}
