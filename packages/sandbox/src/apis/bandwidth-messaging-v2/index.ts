// Bandwidth Messaging API v2 in the sandbox: send (createMessage), search (listMessages), the
// detail records of one message (getMessageDetailRecords), status over time with callbacks to
// the application's URLs, injected inbound messages, and media files (media.ts).
//
// Options (sandbox settings `options`), all optional:
// - accountId: the account an injected inbound message belongs to when the injection names
//   none (default: the account of the last message sent);
// - applicationId: the application of injected inbound messages (default: that of the last message
//   sent, else a fixed sandbox id);
// - carrierName: reported in search rows and callbacks of outbound messages (default: none);
// - mmsDeliveryReceipts: false to model an account without MMS delivery receipts (default true);
// - requestedCallbackTypes: status event types the application receives (default: all).
import type {
  ApiBehaviour,
  BehaviourContext,
  InboundInjection,
  OperationHandler,
  Violation,
} from '../../core/api-behaviour.js';
import { queryString } from '../shared/query.js';
import { sendMessageReceived } from './callbacks.js';
import { createMessageRejected, errorResponse, notFound } from './errors.js';
import { DEFAULT_DELAYS, delayOf, scheduleOutbound } from './lifecycle.js';
import {
  ACCOUNTS_STORE,
  messages,
  newMessageId,
  renderDetailRecords,
  renderMessage,
  segmentCountOf,
  type StoredMessage,
} from './messages.js';
import { searchMessages } from './search.js';
import { deleteMedia, getMedia, listMedia, uploadMedia } from './media.js';

/** webhooks.mdx: "you are limited to 10 recipients when sending outbound" (group messages). */
const MAX_RECIPIENTS = 10;
/** Used for inbound messages when nothing names an application (the sandbox's choice). */
const SANDBOX_APPLICATION_ID = '00000000-0000-4000-8000-000000000000';

interface MessageRequest {
  applicationId: string;
  /** webhooks.mdx: a single number may be sent as a string; bandwidth.yml: an array. */
  to: string | string[];
  from: string;
  text?: string;
  media?: string[];
  tag?: string;
  priority?: 'default' | 'high';
  expiration?: string;
}

function remember(context: BehaviourContext, accountId: string, applicationId: string): void {
  const accounts = context.store<string>(ACCOUNTS_STORE);
  accounts.set('accountId', accountId);
  accounts.set('applicationId', applicationId);
}

const createMessage: OperationHandler = (request, context) => {
  const sent = request.body as MessageRequest;
  const body = { ...sent, to: typeof sent.to === 'string' ? [sent.to] : sent.to };
  const now = context.clock.now();
  const violations: Violation[] = [];
  if (body.to.length > MAX_RECIPIENTS) {
    violations.push({
      location: 'body',
      field: 'to',
      message: `has ${body.to.length} numbers; a message goes to at most ${MAX_RECIPIENTS}`,
    });
  }
  // bandwidth.yml marks `to` uniqueItems (not declared in the contract, see MessageRequest.to).
  const repeated = body.to.findIndex((number, index) => body.to.indexOf(number) !== index);
  if (repeated >= 0) {
    violations.push({
      location: 'body',
      field: `to.${repeated}`,
      message: 'repeats a number; list each recipient once',
    });
  }
  // MessageRequest.expiration: "An RFC 3339 date-time in the future" (a schema cannot say "future").
  if (body.expiration !== undefined && !(Date.parse(body.expiration) > now)) {
    violations.push({ location: 'body', field: 'expiration', message: 'must be in the future' });
  }
  if (violations.length > 0) return createMessageRejected(violations);

  const accountId = request.pathParams.accountId!;
  // A group message (several recipients) travels as MMS (webhooks.mdx: "Group MMS" examples).
  const messageType = (body.media?.length ?? 0) > 0 || body.to.length > 1 ? 'mms' : 'sms';
  const text = body.text ?? '';
  const carrierName = context.settings.options.carrierName;
  const message: StoredMessage = {
    id: newMessageId(now),
    accountId,
    applicationId: body.applicationId,
    owner: body.from,
    from: body.from,
    to: [...body.to],
    text,
    media: [...(body.media ?? [])],
    ...(body.tag !== undefined ? { tag: body.tag } : {}),
    priority: body.priority ?? 'default',
    ...(body.expiration !== undefined ? { expiration: body.expiration } : {}),
    direction: 'out',
    messageType,
    segmentCount: segmentCountOf(text, messageType),
    receivedAt: now,
    sequence: context.nextSequence(),
    carrierName: typeof carrierName === 'string' ? carrierName : null,
    recipients: body.to.map((to) => ({ to, status: 'RECEIVED' as const, errorCode: 0 })),
  };
  messages(context).set(message.id, message);
  remember(context, accountId, body.applicationId);
  scheduleOutbound(message, request.forcedFailure, context);
  return { status: 202, body: renderMessage(message) };
};

