// Receiving Bandwidth v1 (Catapult) message callbacks: this API's configuration of the runtime's
// receiver. Validators and routes come from the spec (generated/webhooks.ts).
import {
  buildCallbackRequest,
  createCallbackReceiver as createReceiver,
  type BasicAuth,
  type CallbackApiDefinition,
  type CallbackDelivery,
  type CallbackReceiver,
  type CallbackReceiverOptions,
  type TestCallbackOptions,
  type WebhookEvents,
} from '@messaging-contracts/runtime/webhooks';
import type { webhooks } from './generated/openapi.js';
import { webhookOperations } from './generated/webhooks.js';

/**
 * Every callback event, a union narrowed by `eventType` (`sms` | `mms`): a JSON body's event, or a
 * GET callback's query parameters (`callbackHttpMethod: GET`), with numbers already coerced.
 */
export type CallbackEvent = WebhookEvents<webhooks>;
export type CallbackEventType = CallbackEvent['eventType'];
export type CallbackEventOf<Type extends CallbackEventType> = Extract<CallbackEvent, { eventType: Type }>;
export type BandwidthCallbackDelivery = CallbackDelivery<CallbackEvent>;

/**
 * One event per request, `eventType` names it. A message produces several events (its state
 * changes, then delivery receipts) and none has an ID of its own, so the dedupe key is
 * `["<eventType>","<messageId>","<state>","<deliveryState>","<deliveryCode>"]` (absent fields as
 * null): our inference from the documented fields, not Bandwidth's statement.
 */
export const callbackApi: CallbackApiDefinition<CallbackEvent> = {
  api: 'Bandwidth Messaging v1',
  operations: webhookOperations,
  eventTypeField: 'eventType',
  dedupeKey: ['/eventType', '/messageId', '/state', '/deliveryState', '/deliveryCode'],
  testHeaders: { 'user-agent': 'BandwidthAPI/v1' },
};

/**
 * A receiver of message callbacks, POST (JSON) or GET (query string). v1 sends credentials only
 * as Basic auth in the callback URL (`https://user:pass@host/path`): give the receiver the same
 * ones, or `credentials: false`.
 */
export function createCallbackReceiver(options: CallbackReceiverOptions): CallbackReceiver<CallbackEvent> {
  return createReceiver(callbackApi, options);
}

/** A callback `Request` as Bandwidth v1 would send it (JSON POST, or GET with `method: 'GET'`), for your own tests. */
export function createTestCallbackRequest(event: CallbackEvent, options: TestCallbackOptions & { credentials: BasicAuth | false }): Request {
  return buildCallbackRequest(callbackApi, [event], options);
}

export { CallbackAuthError, CallbackValidationError, type CallbackDelivery, type CallbackReceiver, type CallbackReceiverOptions, type ReceivedEvent } from '@messaging-contracts/runtime/webhooks';
