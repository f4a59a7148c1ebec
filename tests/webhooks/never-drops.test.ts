import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidParameterError } from '@messaging-contracts/runtime';
import type {
  CallbackDelivery,
  NodeCallbackRequest,
  NodeCallbackResponse,
} from '@messaging-contracts/runtime/webhooks';
import { loadSpec } from '../support/spec.js';
import { CREDENTIALS, loadWebhooks, webhookApis, type WebhooksModule } from './apis.js';
import { authorization, examplesOf, formBody, type ExampleCallback } from './examples.js';

// Issue 20: a receiver never drops a real event for the wrong reason. An event of a type the spec
// does not list (one the provider added later) is accepted as an unknown event, its type kept as
// sent; with `onContractViolation: 'report'`, a callback that breaks the schema otherwise is
// accepted too (2xx), its events handed over with the violations. Credentials, media type and
// unparseable bodies are refused in both modes. Checked on every API's receiver and example.

const NEW_TYPE = 'brand-new-event-2031';

function requestOf(example: ExampleCallback, payload: unknown, headers: Record<string, string> = {}): Request {
  if (example.mediaType === '')
    return new Request(`http://127.0.0.1/callbacks?${formBody(payload as Record<string, unknown>)}`, {
      method: example.method,
      headers: { authorization: authorization(), ...headers },
    });
  const json = example.mediaType.includes('json');
  return new Request('http://127.0.0.1/callbacks', {
    method: example.method,
    headers: {
      'content-type': json ? `${example.mediaType}; charset=utf-8` : example.mediaType,
      authorization: authorization(),
      ...headers,
    },
    body: json ? JSON.stringify(payload) : formBody(payload as Record<string, unknown>).toString(),
  });
}

/** A fetchHandler run: the Response, and the delivery its handler got (if any). */
async function handled(
  module: WebhooksModule,
  request: Request,
  options: Partial<Parameters<WebhooksModule['createCallbackReceiver']>[0]> = {},
) {
  const deliveries: CallbackDelivery<Record<string, unknown>>[] = [];
  const handler = module
    .createCallbackReceiver({ credentials: CREDENTIALS, ...options })
    .fetchHandler((delivery) => void deliveries.push(delivery));
  const response = await handler(request);
  return { response, delivery: deliveries[0], count: deliveries.length };
}

