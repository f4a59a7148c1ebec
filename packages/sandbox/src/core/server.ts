// The sandbox's HTTP server: listens, answers CORS preflights, sends /__sandbox/ to the control
// API and everything else through the request pipeline, answers unparseable HTTP itself, and
// turns any internal failure into a 500 instead of a crash.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxResponse } from './api-behaviour.js';
import { SandboxStartError } from './errors.js';
import { lowerCaseHeaders } from './http.js';
import { CONTROL_PREFIX } from './spec-loading.js';

const VIOLATIONS_HEADER = 'x-sandbox-violations';
/** Header size limits: the violations header is cut beyond this many characters. */
const VIOLATIONS_HEADER_MAX_CHARS = 6000;
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 15_000;
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** What the server hands each request to. */
export interface RequestHandlers {
  control(request: IncomingMessage, path: string, search: string): Promise<{ status: number; body?: unknown }>;
  api(
    request: IncomingMessage,
    path: string,
    search: string,
  ): Promise<{ response: SandboxResponse; violations: readonly string[] }>;
  /** The answer to a request that failed inside the sandbox (already logged). */
  internalError(): SandboxResponse;
  log(line: string): void;
}

export interface ListeningServer {
  readonly server: Server;
  /** e.g. http://127.0.0.1:4010. */
  readonly url: string;
  readonly port: number;
  /** Starts answering requests. */
  serve(handlers: RequestHandlers): void;
  close(): Promise<void>;
}

/** Listens on host:port; requests are answered once `serve` names the handlers. */
export async function listen(api: string, host: string, port: number): Promise<ListeningServer> {
  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS });
  server.on('clientError', answerClientError);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new SandboxStartError(
        `Port ${port} on ${host} is already in use; stop what listens there or pick another port (--port, 0 for a free one).`,
        'EADDRINUSE',
      );
    throw new SandboxStartError(`${api} could not listen on ${host}:${port}: ${(error as Error).message}`, 'LISTEN');
  }
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    port: address.port,
    serve: (handlers) => server.on('request', (request, response) => void handle(handlers, request, response)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Unparseable HTTP (not even a request line, or headers over Node's 16 KB): answered without the API. */
function answerClientError(error: NodeJS.ErrnoException, socket: import('node:stream').Duplex) {
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? '431 Request Header Fields Too Large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : '400 Bad Request';
  if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  else socket.destroy();
}

async function handle(handlers: RequestHandlers, request: IncomingMessage, response: ServerResponse) {
  const raw = request.url ?? '/';
  if (answeredAsPreflight(request, response)) return;
  const queryAt = raw.indexOf('?');
  const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const search = queryAt < 0 ? '' : raw.slice(queryAt + 1);
  try {
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      const { status, body } = await handlers.control(request, path, search);
      send(response, { status, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body }, []);
      return;
    }
    const { response: answer, violations } = await handlers.api(request, path, search);
    if (violations.length)
      handlers.log(`${request.method} ${path} -> ${answer.status} violates the spec: ${violations.join('; ')}`);
    send(response, answer, violations);
  } catch (error) {
    const { name = 'Error', message = '' } = (error ?? {}) as Partial<Error>;
    handlers.log(`${request.method} ${path}: internal error ${name}: ${message}`);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    try {
      send(response, handlers.internalError(), []);
    } catch {
      response.destroy();
    }
  } finally {
    if (!request.complete) request.resume();
  }
}

/** CORS, as `prism mock` allows by default, so a browser app under test can call the sandbox. */
function answeredAsPreflight(request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('access-control-allow-credentials', 'true');
  response.setHeader('access-control-expose-headers', '*');
  response.setHeader('vary', 'origin');
  if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] === undefined) return false;
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
    'content-length': '0',
  });
  response.end();
  request.resume();
  return true;
}

function send(response: ServerResponse, answer: SandboxResponse, violations: readonly string[]) {
  const headers = lowerCaseHeaders(answer.headers);
  let payload: string | Uint8Array | undefined;
  if (answer.body === undefined || (answer.body === null && answer.status === 204)) payload = undefined;
  else if (typeof answer.body === 'string' || answer.body instanceof Uint8Array) payload = answer.body;
  else {
    payload = JSON.stringify(answer.body);
    headers['content-type'] ??= 'application/json';
  }
  if (violations.length) headers[VIOLATIONS_HEADER] = violationsHeader(violations);
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  response.writeHead(answer.status, headers);
  response.end(payload);
}

/** A JSON array of lines, ASCII only, bounded (header size limits). */
function violationsHeader(violations: readonly string[]): string {
  const value = JSON.stringify(violations).replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return value.length > VIOLATIONS_HEADER_MAX_CHARS ? `${value.slice(0, VIOLATIONS_HEADER_MAX_CHARS)}..."]` : value;
}
