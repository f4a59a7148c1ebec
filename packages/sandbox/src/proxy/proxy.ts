// The validating proxy: forwards each request to the real provider (or a staging server)
// unchanged, returns its answer unchanged, and checks both against the contract with the
// sandbox's own validation. Optionally also the provider's callbacks, on their way to the user's
// endpoint. What it finds goes to the log, the x-contract-violations header and the report.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallbackChecker } from './callback-check.js';
import * as core from './core-adapter.js';
import { forward, HOP_BY_HOP, type UpstreamAnswer } from './forward.js';
import { Recorder, recordedMessage, recordedResponse } from './record.js';
import type { RedactionOptions } from './redact.js';
import { type ContractViolation, type ExchangeSummary, type OperationSummary, Report } from './report.js';
import * as validate from './validate.js';

/** Callbacks are received under this path of the proxy (when forwardCallbacksTo is set). */
export const CALLBACK_PREFIX = '/__proxy/callbacks';
export const VIOLATIONS_HEADER = 'x-contract-violations';
export const DEFAULT_PROXY_TIMEOUT_MS = 30_000;
export const DEFAULT_PROXY_MAX_BODY_BYTES = 16 * 1024 * 1024;
export const DEFAULT_PROXY_MAX_VALIDATED_BYTES = 8 * 1024 * 1024;

export interface ProxyOptions {
  /** The API's name, e.g. "bandwidth-messaging-v2". */
  api: string;
  /** Where requests go: the provider's base URL (e.g. https://messaging.bandwidth.com/api/v2) or a staging server. */
  upstream: string;
  /** Port on `host`; 0 (the default) picks a free one. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The contract to check against: a file path or a document. Default: the bundled spec. */
  spec?: string | object;
  /** Append violations and exchanges to this file (JSON lines). */
  report?: string;
  /** Answer a request that breaks the contract with the API's own error, without forwarding it. */
  block?: boolean;
  /** Accept the provider's callbacks under `<proxy>/__proxy/callbacks`, check them and forward them here. */
  forwardCallbacksTo?: string;
  /** Write each exchange and callback, redacted, as a JSON file into this directory. */
  record?: string;
  /** Keep message text in recordings and violation values. Default false. */
  keepText?: boolean;
  /** Keep phone numbers unmasked in recordings and violation values. Default false. */
  keepNumbers?: boolean;
  /** Longest wait for a complete answer from the upstream (or the callback endpoint), in ms. Default 30000. */
  timeoutMs?: number;
  /** Largest request body forwarded. Default 16 MiB. */
  maxBodyBytes?: number;
  /** Larger answers are passed through without validation. Default 8 MiB. */
  maxValidatedBytes?: number;
  /** Where log lines go. Default stderr; false: nowhere. */
  log?: ((line: string) => void) | false;
}

export interface ContractProxy {
  readonly api: string;
  /** e.g. http://127.0.0.1:39017: point your client's base URL here. */
  readonly url: string;
  readonly port: number;
  /** The upstream, without credentials or query. */
  readonly upstream: string;
  /** Where the provider should send callbacks (set when forwardCallbacksTo is). */
  readonly callbackUrl: string | undefined;
  /** Every violation seen so far (the last 10,000). */
  violations(): ContractViolation[];
  /** Per operation: exchanges seen, violations by kind. */
  summary(): OperationSummary[];
  /** Stops listening and flushes the report. */
  stop(): Promise<void>;
}

const KNOWN_OPTIONS = new Set([
  'api',
  'upstream',
  'port',
  'host',
  'spec',
  'report',
  'block',
  'forwardCallbacksTo',
  'record',
  'keepText',
  'keepNumbers',
  'timeoutMs',
  'maxBodyBytes',
  'maxValidatedBytes',
  'log',
]);

function httpUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new core.SandboxStartError(`${what} must be an http(s) URL, not "${safeUrl(value)}"`, 'BAD_OPTION');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new core.SandboxStartError(`${what} must be an http(s) URL, not ${url.protocol}`, 'BAD_OPTION');
  if (url.username || url.password)
    throw new core.SandboxStartError(
      `${what} must not carry credentials: the proxy forwards your client's own Authorization header`,
      'BAD_OPTION',
    );
  return url;
}
/** A URL for a message, without anything that could be a credential. */
const safeUrl = (value: string) => value.replace(/\/\/[^/@]*@/, '//…@').slice(0, 200);

const positive = (value: number | undefined, name: string, fallback: number) => {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new core.SandboxStartError(`${name} must be a positive integer, not ${value}`, 'BAD_OPTION');
  return value;
};

