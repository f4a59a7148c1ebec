// Bandwidth Messaging API v1 (Catapult) in the sandbox: send one message (201 + Location) or a
// batch (202 + results), list with Link paging, get, redact the text, states and delivery
// receipts over time with events to each message's callbackUrl, injected inbound messages, and
// media files (media.ts).
//
// Options (sandbox settings `options`), all optional:
// - userId: the user an injected inbound message belongs to when the injection names none
//   (default: the user of the last message sent);
// - applicationId: reported in inbound events when the injection names none;
// - callbackHttpMethod: GET or POST for inbound events (default POST).
// Inbound events go to the injection's `fields.callbackUrl`, else the sandbox's inbound callback
// URL (settings.callbacks.inboundUrl, then statusUrl): v1 sends them to the application's
// incomingMessageUrl (apiCallbacks/get-sms.md), which the sandbox has no other way to know.
import type {
  ApiBehaviour,
  BehaviourContext,
  InboundInjection,
  OperationHandler,
  ValidatedRequest,
} from '../../core/api-behaviour.js';
import { DEFAULT_CALLBACK_TIMEOUT_MS, sendMessageEvent } from './callbacks.js';
import { badRequest, errorResponse, messageNotFound } from './errors.js';
import { DEFAULT_DELAYS, delayOf, scheduleOutbound } from './lifecycle.js';
import {
  messagePath,
  messages,
  newMessageId,
  renderMessage,
  segmentCountOf,
  sortKeyOf,
  USERS_STORE,
  type ReceiptRequested,
  type StoredMessage,
} from './messages.js';
import { listMessages as list } from './search.js';
import { deleteMedia, getMedia, listMedia, uploadMedia } from './media.js';

interface SendMessageRequest {
  from: string;
  to: string;
  text?: string;
  media?: string[];
  callbackUrl?: string;
  callbackHttpMethod?: string;
  /** postMessages.md's own examples send it as a number or as a decimal string (CallbackTimeout). */
  callbackTimeout?: number | string;
  fallbackUrl?: string;
  tag?: string;
  receiptRequested?: ReceiptRequested;
}

function methodOf(value: unknown): 'GET' | 'POST' {
  return typeof value === 'string' && value.toUpperCase() === 'GET' ? 'GET' : 'POST';
}

function store(request: ValidatedRequest, body: SendMessageRequest, context: BehaviourContext): StoredMessage {
  const now = context.clock.now();
  const sequence = context.nextSequence();
  const media = [...(body.media ?? [])];
  const text = body.text ?? '';
  const message: StoredMessage = {
    id: newMessageId(),
    userId: request.pathParams.userId!,
    from: body.from,
    to: body.to,
    text,
    media,
    direction: 'out',
    state: 'queued',
    createdAt: now,
    sequence,
    sortKey: sortKeyOf(now, sequence),
    ...(body.callbackUrl !== undefined ? { callbackUrl: body.callbackUrl } : {}),
    callbackHttpMethod: methodOf(body.callbackHttpMethod),
    ...(body.callbackTimeout !== undefined ? { callbackTimeout: Number(body.callbackTimeout) } : {}),
    ...(body.fallbackUrl !== undefined ? { fallbackUrl: body.fallbackUrl } : {}),
    ...(body.tag !== undefined ? { tag: body.tag } : {}),
    ...(body.receiptRequested !== undefined ? { receiptRequested: body.receiptRequested } : {}),
    segmentCount: segmentCountOf(text, media),
    baseUrl: request.baseUrl,
  };
  messages(context).set(message.id, message);
  context.store<string>(USERS_STORE).set('userId', message.userId);
  scheduleOutbound(message, request.forcedFailure, context);
  return message;
}

/**
 * postMessages.md: one message answers `201 Created` with `Location: /v1/users/{userId}/messages/{messageId}`;
 * a list of messages answers `202` with one `{result, location}` per message (absolute, as its
 * example prints it). A forced failure applies to every message of the request.
 */
const sendMessage: OperationHandler = (request, context) => {
  if (Array.isArray(request.body)) {
    const results = (request.body as SendMessageRequest[]).map((item) => {
      const message = store(request, item, context);
      return { result: 'accepted', location: `${request.baseUrl}${messagePath(message)}` };
    });
    return { status: 202, body: results };
  }
  const message = store(request, request.body as SendMessageRequest, context);
  return { status: 201, headers: { Location: messagePath(message) } };
};

const listMessages: OperationHandler = (request, context) =>
  list(messages(context).values(), {
    userId: request.pathParams.userId!,
    query: request.query,
    path: request.path,
    baseUrl: request.baseUrl,
    now: context.clock.now(),
  });

