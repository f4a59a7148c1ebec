// One HTTP exchange with the upstream (or the user's callback endpoint), bytes unchanged: the
// request's headers minus hop-by-hop ones, its body as received; the answer's status, raw headers
// and body bytes as sent. Every exchange has a deadline, so a slow or silent upstream becomes a
// 504 and a refused or dropped connection a 502, never a hang.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** RFC 9110 §7.6.1: meaningful for one connection only, never forwarded. */
export const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

export interface UpstreamAnswer {
  readonly status: number;
  readonly statusMessage: string;
  /** As received: names in their case, repeated headers repeated (flat name, value list). */
  readonly rawHeaders: readonly string[];
  /** Lower-case names, repeated ones joined with ", ". */
  readonly headers: Record<string, string>;
  /** The body, or its first `maxBufferedBytes` when `rest` is set. */
  readonly body: Buffer;
  /** When the body exceeded `maxBufferedBytes`: the rest, still to be streamed. */
  readonly rest?: IncomingMessage;
}

export type ForwardResult =
  | { readonly ok: true; readonly answer: UpstreamAnswer; readonly durationMs: number }
  | { readonly ok: false; readonly failure: 'timeout' | 'unreachable'; readonly detail: string };

export interface ForwardRequest {
  readonly target: URL;
  readonly method: string;
  /** Raw request headers (flat name, value list), forwarded except hop-by-hop ones and Host. */
  readonly rawHeaders: readonly string[];
  /** Extra headers to drop (lower-case), e.g. authorization for a foreign origin. */
  readonly drop?: ReadonlySet<string>;
  readonly body: Buffer;
  readonly timeoutMs: number;
  readonly maxBufferedBytes: number;
}

const agents = {
  http: new HttpAgent({ keepAlive: true, maxSockets: 64 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
};

/** Sends one request; resolves (never rejects) with the answer or why there was none. */
export function forward(request: ForwardRequest): Promise<ForwardResult> {
  const { target } = request;
  const secure = target.protocol === 'https:';
  const headers: string[] = [];
  const connectionTokens = new Set(
    headerValues(request.rawHeaders, 'connection').flatMap((value) =>
      value.split(',').map((token) => token.trim().toLowerCase()),
    ),
  );
  for (let index = 0; index + 1 < request.rawHeaders.length; index += 2) {
    const name = request.rawHeaders[index]!;
    const lower = name.toLowerCase();
    if (
      HOP_BY_HOP.has(lower) ||
      connectionTokens.has(lower) ||
      lower === 'host' ||
      lower === 'content-length' ||
      request.drop?.has(lower)
    )
      continue;
    headers.push(name, request.rawHeaders[index + 1]!);
  }
  headers.push('Host', target.host);
  const hasBody = request.body.length > 0 || !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(request.method);
  if (hasBody) headers.push('Content-Length', String(request.body.length));
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: ForwardResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const outgoing = (secure ? httpsRequest : httpRequest)({
      protocol: target.protocol,
      hostname: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || (secure ? 443 : 80),
      method: request.method,
      path: `${target.pathname}${target.search}`,
      headers: headers as unknown as Record<string, string>,
      agent: secure ? agents.https : agents.http,
      setHost: false,
    });
    const timer = setTimeout(() => {
      settle({ ok: false, failure: 'timeout', detail: `no complete answer within ${request.timeoutMs} ms` });
      outgoing.destroy();
    }, request.timeoutMs);
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      settle({ ok: false, failure: 'unreachable', detail: describeNetworkError(error) }),
    );
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const declared = Number(response.headers['content-length']);
      const answer = (body: Buffer, rest?: IncomingMessage): UpstreamAnswer => ({
        status: response.statusCode ?? 502,
        statusMessage: response.statusMessage ?? '',
        rawHeaders: response.rawHeaders,
        headers: flatten(response.headers),
        body,
        ...(rest ? { rest } : {}),
      });
      const overflow = () => {
        response.pause();
        response.removeAllListeners('data');
        response.removeAllListeners('end');
        settle({ ok: true, answer: answer(Buffer.concat(chunks), response), durationMs: elapsed(started) });
      };
      if (Number.isFinite(declared) && declared > request.maxBufferedBytes) return overflow();
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size > request.maxBufferedBytes) overflow();
      });
      response.on('end', () => {
        if (!response.complete)
          return settle({ ok: false, failure: 'unreachable', detail: 'the connection closed before the answer ended' });
        settle({ ok: true, answer: answer(Buffer.concat(chunks)), durationMs: elapsed(started) });
      });
      response.on('error', () =>
        settle({ ok: false, failure: 'unreachable', detail: 'the connection closed before the answer ended' }),
      );
      response.on('aborted', () =>
        settle({ ok: false, failure: 'unreachable', detail: 'the connection closed before the answer ended' }),
      );
    });
    outgoing.end(hasBody ? request.body : undefined);
  });
}

function headerValues(rawHeaders: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2)
    if (rawHeaders[index]!.toLowerCase() === name) values.push(rawHeaders[index + 1]!);
  return values;
}

function flatten(headers: IncomingMessage['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) result[name] = Array.isArray(value) ? value.join(', ') : value;
  return result;
}

/** A network failure in words, without the URL (which may hold credentials). */
function describeNetworkError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'the upstream refused the connection';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the upstream dropped the connection';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return "the upstream's host name did not resolve";
    case 'ETIMEDOUT':
      return 'the connection to the upstream timed out';
    default:
      return error.code ? `network error ${error.code}` : 'the upstream dropped the connection';
  }
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;