export async function startProxy(options: ProxyOptions): Promise<ContractProxy> {
  const unknown = Object.keys(options ?? {}).filter((key) => !KNOWN_OPTIONS.has(key));
  if (unknown.length)
    throw new core.SandboxStartError(
      `Unknown proxy option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; valid: ${[...KNOWN_OPTIONS].join(', ')}`,
      'BAD_OPTION',
    );
  const { api } = options;
  if (typeof options.upstream !== 'string') throw new core.SandboxStartError('upstream is required', 'BAD_OPTION');
  const upstream = httpUrl(options.upstream, 'upstream');
  const upstreamPrefix = upstream.pathname.replace(/\/+$/, '');
  const callbackTarget = options.forwardCallbacksTo
    ? new URL(httpUrl(options.forwardCallbacksTo, 'forwardCallbacksTo'))
    : undefined;
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new core.SandboxStartError(`port must be an integer from 0 to 65535, not ${port}`, 'BAD_OPTION');
  const timeoutMs = positive(options.timeoutMs, 'timeoutMs', DEFAULT_PROXY_TIMEOUT_MS);
  const maxBodyBytes = positive(options.maxBodyBytes, 'maxBodyBytes', DEFAULT_PROXY_MAX_BODY_BYTES);
  const maxValidatedBytes = positive(options.maxValidatedBytes, 'maxValidatedBytes', DEFAULT_PROXY_MAX_VALIDATED_BYTES);
  const redaction: RedactionOptions = {
    keepText: options.keepText === true,
    keepNumbers: options.keepNumbers === true,
  };
  const log =
    options.log === false
      ? () => undefined
      : (options.log ?? ((line: string) => void process.stderr.write(`[proxy] ${line}\n`)));

  // The sandbox's own loading: the same spec rules, operations, slashed paths and server prefixes.
  const { document, operations, slashed, serverPrefixes } = await core.loadSpec(api, options.spec);
  const behaviour = await core.loadBehaviour(api, undefined);
  const callbacks = callbackTarget ? new CallbackChecker(document) : undefined;
  const report = new Report(options.report);
  const recorder = options.record ? new Recorder(options.record, redaction) : undefined;
  let sequence = 0;

  function errorAnswer(
    kind: 'bad-request' | 'unauthorized' | 'not-found' | 'method-not-allowed' | 'server-error' | 'payload-too-large',
    message: string,
    extra: { status?: number; operationId?: string; violations?: core.Violation[] } = {},
  ): core.SandboxResponse {
    return core.errorResponse({ api, behaviour, operations, log }, core.sandboxError(kind, message, extra), undefined);
  }

  // ------------------------------------------------------------------------------------------

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const started = performance.now();
    const exchange = ++sequence;
    const raw = request.url ?? '/';
    // An absolute-form target (`GET http://host/path`) is taken for its path only: the proxy
    // sends to its upstream and nowhere else.
    const target = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw)
      ? raw.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/'
      : raw;
    const queryAt = target.indexOf('?');
    const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
    const search = queryAt < 0 ? '' : target.slice(queryAt);
    if (callbacks && (rawPath === CALLBACK_PREFIX || rawPath.startsWith(`${CALLBACK_PREFIX}/`)))
      return handleCallback(request, response, exchange, rawPath, search, started);

    const method = (request.method ?? 'GET').toUpperCase();
    const headers = core.flattenHeaders(request.headers);
    let body: Buffer;
    try {
      body = await core.readBody(request, maxBodyBytes);
    } catch (error) {
      const message = (error as Error).message;
      return sendLocal(response, errorAnswer('payload-too-large', message), []);
    }

    // Validate the request as the sandbox does: route, credentials present, parameters and body.
    let apiPath = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
    const prefix = serverPrefixes.find((candidate) => apiPath.startsWith(`${candidate}/`));
    if (prefix) apiPath = apiPath.slice(prefix.length);
    const folded = core.foldSlashes(slashed, apiPath);
    const query = core.parseQuery(search);
    const routable = folded
      .split('/')
      .map((segment) => (core.safeDecode(segment) === undefined ? 'invalid' : segment))
      .join('/');
    const routeInput: core.PrismInput = { method: method.toLowerCase(), url: { path: routable, query }, headers };
    const routed = core.route(operations, routeInput);
    const operation = routed.ok ? routed.operation : undefined;
    const operationId = operation ? (operation.iid ?? operation.id) : `${method} (no operation)`;
    const requestDrafts: Parameters<typeof validate.finish>[0][number][] = [];
    const parsedRequest = validate.parseBody(body, headers);
    if (!routed.ok) {
      requestDrafts.push({
        in: 'route',
        location: '',
        rule: routed.status === 405 ? 'method-not-allowed' : 'not-found',
        message: routed.message,
      });
    } else if (operation) {
      requestDrafts.push(...validate.securityDrafts(operation, routeInput));
      if (parsedRequest.problem) requestDrafts.push(parsedRequest.problem);
      const input: core.PrismInput = {
        method: method.toLowerCase(),
        url: { path: folded, query },
        headers: { ...headers, 'content-length': String(body.length) },
        ...(parsedRequest.forPrism !== undefined ? { body: parsedRequest.forPrism } : {}),
      };
      if (!parsedRequest.mediaType) delete input.headers['content-type'];
      let diagnostics: core.Diagnostic[] = [];
      try {
        diagnostics = parsedRequest.problem ? [] : core.inputViolations(operation, input);
      } catch {
        diagnostics = [{ path: ['body'], message: 'could not be decoded', severity: 0 }];
      }
      requestDrafts.push(
        ...validate.fromDiagnostics(diagnostics, operation, { body: parsedRequest.value, query, headers }, redaction),
      );
    }
    const requestViolations = validate.finish(requestDrafts, exchange, operationId, 'request');

    const done = (
      status: number,
      outcome: ExchangeSummary['outcome'],
      violations: ContractViolation[],
      validated = true,
      answer?: UpstreamAnswer,
      parsedAnswer?: validate.ParsedBody,
    ) => {
      const summary: ExchangeSummary = {
        exchange,
        direction: 'exchange',
        operation: operationId,
        method,
        path: operation?.path ?? '',
        status,
        outcome,
        violations: violations.length,
        validated,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        at: new Date().toISOString(),
      };
      report.add(summary, violations);
      for (const violation of violations) log(describe(violation));
      if (recorder)
        recorder.write({
          kind: 'exchange',
          api,
          sequence: exchange,
          at: summary.at,
          operation: operationId,
          request: {
            method,
            path: recorder.path(rawPath),
            query: recorder.query(query),
            ...recordedMessage(
              { headers, text: body.toString('utf8'), parsed: parsedRequest.value, mediaType: parsedRequest.mediaType },
              redaction,
            ),
          },
          ...(answer
            ? recordedResponse(
                answer.status,
                {
                  headers: answer.headers,
                  text: validated ? answer.body.toString('utf8') : '',
                  parsed: parsedAnswer?.value,
                  mediaType: parsedAnswer?.mediaType,
                },
                redaction,
              )
            : {}),
          violations: violations.length,
        });
    };

    if (options.block && requestViolations.length) {
      const security = requestViolations.some((violation) => violation.rule === 'security');
      const unrouted = !routed.ok;
      const answer = unrouted
        ? errorAnswer(routed.status === 405 ? 'method-not-allowed' : 'not-found', routed.message)
        : security
          ? errorAnswer('unauthorized', 'Credentials are missing (checked by the contract proxy; not forwarded).', {
              operationId,
            })
          : errorAnswer(
              'bad-request',
              requestViolations
                .map((violation) => `${violation.location || violation.in} ${violation.message}`)
                .join('; '),
              {
                operationId,
                violations: requestViolations.map(toSandboxViolation),
              },
            );
      sendLocal(response, answer, requestViolations);
      done(answer.status, 'blocked', requestViolations);
      return;
    }

    const result = await forward({
      target: new URL(
        `${upstream.origin}${upstreamPrefix}${rawPath.startsWith('/') ? rawPath : `/${rawPath}`}${search}`,
      ),
      method,
      rawHeaders: request.rawHeaders,
      body,
      timeoutMs,
      maxBufferedBytes: maxValidatedBytes,
    });
    if (!result.ok) {
      const status = result.failure === 'timeout' ? 504 : 502;
      const message =
        result.failure === 'timeout'
          ? `The upstream gave no complete answer within ${timeoutMs} ms (contract proxy).`
          : `The upstream could not be reached: ${result.detail} (contract proxy).`;
      log(`${api} ${method} ${operation?.path ?? '(no operation)'}: ${message}`);
      const answer = errorAnswer('server-error', message, { status, operationId });
      sendLocal(response, answer, requestViolations);
      done(status, 'upstream-failed', requestViolations);
      return;
    }
    const answer = result.answer;
    if (answer.rest) {
      // Too large to validate: passed through as it streams.
      response.writeHead(answer.status, answer.statusMessage, passHeaders(answer.rawHeaders, requestViolations));
      response.write(answer.body);
      answer.rest.pipe(response);
      answer.rest.resume();
      answer.rest.on('error', () => response.destroy());
      answer.rest.on('aborted', () => response.destroy());
      done(answer.status, 'forwarded', requestViolations, false, answer);
      return;
    }
    let responseViolations: ContractViolation[] = [];
    let parsedAnswer: validate.ParsedBody | undefined;
    if (operation) {
      parsedAnswer = validate.parseBody(answer.body, answer.headers);
      const drafts = parsedAnswer.problem ? [parsedAnswer.problem] : [];
      const output = {
        statusCode: answer.status,
        headers: answer.headers,
        ...(parsedAnswer.forPrism !== undefined ? { body: parsedAnswer.forPrism } : {}),
      };
      if (!parsedAnswer.problem)
        drafts.push(
          ...validate.fromDiagnostics(
            core.outputViolations(operation, output),
            operation,
            { body: parsedAnswer.value, headers: answer.headers },
            redaction,
          ),
        );
      responseViolations = validate.finish(drafts, exchange, operationId, 'response', answer.status);
    }
    const violations = [...requestViolations, ...responseViolations];
    response.writeHead(answer.status, answer.statusMessage, passHeaders(answer.rawHeaders, violations));
    response.end(answer.body);
    done(answer.status, 'forwarded', violations, true, answer, parsedAnswer);
  }

  // ------------------------------------------------------------------------------------------
  // Callbacks: validated against `webhooks:`, forwarded to the user's endpoint, its answer returned.

  async function handleCallback(
    request: IncomingMessage,
    response: ServerResponse,
    exchange: number,
    rawPath: string,
    search: string,
    started: number,
  ) {
    const checker = callbacks!;
    const method = (request.method ?? 'POST').toUpperCase();
    const headers = core.flattenHeaders(request.headers);
    let body: Buffer;
    try {
      body = await core.readBody(request, maxBodyBytes);
    } catch (error) {
      response.writeHead(413, { 'content-type': 'text/plain' }).end((error as Error).message);
      return;
    }
    const named = core.safeDecode(rawPath.slice(CALLBACK_PREFIX.length + 1)) ?? '';
    const query = core.parseQuery(search);
    const parsed = validate.parseBody(body, headers);
    const encoding: 'json' | 'form' = parsed.mediaType && core.isJsonMediaType(parsed.mediaType) ? 'json' : 'form';
    const payloadMethod: 'GET' | 'POST' = method === 'GET' ? 'GET' : 'POST';
    const payload = {
      method: payloadMethod,
      encoding: payloadMethod === 'GET' ? ('form' as const) : encoding,
      value: payloadMethod === 'GET' ? query : parsed.value,
    };
    let webhook = named;
    let drafts: ReturnType<CallbackChecker['problems']>;
    if (named) drafts = checker.problems(named, payload, redaction);
    else {
      // Which webhook: the one that documents most of its event types, then the one it breaks least.
      const candidates = checker.candidates(payloadMethod);
      let best: { name: string; drafts: typeof drafts; affinity: number } | undefined;
      for (const name of candidates) {
        const found = checker.problems(name, payload, redaction);
        const affinity = checker.affinity(name, payload);
        if (!best || affinity > best.affinity || (affinity === best.affinity && found.length < best.drafts.length))
          best = { name, drafts: found, affinity };
      }
      webhook = best?.name ?? '(no webhook)';
      drafts = best?.drafts ?? [
        { in: 'route', location: '', rule: 'webhook', message: `the spec defines no ${payloadMethod} callback` },
      ];
    }
    if (parsed.problem) drafts = [parsed.problem];
    const violations = validate.finish(drafts, exchange, webhook, 'callback');
    const target = new URL(callbackTarget!);
    if (search) target.search = target.search ? `${target.search}&${search.slice(1)}` : search;
    const result = await forward({
      target,
      method,
      rawHeaders: request.rawHeaders,
      body,
      timeoutMs,
      maxBufferedBytes: 1024 * 1024,
    });
    let status: number;
    let answer: UpstreamAnswer | undefined;
    if (!result.ok || result.answer.rest) {
      status = !result.ok && result.failure === 'timeout' ? 504 : 502;
      const message = !result.ok ? result.detail : 'the answer was larger than 1 MiB';
      log(`callback ${webhook}: your endpoint failed: ${message}`);
      response
        .writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`contract proxy: your callback endpoint failed: ${message}\n`);
      result.ok && result.answer.rest?.destroy();
    } else {
      answer = result.answer;
      status = answer.status;
      response.writeHead(status, answer.statusMessage, passHeaders(answer.rawHeaders, violations));
      response.end(answer.body);
    }
    const at = new Date().toISOString();
    report.add(
      {
        exchange,
        direction: 'callback',
        operation: webhook,
        method,
        path: CALLBACK_PREFIX,
        status,
        outcome: answer ? 'forwarded' : 'upstream-failed',
        violations: violations.length,
        validated: true,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        at,
      },
      violations,
    );
    for (const violation of violations) log(describe(violation));
    recorder?.write({
      kind: 'callback',
      api,
      sequence: exchange,
      at,
      webhook,
      method: payloadMethod,
      query: recorder.query(query),
      request: recordedMessage(
        { headers, text: body.toString('utf8'), parsed: parsed.value, mediaType: parsed.mediaType },
        redaction,
      ),
      ...(answer
        ? recordedResponse(
            answer.status,
            { headers: answer.headers, text: answer.body.toString('utf8'), parsed: undefined, mediaType: undefined },
            redaction,
          )
        : {}),
      violations: violations.length,
    });
  }

  // ------------------------------------------------------------------------------------------

  const server: Server = createServer(
    { requestTimeout: timeoutMs + 30_000, headersTimeout: 15_000 },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        log(`${api}: internal error ${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? ''}`);
        if (!response.headersSent)
          sendLocal(
            response,
            errorAnswer('server-error', 'The contract proxy failed on this request; see its log.', { status: 502 }),
            [],
          );
        else response.destroy();
      });
    },
  );
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new core.SandboxStartError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} is already in use; pick another (--port, 0 for a free one).`
            : `The proxy could not listen on ${host}:${port}: ${error.message}`,
          error.code === 'EADDRINUSE' ? 'EADDRINUSE' : 'LISTEN',
        ),
      ),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    api,
    url,
    port: address.port,
    upstream: `${upstream.origin}${upstreamPrefix}`,
    callbackUrl: callbackTarget ? `${url}${CALLBACK_PREFIX}` : undefined,
    violations: () => report.violations(),
    summary: () => report.summary(),
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await report.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** One line per violation, for logs and the header: never a credential, text only if kept. */
export function describe(violation: ContractViolation): string {
  const where = violation.location ? `${violation.in} ${violation.location}` : violation.in;
  const value = violation.value !== undefined ? ` (got ${JSON.stringify(violation.value)})` : '';
  const status = violation.status !== undefined ? ` ${violation.status}` : '';
  return `${violation.operation} ${violation.direction}${status} ${where} [${violation.rule}]: ${violation.message}${value}`;
}

function violationsHeader(violations: readonly ContractViolation[]): string {
  let value = JSON.stringify(violations.map(describe)).replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (value.length > 6000) value = `${value.slice(0, 6000)}..."]`;
  return value;
}

