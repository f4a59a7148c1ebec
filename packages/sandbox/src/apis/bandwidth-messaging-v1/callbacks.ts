// The callbacks of Bandwidth v1: the `sms` / `mms` event (Bandwidth/ap-docs apiCallbacks/sms.md,
// mms.md, get-sms.md, get-mms.md), one JSON object POSTed to the message's `callbackUrl`, or its
// fields in the query string of a GET when `callbackHttpMethod` is GET (postMessages.md). The
// request waits `callbackTimeout` ms (default and maximum 10000) and goes to `fallbackUrl` when
// `callbackUrl` fails. Credentials travel inside the URL (callbacks.md), which the core's engine
// sends as Basic auth. No retry schedule is documented for v1, so none is applied. Payloads
// follow the spec's webhook `messageEvent`.
import type { BehaviourContext, JsonValue } from '../../core/api-behaviour.js';
import { messagePath, type StoredMessage } from './messages.js';

export const MESSAGE_WEBHOOK = 'messageEvent';
/** postMessages.md: callbackTimeout "Default Time: 10000 (10s)". */
export const DEFAULT_CALLBACK_TIMEOUT_MS = 10_000;
/** The documented base of `messageUri`, for a sandbox whose own URL is not known yet. */
const PROVIDER_BASE_URL = 'https://api.catapult.inetwork.com';

/** The event's fields (SmsEvent / MmsEvent). */
export function messageEvent(message: StoredMessage, baseUrl: string | undefined): { [key: string]: JsonValue } {
  return {
    eventType: message.media.length > 0 ? 'mms' : 'sms',
    direction: message.direction,
    messageId: message.id,
    messageUri: `${baseUrl ?? PROVIDER_BASE_URL}${messagePath(message)}`,
    from: message.from,
    to: message.to,
    text: message.text,
    ...(message.applicationId !== undefined ? { applicationId: message.applicationId } : {}),
    time: new Date(message.createdAt).toISOString(),
    state: message.state,
    ...(message.deliveryState !== undefined ? { deliveryState: message.deliveryState } : {}),
    ...(message.deliveryCode !== undefined ? { deliveryCode: message.deliveryCode } : {}),
    ...(message.deliveryDescription !== undefined ? { deliveryDescription: message.deliveryDescription } : {}),
    segmentCount: message.segmentCount,
    ...(message.media.length > 0 ? { media: [...message.media] } : {}),
    ...(message.tag !== undefined ? { tag: message.tag } : {}),
  };
}

/** get-sms.md / get-mms.md: the same fields as query parameters; media as one `[url1, url2]` value. */
export function messageEventQuery(event: { [key: string]: JsonValue }): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(event)) {
    if (value === null || value === undefined) continue;
    query[name] = Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
  }
  return query;
}

/** Sends the message's current state as an event to `url` (the message's callbackUrl, or the application's for inbound). */
export function sendMessageEvent(
  message: StoredMessage,
  target: {
    url: string | undefined;
    fallbackUrl?: string | undefined;
    method: 'GET' | 'POST';
    timeoutMs?: number | undefined;
  },
  baseUrl: string | undefined,
  context: BehaviourContext,
): void {
  if (!target.url) return;
  const event = messageEvent(message, baseUrl);
  context.callbacks.deliver({
    webhook: MESSAGE_WEBHOOK,
    url: target.url,
    ...(target.fallbackUrl ? { fallbackUrl: target.fallbackUrl } : {}),
    method: target.method,
    // apiCallbacks/sms.md examples: `User-Agent: BandwidthAPI/v1 ({CURRENT_BUILD_TIMESTAMP})`.
    headers: {
      'User-Agent': 'BandwidthAPI/v1 (sandbox)',
      ...(target.method === 'POST' ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    },
    ...(target.method === 'POST' ? { body: event, encoding: 'json' as const } : { query: messageEventQuery(event) }),
    timeoutMs: target.timeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS,
    retry: false,
    label: `${String(event.eventType)} ${message.state}${message.deliveryState ? `/${message.deliveryState}` : ''} ${message.id}`,
  });
}
