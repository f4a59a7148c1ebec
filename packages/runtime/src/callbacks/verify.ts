// The synchronous core of the receiver: method, credentials, headers and the payload in, a verified
// delivery (or a CallbackAuthError / CallbackValidationError) out. No I/O: the adapters for Web
// `Request` (fetch.ts) and node:http (node.ts) read the body and answer; this decides.
import type { CallbackAuthFailure } from './errors.js';
import { CallbackAuthError, CallbackValidationError, type CallbackValidationFailure } from './errors.js';
import { schemaError } from './explain.js';
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
import type { CompiledValidator } from './types.js';

/** One received event and the key to deduplicate it by (deliveries are at least once). */
export interface ReceivedEvent<TEvent> {
  readonly event: TEvent;
  /** Stable across redeliveries of the same event; see the package README for what it is made of. */
  readonly dedupeKey: string;
}

/**
 * An event whose type (the value of the API's event type field) no documented alternative has: a
 * type the provider added after the spec was written. Accepted rather than refused, so that the
 * provider does not retry it for a day and then drop it; checked only for the fields every
 * documented event of its webhook requires.
 */
export interface UnknownReceivedEvent {
  /** The event type as sent, e.g. `message-sent` before the spec listed it. */
  readonly type: string;
  /** Its position among the callback's events (0 for single-event APIs). */
  readonly index: number;
  readonly event: Readonly<Record<string, unknown>>;
  readonly dedupeKey: string;
}

/**
 * One way a callback breaks the contract, reported instead of refused (`onContractViolation:
 * 'report'`). Names the field and the rule, never the value.
 */
export interface CallbackContractViolation {
  /** The position of the event it concerns; undefined when it is the envelope (e.g. an object where a list is documented). */
  readonly index: number | undefined;
  /** A JSON pointer into the payload (`/0/message/id`), or a query/form parameter name. */
  readonly field: string;
  /** The schema keyword that failed (`required`, `type`, `enum`, …). */
  readonly keyword: string | undefined;
  /** What is wrong, e.g. `/0/message/segmentCount must be of type integer`. */
  readonly message: string;
}

/** One callback request, verified and validated. */
export interface CallbackDelivery<TEvent> {
  /** The spec's webhook name, e.g. `statusCallback`. */
  readonly webhook: string;
  readonly operationId: string;
  /**
   * The events of documented types it carried, in order (one for single-event APIs). With
   * `onContractViolation: 'report'`, an event named in `violations` may not match its type.
   */
  readonly events: readonly ReceivedEvent<TEvent>[];
  /** The events of types the spec does not document (see UnknownReceivedEvent); usually empty. */
  readonly unknownEvents: readonly UnknownReceivedEvent[];
  /** Empty unless `onContractViolation: 'report'` accepted a callback that breaks the contract. */
  readonly violations: readonly CallbackContractViolation[];
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
  /** `refuse` (400) or `report` (accept, listing the violations) a payload that breaks the schema. */
  readonly onContractViolation: 'refuse' | 'report';
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

const NONE: readonly never[] = Object.freeze([]);

/**
 * The top-level fields a compiled validator requires, learnt by asking it: starting from the
 * alternative's pinned values, each refusal that is a lone top-level `required` names one more,
 * which is then filled in. It stops at the first refusal of any other kind, so it may find fewer
 * fields than the schema requires, never more (a `required` inside a oneOf/anyOf comes with the
 * combinator's own error, never alone). The generated descriptions carry validators, not schemas.
 */
function requiredFieldsOf(
  validate: CompiledValidator,
  constants: Readonly<Record<string, readonly string[]>>,
): Set<string> {
  const probe: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(constants)) probe[name] = values[0];
  const found = new Set<string>();
  for (let step = 0; step < 256 && !validate(probe); step++) {
    const errors = validate.errors;
    const error = errors?.length === 1 ? errors[0] : undefined;
    const name = error?.params.missingProperty;
    if (error?.keyword !== 'required' || error.instancePath !== '' || typeof name !== 'string') break;
    if (Object.hasOwn(probe, name)) break;
    found.add(name);
    probe[name] = null;
  }
  // The pinned fields themselves: required when the validator refuses the probe without them.
  for (const name of Object.keys(constants)) {
    const { [name]: _pinned, ...without } = probe;
    validate(without);
    const error = validate.errors?.length === 1 ? validate.errors[0] : undefined;
    if (error?.keyword === 'required' && error.instancePath === '' && error.params.missingProperty === name)
      found.add(name);
  }
  return found;
}

