// Fone Dynamics REST API v2 (SMS) in the sandbox: send one message or a batch, search a
// property's messages, fetch one, statuses over time with the delivery receipt webhook, and
// injected inbound messages with the Message.Received webhook.
//
// Options (sandbox settings `options`), all optional:
// - accountSid: the AccountSid of messages sent without Basic credentials (with them, the
//   username is the AccountSid, as Fone Dynamics' Basic auth is `AccountSid:Token`);
// - propertySid: the property of injected inbound messages that name none and answer no message;
// - leasedNumber: the sender of messages sent with a blank `From` (default +61400000000; the
//   documents say a leased number is assigned, not which).
import type {
  ApiBehaviour,
  BehaviourContext,
  InboundInjection,
  OperationHandler,
  ValidatedRequest,
} from '../../core/api-behaviour.js';
import { sendWebhook } from './callbacks.js';
import { errorResponse, invalidParameter, responseStatus } from './errors.js';
import { DEFAULT_DELAYS, delayOf, scheduleOutbound } from './lifecycle.js';
import {
  epochSeconds,
  messages,
  newMessageSid,
  numSegmentsOf,
  PROPERTIES_STORE,
  renderMessage,
  webhookMethodOf,
  type StoredMessage,
} from './messages.js';
import { searchMessages as search } from './search.js';

/** The SDKs' `Schedule`: "at most 14 days in the future"; "less than 1 hour in the past" is sent at once; earlier fails. */
const MAX_SCHEDULE_AHEAD_S = 14 * 24 * 3600;
const MAX_SCHEDULE_BEHIND_S = 3600;
const DEFAULT_LEASED_NUMBER = '+61400000000';
const DEFAULT_ACCOUNT_SID = 'sandbox-account';

interface SendMessageRequest {
  From?: string;
  To: string;
  Text: string;
  Schedule?: number;
  DeliveryReceipt?: boolean;
  DeliveryReceiptWebhookUri?: string;
  DeliveryReceiptWebhookMethod?: string;
  WebhookUri?: string;
  WebhookMethod?: string;
}

