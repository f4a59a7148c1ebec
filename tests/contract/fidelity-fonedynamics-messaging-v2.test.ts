import { describe, expect, it } from 'vitest';
import { type MessageResource, messageOf } from '@messaging-contracts/fonedynamics-messaging-v2';
import { auditedSpec } from '../support/audit.js';

// Issue 11, "Fone Dynamics": one test per audit item, each asserting on the bundled spec, so that
// undoing a fix fails the test named after it.

const audit = auditedSpec('fonedynamics-messaging-v2');
const { operation, accepts } = audit;

describe('fonedynamics-messaging-v2 contract fidelity (issue 11)', () => {
  it('From may be blank or omitted (a leased sender is then used): no minLength', () => {
    const request = audit.schemas().SendMessageRequest;
    expect(request.required).not.toContain('From');
    expect(request.properties.From.minLength).toBeUndefined();
    expect(accepts(request, { To: '+61488824921', Text: 'Hi' }).ok).toBe(true);
    expect(accepts(request, { From: '', To: '+61488824921', Text: 'Hi' }).ok).toBe(true);
    expect(request.properties.From.description).toMatch(/leased/);
  });

  it('alphanumeric senders are 1-11 letters, digits and spaces with at least one letter', () => {
    const from = audit.schemas().SendMessageRequest.properties.From;
    for (const sender of ['FoneDyn', 'FDX', 'My Shop 1', 'A', 'Abcdefghijk', '+61499009990']) {
      expect(accepts(from, sender), `${sender} is a valid sender`).toMatchObject({ ok: true });
    }
    for (const sender of ['Abcdefghijkl', '12345', 'Fone-Dyn', 'Fone_Dyn', '   ', '61499009990']) {
      expect(accepts(from, sender).ok, `${sender} is not a valid sender`).toBe(false);
    }
  });

  it('Schedule is epoch seconds at most 14 days ahead (less than 1 h in the past sends now)', () => {
    const schedule = audit.schemas().SendMessageRequest.properties.Schedule;
    expect(schedule.type).toBe('integer');
    expect(schedule.minimum).toBe(0);
    expect(schedule.description).toMatch(/14 days/);
    expect(schedule.description).toMatch(/less than 1 hour in the past/);
    expect(accepts(schedule, 1506321590.5).ok).toBe(false);
  });

  it('send fields: WebhookUri, WebhookMethod, DeliveryReceipt, DeliveryReceiptWebhookUri, DeliveryReceiptWebhookMethod, ForwardToSms, ForwardFromSms, ForwardToEmail, ForwardFromEmail, each pointing at its webhook', () => {
    const fields = audit.schemas().SendMessageRequest.properties;
    const expected: Record<string, string | undefined> = {
      WebhookUri: 'messageReceived',
      WebhookMethod: 'messageReceived',
      DeliveryReceipt: 'messageDeliveryReceiptReceived',
      DeliveryReceiptWebhookUri: 'messageDeliveryReceiptReceived',
      DeliveryReceiptWebhookMethod: 'messageDeliveryReceiptReceived',
      ForwardToSms: undefined,
      ForwardFromSms: undefined,
      ForwardToEmail: undefined,
      ForwardFromEmail: undefined,
    };
    for (const [field, webhook] of Object.entries(expected)) {
      expect(fields[field], `SendMessageRequest.${field}`).toBeDefined();
      expect(fields[field]['x-webhook'], `${field} x-webhook`).toBe(webhook);
      if (webhook) {
        expect(audit.spec().document.webhooks[webhook], `webhook ${webhook}`).toBeDefined();
        expect(fields[field].description, `${field} names its webhook`).toContain(webhook);
      }
    }
    for (const method of ['WebhookMethod', 'DeliveryReceiptWebhookMethod']) {
      expect(fields[method].enum).toEqual(expect.arrayContaining(['POST', 'GET']));
      expect(fields[method].default).toBe('POST');
    }
  });

  it('ExternalId on the message resource', () => {
    // MessageResource is MessageFields plus a required MessageSid (issue 18).
    const externalId = audit.schemas().MessageFields.properties.ExternalId;
    expect(externalId.type).toEqual(['string', 'null']);
    expect(externalId.description).toMatch(/Retrieve SMS Message/);
    expect(accepts(audit.schemas().MessageResource, { MessageSid: 'M', ExternalId: 'order-42' }).ok).toBe(true);
  });

  it('error body is {ResponseStatus: {ErrorCode, Message}} with an open ErrorCode and no invented codes', () => {
    const responseStatus = audit.schemas().ErrorResponse.properties.ResponseStatus;
    expect(responseStatus.required).toEqual(['ErrorCode', 'Message']);
    const errorCode = responseStatus.properties.ErrorCode;
    expect(errorCode.type).toBe('string');
    for (const narrowing of ['enum', 'const', 'pattern', 'format'])
      expect(errorCode[narrowing], `ErrorCode ${narrowing}`).toBeUndefined();
    expect(
      accepts(audit.schemas().ErrorResponse, { ResponseStatus: { ErrorCode: 'ANY_CODE_AT_ALL', Message: 'm' } }).ok,
    ).toBe(true);

    const errorExamples = Object.entries<any>(audit.spec().document.components.responses)
      .filter(([name]) => !name.startsWith('Webhook'))
      .flatMap(([name, response]) =>
        Object.entries<any>(response.content['application/json'].examples ?? {}).map(([example, value]) => ({
          where: `${name}.${example}`,
          ...value,
        })),
      );
    expect(errorExamples.length).toBeGreaterThan(0);
    for (const example of errorExamples) {
      expect(example.value.ResponseStatus.ErrorCode, example.where).toBe('UNDOCUMENTED');
      expect(example.description, example.where).toMatch(/^Not from the documents/);
    }
    for (const response of Object.values<any>(audit.spec().document.components.responses))
      expect(response.content?.['application/json']?.example).toBeUndefined();
  });

  it('Results_Skip has no default, as its own text says', () => {
    const skip = operation('searchMessages').parameters.find((parameter) => parameter.name === 'Results_Skip');
    expect(skip.schema.default).toBeUndefined();
    expect(skip.description).toMatch(/states no\s+default/);
    const count = operation('searchMessages').parameters.find((parameter) => parameter.name === 'Results_Count');
    expect(count.schema.default).toBe(200);
  });

  it('batch endpoint POST /v2/Properties/{PropertySid}/BatchMessages: {Messages} in, an array of message results out, failures with ErrorCode and Message, no size limit', () => {
    const batch = operation('sendMessageBatch');
    expect(batch.method).toBe('post');
    expect(batch.path).toBe('/v2/Properties/{PropertySid}/BatchMessages');
    expect(batch.parameters.map((parameter) => parameter.name)).toEqual(['PropertySid']);

    const body = batch.operation.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['Messages']);
    expect(body.properties.Messages.type).toBe('array');
    expect(body.properties.Messages.maxItems).toBeUndefined();
    expect(body.properties.Messages.items).toEqual(audit.schemas().SendMessageRequest);
    expect(Object.keys(batch.operation.requestBody.content)).toEqual(['application/json']);

    const answer = batch.operation.responses['200'].content['application/json'].schema;
    expect(answer.type).toBe('array');
    const sent = {
      MessageSid: 'MQ3LZC7P4RVYH2KXW6NBT5JDFSEAGU9M',
      To: '+61488023555',
      Status: 'Processing',
      Direction: 'Transmit',
    };
    const failed = { To: '+61488023556', ErrorCode: 'SOME_CODE', Message: 'Why it failed' };
    expect(accepts(answer, [sent, failed])).toMatchObject({ ok: true });
    expect(accepts(answer, { Messages: [sent] }).ok, 'the answer is a bare array').toBe(false);

    const documented = batch.operation.requestBody.content['application/json'].examples.simpleBatch.value;
    expect(documented.Messages.map((message: any) => message.Text)).toEqual([
      'You win again, gravity!',
      'You call that an antenna?',
    ]);
    for (const status of ['400', '401']) expect(batch.operation.responses[status]).toBeDefined();
  });
});

