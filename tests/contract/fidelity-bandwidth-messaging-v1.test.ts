import { describe, expect, it } from 'vitest';
import { auditedSpec } from '../support/audit.js';
import { operationsOf } from '../support/spec.js';

// Issue 11, "Bandwidth v1": one test per audit item, each asserting on the bundled spec, so that
// undoing a fix fails the test named after it.

const audit = auditedSpec('bandwidth-messaging-v1');
const { operation, parameter, accepts } = audit;

/** Every example value of an error response (JSON body) of every operation, with where it is. */
const errorExamples = () =>
  operationsOf(audit.spec().document).flatMap(({ operationId, operation: op }) =>
    Object.entries<any>(op.responses)
      .filter(([status]) => /^[45]\d\d$/.test(status))
      .flatMap(([status, response]) => {
        const media = response.content?.['application/json'] ?? {};
        const values = [
          ...('example' in media ? [media.example] : []),
          ...Object.values<any>(media.examples ?? {}).map((example) => example.value),
        ];
        return values.map((value) => ({ where: `${operationId} ${status}`, status: Number(status), value }));
      }),
  );
const sendBody = () => operation('sendMessage').operation.requestBody.content['application/json'].schema;
const message = { from: '+19195551212', to: '+19195551213', text: 'Hello' };

