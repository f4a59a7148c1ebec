import { beforeAll, describe, expect, it } from 'vitest';
import { MessagingContractsError } from '@messaging-contracts/runtime';
import { CallbackAuthError, CallbackValidationError } from '@messaging-contracts/runtime/webhooks';
import { loadSpec } from '../support/spec.js';
import { CREDENTIALS, loadWebhooks, webhookApis, type WebhooksModule } from './apis.js';
import { authorization, examplesOf, formBody, type ExampleCallback } from './examples.js';
import { everythingLogged } from './support.js';

// Each bad callback gets its typed error, naming what failed, and nothing a logger could print
// (message, stack, JSON, util.inspect) holds the credentials or the message's text.

const PRIVATE_TEXT = 'private-text-5d1c2e: meet me at noon';
const BASE64_CREDENTIALS = Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.password}`).toString('base64');

async function expectNoSecrets(error: unknown) {
  const logged = await everythingLogged(error);
  for (const secret of [CREDENTIALS.password, BASE64_CREDENTIALS, PRIVATE_TEXT, 'wrong-pw-91b2'])
    expect(logged, `a logged error contains "${secret}"`).not.toContain(secret);
}

async function refusal(receive: Promise<unknown>): Promise<Error> {
  const error = await receive.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'the callback was accepted').toBeInstanceOf(MessagingContractsError);
  await expectNoSecrets(error);
  return error as Error;
}

function bodyRequest(example: ExampleCallback, body: string, headers: Record<string, string> = {}): Request {
  const contentType = example.mediaType.includes('json') ? `${example.mediaType}; charset=utf-8` : example.mediaType;
  return new Request('http://127.0.0.1/callbacks', {
    method: example.method,
    headers: { 'content-type': contentType, authorization: authorization(), ...headers },
    body,
  });
}

function encode(example: ExampleCallback, value: unknown): string {
  return example.mediaType.includes('json')
    ? JSON.stringify(value)
    : formBody(value as Record<string, unknown>).toString();
}

describe.each(webhookApis.map((entry) => [entry.api.name, entry] as const))(
  '%s receiver refuses',
  (_name, { api, packageName }) => {
    let module: WebhooksModule;
    let examples: ExampleCallback[];
    let typeField: string;
    const receiver = () => module.createCallbackReceiver({ credentials: CREDENTIALS });
    const bodyExamples = () => examples.filter((example) => example.mediaType !== '');
    const jsonExample = () => examples.find((example) => example.mediaType.includes('json'))!;
    /** The example's first event, with a private text added (bodies are open to additional fields). */
    const eventOf = (example: ExampleCallback) => ({
      ...(Array.isArray(example.value) ? example.value[0] : example.value),
      privateNote: PRIVATE_TEXT,
    });
    const wrap = (example: ExampleCallback, event: unknown) => (Array.isArray(example.value) ? [event] : event);

    beforeAll(async () => {
      module = await loadWebhooks(packageName);
      examples = examplesOf((await loadSpec(api)).document);
      typeField = module.callbackApi.eventTypeField;
    });

    it('missing, malformed and wrong credentials, with the Basic challenge', async () => {
      const example = examples[0]!;
      const cases: [string, Record<string, string>, string][] = [
        ['no Authorization header', { authorization: '' }, 'missing'],
        ['a Bearer token', { authorization: `Bearer ${CREDENTIALS.password}` }, 'malformed'],
        ['Basic with no base64', { authorization: `Basic ${CREDENTIALS.password}!` }, 'malformed'],
        [
          'a wrong password',
          { authorization: `Basic ${Buffer.from(`${CREDENTIALS.username}:wrong-pw-91b2`).toString('base64')}` },
          'mismatch',
        ],
        [
          'a wrong username',
          { authorization: `Basic ${Buffer.from(`someone-else:${CREDENTIALS.password}`).toString('base64')}` },
          'mismatch',
        ],
        [
          'a password prefix',
          {
            authorization: `Basic ${Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.password.slice(0, -1)}`).toString('base64')}`,
          },
          'mismatch',
        ],
      ];
      for (const [what, headers, reason] of cases) {
        const request = example.request();
        const withHeaders = new Request(request, { headers: { ...Object.fromEntries(request.headers), ...headers } });
        if (headers.authorization === '') withHeaders.headers.delete('authorization');
        const error = await refusal(receiver().receive(withHeaders));
        expect(error, what).toBeInstanceOf(CallbackAuthError);
        const auth = error as CallbackAuthError;
        expect(auth.reason, what).toBe(reason);
        expect(auth.status).toBe(401);
        expect(auth.headers['www-authenticate'], what).toMatch(/^Basic realm="callbacks"/);
        const response = auth.toResponse();
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
      }
    });

    it('a method its callbacks do not use (405)', async () => {
      const error = await refusal(
        receiver().receive(
          new Request('http://127.0.0.1/callbacks', {
            method: 'PUT',
            headers: { authorization: authorization() },
            body: '{}',
          }),
        ),
      );
      expect(error).toBeInstanceOf(CallbackValidationError);
      expect((error as CallbackValidationError).reason).toBe('method');
      expect((error as CallbackValidationError).status).toBe(405);
    });

    it('a wrong content type or charset (415)', async () => {
      const example = bodyExamples()[0]!;
      for (const contentType of ['text/plain', 'application/xml', 'application/json; charset=iso-8859-1']) {
        const error = await refusal(
          receiver().receive(bodyRequest(example, encode(example, example.value), { 'content-type': contentType })),
        );
        expect(error, contentType).toBeInstanceOf(CallbackValidationError);
        expect((error as CallbackValidationError).reason, contentType).toBe('content-type');
        expect((error as CallbackValidationError).field).toBe('Content-Type');
        expect((error as CallbackValidationError).status).toBe(415);
      }
    });

    it('malformed JSON and 10,000-deep JSON (400, never a crash)', async () => {
      const example = jsonExample();
      for (const [body, reason] of [
        [`${JSON.stringify(example.value).slice(0, -1)}, "privateNote": "${PRIVATE_TEXT}"`, 'malformed-json'],
        ['[{"a": 1,}]', 'malformed-json'],
        ['', 'malformed-json'],
        ['['.repeat(10_000) + ']'.repeat(10_000), 'too-deep'],
        [`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, 'too-deep'],
      ] as const) {
        const error = await refusal(receiver().receive(bodyRequest(example, body)));
        expect(error).toBeInstanceOf(CallbackValidationError);
        expect((error as CallbackValidationError).reason, body.slice(0, 40)).toBe(reason);
        expect((error as CallbackValidationError).status).toBe(400);
      }
    });

    it('bytes that are not UTF-8', async () => {
      const example = bodyExamples()[0]!;
      const request = new Request('http://127.0.0.1/callbacks', {
        method: example.method,
        headers: { 'content-type': example.mediaType, authorization: authorization() },
        body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      });
      const error = await refusal(receiver().receive(request));
      expect((error as CallbackValidationError).reason).toBe('encoding');
    });

    it('an event of an unknown type that lacks the fields every documented event has, naming one', async () => {
      // An unknown type alone is accepted (never-drops.test.ts); a payload with nothing else is not an event.
      for (const example of examples) {
        const event = { [typeField]: 'no-such-event', privateNote: PRIVATE_TEXT };
        const request =
          example.mediaType === ''
            ? new Request(`http://127.0.0.1/callbacks?${formBody(event)}`, {
                method: example.method,
                headers: { authorization: authorization() },
              })
            : bodyRequest(example, encode(example, wrap(example, event)));
        const error = await refusal(receiver().receive(request));
        expect(error, example.name).toBeInstanceOf(CallbackValidationError);
        const invalid = error as CallbackValidationError;
        expect(invalid.reason, example.name).toBe('schema');
        expect(invalid.keyword, example.name).toBe('required');
        expect(invalid.message, example.name).not.toContain('no-such-event');
      }
    });

    it('a missing required field, naming it (every example, every top-level field the schema requires)', async () => {
      for (const example of examples) {
        const event = eventOf(example);
        let refusedFields = 0;
        for (const field of Object.keys(event)) {
          if (field === 'privateNote') continue;
          const { [field]: _removed, ...rest } = event;
          const request =
            example.mediaType === ''
              ? new Request(`http://127.0.0.1/callbacks?${formBody(rest)}`, {
                  method: example.method,
                  headers: { authorization: authorization() },
                })
              : bodyRequest(example, encode(example, wrap(example, rest)));
          const outcome = await receiver()
            .receive(request)
            .then(
              () => undefined,
              (error: unknown) => error,
            );
          if (outcome === undefined) continue; // an optional field
          await expectNoSecrets(outcome);
          expect(outcome, `${example.name} without ${field}`).toBeInstanceOf(CallbackValidationError);
          const invalid = outcome as CallbackValidationError;
          if (field === typeField) continue; // routing needs it; covered above
          expect(invalid.reason, `${example.name} without ${field}: ${invalid.message}`).toBe('schema');
          expect(invalid.keyword, `${example.name} without ${field}: ${invalid.message}`).toBe('required');
          const pointer = `${Array.isArray(example.value) ? '/0' : ''}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          expect(invalid.field, invalid.message).toBe(
            example.mediaType === '' || example.mediaType.includes('form') ? field : pointer,
          );
          expect(invalid.message).toContain(field);
          refusedFields++;
        }
        expect(refusedFields, `${example.name}: removing no field made the receiver refuse it`).toBeGreaterThan(0);
      }
    });

    it('a wrongly typed field, naming it', async () => {
      const example = jsonExample();
      const event = eventOf(example);
      const field = Object.keys(event).find((name) => name !== typeField && typeof event[name] === 'string')!;
      const error = await refusal(
        receiver().receive(
          bodyRequest(example, JSON.stringify(wrap(example, { ...event, [field]: { nested: PRIVATE_TEXT } }))),
        ),
      );
      expect((error as CallbackValidationError).reason).toBe('schema');
      expect((error as CallbackValidationError).field).toBe(`${Array.isArray(example.value) ? '/0' : ''}/${field}`);
      expect((error as CallbackValidationError).keyword).toBe('type');
    });

    it('an oversized body (413), declared or not', async () => {
      const example = bodyExamples()[0]!;
      const small = module.createCallbackReceiver({ credentials: CREDENTIALS, maxBodyBytes: 2048 });
      const big = encode(example, wrap(example, { ...eventOf(example), padding: 'x'.repeat(4096) }));
      // Undeclared length: a stream, stopped once past the limit.
      const streamed = new Request('http://127.0.0.1/callbacks', {
        method: example.method,
        headers: { 'content-type': example.mediaType, authorization: authorization() },
        body: new Blob([big]).stream(),
        duplex: 'half',
      } as RequestInit);
      for (const request of [bodyRequest(example, big), streamed]) {
        const error = await refusal(small.receive(request));
        expect((error as CallbackValidationError).reason).toBe('too-large');
        expect((error as CallbackValidationError).status).toBe(413);
      }
      // The default limit, 1 MiB.
      const huge = encode(example, wrap(example, { ...eventOf(example), padding: 'x'.repeat(1024 * 1024) }));
      const error = await refusal(receiver().receive(bodyRequest(example, huge)));
      expect((error as CallbackValidationError).reason).toBe('too-large');
    });
  },
);
