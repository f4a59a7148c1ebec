// One sandbox = one API on one port: a node:http server that puts Prism's validation in front of
// the API folder's stateful behaviour (or Prism's examples in stateless mode), validates every
// answer against the spec, and never lets a request crash the process.
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  ApiBehaviour,
  BehaviourContext,
  BehaviourSettings,
  BoundedStore,
  Credentials,
  ForcedCarrierFailure,
  InboundInjection,
  SandboxError,
  SandboxErrorKind,
  SandboxResponse,
  ValidatedRequest,
  Violation,
} from './api-behaviour.js';
import { DeliveryEngine, type DeliveryOptions, type DeliveryRecord } from './callbacks.js';
import { VirtualClock } from './clock.js';
import { ControlError, SandboxStartError, STATUS_OF } from './errors.js';
import {
  accepts,
  basicCredentials,
  BodyError,
  flattenHeaders,
  isJsonMediaType,
  parseFormBody,
  parseJsonBody,
  parseMediaType,
  parseQuery,
  readBody,
  safeDecode,
} from './http.js';
import * as prism from './prism.js';
import { DEFAULT_STORE_CAPACITY, FifoStore } from './store.js';
import { foldSlashes, slashedTemplates } from './slashed-paths.js';
import { WebhookValidator } from './webhooks.js';

/** Every path under this prefix belongs to the control API; no API path may start with it. */
export const CONTROL_PREFIX = '/__sandbox';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_JSON_DEPTH = 64;
const VIOLATIONS_HEADER = 'x-sandbox-violations';

export interface SandboxOptions {
  /** The API's name, e.g. "bandwidth-messaging-v2" (see `apis` of @messaging-contracts/specs). */
  api: string;
  /** Port on `host`; 0 (the default) picks a free one. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Serve Prism's examples only (no state, no callbacks), like `prism mock`. */
  stateless?: boolean;
  /** Accept only these Basic credentials ("user:pass" or an object); by default any are accepted. */
  credentials?: Credentials | string;
  /** The spec: a file path (YAML/JSON, multi-file $refs allowed) or a bundled document. Default: the bundled spec of @messaging-contracts/specs. */
  spec?: string | object;
  /** State-transition delays in ms, overriding the API's defaults (keys per API README). */
  delays?: Record<string, number>;
  /** Callback targets configured outside requests (Bandwidth v2: the application's callback URLs). */
  callbacks?: { statusUrl?: string; inboundUrl?: string; credentials?: Credentials | string };
  /** Delivery engine switches: retries, timeouts, duplicates, out-of-order. */
  delivery?: Partial<DeliveryOptions>;
  /** Records kept per store (messages, …) before the oldest is evicted. Default 100,000. */
  storeCapacity?: number;
  /** Largest request body accepted (413 beyond). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Deepest JSON nesting accepted (400 beyond). Default 64. */
  maxJsonDepth?: number;
  /** API-specific options, documented in the API's README section. */
  options?: Record<string, unknown>;
  /** Where log lines go (spec violations, failed callbacks, internal errors). Default: stderr; false: nowhere. */
  log?: ((line: string) => void) | false;
  /** Replace the API folder's behaviour (for testing a behaviour under development). */
  behaviour?: ApiBehaviour;
}

/** A forced next answer of an operation (control API). */
export type ForcedAnswer =
  | { operationId: string; status: 429; retryAfterSeconds?: number; times?: number }
  | { operationId: string; status: 500 | 502 | 503 | 504; times?: number }
  | { operationId: string; carrierFailure: ForcedCarrierFailure; times?: number };

export interface SandboxControl {
  /** Empties every store, the delivery log and forced answers; drops timers; returns to real time. */
  reset(): void;
  /** Injects an inbound message (stateful mode only); resolves to the stored record. */
  injectInbound(message: InboundInjection): unknown;
  /** Forces the next `times` (default 1) answers of an operation. */
  force(answer: ForcedAnswer): void;
  /** Drops all forced answers not yet used. */
  clearForced(): void;
  readonly clock: {
    now(): number;
    readonly frozen: boolean;
    freeze(): void;
    unfreeze(): void;
    /** Moves time forward, running every state change that falls due. */
    advance(ms: number): void;
  };
  /** Every callback delivery so far (bounded log), with each attempt's outcome. */
  deliveries(): DeliveryRecord[];
  /** Waits until no callback is queued or in flight (default up to 10 s), then returns the log. */
  settleDeliveries(timeoutMs?: number): Promise<DeliveryRecord[]>;
  /** Changes delivery switches (duplicates, outOfOrder, maxAttempts, …) from now on. */
  configureDelivery(options: Partial<DeliveryOptions>): DeliveryOptions;
}