// Issue 18 ("contract truth, round 3"): one test per defect the outside checks found.
describe('fonedynamics-messaging-v2 contract fidelity (issue 18)', () => {
  const message = {
    MessageSid: 'MXQ4OGZ6TZ2WUVPQMX7W2E4KCH3LPSNB',
    To: '+61488824921',
    Status: 'Delivered',
    Direction: 'Transmit',
  };

  it('Fone retrieve accepts both {"Message": …} (the SDKs) and a bare message resource (the retrieve page)', () => {
    const fetched = operation('getMessage').operation.responses['200'].content['application/json'].schema;
    expect(accepts(fetched, { Message: message }).ok, 'the SDKs’ envelope').toBe(true);
    expect(accepts(fetched, message).ok, 'the page’s bare resource').toBe(true);
    expect(accepts(fetched, {}).ok, 'neither').toBe(false);
    expect(operation('getMessage').operation.description).toMatch(/Both shapes are documented/);
    // sendMessage answers the SDKs' envelope only: no document shows it bare.
    const sent = operation('sendMessage').operation.responses['200'].content['application/json'].schema;
    expect(accepts(sent, message).ok).toBe(false);
    // The client package's messageOf reads the message from either shape.
    const resource = message as MessageResource;
    expect(messageOf({ Message: resource })).toEqual(message);
    expect(messageOf(resource)).toEqual(message);
  });

  it('Fone failed batch item may carry MessageSid: null; a message resource requires its MessageSid', () => {
    const answer = operation('sendMessageBatch').operation.responses['200'].content['application/json'].schema;
    const failed = { MessageSid: null, To: '+61488023556', ErrorCode: 'SOME_CODE', Message: 'Why it failed' };
    const result = accepts(answer, [message, failed]);
    expect(result.ok, result.why).toBe(true);
    expect(audit.schemas().BatchMessageResult.description).toMatch(/`MessageSid: null`/);
    expect(audit.schemas().MessageResource.required).toEqual(['MessageSid']);
    expect(accepts(audit.schemas().MessageResource, { To: '+61488824921' }).ok).toBe(false);
  });
});
