import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, NetworkError, TimeoutError } from '@messaging-contracts/runtime';
import { caught, rawServer } from './support/servers.js';
import type { GetAndPostPaths } from '../support/test-paths.js';

type Paths = GetAndPostPaths<'/things', { to: string }, 202>;

// An https server on 127.0.0.1 with a self-signed certificate made for this run (openssl).
let dir: string;
let cert: Buffer;
let server: https.Server;
let baseUrl: string;
let received = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runtime-tls-'));
  await promisify(execFile)(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { timeout: 30_000 },
  );
  cert = await readFile(join(dir, 'cert.pem'));
  server = https.createServer({ key: await readFile(join(dir, 'key.pem')), cert }, (request, response) => {
    received++;
    request.resume();
    request.on('end', () =>
      response
        .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
        .end(gzipSync('{"ok":true}')),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 60_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(['node', 'fetch'] as const)('https, httpClient: %s', (httpClient) => {
  it('an untrusted certificate: NetworkError that proves the POST never left, so it is retried and not ambiguous', async () => {
    received = 0;
    const client = createApiClient<Paths>({
      baseUrl,
      httpClient,
      retry: { maxAttempts: 2, sleep: async () => {} },
      auth: { username: 'u', password: 'p' },
    });
    const error = await caught(client.POST('/things', { body: { to: '+1' } }));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({
      mayHaveBeenSent: false,
      ambiguous: false,
      attempts: 2,
      request: { method: 'POST', url: `${baseUrl}/things` },
    });
    expect(received).toBe(0);
  });
});

describe('https through node:https with a trusted certificate', () => {
  it('completes the exchange and decompresses the gzip body', async () => {
    const previous = https.globalAgent.options.ca;
    https.globalAgent.options.ca = cert;
    try {
      const { data, response } = await createApiClient<Paths>({ baseUrl, httpClient: 'node', retry: false }).GET(
        '/things',
      );
      expect(data).toEqual({ ok: true });
      expect(response.url).toBe(`${baseUrl}/things`);
    } finally {
      https.globalAgent.options.ca = previous;
      https.globalAgent.destroy();
    }
  });
});

describe('a timeout before the connection is up (node:http)', () => {
  it('a POST whose TLS handshake never completed is not ambiguous, so it is retried', async () => {
    // Accepts TCP and never speaks TLS: the client's handshake waits until the timeout.
    const silent = await rawServer(() => {});
    try {
      const url = silent.url.replace('http:', 'https:');
      const client = createApiClient<Paths>({
        baseUrl: url,
        httpClient: 'node',
        timeoutMs: 150,
        retry: { maxAttempts: 2, sleep: async () => {} },
      });
      const error = await caught(client.POST('/things', { body: { to: '+1' } }));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ mayHaveBeenSent: false, ambiguous: false, attempts: 2 });
    } finally {
      await silent.close();
    }
  });

  it('a POST that timed out after the connection was up stays ambiguous', async () => {
    const silent = await rawServer(() => {});
    try {
      const client = createApiClient<Paths>({
        baseUrl: silent.url,
        httpClient: 'node',
        timeoutMs: 150,
        retry: { maxAttempts: 2, sleep: async () => {} },
      });
      const error = await caught(client.POST('/things', { body: { to: '+1' } }));
      expect(error).toMatchObject({ name: 'TimeoutError', mayHaveBeenSent: true, ambiguous: true, attempts: 1 });
    } finally {
      await silent.close();
    }
  });
});