describe.each(webhookApis.map((entry) => [entry.api.name, entry] as const))(
  '%s receiver',
  (_name, { api, packageName }) => {
    let module: WebhooksModule;
    let examples: ExampleCallback[];
    let typeField: string;
    const firstEvent = (example: ExampleCallback): Record<string, unknown> =>
      Array.isArray(example.value) ? example.value[0] : example.value;
    const wrap = (example: ExampleCallback, ...events: unknown[]) =>
      Array.isArray(example.value) ? events : events[0];
    const jsonExample = () => examples.find((example) => example.mediaType.includes('json'))!;

    beforeAll(async () => {
      module = await loadWebhooks(packageName);
      examples = examplesOf((await loadSpec(api)).document);
      typeField = module.callbackApi.eventTypeField;
    });

    it('accepts an event of an undocumented type as an unknown event, its type kept as sent (every example)', async () => {
      for (const example of examples) {
        const event = { ...firstEvent(example), [typeField]: NEW_TYPE };
        const { response, delivery, count } = await handled(module, requestOf(example, wrap(example, event)));
        expect(response.status, example.name).toBe(200);
        expect(count, example.name).toBe(1);
        expect(delivery!.events, example.name).toEqual([]);
        expect(delivery!.violations, example.name).toEqual([]);
        expect(delivery!.unknownEvents, example.name).toHaveLength(1);
        const [unknown] = delivery!.unknownEvents;
        expect(unknown!.type).toBe(NEW_TYPE);
        expect(unknown!.index).toBe(0);
        expect(unknown!.event[typeField]).toBe(NEW_TYPE);
        expect(unknown!.dedupeKey).toEqual(expect.any(String));
        // Which webhook a new type belongs to is a guess where several take this media type: one of them.
        expect(
          module.callbackApi.operations.map((operation) => operation.webhook),
          example.name,
        ).toContain(delivery!.webhook);
      }
    });

    it('keeps documented events typed beside an unknown one in the same list', async () => {
      const example = examples.find((candidate) => Array.isArray(candidate.value));
      if (!example) {
        // One event per request: nothing to mix; the API's envelope says so.
        expect(
          module.callbackApi.operations.every((op) => op.inputs.every((input) => input.envelope === 'object')),
        ).toBe(true);
        return;
      }
      const known = firstEvent(example);
      const delivery = await module
        .createCallbackReceiver({ credentials: CREDENTIALS })
        .receive(requestOf(example, [known, { ...known, [typeField]: NEW_TYPE }]));
      expect(delivery.events.map(({ event }) => event[typeField])).toEqual([known[typeField]]);
      expect(delivery.unknownEvents.map(({ type, index }) => [type, index])).toEqual([[NEW_TYPE, 1]]);
    });

    it('still refuses an unknown event that lacks a field every documented event has, naming it', async () => {
      const example = jsonExample();
      const { response, count } = await handled(module, requestOf(example, wrap(example, { [typeField]: NEW_TYPE })));
      expect(response.status).toBe(400);
      expect(count).toBe(0);
      expect(await response.text()).toMatch(/ is required$/);
    });

    it('report mode: a wrongly typed field is answered 200 and handed over with the violation; strict answers 400', async () => {
      const example = jsonExample();
      const event = firstEvent(example);
      const field = Object.keys(event).find((name) => name !== typeField && typeof event[name] === 'string')!;
      const broken = () => requestOf(example, wrap(example, { ...event, [field]: 12345 }));
      const strict = await handled(module, broken());
      expect(strict.response.status).toBe(400);
      expect(strict.count).toBe(0);
      const reported = await handled(module, broken(), { onContractViolation: 'report' });
      expect(reported.response.status).toBe(200);
      const pointer = `${Array.isArray(example.value) ? '/0' : ''}/${field}`;
      expect(reported.delivery!.violations).toEqual([
        { index: 0, field: pointer, keyword: 'type', message: expect.stringContaining(`${pointer} must be of type`) },
      ]);
      expect(reported.delivery!.events).toHaveLength(1);
      expect(reported.delivery!.events[0]!.event[field]).toBe(12345);
    });

    it('report mode: a missing required field, and an envelope other than the documented one, are reported', async () => {
      const example = jsonExample();
      const event = firstEvent(example);
      const strict = module.createCallbackReceiver({ credentials: CREDENTIALS });
      const receiver = module.createCallbackReceiver({ credentials: CREDENTIALS, onContractViolation: 'report' });
      let reportedFields = 0;
      for (const field of Object.keys(event)) {
        if (field === typeField) continue;
        const { [field]: _dropped, ...rest } = event;
        const refused = await strict.receive(requestOf(example, wrap(example, rest))).then(
          () => false,
          () => true,
        );
        if (!refused) continue; // an optional field
        const missing = await receiver.receive(requestOf(example, wrap(example, rest)));
        expect(missing.violations, field).toEqual([
          expect.objectContaining({
            index: 0,
            keyword: 'required',
            field: expect.stringMatching(new RegExp(`${field}$`)),
          }),
        ]);
        expect(missing.events, field).toHaveLength(1);
        reportedFields++;
      }
      expect(reportedFields, 'no required field was found to remove').toBeGreaterThan(0);
      // A list where one event is documented, or one event where a list is (Bandwidth/api-docs#1180).
      const otherEnvelope = Array.isArray(example.value) ? event : [event];
      const enveloped = await receiver.receive(requestOf(example, otherEnvelope));
      expect(enveloped.violations).toEqual([
        {
          index: undefined,
          field: '',
          keyword: 'type',
          message: expect.stringContaining(`must be of type ${Array.isArray(example.value) ? 'array' : 'object'}`),
        },
      ]);
      expect(enveloped.events.map(({ event: received }) => received[typeField])).toEqual([event[typeField]]);
    });

    it('report mode still refuses wrong credentials (401), unparseable bodies (400) and other media types (415)', async () => {
      const example = jsonExample();
      const options = { onContractViolation: 'report' as const };
      const wrongPassword = `Basic ${Buffer.from(`${CREDENTIALS.username}:wrong-pw`).toString('base64')}`;
      const unauthorized = await handled(
        module,
        requestOf(example, example.value, { authorization: wrongPassword }),
        options,
      );
      expect(unauthorized.response.status).toBe(401);
      expect(unauthorized.response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
      const malformed = new Request(requestOf(example, example.value), { body: '{"not": json' });
      expect((await handled(module, malformed, options)).response.status).toBe(400);
      const text = requestOf(example, example.value, { 'content-type': 'text/plain' });
      expect((await handled(module, text, options)).response.status).toBe(415);
    });

    it('report mode through the node:http handler: 200, and the delivery carries the violations', async () => {
      const example = jsonExample();
      const event = firstEvent(example);
      const body = JSON.stringify(wrap(example, { ...event, [typeField]: NEW_TYPE, extra: true }));
      const deliveries: CallbackDelivery<Record<string, unknown>>[] = [];
      const handler = module
        .createCallbackReceiver({ credentials: CREDENTIALS, onContractViolation: 'report' })
        .nodeHandler((delivery) => void deliveries.push(delivery));
      const written: { status?: number; body?: string } = {};
      const response: NodeCallbackResponse = {
        writeHead: (status) => (written.status = status),
        end: (text) => (written.body = text),
      };
      const request: NodeCallbackRequest = {
        method: example.method,
        url: '/callbacks',
        headers: { 'content-type': example.mediaType, authorization: authorization() },
        body: Buffer.from(body),
      };
      await handler(request, response);
      expect(written.status).toBe(200);
      expect(deliveries[0]!.unknownEvents.map(({ type }) => type)).toEqual([NEW_TYPE]);
    });

    it('refuses an unknown option by name, listing the valid ones', () => {
      expect(() => module.createCallbackReceiver({ credentials: CREDENTIALS, mode: 'report' } as never)).toThrow(
        InvalidParameterError,
      );
      expect(() => module.createCallbackReceiver({ credentials: CREDENTIALS, mode: 'report' } as never)).toThrow(
        /"mode".*onContractViolation/,
      );
      expect(() =>
        module.createCallbackReceiver({ credentials: CREDENTIALS, onContractViolation: 'ignore' as never }),
      ).toThrow(/onContractViolation/);
    });
  },
);
