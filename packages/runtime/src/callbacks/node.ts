// The receiver's adapter for node:http (`IncomingMessage`/`ServerResponse`) and Express, whose
// body parsers may already have read the body. Types only from this package: no node: imports,
// so the `./webhooks` entry still loads on edge runtimes.
import { acknowledgement, type CallbackAnswer, isRefusal, refusalAnswer } from './answer.js';
import { readAsyncIterable } from './payload.js';
import { type CallbackCore, type CallbackDelivery, headerOf, type RawCallback } from './verify.js';

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export async function receiveNodeRequest<TEvent>(
  core: CallbackCore<TEvent>,
  request: NodeCallbackRequest,
): Promise<CallbackDelivery<TEvent>> {
  const method = request.method ?? 'GET';
  const routes = core.admit(method, request.headers);
  const url = request.originalUrl ?? request.url ?? '';
  const questionMark = url.indexOf('?');
  const base: RawCallback = {
    method,
    headers: request.headers,
    query: questionMark === -1 ? '' : url.slice(questionMark),
  };
  const { body } = request;
  if (typeof body === 'string' || body instanceof Uint8Array) return core.parse(routes, { ...base, body });
  // express.json()/urlencoded() leave {} when the body had another type; a GET has no body.
  if (isRecord(body) || Array.isArray(body)) {
    const empty = isRecord(body) && Object.keys(body).length === 0;
    if (!empty || !core.takesQuery(routes)) return core.parse(routes, { ...base, parsedBody: body });
  }
  const length = headerOf(request.headers, 'content-length');
  const chunked = headerOf(request.headers, 'transfer-encoding') !== undefined;
  const hasBody = (length !== undefined && length !== '0') || chunked;
  if (!hasBody || typeof request[Symbol.asyncIterator] !== 'function' || !core.takesBody(routes))
    return core.parse(routes, base);
  core.admitBody(routes, request.headers);
  const bytes = await core.readBody((limit) => readAsyncIterable(request as AsyncIterable<Uint8Array | string>, limit));
  return core.parse(routes, { ...base, body: bytes });
}

function send(response: NodeCallbackResponse, answer: CallbackAnswer): void {
  response.writeHead(answer.status, { ...answer.headers });
  response.end(answer.body);
}

export function nodeCallbackHandler<TEvent>(
  core: CallbackCore<TEvent>,
  onDelivery: (delivery: CallbackDelivery<TEvent>) => unknown,
  onError?: (error: unknown) => void,
): (request: NodeCallbackRequest, response: NodeCallbackResponse) => Promise<void> {
  return async (request, response) => {
    let delivery: CallbackDelivery<TEvent>;
    try {
      delivery = await receiveNodeRequest(core, request);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const answer = refusalAnswer(error);
      // A body refused for its size may still be arriving: close rather than read it all.
      const tooLarge = 'reason' in error && error.reason === 'too-large';
      send(response, tooLarge ? { ...answer, headers: { ...answer.headers, connection: 'close' } } : answer);
      return;
    }
    let answer: CallbackAnswer;
    try {
      answer = acknowledgement(await onDelivery(delivery));
    } catch (error) {
      send(response, { status: 500, headers: {}, body: '' });
      if (onError) onError(error);
      else throw error;
      return;
    }
    send(response, answer);
  };
}