export interface Sandbox {
  readonly api: string;
  /** e.g. http://127.0.0.1:4010 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly stateless: boolean;
  readonly control: SandboxControl;
  /** Closes the server, cancels timers and deliveries; resolves when nothing is left listening. */
  stop(): Promise<void>;
}

interface ForcedEntry {
  answer: ForcedAnswer;
  remaining: number;
}

/** Loads src/apis/<api>/index.js, or undefined when the API has no folder yet. */
async function loadBehaviour(api: string): Promise<ApiBehaviour | undefined> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(api)) return undefined;
  const url = new URL(`../apis/${api}/index.js`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return undefined;
  // A folder that exists but fails to load is a bug to surface, not a reason to go stateless.
  const module = (await import(url.href)) as { default?: ApiBehaviour };
  if (!module.default || typeof module.default.errorResponse !== 'function')
    throw new SandboxStartError(`src/apis/${api}/index.ts must export default an ApiBehaviour`, 'SPEC');
  return module.default;
}

/** The bundled spec shipped in @messaging-contracts/specs. */
async function bundledSpec(api: string): Promise<object> {
  const specs = (await import('@messaging-contracts/specs')) as {
    apis: ReadonlyArray<{ name: string }>;
    specPath(api: string, format: 'json'): string;
  };
  if (!specs.apis.some((entry) => entry.name === api)) {
    throw new SandboxStartError(
      `Unknown API "${api}"; the sandbox knows ${specs.apis.map((entry) => entry.name).join(', ')}.`,
      'UNKNOWN_API',
    );
  }
  return JSON.parse(await readFile(specs.specPath(api, 'json'), 'utf8')) as object;
}

async function loadDocument(spec: string | object | undefined, api: string): Promise<object> {
  if (spec === undefined) return bundledSpec(api);
  if (typeof spec === 'object') return spec;
  // A path: let Prism's resolver follow multi-file $refs, then read the webhooks from the same result.
  const { default: RefParser } = await import('@stoplight/json-schema-ref-parser');
  return (await new RefParser().bundle(spec)) as object;
}

function toCredentials(value: Credentials | string | undefined, what: string): Credentials | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const colon = value.indexOf(':');
  if (colon <= 0) throw new SandboxStartError(`${what} must look like user:password`, 'BAD_OPTION');
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // Compare equal-length buffers so the time does not depend on where they differ.
  return timingSafeEqual(left.length === right.length ? left : right, right) && left.length === right.length;
}

