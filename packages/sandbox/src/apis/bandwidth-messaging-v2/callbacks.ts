// The callbacks of Bandwidth Messaging v2, as Bandwidth/api-docs site/docs/messaging/webhooks.mdx
// describes them: POSTed to the application's callback URL (status events to the outbound URL,
// received messages to the inbound URL), the body a JSON array of events, `User-Agent:
// BandwidthAPI/v2`, and with callback credentials a first try without them that expects a 401
// challenge (site/docs/numbers/webhooks.md). Payloads follow the spec's webhooks `statusCallback`
// and `inboundCallback`.
import type { BehaviourContext, OutgoingCallback, JsonValue } from '../../core/api-behaviour.js';
import { ERROR_CODE_SLUGS } from './error-codes.js';
import { iso, messageIdentity, type RecipientState, type StoredMessage } from './messages.js';

export const STATUS_WEBHOOK = 'statusCallback';
export const INBOUND_WEBHOOK = 'inboundCallback';

export type StatusEventType = 'message-sending' | 'message-sent' | 'message-delivered' | 'message-failed';

/**
 * `description` of each status event. The first three are the documented examples' (webhooks.mdx
 * "Message is sending to carrier", "ok" for an SMS delivery; bandwidth.yml `messageSentCallbackExample`
 * "Message sent to carrier"); a failure's is its code's slug from errors.mdx (the documented
 * example's "forbidden to country" is a paraphrase of 4432's slug, `rejected-forbidden-country`).
 */
function statusDescription(type: StatusEventType, recipient: RecipientState, messageType: 'sms' | 'mms'): string {
  switch (type) {
    case 'message-sending':
      return 'Message is sending to carrier';
    case 'message-sent':
      return 'Message sent to carrier';
    case 'message-delivered':
      // webhooks.mdx: an SMS example says "ok"; the MMS ones "Message delivered to carrier".
      return messageType === 'mms' ? 'Message delivered to carrier' : 'ok';
    case 'message-failed':
      return recipient.errorDescription ?? ERROR_CODE_SLUGS[recipient.errorCode] ?? 'unknown-error';
  }
}

/** The `message` object of a callback (CallbackMessage). webhooks.mdx: text is empty in status events. */
function callbackMessage(message: StoredMessage, withText: boolean): { [key: string]: JsonValue } {
  return {
    ...messageIdentity(message),
    text: withText ? message.text : '',
    ...(message.media.length > 0 ? { media: [...message.media] } : {}),
    ...(message.tag !== undefined ? { tag: message.tag } : {}),
    ...(message.priority !== undefined ? { priority: message.priority } : {}),
  };
}

export function statusEvent(
  type: StatusEventType,
  message: StoredMessage,
  recipient: RecipientState,
  nowMs: number,
): { [key: string]: JsonValue } {
  return {
    type,
    time: iso(nowMs),
    description: statusDescription(type, recipient, message.messageType),
    to: recipient.to,
    ...(type === 'message-failed' ? { errorCode: recipient.errorCode } : {}),
    ...(message.carrierName !== null ? { carrierName: message.carrierName } : {}),
    message: callbackMessage(message, false),
  };
}

export function messageReceivedEvent(message: StoredMessage, nowMs: number): { [key: string]: JsonValue } {
  return {
    type: 'message-received',
    time: iso(nowMs),
    description: 'Incoming message received',
    to: message.owner,
    message: callbackMessage(message, true),
  };
}

/**
 * The application's callback types (applications.mdx `RequestedCallbackTypes`): option
 * `requestedCallbackTypes` (an array of type names) limits the status events sent; by default
 * every type is sent.
 */
function wanted(type: StatusEventType, message: StoredMessage, context: BehaviourContext): boolean {
  const requested =
    context.application?.(message.applicationId)?.requestedCallbackTypes ??
    context.settings.options.requestedCallbackTypes;
  return !Array.isArray(requested) || requested.includes(type);
}

/**
 * The callback settings of the message's application: registered through the sandbox's control
 * API (as Bandwidth configures them per application), else the sandbox's defaults.
 */
function targets(message: StoredMessage, context: BehaviourContext) {
  return context.application?.(message.applicationId) ?? context.settings.callbacks;
}

function delivery(
  webhook: string,
  url: string,
  event: { [key: string]: JsonValue },
  message: StoredMessage,
  context: BehaviourContext,
  label: string,
): OutgoingCallback {
  const credentials = targets(message, context).credentials;
  return {
    webhook,
    url,
    method: 'POST',
    headers: { 'User-Agent': 'BandwidthAPI/v2', 'Content-Type': 'application/json; charset=utf-8' },
    body: [event],
    encoding: 'json',
    ...(credentials ? { credentials, challengeFirst: true } : {}),
    // webhooks.mdx: "a 10 second timeout for callbacks".
    timeoutMs: 10_000,
    retry: true,
    label,
  };
}

/** Sends a status event to the application's outbound callback URL, if one is configured. */
export function sendStatusEvent(
  type: StatusEventType,
  message: StoredMessage,
  recipient: RecipientState,
  context: BehaviourContext,
): void {
  const url = targets(message, context).statusUrl;
  if (!url || !wanted(type, message, context)) return;
  const event = statusEvent(type, message, recipient, context.clock.now());
  const label = `${type} ${message.id} to ${recipient.to}`;
  context.callbacks.deliver(delivery(STATUS_WEBHOOK, url, event, message, context, label));
}

/** Sends `message-received` to the application's inbound callback URL (the status URL when none is set). */
export function sendMessageReceived(message: StoredMessage, context: BehaviourContext): void {
  const { inboundUrl, statusUrl } = targets(message, context);
  const url = inboundUrl ?? statusUrl;
  if (!url) return;
  const event = messageReceivedEvent(message, context.clock.now());
  context.callbacks.deliver(delivery(INBOUND_WEBHOOK, url, event, message, context, `message-received ${message.id}`));
}
