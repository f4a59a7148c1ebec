import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../support/spec.js';
import { CREDENTIALS, loadWebhooks, webhookApis } from './apis.js';
import { examplesOf } from './examples.js';

// Issue 21: a handler may answer a callback with a body (an XML reply to an inbound message, say),
// returning `{ status?, body, contentType }`; both adapters send it.

const XML = '<?xml version="1.0"?><Response><Message>Thanks</Message></Response>';
const reply = { status: 202, body: XML, contentType: 'application/xml; charset=utf-8' };

describe.each(webhookApis.map((entry) => [entry.api.name, entry] as const))('%s', (_name, { api, packageName }) => {
  const firstExample = async () => examplesOf((await loadSpec(api)).document)[0]!;

  it('fetchHandler sends the reply the handler returns, and an empty 200 otherwise', async () => {
    const module = await loadWebhooks(packageName);
    const receiver = module.createCallbackReceiver({ credentials: CREDENTIALS });
    const example = await firstExample();
    const answered = await receiver.fetchHandler(() => reply)(example.request());
    expect(answered.status).toBe(202);
    expect(answered.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(await answered.text()).toBe(XML);
    const defaulted = await receiver.fetchHandler(async () => ({ body: 'ok', contentType: 'text/plain' }))(
      example.request(),
    );
    expect([defaulted.status, await defaulted.text()]).toEqual([200, 'ok']);
    const plain = await receiver.fetchHandler(() => 'not a reply')(example.request());
    expect([plain.status, await plain.text()]).toEqual([200, '']);
    await expect(receiver.fetchHandler(() => ({ ...reply, status: 302 }))(example.request())).rejects.toThrow(
      /2xx status/,
    );
  });

  it('nodeHandler sends it over node:http', async () => {
    const module = await loadWebhooks(packageName);
    const receiver = module.createCallbackReceiver({ credentials: CREDENTIALS });
    const errors: unknown[] = [];
    const handler = receiver.nodeHandler(
      (delivery) => (delivery.events.length > 0 ? reply : { ...reply, status: 700 }),
      (error) => errors.push(error),
    );
    const server = createServer((request, response) => void handler(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const example = await firstExample();
      const request = example.request();
      const url = new URL(request.url);
      const response = await fetch(`http://127.0.0.1:${port}${url.pathname}${url.search}`, {
        method: request.method,
        headers: request.headers,
        ...(request.body ? { body: await request.text() } : {}),
      });
      expect(response.status).toBe(202);
      expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(await response.text()).toBe(XML);
      expect(errors).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