function find(request: ValidatedRequest, context: BehaviourContext): StoredMessage | undefined {
  const message = messages(context).get(request.pathParams.messageId!);
  return message && message.userId === request.pathParams.userId ? message : undefined;
}

const getMessage: OperationHandler = (request, context) => {
  const message = find(request, context);
  if (!message) return messageNotFound(request.pathParams.messageId!);
  return { status: 200, body: renderMessage(message, context.clock.now()) };
};

/** redactMessageText.md: `{"text": ""}` redacts the text (200, no body); any other text is a 400. */
const redactMessageText: OperationHandler = (request, context) => {
  const message = find(request, context);
  if (!message) return messageNotFound(request.pathParams.messageId!);
  const text = (request.body as { text?: unknown } | undefined)?.text;
  if (text !== '')
    return badRequest([{ location: 'body', field: 'text', message: 'must be the empty string' }], 'redactMessageText');
  messages(context).set(message.id, { ...message, text: '' });
  return { status: 200 };
};

function stringField(fields: InboundInjection['fields'], name: string): string | undefined {
  const value = fields?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Injects a message received by one of the user's numbers: state `received`, direction `in`,
 * and an `sms` or `mms` event (apiCallbacks/sms.md "Incoming SMS Event", mms.md "Inbound MMS").
 * `fields`: userId, applicationId, callbackUrl, callbackHttpMethod, fallbackUrl, callbackTimeout.
 * Several `to` numbers make one message each (v1 messages have one `to`). Returns the stored
 * message(s) as getMessage answers them: one object, or an array for several numbers.
 */
function injectInbound(injection: InboundInjection, context: BehaviourContext): unknown {
  if (typeof injection.from !== 'string' || injection.from === '') throw new TypeError('from is required');
  const recipients = typeof injection.to === 'string' ? [injection.to] : [...(injection.to ?? [])];
  if (recipients.length === 0 || recipients.some((number) => typeof number !== 'string' || number === ''))
    throw new TypeError('to must name at least one number');
  const option = (name: string) =>
    typeof context.settings.options[name] === 'string' ? (context.settings.options[name] as string) : undefined;
  const userId =
    stringField(injection.fields, 'userId') ?? option('userId') ?? context.store<string>(USERS_STORE).get('userId');
  if (userId === undefined)
    throw new TypeError('fields.userId is required until a message was sent (or set the userId option)');
  const applicationId = stringField(injection.fields, 'applicationId') ?? option('applicationId');
  const url =
    stringField(injection.fields, 'callbackUrl') ??
    context.settings.callbacks.inboundUrl ??
    context.settings.callbacks.statusUrl;
  const fallbackUrl = stringField(injection.fields, 'fallbackUrl');
  const method = methodOf(injection.fields?.callbackHttpMethod ?? option('callbackHttpMethod'));
  const timeout = injection.fields?.callbackTimeout;
  const timeoutMs =
    typeof timeout === 'number' && timeout > 0 && timeout <= DEFAULT_CALLBACK_TIMEOUT_MS
      ? timeout
      : DEFAULT_CALLBACK_TIMEOUT_MS;
  const media = [...(injection.media ?? [])];
  const text = injection.text ?? '';
  const now = context.clock.now();
  const stored = recipients.map((to) => {
    const sequence = context.nextSequence();
    const message: StoredMessage = {
      id: newMessageId(),
      userId,
      from: injection.from,
      to,
      text,
      media,
      direction: 'in',
      state: 'received',
      createdAt: now,
      sequence,
      sortKey: sortKeyOf(now, sequence),
      callbackHttpMethod: method,
      segmentCount: segmentCountOf(text, media),
      ...(applicationId !== undefined ? { applicationId } : {}),
      baseUrl: context.baseUrl,
    };
    messages(context).set(message.id, message);
    context.clock.after(delayOf('received', context), () => {
      const current = messages(context).get(message.id);
      if (current) sendMessageEvent(current, { url, fallbackUrl, method, timeoutMs }, current.baseUrl, context);
    });
    return renderMessage(message, now);
  });
  return stored.length === 1 ? stored[0] : stored;
}

const behaviour: ApiBehaviour = {
  api: 'bandwidth-messaging-v1',
  // Bandwidth v1 scopes everything by user (the path's userId).
  tenantOf: (request) => request.pathParams.userId,
  inboundTenantField: 'userId',
  operations: {
    sendMessage,
    listMessages,
    getMessage,
    redactMessageText,
    listMedia,
    uploadMedia,
    getMedia,
    deleteMedia,
  },
  errorResponse,
  defaultDelays: DEFAULT_DELAYS,
  injectInbound,
};

export default behaviour;
