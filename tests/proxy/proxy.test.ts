import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  type ContractProxy,
  type ContractViolation,
  type ProxyOptions,
  formatSummary,
  startProxy,
  startSandbox,
  summarizeReport,
} from '@messaging-contracts/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { basic, fakeUpstream, SECRET, SECRET_FORMS, send } from './support.js';

const V2 = 'bandwidth-messaging-v2';
const auth = basic(SECRET.username, SECRET.password);
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function proxyTo(upstream: string, options: Partial<ProxyOptions> = {}) {
  const lines: string[] = [];
  const proxy = await startProxy({ api: V2, upstream, log: (line) => lines.push(line), ...options });
  cleanups.push(() => proxy.stop());
  return { proxy, lines };
}

async function upstream(handler: Parameters<typeof fakeUpstream>[0]) {
  const server = await fakeUpstream(handler);
  cleanups.push(server.close);
  return server;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  ((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }) as Parameters<typeof fakeUpstream>[0];

const listPath = '/users/12345/messages?messageStatus=DELIVERED';
const list = (proxy: ContractProxy) => send(proxy.url, { path: listPath, headers: { authorization: auth } });

/** The one violation of an exchange, without the exchange number. */
const only = (violations: ContractViolation[]) => {
  expect(violations).toHaveLength(1);
  const { exchange: _exchange, ...rest } = violations[0]!;
  return rest;
};

describe('the proxy in front of a misbehaving upstream', () => {
  it('reports an off-contract enum value in an answer once, and passes the answer through', async () => {
    const body = { totalCount: 1, messages: [{ messageId: 'm-1', messageStatus: 'TELEPORTED' }] };
    const server = await upstream(json(200, body));
    const { proxy, lines } = await proxyTo(server.url);
    const answer = await list(proxy);
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe(JSON.stringify(body));
    expect(only(proxy.violations())).toEqual({
      operation: 'listMessages',
      direction: 'response',
      status: 200,
      in: 'body',
      location: '/messages/0/messageStatus',
      rule: 'enum',
      message: expect.stringContaining('must be equal to one of the allowed values'),
      value: 'TELEPORTED',
    });
    const header = JSON.parse(String(answer.headers['x-contract-violations'])) as string[];
    expect(header).toHaveLength(1);
    expect(header[0]).toContain('/messages/0/messageStatus [enum]');
    expect(lines.filter((line) => line.includes('[enum]'))).toHaveLength(1);
  });

  it('reports a missing required field once, at its JSON pointer', async () => {
    const server = await upstream(json(400, { type: 'request-validation' }));
    const { proxy } = await proxyTo(server.url);
    expect((await list(proxy)).status).toBe(400);
    expect(only(proxy.violations())).toMatchObject({
      direction: 'response',
      status: 400,
      in: 'body',
      location: '/description',
      rule: 'required',
    });
  });

  it('reports a wrong type once (not also as an enum miss)', async () => {
    const server = await upstream(json(200, { totalCount: 'many', messages: [{ messageStatus: 7 }] }));
    const { proxy } = await proxyTo(server.url);
    await list(proxy);
    const found = proxy.violations().map(({ location, rule }) => `${location} ${rule}`);
    expect(found.sort()).toEqual(['/messages/0/messageStatus type', '/totalCount type']);
  });

  it('reports an undocumented status once', async () => {
    const server = await upstream(json(418, { type: 'teapot', description: 'short and stout' }));
    const { proxy } = await proxyTo(server.url);
    expect((await list(proxy)).status).toBe(418);
    expect(only(proxy.violations())).toMatchObject({
      direction: 'response',
      status: 418,
      in: 'status',
      rule: 'status',
    });
  });

  it('reports an HTML error page once (its media type), passing its bytes through', async () => {
    const page = '<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';
    const server = await upstream((_request, response) => {
      response.writeHead(500, { 'Content-Type': 'text/html', Server: 'nginx' }).end(page);
    });
    const { proxy } = await proxyTo(server.url);
    const answer = await list(proxy);
    expect(answer.status).toBe(500);
    expect(answer.body.toString()).toBe(page);
    expect(answer.headers.server).toBe('nginx');
    expect(only(proxy.violations())).toMatchObject({
      status: 500,
      in: 'header',
      location: 'content-type',
      rule: 'media-type',
      value: 'text/html',
    });
  });

  it('passes status, header case, repeated headers and compressed bytes through unchanged', async () => {
    const payload = gzipSync(JSON.stringify({ totalCount: 0, messages: [] }));
    const server = await upstream((_request, response) => {
      response.writeHead(200, 'Fine Thanks', [
        'Content-Type',
        'application/json',
        'Content-Encoding',
        'gzip',
        'X-Odd-CASE',
        'kept',
        'Set-Cookie',
        'a=1',
        'Set-Cookie',
        'b=2',
      ]);
      response.end(payload);
    });
    const { proxy } = await proxyTo(server.url);
    const answer = await list(proxy);
    expect(answer.status).toBe(200);
    expect(answer.body.equals(payload)).toBe(true);
    expect(answer.rawHeaders).toContain('X-Odd-CASE');
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(proxy.violations()).toEqual([]);
  });

  it('forwards the request unchanged: method, path, query, headers and body bytes', async () => {
    const server = await upstream(json(202, { id: 'm-1' }));
    const { proxy } = await proxyTo(`${server.url}/api/v2`);
    const body = JSON.stringify({ applicationId: 'app', to: ['+15554443333'], from: '+15552221111', text: 'hi' });
    await send(proxy.url, {
      method: 'POST',
      path: '/users/12345/messages?x=%2B1',
      headers: { authorization: auth, 'content-type': 'application/json', 'X-Trace': 't-1' },
      body,
    });
    const seen = server.seen[0]!;
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/api/v2/users/12345/messages?x=%2B1');
    expect(seen.headers.authorization).toBe(auth);
    expect(seen.rawHeaders).toContain('X-Trace');
    expect(seen.body.toString()).toBe(body);
  });

  it('sends to its upstream only, whatever host an absolute-form request names', async () => {
    const server = await upstream(json(200, { totalCount: 0, messages: [] }));
    const { proxy } = await proxyTo(server.url);
    const answer = await send(proxy.url, { path: `http://evil.invalid${listPath}`, headers: { authorization: auth } });
    expect(answer.status).toBe(200);
    expect(server.seen[0]!.url).toBe(listPath);
    expect(server.seen[0]!.headers.host).toBe(`127.0.0.1:${server.port}`);
  });

  it('passes a body too large to validate through as it streams, byte for byte', async () => {
    const big = Buffer.from(
      JSON.stringify({
        totalCount: 1,
        messages: [{ messageId: 'x'.repeat(6 * 1024 * 1024), messageStatus: 'DELIVERED' }],
      }),
    );
    const server = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(big);
    });
    const reportFile = join(await mkdtemp(join(tmpdir(), 'proxy-report-')), 'report.jsonl');
    const { proxy } = await proxyTo(server.url, { maxValidatedBytes: 1024 * 1024, report: reportFile });
    const answer = await list(proxy);
    expect(createHash('sha256').update(answer.body).digest('hex')).toBe(createHash('sha256').update(big).digest('hex'));
    expect(proxy.violations()).toEqual([]);
    await proxy.stop();
    const exchange = (await readFile(reportFile, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .find((line) => line.type === 'exchange');
    expect(exchange).toMatchObject({ operation: 'listMessages', validated: false, status: 200 });
  });

  it('answers 504 in the API error shape when the upstream is silent, without hanging', async () => {
    const server = await upstream(() => undefined);
    const { proxy } = await proxyTo(server.url, { timeoutMs: 300 });
    const started = Date.now();
    const answer = await list(proxy);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(answer.status).toBe(504);
    expect(JSON.parse(answer.body.toString())).toEqual({
      type: 'internal-server-error',
      description: expect.stringContaining('no complete answer within 300 ms'),
    });
  });

  it('answers 504 when the upstream sends headers and then stalls', async () => {
    const server = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"totalCount":');
    });
    const { proxy } = await proxyTo(server.url, { timeoutMs: 300 });
    expect((await list(proxy)).status).toBe(504);
  });

  it('answers 502 in the API error shape when the upstream drops the connection or refuses it', async () => {
    const dropping = await upstream((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"totalCount":');
      setTimeout(() => response.socket?.destroy(), 20);
      void request;
    });
    const { proxy } = await proxyTo(dropping.url);
    const dropped = await list(proxy);
    expect(dropped.status).toBe(502);
    expect(JSON.parse(dropped.body.toString()).type).toBe('internal-server-error');

    const closed = await fakeUpstream(() => undefined);
    await closed.close();
    const { proxy: refused } = await proxyTo(closed.url);
    const answer = await list(refused);
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body.toString()).description).toContain('refused the connection');
  });

  it('with block, answers an invalid request with the API 400 and forwards nothing', async () => {
    const server = await upstream(json(202, {}));
    const { proxy } = await proxyTo(server.url, { block: true });
    const answer = await send(proxy.url, {
      method: 'POST',
      path: '/users/12345/messages',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ to: ['+15554443333'], from: '+15552221111', text: 'hi' }),
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body.toString())).toMatchObject({
      type: 'request-validation',
      fieldErrors: [{ fieldName: 'applicationId' }],
    });
    expect(server.seen).toHaveLength(0);
    expect(only(proxy.violations())).toMatchObject({
      direction: 'request',
      location: '/applicationId',
      rule: 'required',
    });
    const missing = await send(proxy.url, { path: listPath });
    expect(missing.status).toBe(401);
    expect(server.seen).toHaveLength(0);
  });

  it('never writes a credential or message text into the log, the header, the report or a recording', async () => {
    const text = 'the-secret-words-of-a-message';
    const server = await upstream(
      json(
        200,
        { totalCount: 1, messages: [{ messageId: 'm', messageStatus: 'NOPE', text, from: '+15552221111' }] },
        {
          'set-cookie': `session=${SECRET.password}`,
        },
      ),
    );
    const dir = await mkdtemp(join(tmpdir(), 'proxy-secret-'));
    const { proxy, lines } = await proxyTo(server.url, { report: join(dir, 'report.jsonl'), record: join(dir, 'rec') });
    const answers = [
      await list(proxy),
      await send(proxy.url, {
        method: 'POST',
        path: '/users/12345/messages',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          applicationId: 'a',
          to: ['+15554443333'],
          from: '+15552221111',
          text,
          priority: 'asap',
        }),
      }),
      await send(proxy.url, {
        method: 'POST',
        path: '/users/12345/messages',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({ applicationId: 'a', to: ['+15554443333'], from: '+15552221111', text: 7 }),
      }),
    ];
    await proxy.stop();
    const { readdir } = await import('node:fs/promises');
    const recordings = await Promise.all(
      (await readdir(join(dir, 'rec'))).map((file) => readFile(join(dir, 'rec', file), 'utf8')),
    );
    expect(recordings).toHaveLength(3);
    const outputs = [
      ...lines,
      ...answers.map((answer) => String(answer.headers['x-contract-violations'] ?? '')),
      await readFile(join(dir, 'report.jsonl'), 'utf8'),
      ...recordings,
      JSON.stringify(proxy.violations()),
    ].join('\n');
    expect(proxy.violations().length).toBeGreaterThanOrEqual(3);
    for (const secret of [...SECRET_FORMS, text, '+15552221111', '+15554443333']) expect(outputs).not.toContain(secret);
  });

  it('refuses unknown options and an upstream with credentials, naming them', async () => {
    await expect(startProxy({ api: V2, upstream: 'http://127.0.0.1:9', blok: true } as never)).rejects.toThrow(
      /Unknown proxy option blok; valid: .*block/,
    );
    await expect(startProxy({ api: V2, upstream: `http://u:${SECRET.password}@127.0.0.1:9` })).rejects.toThrow(
      /must not carry credentials/,
    );
    await expect(startProxy({ api: V2, upstream: `http://u:${SECRET.password}@127.0.0.1:9` })).rejects.not.toThrow(
      SECRET.password,
    );
    await expect(startProxy({ api: 'acme-v9', upstream: 'http://127.0.0.1:9' })).rejects.toThrow(/Unknown API/);
  });
});

