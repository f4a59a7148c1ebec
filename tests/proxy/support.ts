import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  rawHeaders: string[];
  body: Buffer;
}

/** An upstream on a free port of 127.0.0.1 that answers as `handler` says and records what it got. */
export async function fakeUpstream(handler: (request: Seen, response: ServerResponse) => void) {
  const seen: Seen[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry: Seen = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        rawHeaders: request.rawHeaders,
        body: Buffer.concat(chunks),
      };
      seen.push(entry);
      handler(entry, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// One request exactly as given, its answer's bytes as received (the helper the sandbox tests use too).
export { type RawExchange as RawAnswer, rawExchange as send } from '../support/raw-http.js';

export const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/** A password distinctive enough that a leak anywhere is found by a substring search. */
export const SECRET = { username: 'proxy-user', password: 'pw-Pr0xy-9c1e44' } as const;
export const SECRET_FORMS = [SECRET.password, Buffer.from(`${SECRET.username}:${SECRET.password}`).toString('base64')];
