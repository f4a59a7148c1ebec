import type { ResponseHead } from './buffered-response.js';
import { concatBytes } from './bytes.js';
import { BodyFailed, BodyTooLarge, NotSent } from './exchange-failures.js';

// The default way of sending in Node: node:http(s) directly. Node's fetch (undici) costs more CPU
// per request, most of all for a POST (bench/README.md), and node:http lets the transport count
// the body as it arrives. The modules are imported on first use, so the runtime still loads where
// there is no node:http; browser bundles take node-http.browser.ts instead (package.json `browser`);
// and only the few members used are typed here, so the published declarations do not depend on
// @types/node.

interface NodeStream {
  // biome-ignore lint/suspicious/noExplicitAny: the listener signatures of node streams, declared here so the runtime needs no @types/node
  on(event: string, listener: (...args: any[]) => void): unknown;
  destroy(error?: Error): unknown;
  pipe<T>(destination: T): T;
}
interface NodeIncomingMessage extends NodeStream {
  statusCode?: number;
  statusMessage?: string;
  rawHeaders: string[];
  complete: boolean;
}
interface NodeSocket {
  connecting: boolean;
  once(event: string, listener: () => void): unknown;
}
interface NodeClientRequest {
  // biome-ignore lint/suspicious/noExplicitAny: the listener signatures of node streams, declared here so the runtime needs no @types/node
  on(event: string, listener: (...args: any[]) => void): unknown;
  end(body?: string | Uint8Array): unknown;
  destroy(error?: Error): unknown;
}
interface NodeHttp {
  request(
    url: URL,
    options: { method: string; headers: Record<string, string> },
    callback: (response: NodeIncomingMessage) => void,
  ): NodeClientRequest;
}
interface NodeZlib {
  createGunzip(): NodeStream;
  createInflate(): NodeStream;
  createBrotliDecompress(): NodeStream;
}
interface NodeModules {
  http: NodeHttp;
  https: NodeHttp;
  zlib: NodeZlib;
}

let loaded: NodeModules | undefined;
let loading: Promise<NodeModules> | undefined;

/** Whether node:http can be used here (Node, not a browser or a worker runtime without it). */
export const IS_NODE =
  typeof process === 'object' &&
  process !== null &&
  typeof (process as { versions?: { node?: unknown } }).versions?.node === 'string';
declare const process: unknown;

function load(): Promise<NodeModules> {
  // The specifiers are variables so that bundlers for other platforms leave them alone.
  const http = 'node:http';
  const https = 'node:https';
  const zlib = 'node:zlib';
  loading ??= Promise.all([import(http), import(https), import(zlib)]).then(([httpModule, httpsModule, zlibModule]) => {
    loaded = {
      http: httpModule.default ?? httpModule,
      https: httpsModule.default ?? httpsModule,
      zlib: zlibModule.default ?? zlibModule,
    };
    return loaded;
  });
  return loading;
}

/**
 * One request and its whole response body through node:http(s). Rejects with the raw error when
 * no response arrived, BodyFailed or BodyTooLarge after one did, and the signal's reason when it
 * aborts (the request is destroyed).
 */
export async function nodeHttpExchange(
  url: string,
  init: { method: string; headers: Headers; body: string | Uint8Array | null },
  signal: AbortSignal | undefined,
  maxBytes: number,
): Promise<{ head: ResponseHead; bytes: Uint8Array }> {
  const modules = loaded ?? (await load());
  const target = new URL(url);
  const client = target.protocol === 'https:' ? modules.https : modules.http;
  const headers: Record<string, string> = {};
  init.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  const { body } = init;
  if (body !== null && headers['content-length'] === undefined)
    headers['content-length'] = String(typeof body === 'string' ? utf8Length(body) : body.byteLength);

  return new Promise((resolve, reject) => {
    let head: ResponseHead | undefined;
    let settled = false;
    // Until the connection is up (TCP, and TLS for https), nothing of the request can have left.
    let connected = false;
    const finish = () => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: unknown) => {
      if (settled) return;
      finish();
      request.destroy();
      reject(
        error instanceof BodyTooLarge
          ? error
          : head
            ? new BodyFailed(head, error)
            : connected
              ? error
              : new NotSent(error),
      );
    };
    const onAbort = () => fail(signal!.reason);

    const request = client.request(target, { method: init.method, headers }, (response) => {
      let responseHeaders: Headers;
      try {
        responseHeaders = toHeaders(response.rawHeaders);
      } catch (error) {
        fail(error);
        return;
      }
      head = {
        status: response.statusCode ?? 0,
        statusText: response.statusMessage ?? '',
        headers: responseHeaders,
        url,
      };
      const declared = responseHeaders.get('content-length');
      if (declared !== null && Number(declared) > maxBytes) {
        fail(new BodyTooLarge(head));
        return;
      }
      let stream: NodeStream = response;
      const encoding = responseHeaders.get('content-encoding')?.trim().toLowerCase();
      if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(modules.zlib.createGunzip());
      else if (encoding === 'deflate') stream = response.pipe(modules.zlib.createInflate());
      else if (encoding === 'br') stream = response.pipe(modules.zlib.createBrotliDecompress());
      const chunks: Uint8Array[] = [];
      let total = 0;
      stream.on('data', (chunk: Uint8Array) => {
        if (settled) return;
        total += chunk.byteLength;
        if (total > maxBytes) {
          stream.destroy();
          fail(new BodyTooLarge(head!));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', fail);
      stream.on('end', () => {
        if (settled) return;
        finish();
        resolve({ head: head!, bytes: concatBytes(chunks, total) });
      });
      response.on('error', fail);
      response.on('close', () => {
        if (!response.complete) fail(new Error('the connection closed before the response body ended'));
      });
    });
    request.on('error', fail);
    request.on('socket', (socket: NodeSocket) => {
      if (!socket.connecting)
        connected = true; // a kept-alive connection
      else socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => (connected = true));
    });
    if (signal) {
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
    }
    request.end(body ?? undefined);
  });
}

function toHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let index = 0; index + 1 < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
  return headers;
}

const encoder = new TextEncoder();
function utf8Length(text: string): number {
  // ASCII (the usual JSON) is one byte per character; anything else is counted exactly.
  return /^[\x00-\x7f]*$/.test(text) ? text.length : encoder.encode(text).byteLength;
}
