import { describe, expect, it } from 'vitest';
import { auditedSpec } from '../support/audit.js';
import { operationsOf, responseSchema } from '../support/spec.js';

// Issue 11, "Bandwidth v2": one test per audit item, each asserting on the bundled spec, so that
// undoing a fix fails the test named after it.

const audit = auditedSpec('bandwidth-messaging-v2');
const { operation, parameter, accepts } = audit;

const namedExamples = (
  operationId: string,
  status: string,
): Array<{ summary?: string; description?: string; value: any }> =>
  Object.values(operation(operationId).operation.responses[status].content['application/json'].examples ?? {});

describe('bandwidth-messaging-v2 contract fidelity (issue 11)', () => {
  it('Link/pageInfo: the rel values agree with pageInfo; the crossed part is the query-parameter names inside the URLs', () => {
    const link = operation('listMessages').operation.responses['200'].headers.Link.description;
    expect(link).toMatch(/agree with `pageInfo`/);
    expect(link).not.toMatch(/swaps the two\s+relations/);
    expect(audit.schemas().PageInfo.description).toMatch(/query-parameter names inside the\s+links/);
    expect(audit.schemas().PageInfo.description).not.toMatch(/rel` values are swapped/);
    // The example still shows the document's crossed parameter names.
    const example = namedExamples('listMessages', '200').find((candidate) => candidate.value.pageInfo?.nextPage);
    expect(example!.value.pageInfo.nextPage).toContain('prevPage=GL83PD3C');
  });

  it("Retry-After only on listMessages' 429, not required; createMessage's 429 is max-message-queue-size-exceeded; no shared 429", () => {
    const list429 = operation('listMessages').operation.responses['429'];
    expect(list429.headers['Retry-After'].required).not.toBe(true);
    expect(list429.headers['Retry-After'].example).toBe(300);
    expect(namedExamples('listMessages', '429')[0]!.value.type).toBe('rate_limit_exceeded');

    const create429 = operation('createMessage').operation.responses['429'];
    expect(create429.headers?.['Retry-After']).toBeUndefined();
    expect(namedExamples('createMessage', '429')[0]!.value.type).toBe('max-message-queue-size-exceeded');
    expect(create429).not.toBe(list429);

    for (const { operationId, operation: found } of operationsOf(audit.spec().document)) {
      if (operationId === 'listMessages') continue;
      expect(found.responses['429'], operationId).not.toBe(list429);
      expect(
        found.responses['429']?.headers?.['Retry-After'],
        `${operationId} documents no Retry-After`,
      ).toBeUndefined();
    }
  });

  it('error examples are the documented ones or say they are not; 404 accepts both documented shapes', () => {
    const first = (operationId: string, status: string) => namedExamples(operationId, status)[0]!.value;
    expect(first('listMessages', '400')).toEqual({
      type: 'request-validation',
      description: 'Your request could not be accepted',
    });
    expect(first('createMessage', '400')).toEqual({
      type: 'request-validation',
      description: 'Your request could not be accepted',
    });
    expect(first('listMessages', '401')).toEqual({ type: 'unauthorized', description: 'Authentication Failed' });
    expect(first('listMessages', '403')).toEqual({ type: 'forbidden', description: 'Access Denied' });
    expect(first('listMessages', '415').type).toBe('unsupported-content-type');
    for (const status of ['405', '406', '500']) {
      const [example] = namedExamples(status === '406' ? 'createMessage' : 'listMessages', status);
      expect(example!.description, `${status} example must say it is not from the documents`).toMatch(
        /No document shows/,
      );
    }

    const notFound = responseSchema(operation('getMessageDetailRecords'), 404)!;
    const documented = {
      timestamp: '2019-09-09T19:02:19.253+0000',
      status: 404,
      error: 'Not Found',
      message: 'Not Found',
      path: '/api/v2/users/1/messages/happy',
    };
    expect(accepts(notFound, documented).ok).toBe(true);
    expect(accepts(notFound, { type: 'not-found', description: 'x' }).ok).toBe(true);
    expect(accepts(notFound, 'Not Found').ok).toBe(false);
    expect(first('getMessageDetailRecords', '404')).toEqual(
      expect.objectContaining({ status: 404, error: 'Not Found' }),
    );
  });

  it('MessageStatus: no claim that ACCEPTED/UNDELIVERED replaced DLR_EXPIRED, and no invented meaning for them', () => {
    const status = audit.schemas().MessageStatus;
    expect(status.enum).toEqual(expect.arrayContaining(['ACCEPTED', 'UNDELIVERED', 'DLR_EXPIRED']));
    expect(status.description).toMatch(/No document says that one replaced the other/);
    expect(status.description).not.toMatch(/are current/);
    for (const value of ['ACCEPTED', 'UNDELIVERED'])
      expect(status['x-enumDescriptions'][value]).toMatch(/no document defines its meaning/);
    expect(status['x-enumDescriptions'].DLR_EXPIRED).not.toMatch(/Older name/);
  });

  it('response enums are not stricter than the server: product is an open nullable string; MDR fields accept ""; MDR MessageType may be lowercase', () => {
    const product = audit.schemas().ListMessageItem.properties.product;
    expect(accepts(product, 'SOME_NEW_PRODUCT').ok).toBe(true);
    expect(accepts(product, null).ok).toBe(true);
    expect(product.enum).toBeUndefined();

    const record = audit.schemas().MessageDetailRecord;
    const blanks = Object.fromEntries(Object.keys(record.properties).map((name) => [name, '']));
    const result = accepts(record, blanks);
    expect(result.ok, result.why).toBe(true);
    for (const type of ['sms', 'mms', 'SMS', 'MMS']) expect(accepts(record, { MessageType: type }).ok, type).toBe(true);
    expect(accepts(record, { ErrorCode: 'x' }).ok).toBe(false);
  });

  it('messageSize is "message content and headers" with no unit; the ListMessageItem field list comes from bandwidth.yml', () => {
    const item = audit.schemas().ListMessageItem;
    expect(item.properties.messageSize.description).toMatch(/message content and headers/);
    expect(item.properties.messageSize.description).toMatch(/No document\s+states the unit/);
    expect(item.properties.messageSize.description).not.toMatch(/in bytes/);
    expect(item.description).toMatch(/bandwidth\.yml's `listMessageItem`/);
    expect(item.description).not.toMatch(/SDK reference's filters/);
  });

  it('from may be an alphanumeric sender ID, and the sourceTn/destinationTn pattern accepts such senders', () => {
    expect(audit.schemas().MessageRequest.properties.from.description).toMatch(/alphanumeric sender ID/);
    expect(audit.schemas().MessageRequest.properties.from.description).toMatch(/at most 11 characters/);
    for (const name of ['sourceTn', 'destinationTn']) {
      const { schema } = parameter('listMessages', name);
      for (const value of ['My Shop', 'BW_Alerts&Co', '+15554443333', '+1919', '+15554443333,Shop-1'])
        expect(accepts(schema, value).ok, `${name}=${value}`).toBe(true);
      expect(accepts(schema, '%2B15554443333').ok, 'an already-encoded value').toBe(false);
    }
  });

  it('Message.media is uniqueItems as in bandwidth.yml, but no request array declares uniqueItems', () => {
    expect(audit.schemas().Message.properties.media.uniqueItems).toBe(true);
    const requestArrays: string[] = [];
    const walk = (node: any, where: string, seen = new Set<object>()) => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      if (node.type === 'array' && node.uniqueItems) requestArrays.push(where);
      for (const [key, value] of Object.entries(node)) walk(value, `${where}/${key}`, seen);
    };
    for (const { operationId, operation: found } of operationsOf(audit.spec().document))
      walk(found.requestBody, operationId);
    expect(requestArrays).toEqual([]);
  });

  it('the MDR example no longer mixes rows (INBOUND with a DLR code; a Mexican number in a US state)', () => {
    const [record] = namedExamples('getMessageDetailRecords', '200').find((example) =>
      Array.isArray(example.value),
    )!.value;
    expect(record.CallDirection).toBe('OUTBOUND');
    expect([record.DLRCode, record.MessageStatus]).toEqual([0, 'DELIVERED']);
    for (const side of ['Source', 'Destination']) {
      if (record[`${side}Country`] === 'United States') expect(record[`${side}Tn`], side).toMatch(/^\+?1\d{10}$/);
    }
    const example = Object.values<any>(
      operation('getMessageDetailRecords').operation.responses['200'].content['application/json'].examples,
    ).find((candidate) => Array.isArray(candidate.value));
    expect(example.description).toMatch(/Not a document's example/);
  });

  it('the basic-auth note says the "no API token and secret" rule is from the search page only, whose own example decodes to apiToken:apiSecret', () => {
    const basic = audit.spec().document.components.securitySchemes.basicAuth.description;
    expect(basic).toMatch(/Only the message search page/);
    expect(basic).toMatch(/apiToken:apiSecret/);
    expect(atob('YXBpVG9rZW46YXBpU2VjcmV0')).toBe('apiToken:apiSecret');
    expect(operation('listMessages').operation.description).toMatch(/apiToken:apiSecret/);
  });

  it('constraints without a source are gone: limit range, date-time format, sort pattern, country-code pattern', () => {
    const limit = parameter('listMessages', 'limit').schema;
    expect([limit.minimum, limit.maximum, limit.default]).toEqual([undefined, undefined, 100]);
    for (const name of ['fromDateTime', 'toDateTime']) {
      expect(parameter('listMessages', name).schema.format, name).toBeUndefined();
      expect(parameter('listMessages', name).description).toMatch(/ISO 8601/);
    }
    expect(parameter('listMessages', 'sort').schema.pattern).toBeUndefined();
    for (const name of ['callingNumberCountryA3', 'calledNumberCountryA3']) {
      expect(parameter('listMessages', name).schema.pattern, name).toBeUndefined();
      expect(parameter('listMessages', name).description).toMatch(/inferred/);
    }
    const unsourced = operation('listMessages').parameters.filter(
      (found) => found.in === 'query' && (found.schema.minimum !== undefined || found.schema.minLength !== undefined),
    );
    expect(unsourced.map((found) => found.name)).toEqual([]);
  });

  it('adds media: list with Continuation-Token (at most 1000), get, upload with Content-Type/Cache-Control (3.75 MB, 48 h), delete; mediaId may contain slashes', () => {
    const list = operation('listMedia');
    expect(list.path).toBe('/users/{accountId}/media');
    expect(list.parameters.find((found) => found.name === 'Continuation-Token')?.in).toBe('header');
    expect(list.operation.responses['200'].headers['Continuation-Token']).toBeDefined();
    expect(list.operation.description).toMatch(/at most 1000/);

    const get = operation('getMedia');
    expect(Object.keys(get.operation.responses['200'].content)).toEqual(['application/octet-stream']);

    const upload = operation('uploadMedia');
    expect(upload.method).toBe('put');
    expect(upload.parameters.find((found) => found.name === 'Cache-Control')?.in).toBe('header');
    expect(Object.keys(upload.operation.requestBody.content)).toEqual(['*/*']);
    expect(upload.operation.requestBody.description).toMatch(/Content-Type/);
    expect(upload.operation.description).toMatch(/3\.75 MB/);
    expect(upload.operation.description).toMatch(/48 hours/);
    expect(Object.keys(upload.operation.responses)).toContain('204');
    expect(Object.keys(operation('deleteMedia').operation.responses)).toContain('204');

    const mediaId = parameter('getMedia', 'mediaId');
    expect(mediaId['x-allowSlashes']).toBe(true);
    expect(mediaId.description).toMatch(/Slashes travel unencoded/);
    expect(Object.values<any>(mediaId.examples).map((example) => example.value)).toContain(
      '14762070468292kw2fuqty55yp2b2/0/bw.png',
    );
  });

  it('adds multi-channel (POST …/messages/multiChannel, beta) with its own error shape', () => {
    const multi = operation('createMultiChannelMessage');
    expect([multi.method, multi.path]).toEqual(['post', '/users/{accountId}/messages/multiChannel']);
    expect(multi.operation['x-badges']).toEqual([expect.objectContaining({ name: 'Beta' })]);
    expect(multi.operation.description).toMatch(/Beta/);
    const request = multi.operation.requestBody.content['application/json'].schema;
    expect(request.properties.channelList.maxItems).toBe(4);
    expect(
      accepts(request, {
        to: '+15552223333',
        channelList: [{ from: 'x', applicationId: 'a', channel: 'FAX', content: { text: 'hi' } }],
      }).ok,
    ).toBe(false);
    expect(namedExamples('createMultiChannelMessage', '401')[0]!.value.errors[0]).toEqual({
      type: 'unauthorized',
      description: 'Authentication Failed',
      source: {},
    });
  });

  it('adds the 10-recipient group limit (error 4435)', () => {
    // Issue 18: `to` is an array or a single string; the array branch holds the limit.
    const to = audit.schemas().MessageRequest.properties.to;
    expect(to.oneOf[0].maxItems).toBe(10);
    expect(to.description).toMatch(/4435/);
    expect(
      accepts(audit.schemas().MessageRequest, {
        applicationId: 'a',
        from: '+1',
        to: Array.from({ length: 11 }, (_, index) => `+1555000${index}`),
      }).ok,
    ).toBe(false);
  });

  it('adds the search page\'s "limited availability" and hyphenated-id encoding notes', () => {
    const description = operation('listMessages').operation.description;
    expect(description).toMatch(/Limited availability/i);
    expect(description).toMatch(/except message IDs that contain\s+hyphens/);
  });

  it("adds the MDR page's pointer to the error-code table", () => {
    const dlrCode = audit.schemas().MessageDetailRecord.properties.DLRCode;
    expect(dlrCode.description).toMatch(/MessagingErrorCode/);
    expect(dlrCode.description).toMatch(/errors\.mdx/);
    // The pointer is a real reference: the referenced table's codes are among the accepted values.
    expect(JSON.stringify(dlrCode.anyOf)).toContain('9902');
  });
});

// Issue 18 ("contract truth, round 3"): one test per defect the outside checks found.
describe('bandwidth-messaging-v2 contract fidelity (issue 18)', () => {
  it('InboundCallbackType accepts request-location-response and location-request-response beside requested-location-response', () => {
    const spellings = ['requested-location-response', 'request-location-response', 'location-request-response'];
    expect(audit.schemas().InboundCallbackType.enum).toEqual(expect.arrayContaining(spellings));
    const event = audit.schemas().InboundCallbackEvent;
    for (const type of spellings) {
      expect(event.discriminator.mapping[type], type).toBeDefined();
      const payload = {
        type,
        time: '2025-01-01T00:00:00Z',
        description: 'location',
        to: '+15554443333',
        message: {
          id: '1589228074636lm4k2je7j7jklbn2',
          owner: '+15554443333',
          applicationId: 'a',
          time: '2025-01-01T00:00:00Z',
          segmentCount: 1,
          direction: 'in',
          to: ['+15554443333'],
          from: '+15553332222',
        },
      };
      const result = accepts(event, payload);
      expect(result.ok, `${type}: ${result.why}`).toBe(true);
    }
    expect(audit.schemas().InboundCallbackType.description).toMatch(/2e0e73f/);
  });

  it('message-sent cites bandwidth.yml, not webhooks.mdx, and says why the sandbox sends it', () => {
    const sent = audit.schemas().StatusCallbackEventMessageSent.description;
    expect(sent).toMatch(/webhooks\.mdx does not\s+document this type/);
    expect(sent).toMatch(/a receiver must accept it/);
    expect(audit.schemas().StatusCallbackType['x-enumDescriptions']['message-sent']).toMatch(/not on webhooks\.mdx/);
  });

  it('v2 to as a single string is accepted; numbers must be E.164; an empty message is refused', () => {
    const request = audit.schemas().MessageRequest;
    const base = { applicationId: 'a', from: '+15552221111', text: 'hi' };
    expect(accepts(request, { ...base, to: '+15554443333' }).ok).toBe(true);
    expect(accepts(request, { ...base, to: ['+15554443333'] }).ok).toBe(true);
    for (const to of ['not-a-number', '12345', ['12345']])
      expect(accepts(request, { ...base, to }).ok, String(to)).toBe(false);
    for (const from of ['12345', 'not-a-number!', 'Abcdefghijkl'])
      expect(accepts(request, { ...base, to: '+15554443333', from }).ok, from).toBe(false);
    expect(accepts(request, { ...base, to: '+15554443333', from: 'My Shop' }).ok).toBe(true);
    expect(accepts(request, { applicationId: 'a', from: '+15552221111', to: '+15554443333' }).ok).toBe(false);
    expect(accepts(request, { applicationId: 'a', from: '+15552221111', to: '+15554443333', text: '' }).ok).toBe(false);
    expect(
      accepts(request, {
        applicationId: 'a',
        from: '+15552221111',
        to: '+15554443333',
        media: ['https://x.example/a.png'],
      }).ok,
    ).toBe(true);
  });
});