const listMessages: OperationHandler = (request, context) => {
  // A search by messageId reads that one message instead of scanning the store.
  const messageId = queryString(request.query, 'messageId');
  const store = messages(context);
  const candidates =
    messageId === undefined ? store.values() : [store.get(messageId)].filter((message) => message !== undefined);
  return searchMessages(candidates, {
    accountId: request.pathParams.accountId!,
    query: request.query,
    path: request.path,
    baseUrl: request.baseUrl,
  });
};

const getMessageDetailRecords: OperationHandler = (request, context) => {
  const accountId = request.pathParams.accountId!;
  const messageId = request.pathParams.messageId!;
  const message = messages(context).get(messageId);
  if (!message || message.accountId !== accountId)
    return notFound(`No message '${messageId}' on account '${accountId}'`);
  return { status: 200, body: renderDetailRecords(message) };
};

function stringField(fields: InboundInjection['fields'], name: string): string | undefined {
  const value = fields?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Injects a message received by the account's numbers. `fields`: accountId, applicationId, and
 * owners (the `to` numbers that are the account's: each gets its own message and id, as
 * webhooks.mdx describes for group messages; default every `to` number). Returns the stored
 * message(s) in the `Message` shape: one object, or an array when there are several owners.
 */
function injectInbound(injection: InboundInjection, context: BehaviourContext): unknown {
  if (typeof injection.from !== 'string' || injection.from === '') throw new TypeError('from is required');
  const to = typeof injection.to === 'string' ? [injection.to] : [...(injection.to ?? [])];
  if (to.length === 0 || to.some((number) => typeof number !== 'string' || number === ''))
    throw new TypeError('to must name at least one number');
  const accounts = context.store<string>(ACCOUNTS_STORE);
  const option = (name: string) =>
    typeof context.settings.options[name] === 'string' ? (context.settings.options[name] as string) : undefined;
  const accountId = stringField(injection.fields, 'accountId') ?? option('accountId') ?? accounts.get('accountId');
  if (accountId === undefined)
    throw new TypeError('fields.accountId is required until a message was sent (or set the accountId option)');
  const applicationId =
    stringField(injection.fields, 'applicationId') ??
    option('applicationId') ??
    accounts.get('applicationId') ??
    SANDBOX_APPLICATION_ID;
  const ownersField = injection.fields?.owners;
  const owners = Array.isArray(ownersField)
    ? ownersField.filter((owner): owner is string => typeof owner === 'string')
    : to;
  if (owners.length === 0 || owners.some((owner) => !to.includes(owner)))
    throw new TypeError('fields.owners must list numbers of to');

  const media = [...(injection.media ?? [])];
  const text = injection.text ?? '';
  const messageType = media.length > 0 ? 'mms' : 'sms';
  const now = context.clock.now();
  const stored = owners.map((owner): StoredMessage => {
    const message: StoredMessage = {
      id: newMessageId(now),
      accountId,
      applicationId,
      owner,
      from: injection.from,
      to,
      text,
      media,
      direction: 'in',
      messageType,
      segmentCount: segmentCountOf(text, messageType),
      receivedAt: now,
      sequence: context.nextSequence(),
      carrierName: null,
      recipients: [{ to: owner, status: 'RECEIVED', errorCode: 0, completedAt: now }],
    };
    messages(context).set(message.id, message);
    context.clock.after(delayOf('received', context), () => {
      const current = messages(context).get(message.id);
      if (current) sendMessageReceived(current, context);
    });
    return message;
  });
  const rendered = stored.map(renderMessage);
  return rendered.length === 1 ? rendered[0] : rendered;
}

const behaviour: ApiBehaviour = {
  api: 'bandwidth-messaging-v2',
  operations: { createMessage, listMessages, getMessageDetailRecords, listMedia, uploadMedia, getMedia, deleteMedia },
  errorResponse,
  defaultDelays: DEFAULT_DELAYS,
  injectInbound,
  // Bandwidth scopes everything by account (the path's accountId); callbacks are set per application.
  tenantOf: (request) => request.pathParams.accountId,
  inboundTenantField: 'accountId',
  callbackApplications: true,
};

export default behaviour;
