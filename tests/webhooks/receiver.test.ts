import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidParameterError, MessagingContractsError } from '@messaging-contracts/runtime';
import {
  buildCallbackRequest,
  CallbackAuthError,
  CallbackValidationError,
  createCallbackReceiver,
  dedupeKeyFromPointers,
  type CallbackApiDefinition,
  type WebhookOperation,
} from '@messaging-contracts/runtime/webhooks';
import { everythingLogged, loadFixtureOperations } from './support.js';

// The runtime's receiver against tests/webhooks/fixtures/spec, a small spec of our own with every
// payload shape: a JSON array of a discriminated union, a GET query string, form and JSON bodies.

const CREDENTIALS = { username: 'fixture-user', password: 'fixture-pw-0c41d9' };
const auth = (username = CREDENTIALS.username, password = CREDENTIALS.password) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

const delivered = (id = 'm-1') => ({
  type: 'message-delivered',
  time: '2024-01-02T03:04:05Z',
  to: '+15551230001',
  message: { id, segmentCount: 1, to: ['+15551230001'], from: '+15551230000' },
});

let operations: readonly WebhookOperation[];
let statusApi: CallbackApiDefinition<any>;
let messageApi: CallbackApiDefinition<any>;

beforeAll(async () => {
  operations = await loadFixtureOperations();
  statusApi = { api: 'Fixture', operations, eventTypeField: 'type', dedupeKey: ['/Event', '/Message.Sid'] };
  messageApi = { ...statusApi, eventTypeField: 'Event' };
});