/** Start one API's sandbox; resolves once it answers HTTP. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const { api } = options;
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new SandboxStartError(`port must be an integer from 0 to 65535, not ${port}`, 'BAD_OPTION');
  const stateless = options.stateless === true;
  const log =
    options.log === false
      ? () => undefined
      : (options.log ?? ((line: string) => void process.stderr.write(`[sandbox] ${line}\n`)));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxJsonDepth = options.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH;
  const requiredCredentials = toCredentials(options.credentials, 'credentials');
  const storeCapacity = options.storeCapacity ?? DEFAULT_STORE_CAPACITY;

  let document: object;
  let operations: prism.PrismOperation[];
  try {
    document = await loadDocument(options.spec, api);
    operations = await prism.loadOperations(document);
  } catch (error) {
    if (error instanceof SandboxStartError) throw error;
    throw new SandboxStartError(`The spec of ${api} could not be loaded: ${(error as Error).message}`, 'SPEC');
  }
  // Also serve each path under the path of the spec's server URLs (v1 `/v1`, v2 `/api/v2`), so a
  // Location or messageUri resolved the provider's way can be fetched from the sandbox.
  const serverPrefixes = [
    ...new Set(
      ((document as { servers?: Array<{ url?: unknown }> }).servers ?? []).flatMap((server) => {
        try {
          const path = new URL(String(server.url)).pathname.replace(/\/+$/, '');
          return path ? [path] : [];
        } catch {
          return [];
        }
      }),
    ),
  ].sort((a, b) => b.length - a.length);
  const slashed = slashedTemplates(document);
  const collision = operations.find((operation) => operation.path.startsWith(CONTROL_PREFIX));
  if (collision)
    throw new SandboxStartError(
      `${api} has a path ${collision.path} under the sandbox's reserved ${CONTROL_PREFIX}/`,
      'SPEC',
    );

  // Loaded in stateless mode too: its error mapper names violations in the API's shape either way.
  const behaviour = options.behaviour ?? (await loadBehaviour(api));
  if (behaviour && behaviour.api !== api)
    throw new SandboxStartError(`The behaviour loaded for ${api} says it is for ${behaviour.api}`, 'SPEC');
  if (!stateless && !behaviour)
    log(`${api}: no stateful behaviour yet (src/apis/${api}/); answering with Prism's examples`);

  const webhooks = new WebhookValidator(document);
  const clock = new VirtualClock((error) =>
    log(`${api}: a scheduled state change failed: ${(error as Error)?.message ?? String(error)}`),
  );
  const engine = new DeliveryEngine(webhooks, options.delivery ?? {}, log);
  const stores = new Map<string, FifoStore<unknown>>();
  let sequence = 0;
  let forced: ForcedEntry[] = [];

  const settings: BehaviourSettings = {
    delays: { ...(behaviour?.defaultDelays ?? {}), ...(options.delays ?? {}) },
    callbacks: {
      statusUrl: options.callbacks?.statusUrl,
      inboundUrl: options.callbacks?.inboundUrl ?? options.callbacks?.statusUrl,
      credentials: toCredentials(options.callbacks?.credentials, 'callbacks.credentials'),
    },
    options: options.options ?? {},
  };
  const context: BehaviourContext = {
    clock,
    callbacks: engine,
    settings,
    store<T>(name: string): BoundedStore<T> {
      let store = stores.get(name);
      if (!store) stores.set(name, (store = new FifoStore<unknown>(storeCapacity)));
      return store as FifoStore<T>;
    },
    nextSequence: () => ++sequence,
    log,
    // Known once the server listens (below); an injected inbound message has no request to take it from.
    get baseUrl() {
      return sandboxUrl || undefined;
    },
  };

  // ------------------------------------------------------------------------------------------
  // Shaping errors: the API folder's mapper, or (until an API has a folder) Prism's documented
  // example of that status, so the body is at least in the documented shape.

  function errorResponse(
    error: SandboxError,
    operation: prism.PrismOperation | undefined,
    _input?: prism.PrismInput,
  ): SandboxResponse {
    let response: SandboxResponse | undefined;
    if (behaviour) {
      try {
        response = behaviour.errorResponse(error);
      } catch (mapperError) {
        log(`${api}: the error mapper threw: ${(mapperError as Error)?.message}`);
      }
    } else {
      response = documentedExample(error, operation);
    }
    response ??= {
      status: error.status,
      headers: { 'content-type': 'application/json' },
      body: { error: error.kind, message: error.message, violations: error.violations },
    };
    const headers: Record<string, string> = { ...response.headers };
    if (error.kind === 'rate-limited' && error.retryAfterSeconds !== undefined && !hasHeader(headers, 'retry-after'))
      headers['retry-after'] = String(error.retryAfterSeconds);
    if (error.kind === 'unauthorized' && !hasHeader(headers, 'www-authenticate'))
      headers['www-authenticate'] = 'Basic realm="messaging-sandbox"';
    return { ...response, headers };
  }

  /**
   * The default error shape, for an API without a folder: Prism's documented example of the
   * status (or of the nearest documented 4xx/5xx of the operation, or of any operation), with the
   * actual violation in the x-sandbox-violations header only. An API folder does better.
   */
  function documentedExample(
    error: SandboxError,
    operation: prism.PrismOperation | undefined,
  ): SandboxResponse | undefined {
    const candidates = operation ? [operation, ...operations] : operations;
    const wanted = [String(error.status), error.status >= 500 ? '500' : '400'];
    for (const code of wanted) {
      for (const candidate of candidates) {
        if (!candidate.responses.some((response) => response.code === code)) continue;
        const example = prism.mock(
          candidate,
          { method: candidate.method, url: { path: candidate.path, query: {} }, headers: {} },
          { code: Number(code) },
        );
        if (example.ok) return { status: error.status, headers: example.output.headers, body: example.output.body };
      }
    }
    return undefined;
  }

  const makeError = (
    kind: SandboxErrorKind,
    message: string,
    extra: Partial<Pick<SandboxError, 'violations' | 'operationId' | 'status' | 'retryAfterSeconds'>> = {},
  ): SandboxError => ({
    kind,
    status: extra.status ?? STATUS_OF[kind],
    operationId: extra.operationId,
    violations: extra.violations ?? [],
    message,
    at: clock.now(),
    ...(extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
  });

  // ------------------------------------------------------------------------------------------
  // The API request pipeline.

  async function answerApi(
    request: IncomingMessage,
    requestPath: string,
    search: string,
  ): Promise<{ response: SandboxResponse; violations: string[]; operationId?: string }> {
    // `x-allowSlashes` parameters: `/` inside the value travels as `%2F` from here on (see slashed-paths.ts).
    const rawPath = foldSlashes(slashed, requestPath);
    const headers = flattenHeaders(request.headers);
    const method = (request.method ?? 'GET').toLowerCase();
    const query = parseQuery(search);
    const violations: string[] = [];

    // A malformed percent-escape must be answered, not thrown (Prism's router would throw URIError).
    const segments = rawPath.split('/');
    const badSegment = segments.findIndex((segment) => safeDecode(segment) === undefined);
    const routablePath =
      badSegment < 0
        ? rawPath
        : segments.map((segment, index) => (index === badSegment ? 'invalid' : segment)).join('/');
    const routeInput: prism.PrismInput = { method, url: { path: routablePath, query }, headers };
    const routed = prism.route(operations, routeInput);
    if (!routed.ok) {
      const kind = routed.status === 405 ? 'method-not-allowed' : 'not-found';
      return { response: errorResponse(makeError(kind, routed.message), undefined, undefined), violations };
    }
    const operation = routed.operation;
    const operationId = operation.iid ?? operation.id;
    const fail = (error: SandboxError, input?: prism.PrismInput) => ({
      response: errorResponse(error, operation, input ?? routeInput),
      violations,
      operationId,
    });

    if (badSegment >= 0) {
      const template = operation.path.split('/')[badSegment] ?? '';
      const field = /^\{(.+)\}$/.exec(template)?.[1] ?? template;
      return fail(
        makeError('bad-request', `The path parameter ${field} is not valid percent-encoded UTF-8.`, {
          operationId,
          violations: [{ location: 'path', field, message: 'is not valid percent-encoded UTF-8' }],
        }),
      );
    }

    // Credentials: Prism checks that the documented scheme is present; the sandbox checks values when configured.
    const security = prism.securityViolations(operation, routeInput);
    const sentCredentials = basicCredentials(headers.authorization);
    if (security.length) return fail(makeError('unauthorized', 'Credentials are missing.', { operationId }));
    if (
      requiredCredentials &&
      !(
        sentCredentials &&
        sameSecret(sentCredentials.username, requiredCredentials.username) &&
        sameSecret(sentCredentials.password, requiredCredentials.password)
      )
    ) {
      return fail(
        makeError('unauthorized', 'The credentials are not the ones this sandbox was started with.', { operationId }),
      );
    }

    // The body: capped, content type checked, JSON nesting bounded.
    let bodyText = '';
    let bodyBytes: Buffer = Buffer.alloc(0);
    let body: unknown;
    let prismBody: unknown;
    let mediaType: string | undefined;
    try {
      // A body on GET/HEAD carries no meaning here (and none of the specs defines one): read and ignore it.
      const bytes = (bodyBytes =
        method === 'get' || method === 'head'
          ? await drain(request, maxBodyBytes).then(() => Buffer.alloc(0))
          : await readBody(request, maxBodyBytes));
      bodyText = bytes.toString('utf8');
      if (bytes.length > 0) {
        const parsed = parseMediaType(headers['content-type']);
        if (!parsed)
          throw new BodyError(
            'unsupported-media-type',
            headers['content-type'] === undefined
              ? 'The request has a body but no Content-Type.'
              : 'The Content-Type header is not a media type.',
          );
        mediaType = parsed.type;
        if (isJsonMediaType(parsed.type)) prismBody = body = parseJsonBody(bodyText, maxJsonDepth);
        else if (parsed.type === 'application/x-www-form-urlencoded') {
          body = parseFormBody(bodyText);
          prismBody = bodyText;
        } else prismBody = body = bodyText;
      }
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      const location = error.kind === 'unsupported-media-type' ? 'header' : 'body';
      return fail(
        makeError(error.kind, error.message, {
          operationId,
          violations: [{ location, field: location === 'header' ? 'Content-Type' : '', message: error.message }],
        }),
      );
    }
    const input: prism.PrismInput = {
      method,
      url: { path: rawPath, query },
      headers: { ...headers, 'content-length': String(Buffer.byteLength(bodyText)) },
      ...(prismBody !== undefined ? { body: prismBody } : {}),
    };
    if (!mediaType) delete input.headers['content-type'];

    // A forced answer replaces the next answer of this operation.
    const forcedEntry = forced.find((entry) => entry.answer.operationId === operationId);
    let forcedFailure: ForcedCarrierFailure | undefined;
    if (forcedEntry) {
      forcedEntry.remaining--;
      if (forcedEntry.remaining <= 0) forced = forced.filter((entry) => entry !== forcedEntry);
      const answer = forcedEntry.answer;
      if ('carrierFailure' in answer) forcedFailure = answer.carrierFailure;
      else if (answer.status === 429)
        return fail(
          makeError('rate-limited', 'Rate limit exceeded (forced through the sandbox control API).', {
            operationId,
            retryAfterSeconds: answer.retryAfterSeconds ?? 1,
          }),
          input,
        );
      else
        return fail(
          makeError('server-error', `A ${answer.status} forced through the sandbox control API.`, {
            operationId,
            status: answer.status,
          }),
          input,
        );
    }

    let diagnostics: prism.Diagnostic[];
    try {
      diagnostics = prism.inputViolations(operation, input);
    } catch (error) {
      // Prism's own decoders can still throw on hostile input (e.g. URIError in a form body).
      if (!(error instanceof URIError)) throw error;
      diagnostics = [{ path: ['body'], message: 'contains a malformed percent-escape', severity: 0 }];
    }
    const unsupported = diagnostics.find((diagnostic) => diagnostic.code === 415);
    if (unsupported)
      return fail(
        makeError('unsupported-media-type', unsupported.message, {
          operationId,
          violations: [{ location: 'header', field: 'Content-Type', message: unsupported.message }],
        }),
        input,
      );
    if (diagnostics.length) {
      const found: Violation[] = diagnostics.map((diagnostic) => prism.toViolation(operation, diagnostic));
      return fail(
        makeError(
          'bad-request',
          found.map((violation) => `${violation.field || violation.location} ${violation.message}`).join('; '),
          { operationId, violations: found },
        ),
        input,
      );
    }

    // The answer: a forced or preferred example, the stateful behaviour, or Prism's example.
    const prefer = parsePrefer(headers.prefer);
    const handler =
      stateless || prefer.code !== undefined || prefer.exampleKey !== undefined
        ? undefined
        : behaviour?.operations[operationId];
    let response: SandboxResponse | undefined;
    if (handler) {
      const produced = operation.responses.flatMap(
        (candidate) => candidate.contents?.map((content) => content.mediaType) ?? [],
      );
      if (produced.length && !produced.some((type) => accepts(headers.accept, type))) {
        return fail(
          makeError(
            'not-acceptable',
            `This operation answers ${[...new Set(produced)].join(', ')}, which the Accept header excludes.`,
            {
              operationId,
              violations: [
                { location: 'header', field: 'Accept', message: 'admits no media type this operation produces' },
              ],
            },
          ),
          input,
        );
      }
      const validated: ValidatedRequest = {
        operationId,
        method: method as ValidatedRequest['method'],
        path: safeDecode(rawPath) ?? rawPath,
        pathParams: pathParameters(operation.path, rawPath),
        query,
        headers,
        body,
        mediaType,
        ...(bodyBytes.length > 0 ? { rawBody: new Uint8Array(bodyBytes) } : {}),
        credentials: sentCredentials,
        baseUrl: sandboxUrl,
        forcedFailure,
      };
      response = await handler(validated, context);
    }
    if (!response) {
      const mediaTypes =
        headers.accept && headers.accept.trim() !== '*/*'
          ? headers.accept
              .split(',')
              .map((range) => range.split(';')[0]!.trim())
              .filter(Boolean)
          : undefined;
      const example = prism.mock(operation, input, { ...prefer, ...(mediaTypes ? { mediaTypes } : {}) });
      if (example.ok)
        response = { status: example.output.statusCode, headers: example.output.headers, body: example.output.body };
      else if (example.status === 406)
        return fail(
          makeError('not-acceptable', example.message, {
            operationId,
            violations: [{ location: 'header', field: 'Accept', message: example.message }],
          }),
          input,
        );
      else
        return fail(
          makeError('bad-request', example.message, {
            operationId,
            violations: [{ location: 'header', field: 'Prefer', message: example.message }],
          }),
          input,
        );
    }
    return { response, violations, operationId };
  }

  function checkResponse(operationId: string | undefined, response: SandboxResponse, violations: string[]) {
    const operation = operationId
      ? operations.find((candidate) => (candidate.iid ?? candidate.id) === operationId)
      : undefined;
    if (!operation) return;
    const headers = lowerCaseHeaders(response.headers);
    if (response.body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    // A binary body (a file) is checked as the text Prism itself reads a request body as; a
    // `type: string` schema would otherwise reject its bytes.
    const body = response.body instanceof Uint8Array ? Buffer.from(response.body).toString('utf8') : response.body;
    for (const diagnostic of prism.outputViolations(operation, { statusCode: response.status, headers, body })) {
      violations.push(prism.describeDiagnostic('response', diagnostic));
    }
  }

  // ------------------------------------------------------------------------------------------
  // The control API.

  const control: SandboxControl = {
    reset() {
      // Cleared in place: an API folder may hold on to a store it got from context.store().
      for (const store of stores.values()) store.clear();
      forced = [];
      clock.reset();
      engine.reset();
    },
    injectInbound(message) {
      if (stateless || !behaviour)
        throw new ControlError(
          stateless
            ? 'Inbound messages need the stateful mode (started with --stateless).'
            : `${api} has no stateful behaviour yet.`,
        );
      try {
        return behaviour.injectInbound(message, context);
      } catch (error) {
        if (error instanceof TypeError) throw new ControlError(error.message);
        throw error;
      }
    },
    force(answer) {
      if (!answer || typeof answer !== 'object' || typeof answer.operationId !== 'string')
        throw new ControlError('force needs an operationId');
      if (!operations.some((operation) => (operation.iid ?? operation.id) === answer.operationId)) {
        throw new ControlError(
          `${api} has no operation ${answer.operationId}; it has ${operations.map((operation) => operation.iid ?? operation.id).join(', ')}`,
        );
      }
      const times = answer.times ?? 1;
      if (!Number.isInteger(times) || times < 1) throw new ControlError('times must be a positive integer');
      if ('carrierFailure' in answer) {
        if (
          !answer.carrierFailure ||
          (typeof answer.carrierFailure.errorCode !== 'number' && typeof answer.carrierFailure.errorCode !== 'string')
        )
          throw new ControlError('carrierFailure needs an errorCode');
      } else if (![429, 500, 502, 503, 504].includes((answer as { status?: number }).status ?? 0)) {
        throw new ControlError('status must be 429, 500, 502, 503 or 504 (or give carrierFailure)');
      } else if (
        'retryAfterSeconds' in answer &&
        answer.retryAfterSeconds !== undefined &&
        !(Number.isInteger(answer.retryAfterSeconds) && answer.retryAfterSeconds >= 0)
      ) {
        throw new ControlError('retryAfterSeconds must be a non-negative integer');
      }
      forced.push({ answer, remaining: times });
    },
    clearForced() {
      forced = [];
    },
    clock: {
      now: () => clock.now(),
      get frozen() {
        return clock.frozen;
      },
      freeze: () => clock.freeze(),
      unfreeze: () => clock.unfreeze(),
      advance: (ms: number) => {
        if (!Number.isFinite(ms) || ms < 0)
          throw new ControlError('advance needs a non-negative number of milliseconds');
        clock.advance(ms);
      },
    },
    deliveries: () => engine.deliveries(),
    async settleDeliveries(timeoutMs = 10_000) {
      // State changes already due (e.g. a 0 ms callback delay) queue their callbacks first.
      clock.advance(0);
      await engine.whenIdle(timeoutMs);
      return engine.deliveries();
    },
    configureDelivery(changes) {
      const next = { ...engine.options, ...changes };
      if (!Number.isInteger(next.maxAttempts) || next.maxAttempts < 1 || next.maxAttempts > 20)
        throw new ControlError('maxAttempts must be an integer from 1 to 20');
      if (!Number.isFinite(next.timeoutMs) || next.timeoutMs <= 0 || next.timeoutMs > 60_000)
        throw new ControlError('timeoutMs must be from 1 to 60000');
      if (
        !Array.isArray(next.retryDelaysMs) ||
        next.retryDelaysMs.some((delay) => !Number.isFinite(delay) || delay < 0 || delay > 60_000)
      )
        throw new ControlError('retryDelaysMs must be numbers from 0 to 60000');
      engine.options = { ...next, duplicates: next.duplicates === true, outOfOrder: next.outOfOrder === true };
      return { ...engine.options };
    },
  };

  async function answerControl(
    request: IncomingMessage,
    path: string,
    search: string,
  ): Promise<{ status: number; body?: unknown }> {
    const method = request.method ?? 'GET';
    const input =
      method === 'POST' || method === 'PATCH' || method === 'PUT'
        ? await readControlBody(request)
        : await drain(request, 64 * 1024).then(() => undefined);
    const route = `${method} ${path.replace(/\/+$/, '')}`;
    switch (route) {
      case `GET ${CONTROL_PREFIX}`:
      case `GET ${CONTROL_PREFIX}/health`:
        return {
          status: 200,
          body: {
            api,
            mode: stateless ? 'stateless' : 'stateful',
            behaviour: behaviour !== undefined,
            now: new Date(clock.now()).toISOString(),
            frozen: clock.frozen,
            delays: settings.delays,
            delivery: engine.options,
            storeCapacity,
            stores: Object.fromEntries(
              [...stores].map(([name, store]) => [name, { size: store.size, evicted: store.evicted }]),
            ),
            webhooks: webhooks.names,
            operations: operations.map((operation) => operation.iid ?? operation.id),
          },
        };
      case `POST ${CONTROL_PREFIX}/reset`:
        control.reset();
        return { status: 204 };
      case `POST ${CONTROL_PREFIX}/inbound`:
        return { status: 201, body: control.injectInbound(input as InboundInjection) };
      case `POST ${CONTROL_PREFIX}/force`:
        control.force(input as ForcedAnswer);
        return { status: 204 };
      case `DELETE ${CONTROL_PREFIX}/force`:
        control.clearForced();
        return { status: 204 };
      case `GET ${CONTROL_PREFIX}/clock`:
        return { status: 200, body: clockState() };
      case `POST ${CONTROL_PREFIX}/clock`: {
        const change = (input ?? {}) as { freeze?: unknown; advanceMs?: unknown };
        if (change.freeze === true) control.clock.freeze();
        if (change.freeze === false) control.clock.unfreeze();
        if (change.advanceMs !== undefined) control.clock.advance(Number(change.advanceMs));
        return { status: 200, body: clockState() };
      }
      case `GET ${CONTROL_PREFIX}/deliveries`: {
        const wait = Number(new URLSearchParams(search).get('settleMs') ?? 0);
        const deliveries = wait > 0 ? await control.settleDeliveries(Math.min(wait, 60_000)) : control.deliveries();
        return { status: 200, body: { deliveries } };
      }
      case `POST ${CONTROL_PREFIX}/delivery`:
        return { status: 200, body: control.configureDelivery((input ?? {}) as Partial<DeliveryOptions>) };
      default:
        return { status: 404, body: { error: `No control endpoint ${route}. See the sandbox README (control API).` } };
    }
  }

  const clockState = () => ({
    now: new Date(clock.now()).toISOString(),
    epochMs: clock.now(),
    frozen: clock.frozen,
    pendingStateChanges: clock.pending,
  });

  // ------------------------------------------------------------------------------------------
  // The server.

  let sandboxUrl = '';
  const server: Server = createServer({ requestTimeout: 30_000, headersTimeout: 15_000 }, (request, response) => {
    void handle(request, response);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Unparseable HTTP (not even a request line, or headers over Node's 16 KB): answered without the API.
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const raw = request.url ?? '/';
    // CORS, as `prism mock` allows by default, so a browser app under test can call the sandbox.
    const origin = request.headers.origin;
    if (origin !== undefined) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-allow-credentials', 'true');
      response.setHeader('access-control-expose-headers', '*');
      response.setHeader('vary', 'origin');
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
        response.writeHead(204, {
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
          'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
          'access-control-max-age': '600',
          'content-length': '0',
        });
        response.end();
        request.resume();
        return;
      }
    }
    const queryAt = raw.indexOf('?');
    const rawPath = queryAt < 0 ? raw : raw.slice(0, queryAt);
    const search = queryAt < 0 ? '' : raw.slice(queryAt + 1);
    try {
      if (rawPath === CONTROL_PREFIX || rawPath.startsWith(`${CONTROL_PREFIX}/`)) {
        let result: { status: number; body?: unknown };
        try {
          result = await answerControl(request, rawPath, search);
        } catch (error) {
          if (!(error instanceof ControlError)) throw error;
          result = { status: 400, body: { error: error.message } };
        }
        send(
          response,
          {
            status: result.status,
            headers: result.body === undefined ? {} : { 'content-type': 'application/json' },
            body: result.body,
          },
          [],
        );
        return;
      }
      let apiPath = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
      const prefix = serverPrefixes.find((candidate) => apiPath.startsWith(`${candidate}/`));
      if (prefix) apiPath = apiPath.slice(prefix.length);
      const { response: answer, violations, operationId } = await answerApi(request, apiPath, search);
      checkResponse(operationId, answer, violations);
      if (violations.length)
        log(`${api} ${request.method} ${rawPath} -> ${answer.status} violates the spec: ${violations.join('; ')}`);
      send(response, answer, violations);
    } catch (error) {
      log(
        `${api} ${request.method} ${rawPath}: internal error ${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? ''}`,
      );
      if (response.headersSent) {
        response.destroy();
        return;
      }
      try {
        send(
          response,
          errorResponse(
            makeError('internal', 'The sandbox failed to answer this request; see its log.'),
            undefined,
            undefined,
          ),
          [],
        );
      } catch {
        response.destroy();
      }
    } finally {
      if (!request.complete) request.resume();
    }
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    clock.stop();
    engine.stop();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new SandboxStartError(
        `Port ${port} on ${host} is already in use; stop what listens there or pick another port (--port, 0 for a free one).`,
        'EADDRINUSE',
      );
    throw new SandboxStartError(`${api} could not listen on ${host}:${port}: ${(error as Error).message}`, 'LISTEN');
  }
  const address = server.address() as AddressInfo;
  sandboxUrl = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;

  const stop = async () => {
    clock.stop();
    engine.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };

  // Ready means answering: probe our own health endpoint before telling anyone.
  try {
    const probe = await fetch(`${sandboxUrl}${CONTROL_PREFIX}/health`, { signal: AbortSignal.timeout(5000) });
    await probe.arrayBuffer();
    if (!probe.ok) throw new Error(`health answered ${probe.status}`);
  } catch (error) {
    await stop();
    throw new SandboxStartError(
      `${api} listened on ${sandboxUrl} but did not answer: ${(error as Error).message}`,
      'LISTEN',
    );
  }
  // Prism's example generator (faker, ~33 MB of RSS) is loaded on first use only: a stateful
  // sandbox needs it just for `Prefer` and for operations its API folder does not model.

  return { api, url: sandboxUrl, port: address.port, stateless, control, stop };
}

// ---------------------------------------------------------------------------------------------

function send(response: ServerResponse, answer: SandboxResponse, violations: string[]) {
  const headers = lowerCaseHeaders(answer.headers);
  let payload: string | Uint8Array | undefined;
  if (answer.body === undefined || (answer.body === null && answer.status === 204)) payload = undefined;
  else if (typeof answer.body === 'string') payload = answer.body;
  else if (answer.body instanceof Uint8Array) payload = answer.body;
  else {
    payload = JSON.stringify(answer.body);
    headers['content-type'] ??= 'application/json';
  }
  if (violations.length) {
    // JSON array of lines, ASCII only, bounded (header size limits).
    let value = JSON.stringify(violations).replace(
      /[^\x20-\x7e]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    if (value.length > 6000) value = `${value.slice(0, 6000)}…"]`.replace('…', '...');
    headers[VIOLATIONS_HEADER] = value;
  }
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  response.writeHead(answer.status, headers);
  response.end(payload);
}

function lowerCaseHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {}))
    if (value !== undefined) result[name.toLowerCase()] = String(value);
  return result;
}

