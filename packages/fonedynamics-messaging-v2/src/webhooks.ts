// Receiving Fone Dynamics message webhooks: this API's configuration of the runtime's receiver.
// Validators and routes come from the spec (generated/webhooks.ts).
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

/** Every webhook event (form or JSON body, or GET query), a union narrowed by `Event`. */
export type CallbackEvent = WebhookEvents<webhooks>;
export type CallbackEventType = CallbackEvent['Event'];
export type CallbackEventOf<Type extends CallbackEventType> = Extract<CallbackEvent, { Event: Type }>;
export type FoneDynamicsCallbackDelivery = CallbackDelivery<CallbackEvent>;

/**
 * One event per request, `Event` names it. The dedupe key is `["<Event>","<Message.Sid>"]`: a
 * message is received once and gets one delivery receipt webhook in the documents (our reading;
 * retries are not documented).
 */
export const callbackApi: CallbackApiDefinition<CallbackEvent> = {
  api: 'Fone Dynamics',
  operations: webhookOperations,
  eventTypeField: 'Event',
  dedupeKey: ['/Event', '/Message.Sid'],
};

/**
 * A receiver of `Message.Received` and `Message.DeliveryReceiptReceived` webhooks, GET or POST.
 * Fone Dynamics documents no authentication of webhooks: pass `credentials: false` (and keep the
 * webhook URL unguessable), or credentials if your URL carries them as Basic auth.
 */
export function createCallbackReceiver(options: CallbackReceiverOptions): CallbackReceiver<CallbackEvent> {
  return createReceiver(callbackApi, options);
}

/** A webhook `Request` as Fone Dynamics would send it (form POST by default; `method: 'GET'` for a query string), for your own tests. */
export function createTestCallbackRequest(event: CallbackEvent, options: TestCallbackOptions & { credentials: BasicAuth | false }): Request {
  return buildCallbackRequest(callbackApi, [event], options);
}

export { CallbackAuthError, CallbackValidationError, type CallbackDelivery, type CallbackReceiver, type CallbackReceiverOptions, type ReceivedEvent } from '@messaging-contracts/runtime/webhooks';