describe('bandwidth-messaging-v1 contract fidelity (issue 11)', () => {
  it('fromDateTime/toDateTime are not RFC 3339 date-times: yyyy-MM-dd hh:mm:ss.sss, parts may be left out', () => {
    for (const name of ['fromDateTime', 'toDateTime']) {
      const { schema, description } = parameter('listMessages', name);
      expect(schema.format, name).toBeUndefined();
      expect(description).toMatch(/yyyy-MM-dd hh:mm:ss\.sss/);
      for (const value of ['2014-05-25 12:00:00.000', '2014-05-25', '2012-10-05 20:37:39'])
        expect(accepts(schema, value).ok, `${name} ${value}`).toBe(true);
    }
  });

  it('sortOrder defaults to asc', () => {
    const { schema, description } = parameter('listMessages', 'sortOrder');
    expect(schema.default).toBe('asc');
    expect(description).toMatch(/newest first/); // the page's own contradiction is stated
  });

  it('from/to filters do not accept short codes', () => {
    for (const name of ['from', 'to']) {
      const { description } = parameter('listMessages', name);
      expect(description).toMatch(/does not support short codes/);
      expect(description).not.toMatch(/or short code/);
    }
  });

  it('size defaults to 25 and is at most 1000', () => {
    expect(parameter('listMessages', 'size').schema).toMatchObject({ type: 'integer', default: 25, maximum: 1000 });
  });

  it('the Location header of a send is relative: a uri-reference, not a uri', () => {
    const location = operation('sendMessage').operation.responses['201'].headers.Location;
    expect(location.schema.format).toBe('uri-reference');
    expect(location.example).toMatch(/^\/v1\/users\/[^/]+\/messages\/[^/]+$/);
    expect(accepts(location.schema, '/v1/users/u-abc123/messages/m-xyz789').ok).toBe(true);
  });

  it('errors use the real categories (bad-request, authorization, credit, limit, forbidden, not-found, conflict, too-many-requests, and the 5xx ones)', () => {
    const documented = [
      'bad-request',
      'authorization',
      'credit',
      'limit',
      'forbidden',
      'not-found',
      'conflict',
      'too-many-requests',
      'payment',
      'backend',
      'unavailable',
    ];
    const described = audit.schemas().ApiError.properties.category.description;
    for (const category of documented) expect(described).toContain(`\`${category}\``);
    const examples = errorExamples();
    expect(examples.length).toBeGreaterThan(10);
    for (const { where, value } of examples) expect(documented, where).toContain(value.category);
  });

  it('the send rate limit answers 403 (limit, message-rate-limit); the request rate limit answers 429 (rate-limit-reached)', () => {
    const send = operation('sendMessage').operation.responses;
    expect(send['429']).toBeUndefined();
    expect(send['403'].content['application/json'].examples.messageRateLimit.value).toMatchObject({
      category: 'limit',
      code: 'message-rate-limit',
    });
    const list = operation('listMessages').operation.responses['429'];
    expect(list.content['application/json'].example).toMatchObject({
      category: 'too-many-requests',
      code: 'rate-limit-reached',
    });
    expect(list.headers['X-RateLimit-Reset'].required).toBe(true);
  });

  it('message is not always present in an error body', () => {
    expect(audit.schemas().ApiError.required).toEqual(['category', 'code']);
    const documented429 = operation('listMessages').operation.responses['429'].content['application/json'].example;
    expect(documented429).not.toHaveProperty('message');
    expect(accepts(audit.schemas().ApiError, documented429)).toMatchObject({ ok: true });
  });

  it('invented error codes are gone (e.g. invalid-credentials): every example code is in the documents', () => {
    // errors.md, rateLimits/messageRateLimits.md, rateLimits/resourceRateLimits.md, methods/messages/postMessages.md.
    const documented = new Set([
      'validation-error',
      'blank-property',
      'message-delay-limit',
      'user-access-denied',
      'message-rate-limit',
      'multi-message-limit',
      'insufficient-available-balance',
      'media-size-overflow',
      'user-not-found',
      'message-not-found',
      'media-not-found',
      'media-invalid-content-lenght',
      'rate-limit-reached',
      'message-gateway-unavailable',
    ]);
    for (const { where, value } of errorExamples())
      expect(documented.has(value.code), `${where}: ${value.code}`).toBe(true);
    const codes = errorExamples().map(({ value }) => value.code);
    for (const invented of [
      'invalid-credentials',
      'invalid-parameter',
      'invalid-property',
      'rate-limit-exceeded',
      'internal-server-error',
    ])
      expect(codes).not.toContain(invented);
  });

  it('the 30-day text retention is the older statement: the page changed from 30 to 3 days in 2019', () => {
    const description: string = operation('getMessage').operation.description;
    expect(description).toMatch(/Earlier revisions of the page said 30 days; it changed to 3 days on 2019-11-19/);
    expect(description).toMatch(/6d2a487/);
    expect(description).not.toMatch(/Later revisions/);
  });

  it('text is at most 2048 characters', () => {
    const text = audit.schemas().SendMessageRequest.properties.text;
    expect(text.maxLength).toBe(2048);
    expect(accepts(audit.schemas().SendMessageRequest, { ...message, text: 'x'.repeat(2049) }).ok).toBe(false);
  });

  it('callbackTimeout defaults to 10000 ms and is at most 10000', () => {
    const timeout = audit.schemas().SendMessageRequest.properties.callbackTimeout;
    // Issue 18: an integer or its decimal string, both at most 10000.
    expect(timeout.default).toBe(10000);
    expect(timeout.oneOf[0]).toMatchObject({ type: 'integer', maximum: 10000 });
    expect(accepts(audit.schemas().SendMessageRequest, { ...message, callbackTimeout: 10001 }).ok).toBe(false);
  });

  it('messageId is a field of Message', () => {
    expect(audit.schemas().Message.properties.messageId.type).toBe('string');
    const listed =
      operation('listMessages').operation.responses['200'].content['application/json'].examples.listYourMessages.value;
    for (const item of listed) expect(item.messageId).toBe(item.id);
  });

  it("DeliveryCode: the documents' 19-code table, and any integer or string is accepted", () => {
    const code = audit.schemas().DeliveryCode;
    const table = code.anyOf.find((part: any) => Array.isArray(part.enum));
    expect(table.enum).toHaveLength(19);
    expect(Object.keys(table['x-enumDescriptions'])).toHaveLength(19);
    for (const value of [0, 902, 999, 4242, '0', '902']) expect(accepts(code, value).ok, String(value)).toBe(true);
    expect(accepts(code, 1.5).ok).toBe(false);
  });

  it('batch send: the same endpoint takes a JSON array of at most 50, answers 202 with per-item results, and 403 multi-message-limit beyond 50', () => {
    const body = sendBody();
    expect(accepts(body, message).ok).toBe(true);
    expect(accepts(body, Array(50).fill(message)).ok).toBe(true);
    expect(accepts(body, Array(51).fill(message)).ok).toBe(false);
    const accepted = operation('sendMessage').operation.responses['202'].content['application/json'];
    const results = accepted.examples.twoAcceptedOneError.value;
    expect(results.map((result: any) => result.result)).toEqual(['accepted', 'accepted', 'error']);
    expect(accepts(accepted.schema, results)).toMatchObject({ ok: true });
    expect(accepts(accepted.schema, [{ result: 'accepted' }]).ok).toBe(false); // an accepted result has its location
    const forbidden =
      operation('sendMessage').operation.responses['403'].content['application/json'].examples.multiMessageLimit.value;
    expect(forbidden).toMatchObject({ category: 'limit', code: 'multi-message-limit' });
  });

  it('PATCH redaction: the body must be exactly {"text": ""}, anything else is 400', () => {
    const redact = operation('redactMessageText');
    expect(redact.method).toBe('patch');
    expect(redact.path).toBe('/users/{userId}/messages/{messageId}');
    const schema = redact.operation.requestBody.content['application/json'].schema;
    expect(accepts(schema, { text: '' }).ok).toBe(true);
    for (const bad of [{ text: 'x' }, {}, { text: '', tag: 'a' }, { text: null }])
      expect(accepts(schema, bad).ok, JSON.stringify(bad)).toBe(false);
    expect(Object.keys(redact.operation.responses)).toEqual(expect.arrayContaining(['200', '400']));
  });

  it('the media resource: list, PUT upload with Content-Length, get, delete; at most 65 MB', () => {
    expect(operation('listMedia')).toMatchObject({ method: 'get', path: '/users/{userId}/media' });
    for (const [id, method] of [
      ['uploadMedia', 'put'],
      ['getMedia', 'get'],
      ['deleteMedia', 'delete'],
    ] as const) {
      expect(operation(id)).toMatchObject({ method, path: '/users/{userId}/media/{mediaName}' });
    }
    const contentLength = parameter('uploadMedia', 'Content-Length');
    expect(contentLength).toMatchObject({ in: 'header', required: true });
    // "65MB", read as the larger 65 MiB so that no accepted file is refused.
    expect(contentLength.schema.maximum).toBe(65 * 1024 * 1024);
    expect(operation('uploadMedia').operation.requestBody.content).toHaveProperty('*/*');
    const listed = operation('listMedia').operation.responses['200'].content['application/json'];
    expect(accepts(listed.schema, listed.examples.threeFiles.value)).toMatchObject({ ok: true });
  });

  it('media and receiptRequested cannot be combined', () => {
    const request = audit.schemas().SendMessageRequest;
    const media = ['https://api.catapult.inetwork.com/v1/users/u-abc123/media/image-1.jpg'];
    expect(accepts(request, { ...message, media }).ok).toBe(true);
    expect(accepts(request, { ...message, receiptRequested: 'all' }).ok).toBe(true);
    for (const receiptRequested of ['all', 'error', 'none'])
      expect(accepts(request, { ...message, media, receiptRequested }).ok, receiptRequested).toBe(false);
    expect(accepts(sendBody(), [{ ...message, media, receiptRequested: 'all' }]).ok).toBe(false);
  });
});

// Issue 18 ("contract truth, round 3"): one test per defect the outside checks found.
describe('bandwidth-messaging-v1 contract fidelity (issue 18)', () => {
  it('v1 callbackTimeout "2000" as a string is accepted, as postMessages.md Examples 6 and 7 send it', () => {
    const request = audit.schemas().SendMessageRequest;
    const base = { from: '+19195551212', to: '+19195551213', text: 'Hi' };
    for (const value of [2000, '2000', 10000, '10000', 0, '0'])
      expect(accepts(request, { ...base, callbackTimeout: value }).ok, JSON.stringify(value)).toBe(true);
    for (const value of [10001, '10001', '2e3', '-1', ' 2000', '2000.0', ''])
      expect(accepts(request, { ...base, callbackTimeout: value }).ok, JSON.stringify(value)).toBe(false);
    expect(audit.schemas().CallbackTimeout.description).toMatch(/both forms are accepted/);
    expect(accepts(audit.schemas().Message.properties.callbackTimeout, '2000').ok).toBe(true);
  });
});