describe('the proxy in front of an on-contract upstream (the sandbox)', () => {
  it('reports nothing for the traffic of our own client, and summarises it', async () => {
    const sandbox = await startSandbox({ api: V2, log: false });
    cleanups.push(() => sandbox.stop());
    const reportFile = join(await mkdtemp(join(tmpdir(), 'proxy-clean-')), 'report.jsonl');
    const { proxy } = await proxyTo(sandbox.url, { report: reportFile });
    const { createClient } = await import('@messaging-contracts/bandwidth-messaging-v2');
    const client = createClient({ baseUrl: proxy.url, username: SECRET.username, password: SECRET.password });
    const sent = await client.POST('/users/{accountId}/messages', {
      params: { path: { accountId: '12345' } },
      body: { applicationId: 'app-1', to: ['+15554443333'], from: '+15552221111', text: 'hello' },
    });
    expect(sent.response.status).toBe(202);
    const listed = await client.GET('/users/{accountId}/messages', {
      params: { path: { accountId: '12345' }, query: { messageStatus: 'QUEUED' } },
    });
    expect(listed.response.status).toBe(200);
    const refused = await client
      .POST('/users/{accountId}/messages', {
        params: { path: { accountId: '12345' } },
        body: { applicationId: 'app-1', to: ['+15554443333'], from: '+15552221111', text: 'x'.repeat(3000) },
      })
      .catch((error: { status?: number }) => error);
    expect((refused as { status?: number }).status).toBe(400);
    expect(proxy.violations().map(({ direction, location, rule }) => `${direction} ${location} ${rule}`)).toEqual([
      'request /text maxLength',
    ]);
    await proxy.stop();
    const summary = summarizeReport(await readFile(reportFile, 'utf8'));
    expect(summary).toEqual(expect.arrayContaining(proxy.summary()));
    expect(summary.find((entry) => entry.operation === 'createMessage')).toEqual({
      operation: 'createMessage',
      exchanges: 2,
      violations: { 'request maxLength': 1 },
    });
    expect(formatSummary(summary)).toMatch(/createMessage\s+2\s+1\s+1/);
  });

  it("carries Bandwidth's published bandwidth-sdk with no violation", async () => {
    const sandbox = await startSandbox({ api: V2, log: false });
    cleanups.push(() => sandbox.stop());
    const { proxy } = await proxyTo(sandbox.url);
    const { Configuration, MessagesApi } = await import('bandwidth-sdk');
    const messages = new MessagesApi(
      new Configuration({ username: SECRET.username, password: SECRET.password, basePath: proxy.url }),
    );
    const { status } = await messages.createMessage('12345', {
      applicationId: '93de2206-9669-4e07-948d-329f4b722ee2',
      to: new Set(['+15554443333']),
      from: '+15552221111',
      text: 'Hello from the official SDK',
    } as never);
    expect(status).toBe(202);
    const listed = await messages.listMessages('12345', undefined, '+15554443333', undefined, 'DELIVERED' as never);
    expect(listed.status).toBe(200);
    expect(proxy.violations()).toEqual([]);
    expect(proxy.summary().map((entry) => entry.exchanges)).toEqual([1, 1]);
  });
});