/** The upstream's headers as received, minus hop-by-hop ones, plus the violations header. */
function passHeaders(rawHeaders: readonly string[], violations: readonly ContractViolation[]): string[] {
  const result: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const lower = rawHeaders[index]!.toLowerCase();
    if ((HOP_BY_HOP.has(lower) && lower !== 'proxy-authenticate') || lower === VIOLATIONS_HEADER) continue;
    result.push(rawHeaders[index]!, rawHeaders[index + 1]!);
  }
  if (violations.length) result.push(VIOLATIONS_HEADER, violationsHeader(violations));
  return result;
}

function sendLocal(response: ServerResponse, answer: core.SandboxResponse, violations: readonly ContractViolation[]) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers[name.toLowerCase()] = String(value);
  const payload =
    answer.body === undefined ? undefined : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  if (payload !== undefined && typeof answer.body !== 'string') headers['content-type'] ??= 'application/json';
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  if (violations.length) headers[VIOLATIONS_HEADER] = violationsHeader(violations);
  if (answer.status === 401) headers['www-authenticate'] ??= 'Basic realm="contract-proxy"';
  response.writeHead(answer.status, headers);
  response.end(payload);
}

function toSandboxViolation(violation: ContractViolation): core.Violation {
  const location = violation.in === 'status' || violation.in === 'route' ? 'body' : violation.in;
  const field =
    violation.in === 'body'
      ? violation.location
          .split('/')
          .slice(1)
          .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
          .join('.')
      : violation.location;
  return { location, field, message: violation.message };
}
