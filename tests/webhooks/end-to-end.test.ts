import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallbackDelivery } from '@messaging-contracts/runtime/webhooks';
import { loadSpec } from '../support/spec.js';
import { CREDENTIALS, loadWebhooks, testRequest, webhookApis, type WebhooksModule } from './apis.js';
import { examplesOf, type ExampleCallback } from './examples.js';

// A node:http server on 127.0.0.1:0 (nodeHandler) and a Web Request handler (fetchHandler) each
// receive every documented example the way the provider delivers it: first without credentials
// (answered with the 401 Basic challenge, as Bandwidth v2 expects), then with them.

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Send a Request's method, headers and body over HTTP to the server, with node:http (not fetch: it would follow nothing but is simpler to keep exact). */
async function send(server: Server, request: Request): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  const url = new URL(request.url);
  const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: `/callbacks${url.search}`,
        headers: Object.fromEntries(request.headers),
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function withoutCredentials(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.delete('authorization');
  return new Request(request, { headers });
}

describe.each(webhookApis.map((entry) => [entry.api.name, entry] as const))(
  '%s callbacks end to end',
  (_name, { api, packageName }) => {
    let module: WebhooksModule;
    let examples: ExampleCallback[];
    let server: Server;
    const received: CallbackDelivery<Record<string, unknown>>[] = [];
    const handlerErrors: unknown[] = [];

    beforeAll(async () => {
      module = await loadWebhooks(packageName);
      examples = examplesOf((await loadSpec(api)).document);
      const receiver = module.createCallbackReceiver({ credentials: CREDENTIALS });
      server = createServer(
        receiver.nodeHandler(
          (delivery) => {
            if (delivery.events.some(({ event }) => event.privateNote === 'fail'))
              throw new Error('the application failed');
            received.push(delivery);
          },
          (error) => handlerErrors.push(error),
        ),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });

    afterAll(async () => {
      await new Promise((resolve) => server?.close(resolve));
    });

    it('node:http: 401 challenge first, then 200 for the authenticated resend, for every documented example', async () => {
      for (const example of examples) {
        const before = received.length;
        const first = await send(server, withoutCredentials(example.request()));
        expect(first.status, example.name).toBe(401);
        expect(first.headers['www-authenticate'], example.name).toMatch(/^Basic realm="callbacks"/);
        expect(received.length, 'a refused callback reached the application').toBe(before);
        const resend = await send(server, example.request());
        expect(resend.status, `${example.name}: ${resend.body}`).toBe(200);
        expect(received.length).toBe(before + 1);
        expect(received.at(-1)!.events).toHaveLength(example.events);
      }
    });

    it('node:http: 4xx with the reason for a bad callback, 500 when the application throws', async () => {
      const example = examples.find((candidate) => candidate.mediaType !== '')!;
      const request = example.request();
      const bad = await send(
        server,
        new Request(request, { headers: { ...Object.fromEntries(request.headers), 'content-type': 'text/plain' } }),
      );
      expect(bad.status).toBe(415);
      expect(bad.body).toContain('Content-Type');
      const event = { ...(Array.isArray(example.value) ? example.value[0] : example.value), privateNote: 'fail' };
      const failing = await send(
        server,
        testRequest(module, [event], {
          credentials: CREDENTIALS,
          method: example.method,
          mediaType: example.mediaType,
        }),
      );
      expect(failing.status).toBe(500);
      expect(handlerErrors.map(String)).toEqual(['Error: the application failed']);
    });

    it('Web Request handler (fetchHandler): 401 challenge, then 200 with the events', async () => {
      const deliveries: CallbackDelivery<Record<string, unknown>>[] = [];
      const handle = module.createCallbackReceiver({ credentials: CREDENTIALS }).fetchHandler((delivery) => {
        deliveries.push(delivery);
      });
      for (const example of examples) {
        const challenge = await handle(withoutCredentials(example.request()));
        expect(challenge.status, example.name).toBe(401);
        expect(challenge.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
        const accepted = await handle(example.request());
        expect(accepted.status, `${example.name}: ${await accepted.clone().text()}`).toBe(200);
      }
      expect(deliveries).toHaveLength(examples.length);
      const invalid = await handle(new Request('http://127.0.0.1/callbacks', { method: 'DELETE' }));
      expect(invalid.status).toBe(405);
    });

    it("the test helper's requests verify, and carry the provider's headers", async () => {
      const receiver = module.createCallbackReceiver({ credentials: CREDENTIALS });
      for (const example of examples) {
        const events = Array.isArray(example.value) ? example.value : [example.value];
        const request = testRequest(module, events, {
          credentials: CREDENTIALS,
          method: example.method,
          mediaType: example.mediaType || undefined,
        });
        const delivery = await receiver.receive(request);
        expect(delivery.webhook, example.name).toBe(example.webhook);
        expect(delivery.events.map(({ event }) => event[module.callbackApi.eventTypeField])).toEqual(
          events.map((event) => String(event[module.callbackApi.eventTypeField])),
        );
        for (const [name, value] of Object.entries(module.callbackApi.testHeaders ?? {}))
          expect(request.headers.get(name)).toBe(value);
        // Without credentials it is refused, as a real unauthenticated first attempt would be.
        await expect(
          receiver.receive(
            testRequest(module, events, {
              credentials: false,
              method: example.method,
              mediaType: example.mediaType || undefined,
            }),
          ),
        ).rejects.toThrow(module.CallbackAuthError);
      }
    });
  },
);