export function createCallbackCore<TEvent>(settings: CallbackCoreSettings): CallbackCore<TEvent> {
  const {
    api,
    typeField,
    routes: table,
    checkAuthorization,
    challenge,
    maxBodyBytes,
    maxDepth,
    onContractViolation,
  } = settings;
  const commonRequired = new WeakMap<CallbackRoute, readonly string[]>();
  /** The fields every alternative of a route requires, learnt once from its validators (see requiredFieldsOf). */
  const commonRequiredFields = (route: CallbackRoute): readonly string[] => {
    let fields = commonRequired.get(route);
    if (!fields) {
      const [first, ...others] = route.input.events.map((branch) =>
        requiredFieldsOf(branch.validate, branch.constants),
      );
      fields = [...(first ?? [])].filter((field) => others.every((set) => set.has(field)));
      commonRequired.set(route, fields);
    }
    return fields;
  };

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

  /**
   * The route of a payload: that of the first event whose type is documented; failing that, the
   * route of its envelope whose common required fields the first event has, the most of them (a
   * new event type most likely belongs to the webhook it resembles; where several fit equally, the
   * first listed: a guess).
   */
  function routeOf(candidates: CallbackRouteList, data: unknown): CallbackRoute {
    const list = Array.isArray(data) ? data : [data];
    for (let index = 0; index < list.length; index++) {
      const item = list[index];
      const type = isRecord(item) ? item[typeField] : undefined;
      const route = typeof type === 'string' ? candidates.byType.get(type) : undefined;
      if (route) return route;
    }
    const sameEnvelope = candidates.routes.filter(
      (candidate) => (candidate.input.envelope === 'array') === Array.isArray(data),
    );
    const pool = sameEnvelope.length > 0 ? sameEnvelope : candidates.routes;
    const first = list.find(isRecord);
    if (!first || pool.length === 1) return pool[0]!;
    // The route that requires most of what the event has, all of it present.
    let best = pool[0]!;
    let bestCount = -1;
    for (const route of pool) {
      const fields = commonRequiredFields(route);
      if (fields.every((field) => Object.hasOwn(first, field)) && fields.length > bestCount) {
        best = route;
        bestCount = fields.length;
      }
    }
    return best;
  }

  /** The alternative an event's type picks: in its route, else in another route of the same media type (a mixed batch). */
  function branchOf(route: CallbackRoute, candidates: CallbackRouteList, type: unknown) {
    if (typeof type !== 'string') return undefined;
    const own = route.input.events.find((branch) => branch.constants[typeField]?.includes(type));
    if (own) return own;
    return candidates.byType.get(type)?.input.events.find((branch) => branch.constants[typeField]?.includes(type));
  }

  /**
   * Validate event by event, sorting them into documented and unknown types. Strict: the first
   * problem is thrown, as the precise error. Report: every problem is listed and the events kept.
   */
  function deliverChecked(
    route: CallbackRoute,
    candidates: CallbackRouteList,
    data: unknown,
  ): CallbackDelivery<TEvent> {
    const { input } = route;
    const report = onContractViolation === 'report';
    const violations: CallbackContractViolation[] = [];
    const problem = (error: CallbackValidationError, index: number | undefined): void => {
      if (!report) throw error;
      violations.push({ index, field: error.field ?? '', keyword: error.keyword, message: error.message });
    };
    const isList = Array.isArray(data);
    // The envelope: a list where one event is documented, or one event where a list is, is a violation.
    if ((input.envelope === 'array') !== isList) {
      const listOfRecords = isList && data.length > 0 && data.every(isRecord);
      if (!report || !(isRecord(data) || listOfRecords)) throw explainWhole(route, data);
      problem(
        schemaError(api, route, { instancePath: '', keyword: 'type', params: { type: input.envelope } }, ''),
        undefined,
      );
    }
    const list: unknown[] = isList ? data : [data];
    const prefixOf = (index: number) => (isList ? `/${index}` : '');
    const typed = input.events.some((branch) => branch.constants[typeField] !== undefined);
    const known: ReceivedEvent<TEvent>[] = [];
    const unknown: UnknownReceivedEvent[] = [];
    // Whether an event's type belongs to another route of this media type (a mixed batch).
    let foreign = false;
    for (let index = 0; index < list.length; index++) {
      const event = list[index];
      const prefix = prefixOf(index);
      if (!isRecord(event)) {
        // Not an event at all: nothing to hand over.
        const validator = input.events[0]?.validate ?? input.validate;
        validator(event);
        problem(schemaError(api, route, validator.errors?.[0], prefix), index);
        continue;
      }
      const type = event[typeField];
      let branch = branchOf(route, candidates, type);
      if (!branch && typed && typeof type === 'string') {
        for (const missing of commonRequiredFields(route))
          if (!Object.hasOwn(event, missing))
            problem(
              schemaError(
                api,
                route,
                { instancePath: '', keyword: 'required', params: { missingProperty: missing } },
                prefix,
              ),
              index,
            );
        unknown.push({ type, index, event, dedupeKey: route.dedupe(event) });
        continue;
      }
      branch ??= input.events.length === 1 ? input.events[0] : undefined;
      if (branch && !branch.validate(event))
        problem(schemaError(api, route, branch.validate.errors?.[0], prefix), index);
      if (branch && !route.input.events.includes(branch)) foreign = true;
      known.push({ event: event as TEvent, dedupeKey: route.dedupe(event) });
    }
    // What the per-event checks cannot see (the envelope's own rules, such as minItems, or those of
    // a non-exact input) on a payload of documented events of this route alone.
    if (violations.length === 0 && unknown.length === 0 && !foreign && (input.envelope === 'array') === isList)
      if (!input.validate(data)) problem(explainWhole(route, data), undefined);
    return {
      webhook: route.operation.webhook,
      operationId: route.operation.operationId,
      events: known,
      unknownEvents: unknown,
      violations,
    };
  }

  /** The error of a payload as a whole (its envelope), from the whole-payload validator. */
  function explainWhole(route: CallbackRoute, data: unknown): CallbackValidationError {
    route.input.validate(data);
    return schemaError(api, route, route.input.validate.errors?.[0], '');
  }

  /** Route, validate, and build the delivery: at once when the payload is valid, else event by event. */
  function deliver(candidates: CallbackRouteList, data: unknown): CallbackDelivery<TEvent> {
    const route = routeOf(candidates, data);
    if (!validates(route, data)) return deliverChecked(route, candidates, data);
    let received: ReceivedEvent<TEvent>[];
    if (route.input.envelope === 'array') {
      const events = data as TEvent[];
      received = new Array(events.length);
      for (let index = 0; index < events.length; index++)
        received[index] = { event: events[index]!, dedupeKey: route.dedupe(events[index]!) };
    } else {
      received = [{ event: data as TEvent, dedupeKey: route.dedupe(data) }];
    }
    return {
      webhook: route.operation.webhook,
      operationId: route.operation.operationId,
      events: received,
      unknownEvents: NONE,
      violations: NONE,
    };
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