const hasHeader = (headers: Record<string, string>, name: string) =>
  Object.keys(headers).some((key) => key.toLowerCase() === name);

/** Prefer: code=429, example=name, dynamic=true — as Prism's own server reads it. */
function parsePrefer(value: string | undefined): { code?: number; exampleKey?: string; dynamic?: boolean } {
  const result: { code?: number; exampleKey?: string; dynamic?: boolean } = {};
  for (const part of (value ?? '').split(/[,;]/)) {
    const [key = '', raw = ''] = part.split('=').map((piece) => piece.trim());
    if (key === 'code' && /^\d{3}$/.test(raw)) result.code = Number(raw);
    else if (key === 'example' && raw) result.exampleKey = raw;
    else if (key === 'dynamic') result.dynamic = raw === 'true';
  }
  return result;
}

/** Path parameters of a template ("/users/{accountId}/messages") in a raw path, decoded once. */
function pathParameters(template: string, rawPath: string): Record<string, string> {
  const names = template.split('/');
  const values = rawPath.split('/');
  const result: Record<string, string> = {};
  names.forEach((name, index) => {
    const match = /^\{(.+)\}$/.exec(name);
    if (match?.[1] && values[index] !== undefined) result[match[1]] = safeDecode(values[index]!) ?? values[index]!;
  });
  return result;
}

/** Reads and discards a body the operation does not take (bounded), so the connection stays usable. */
async function drain(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined)
    return Buffer.alloc(0);
  return readBody(request, maxBytes);
}

async function readControlBody(request: IncomingMessage): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readBody(request, 256 * 1024);
  } catch (error) {
    throw new ControlError((error as Error).message);
  }
  if (bytes.length === 0) return undefined;
  try {
    return parseJsonBody(bytes.toString('utf8'), DEFAULT_MAX_JSON_DEPTH);
  } catch (error) {
    throw new ControlError(`The control request body must be JSON: ${(error as Error).message}`);
  }
}
