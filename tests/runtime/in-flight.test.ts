import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '@messaging-contracts/runtime';
import type { GetAndPostPaths } from '../support/test-paths.js';

type Paths = GetAndPostPaths<'/ping', { n: number }, 200>;

// Without an injected fetch, as users run it (node:http by default, or the global fetch): many
// requests in flight must not pile listeners onto a signal (Node warns about a leak past 10) and
// every body must arrive intact.
describe.each(['node', 'fetch'] as const)('many requests in flight, httpClient: %s', (httpClient) => {
  let server: Server;
  let baseUrl = '';
  const bodies: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (body) bodies.push(body);
        response.setHeader('content-type', 'application/json');
        response.end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("adds no listeners to a shared signal, with or without the caller's own", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const client = createApiClient<Paths>({ baseUrl, timeoutMs: 5_000, httpClient });
      const caller = new AbortController();
      const results = await Promise.all([
        ...Array.from({ length: 60 }, () => client.GET('/ping')),
        ...Array.from({ length: 60 }, () => client.GET('/ping', { signal: caller.signal })),
      ]);
      expect(results.every(({ data }) => data.ok)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((warning) => warning.name)).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('sends every JSON body once and intact', async () => {
    const client = createApiClient<Paths>({ baseUrl, timeoutMs: 5_000, httpClient });
    bodies.length = 0;
    await Promise.all(Array.from({ length: 50 }, (_, n) => client.POST('/ping', { body: { n } })));
    expect(bodies.map((body) => JSON.parse(body).n).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, n) => n),
    );
  });
});