async function refused(promise: Promise<unknown>): Promise<any> {
  const error = await promise.then(
    () => {
      throw new Error('accepted');
    },
    (thrown: unknown) => thrown,
  );
  // Both callback errors are MessagingContractsErrors of the main entry (one class, shared by both entry points).
  expect(error).toBeInstanceOf(MessagingContractsError);
  const logged = await everythingLogged(error);
  expect(logged).not.toContain(CREDENTIALS.password);
  expect(logged).not.toContain(Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.password}`).toString('base64'));
  return error;
}

describe('routing and validation (compiled from the fixture spec)', () => {
  it("an array of events: each typed, with the dedupe key of the schema's x-dedupe-key", async () => {
    const receiver = createCallbackReceiver(statusApi, { credentials: CREDENTIALS });
    const failed = { ...delivered('m-2'), type: 'message-failed', errorCode: 4432 };
    const delivery = await receiver.receive(
      buildCallbackRequest(statusApi, [delivered(), failed], { credentials: CREDENTIALS }),
    );
    expect(delivery.webhook).toBe('statusCallback');
    expect(delivery.events.map(({ event }) => event.type)).toEqual(['message-delivered', 'message-failed']);
    expect(delivery.events.map(({ dedupeKey }) => dedupeKey)).toEqual([
      '["message-delivered","m-1","+15551230001"]',
      '["message-failed","m-2","+15551230001"]',
    ]);
  });

  it('names the failing field of the right event and branch (the second event lacks its errorCode)', async () => {
    const receiver = createCallbackReceiver(statusApi, { credentials: CREDENTIALS });
    const error = await refused(
      receiver.receive(
        buildCallbackRequest(statusApi, [delivered(), { ...delivered(), type: 'message-failed' }], {
          credentials: CREDENTIALS,
        }),
      ),
    );
    expect(error).toBeInstanceOf(CallbackValidationError);
    expect(error.field).toBe('/1/errorCode');
    expect(error.keyword).toBe('required');
    const nested = await refused(
      receiver.receive(
        buildCallbackRequest(statusApi, [{ ...delivered(), message: { ...delivered().message, segmentCount: 1.5 } }], {
          credentials: CREDENTIALS,
        }),
      ),
    );
    expect(nested.field).toBe('/0/message/segmentCount');
    const format = await refused(
      receiver.receive(
        buildCallbackRequest(statusApi, [{ ...delivered(), time: '2024-13-01T00:00:00Z' }], {
          credentials: CREDENTIALS,
        }),
      ),
    );
    expect(format.message).toContain('/0/time must be a valid date-time');
  });

  it('an envelope that is not the documented array', async () => {
    const receiver = createCallbackReceiver(statusApi, { credentials: CREDENTIALS });
    const request = new Request('http://x/cb', {
      method: 'POST',
      headers: { authorization: auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ ...delivered(), type: 'message-nope' }),
    });
    // An object of no documented type goes to the route of objects at this media type (the fixture's
    // messageEventPost), whose events all require `Event`.
    const error = await refused(receiver.receive(request));
    expect([error.reason, error.field, error.keyword, error.operationId]).toEqual([
      'schema',
      '/Event',
      'required',
      'messageEventPost',
    ]);
    const notArray = await refused(
      receiver.receive(
        new Request('http://x/cb', {
          method: 'POST',
          headers: { authorization: auth(), 'content-type': 'application/json' },
          body: '"text"',
        }),
      ),
    );
    expect(notArray.reason).toBe('schema');
    const empty = await refused(
      receiver.receive(
        new Request('http://x/cb', {
          method: 'POST',
          headers: { authorization: auth(), 'content-type': 'application/json' },
          body: '[]',
        }),
      ),
    );
    expect(empty.keyword).toBe('minItems');
  });

  it('GET query strings and form bodies, coerced as the schema says, errors named by parameter', async () => {
    const receiver = createCallbackReceiver(messageApi, { credentials: false });
    const get = await receiver.receive(
      new Request('http://x/cb?Event=Message.Received&Message.Sid=SM1&SegmentCount=3&Extra=kept'),
    );
    expect(get.operationId).toBe('messageEventGet');
    expect(get.events[0]!.event).toEqual({
      Event: 'Message.Received',
      'Message.Sid': 'SM1',
      SegmentCount: 3,
      Extra: 'kept',
    });
    expect(get.events[0]!.dedupeKey).toBe('["Message.Received","SM1"]');
    const form = await receiver.receive(
      new Request('http://x/cb', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Event=Message.DeliveryReceiptReceived&Message.Sid=SM2&SegmentCount=1',
      }),
    );
    expect(form.operationId).toBe('messageEventPost');
    expect(form.events[0]!.event.SegmentCount).toBe(1);
    const json = await receiver.receive(
      new Request('http://x/cb', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"Event":"Message.Received","Message.Sid":"SM3"}',
      }),
    );
    expect(json.events[0]!.event['Message.Sid']).toBe('SM3');
    const notNumber = await refused(
      receiver.receive(new Request('http://x/cb?Event=Message.Received&Message.Sid=SM1&SegmentCount=three')),
    );
    expect([notNumber.field, notNumber.keyword]).toEqual(['SegmentCount', 'type']);
    expect(notNumber.message).toContain('parameter "SegmentCount"');
    const missing = await refused(receiver.receive(new Request('http://x/cb?Event=Message.Received')));
    expect([missing.field, missing.keyword]).toEqual(['Message.Sid', 'required']);
    // A type the spec does not list: accepted as an unknown event, checked for the common fields only.
    const unknown = await receiver.receive(new Request('http://x/cb?Event=Message.Sent&Message.Sid=SM1'));
    expect(unknown.events).toEqual([]);
    expect(unknown.unknownEvents).toEqual([
      {
        type: 'Message.Sent',
        index: 0,
        event: { Event: 'Message.Sent', 'Message.Sid': 'SM1' },
        dedupeKey: '["Message.Sent","SM1"]',
      },
    ]);
    const bare = await refused(receiver.receive(new Request('http://x/cb?Event=Message.Sent')));
    expect([bare.reason, bare.field, bare.keyword]).toEqual(['schema', 'Message.Sid', 'required']);
  });

  it('form names cannot reach prototypes', async () => {
    const receiver = createCallbackReceiver(messageApi, { credentials: false });
    const delivery = await receiver.receive(
      new Request('http://x/cb?Event=Message.Received&Message.Sid=SM1&__proto__=polluted&constructor=x'),
    );
    const event = delivery.events[0]!.event;
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(Object.hasOwn(event, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts nesting outside strings only', async () => {
    const receiver = createCallbackReceiver(statusApi, { credentials: CREDENTIALS, maxDepth: 4 });
    const event = { ...delivered(), message: { ...delivered().message, text: '[[[[[[{{{{{{ \\" [[[[' } };
    const delivery = await receiver.receive(buildCallbackRequest(statusApi, [event], { credentials: CREDENTIALS }));
    expect(delivery.events[0]!.event.message.text).toBe(event.message.text);
    const deeper = await refused(
      receiver.receive(buildCallbackRequest(statusApi, [{ ...event, extra: [[[1]]] }], { credentials: CREDENTIALS })),
    );
    expect(deeper.reason).toBe('too-deep');
  });
});

describe('credentials', () => {
  it('accepts any of several (rotation) and refuses everything else, in constant-time comparison', async () => {
    const next = { username: 'fixture-user', password: 'next-pw-77' };
    const receiver = createCallbackReceiver(statusApi, { credentials: [CREDENTIALS, next] });
    for (const credentials of [CREDENTIALS, next])
      await expect(
        receiver.receive(buildCallbackRequest(statusApi, [delivered()], { credentials })),
      ).resolves.toBeTruthy();
    for (const header of [
      auth('fixture-user', 'next-pw-7'),
      auth('fixture-user', 'next-pw-777'),
      auth('fixture-use', CREDENTIALS.password),
      `basic   ${Buffer.from('x').toString('base64')}`,
    ]) {
      const error = await refused(
        Promise.resolve().then(() =>
          receiver.verify({
            method: 'POST',
            headers: { authorization: header, 'content-type': 'application/json' },
            body: JSON.stringify([delivered()]),
          }),
        ),
      );
      expect(error).toBeInstanceOf(CallbackAuthError);
    }
    // Scheme names are case-insensitive; UTF-8 credentials work.
    const unicode = { username: 'zoë', password: 'пароль-✓' };
    const utf8 = createCallbackReceiver(statusApi, { credentials: unicode });
    const header = `BASIC ${Buffer.from('zoë:пароль-✓').toString('base64')}`;
    expect(
      utf8.verify({
        method: 'POST',
        headers: { authorization: header, 'content-type': 'application/json' },
        body: JSON.stringify([delivered()]),
      }).events,
    ).toHaveLength(1);
  });

  it('checks credentials before reading the body', async () => {
    const receiver = createCallbackReceiver(statusApi, { credentials: CREDENTIALS });
    let pulled = false;
    const body = new ReadableStream(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request('http://x/cb', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    const error = await refused(receiver.receive(request));
    expect(error.reason).toBe('missing');
    expect(pulled).toBe(false);
  });

  it('requires an explicit choice, and never shows a configured credential', async () => {
    expect(() => createCallbackReceiver(statusApi, {} as never)).toThrow(InvalidParameterError);
    for (const credentials of [{ username: 'a:b', password: 'pw-hidden-1' }, { username: 'user', password: '' }, []]) {
      let thrown: unknown;
      try {
        createCallbackReceiver(statusApi, { credentials: credentials as never });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidParameterError);
      expect(await everythingLogged(thrown)).not.toContain('pw-hidden-1');
      expect(await everythingLogged(thrown)).not.toContain('a:b');
    }
  });
});

describe('the Node entry (IncomingMessage or Express request)', () => {
  const json = JSON.stringify([delivered()]);
  const headers = () => ({
    authorization: auth(),
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(json)),
  });

  it('reads the request stream', async () => {
    const receiver = createCallbackReceiver(statusApi, { credentials: CREDENTIALS });
    const stream = Object.assign(Readable.from([Buffer.from(json.slice(0, 10)), Buffer.from(json.slice(10))]), {
      method: 'POST',
      url: '/cb',
      headers: headers(),
    });
    expect((await receiver.receiveNode(stream)).events).toHaveLength(1);
  });

  it('takes express.raw() Buffers, express.text() strings and express.json() objects', async () => {
    const receiver = createCallbackReceiver(statusApi, { credentials: CREDENTIALS });
    for (const body of [Buffer.from(json), json, JSON.parse(json)]) {
      expect(
        (await receiver.receiveNode({ method: 'POST', url: '/cb', headers: headers(), body })).events,
      ).toHaveLength(1);
    }
    const parsedInvalid = await refused(
      receiver.receiveNode({ method: 'POST', url: '/cb', headers: headers(), body: [{ ...delivered(), to: 5 }] }),
    );
    expect(parsedInvalid.field).toBe('/0/to');
  });

  it('takes a GET query from originalUrl (Express strips mount paths from url)', async () => {
    const receiver = createCallbackReceiver(messageApi, { credentials: false });
    const delivery = await receiver.receiveNode({
      method: 'GET',
      url: '/?Event=Message.Received&Message.Sid=SM9',
      originalUrl: '/hooks/?Event=Message.Received&Message.Sid=SM9',
      headers: {},
      body: {},
    });
    expect(delivery.events[0]!.dedupeKey).toBe('["Message.Received","SM9"]');
  });

  it('refuses a declared Content-Length over the limit without reading, and an undeclared one while reading', async () => {
    const receiver = createCallbackReceiver(statusApi, { credentials: CREDENTIALS, maxBodyBytes: 64 });
    let read = false;
    const declared = Object.assign(
      Readable.from(
        (function* () {
          read = true;
          yield Buffer.from(json);
        })(),
      ),
      { method: 'POST', url: '/cb', headers: headers() },
    );
    expect((await refused(receiver.receiveNode(declared))).reason).toBe('too-large');
    expect(read).toBe(false);
    const chunked = Object.assign(Readable.from([Buffer.from(json)]), {
      method: 'POST',
      url: '/cb',
      headers: { ...headers(), 'content-length': undefined, 'transfer-encoding': 'chunked' },
    });
    expect((await refused(receiver.receiveNode(chunked))).status).toBe(413);
  });
});

describe('dedupeKeyFromPointers', () => {
  it('reads JSON pointers (with ~0 ~1 escapes) and marks absent fields null', () => {
    const key = dedupeKeyFromPointers(['/a~1b', '/c/d', '/missing/x']);
    expect(key({ 'a/b': 1, c: { d: 'x' } })).toBe('[1,"x",null]');
    expect(() => dedupeKeyFromPointers(['nope'])).toThrow(InvalidParameterError);
  });
});
