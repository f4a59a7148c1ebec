// Receiving Bandwidth Messaging v2 callbacks: this API's configuration of the runtime's receiver.
// Validators, routes and the dedupe fields (`x-dedupe-key`) come from the spec (generated/webhooks.ts).
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

/** Every callback event, a union narrowed by `type`. */
export type CallbackEvent = WebhookEvents<webhooks>;
/** Events sent to the application's outbound callback URL (`message-sending` … `message-read`). */
export type StatusCallbackEvent = WebhookEvents<webhooks, 'statusCallback'>;
/** Events sent to the application's inbound callback URL (`message-received`, RBM responses). */
export type InboundCallbackEvent = WebhookEvents<webhooks, 'inboundCallback'>;
export type CallbackEventType = CallbackEvent['type'];
/** One event type's shape, e.g. `CallbackEventOf<'message-failed'>` (with its `errorCode`). */
export type CallbackEventOf<Type extends CallbackEventType> = Extract<CallbackEvent, { type: Type }>;
export type BandwidthCallbackDelivery = CallbackDelivery<CallbackEvent>;

/**
 * Bandwidth sends a JSON array of events, `type` names each. The dedupe key is the spec's
 * `x-dedupe-key`: `["<type>","<message.id>","<to>"]` (time is left out: no document says a retry
 * repeats it).
 */
export const callbackApi: CallbackApiDefinition<CallbackEvent> = {
  api: 'Bandwidth Messaging v2',
  operations: webhookOperations,
  eventTypeField: 'type',
  testHeaders: { 'user-agent': 'BandwidthAPI/v2' },
};

/**
 * A receiver of status and inbound callbacks. Give it the credentials set on the application
 * (`OutboundCallbackCreds` / `InboundCallbackCreds`), or `credentials: false` for none. Bandwidth
 * first calls without credentials; the receiver answers that with the 401 Basic challenge
 * (`CallbackAuthError.toResponse()`, or its `status` and `headers`), and Bandwidth resends with them.
 */
export function createCallbackReceiver(options: CallbackReceiverOptions): CallbackReceiver<CallbackEvent> {
  return createReceiver(callbackApi, options);
}

/** A callback `Request` as Bandwidth would send it (array body, its headers, your credentials), for your own tests. */
export function createTestCallbackRequest(events: readonly CallbackEvent[], options: TestCallbackOptions & { credentials: BasicAuth | false }): Request {
  return buildCallbackRequest(callbackApi, events, options);
}

export { CallbackAuthError, CallbackValidationError, type CallbackDelivery, type CallbackReceiver, type CallbackReceiverOptions, type ReceivedEvent } from '@messaging-contracts/runtime/webhooks';