function option(context: BehaviourContext, name: string): string | undefined {
  const value = context.settings.options[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A reason the Schedule cannot be accepted now, or undefined. */
function scheduleProblem(schedule: number | undefined, nowSeconds: number): string | undefined {
  if (schedule === undefined) return undefined;
  if (schedule > nowSeconds + MAX_SCHEDULE_AHEAD_S) return 'must be at most 14 days in the future';
  if (schedule < nowSeconds - MAX_SCHEDULE_BEHIND_S) return 'must not be more than 1 hour in the past';
  return undefined;
}

function store(request: ValidatedRequest, body: SendMessageRequest, context: BehaviourContext): StoredMessage {
  const now = epochSeconds(context.clock.now());
  const accountSid = request.credentials?.username || option(context, 'accountSid') || DEFAULT_ACCOUNT_SID;
  const message: StoredMessage = {
    MessageSid: newMessageSid(),
    AccountSid: accountSid,
    PropertySid: request.pathParams.PropertySid!,
    // A blank or missing From sends from a leased number (SendMessageRequest.From).
    From: body.From || option(context, 'leasedNumber') || DEFAULT_LEASED_NUMBER,
    To: body.To,
    Text: body.Text,
    // The API's default is not documented (the SDKs send true); the sandbox takes "not requested".
    DeliveryReceipt: body.DeliveryReceipt === true,
    NumSegments: numSegmentsOf(body.Text),
    Status: 'Processing',
    Direction: 'Transmit',
    Scheduled: body.Schedule !== undefined && body.Schedule > now ? body.Schedule : now,
    Created: now,
    Submitted: null,
    Delivered: null,
    Received: null,
    ErrorCode: null,
    ...(body.WebhookUri !== undefined ? { WebhookUri: body.WebhookUri } : {}),
    WebhookMethod: webhookMethodOf(body.WebhookMethod),
    ...(body.DeliveryReceiptWebhookUri !== undefined
      ? { DeliveryReceiptWebhookUri: body.DeliveryReceiptWebhookUri }
      : {}),
    DeliveryReceiptWebhookMethod: webhookMethodOf(body.DeliveryReceiptWebhookMethod),
    sequence: context.nextSequence(),
  };
  messages(context).set(message.MessageSid, message);
  const properties = context.store<string>(PROPERTIES_STORE);
  properties.set('propertySid', message.PropertySid);
  properties.set('accountSid', message.AccountSid);
  scheduleOutbound(message, request.forcedFailure, context);
  return message;
}

/** Answers `{"Message": {...}}` (MessageEnvelope), still Processing. */
const sendMessage: OperationHandler = (request, context) => {
  const body = request.body as SendMessageRequest;
  const problem = scheduleProblem(body.Schedule, epochSeconds(context.clock.now()));
  if (problem) return invalidParameter([{ location: 'body', field: 'Schedule', message: problem }]);
  return { status: 200, body: { Message: renderMessage(store(request, body, context)) } };
};

/**
 * `{"Messages": [...]}` answers a bare array, one result per message: the message resource, or for
 * a message that cannot be sent no MessageSid but ErrorCode and Message (BatchMessageResult).
 * A forced failure applies to every message of the batch.
 */
const sendMessageBatch: OperationHandler = (request, context) => {
  const now = epochSeconds(context.clock.now());
  const results = (request.body as { Messages: SendMessageRequest[] }).Messages.map((item) => {
    const problem = scheduleProblem(item.Schedule, now);
    if (problem) return { To: item.To, ErrorCode: 'InvalidParameter', Message: `Schedule ${problem}` };
    return renderMessage(store(request, item, context));
  });
  return { status: 200, body: results };
};

const searchMessages: OperationHandler = (request, context) =>
  search(messages(context).values(), request.pathParams.PropertySid!, request.query);

const getMessage: OperationHandler = (request, context) => {
  const sid = request.pathParams.MessageSid!;
  const message = messages(context).get(sid);
  if (!message) return responseStatus(404, 'NotFound', `No message with MessageSid ${sid}`);
  return { status: 200, body: { Message: renderMessage(message) } };
};

function stringField(fields: InboundInjection['fields'], name: string): string | undefined {
  const value = fields?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The newest message the property sent to `from` from `to`: the one an inbound message answers. */
function answeredMessage(
  context: BehaviourContext,
  from: string,
  to: string,
  propertySid: string | undefined,
): StoredMessage | undefined {
  let answered: StoredMessage | undefined;
  for (const message of messages(context).values()) {
    if (message.Direction !== 'Transmit' || message.To !== from || message.From !== to) continue;
    if (propertySid !== undefined && message.PropertySid !== propertySid) continue;
    if (!answered || message.sequence > answered.sequence) answered = message;
  }
  return answered;
}

/**
 * Injects an SMS received by a property. Its Message.Received webhook goes where the SDKs say a
 * response goes: the WebhookUri (and WebhookMethod) of the message it answers, the newest one the
 * property sent to the sender from the number it was received on. `fields`: PropertySid,
 * AccountSid, WebhookUri and WebhookMethod override that; without any, the sandbox's inbound
 * callback URL is used. Several `to` numbers make one message each. Returns the stored
 * message(s) as getMessage answers them (`{"Message": {...}}`), or an array of those.
 */
function injectInbound(injection: InboundInjection, context: BehaviourContext): unknown {
  if (typeof injection.from !== 'string' || injection.from === '') throw new TypeError('from is required');
  const recipients = typeof injection.to === 'string' ? [injection.to] : [...(injection.to ?? [])];
  if (recipients.length === 0 || recipients.some((number) => typeof number !== 'string' || number === ''))
    throw new TypeError('to must name at least one number');
  if (typeof injection.text !== 'string' || injection.text === '')
    throw new TypeError('text is required (an SMS has text)');
  const properties = context.store<string>(PROPERTIES_STORE);
  const now = epochSeconds(context.clock.now());
  const stored = recipients.map((to) => {
    const answered = answeredMessage(context, injection.from, to, stringField(injection.fields, 'PropertySid'));
    const propertySid =
      stringField(injection.fields, 'PropertySid') ??
      answered?.PropertySid ??
      option(context, 'propertySid') ??
      properties.get('propertySid');
    if (propertySid === undefined)
      throw new TypeError('fields.PropertySid is required until a message was sent (or set the propertySid option)');
    const webhookUri =
      stringField(injection.fields, 'WebhookUri') ??
      answered?.WebhookUri ??
      context.settings.callbacks.inboundUrl ??
      context.settings.callbacks.statusUrl;
    const webhookMethod = webhookMethodOf(injection.fields?.WebhookMethod ?? answered?.WebhookMethod);
    const message: StoredMessage = {
      MessageSid: newMessageSid(),
      AccountSid:
        stringField(injection.fields, 'AccountSid') ??
        answered?.AccountSid ??
        option(context, 'accountSid') ??
        properties.get('accountSid') ??
        DEFAULT_ACCOUNT_SID,
      PropertySid: propertySid,
      From: injection.from,
      To: to,
      Text: injection.text!,
      DeliveryReceipt: false,
      // Seed 003's received messages show NumSegments 0 and a Scheduled time; the sandbox does the same.
      NumSegments: 0,
      Status: 'Received',
      Direction: 'Receive',
      Scheduled: now,
      Created: now,
      Submitted: null,
      Delivered: null,
      Received: now,
      ErrorCode: null,
      WebhookMethod: webhookMethod,
      DeliveryReceiptWebhookMethod: 'POST',
      sequence: context.nextSequence(),
    };
    messages(context).set(message.MessageSid, message);
    context.clock.after(delayOf('received', context), () => {
      const current = messages(context).get(message.MessageSid);
      if (current) sendWebhook('Message.Received', current, { url: webhookUri, method: webhookMethod }, context);
    });
    return { Message: renderMessage(message) };
  });
  return stored.length === 1 ? stored[0] : stored;
}

const behaviour: ApiBehaviour = {
  api: 'fonedynamics-messaging-v2',
  operations: { sendMessage, sendMessageBatch, searchMessages, getMessage },
  errorResponse,
  defaultDelays: DEFAULT_DELAYS,
  injectInbound,
  // Fone Dynamics scopes by account: the AccountSid is the username of the Basic credentials.
  tenantOf: (request) => request.credentials?.username,
  inboundTenantField: 'AccountSid',
};

export default behaviour;
