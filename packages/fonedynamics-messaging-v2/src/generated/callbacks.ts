/**
 * Generated from specs/fonedynamics-messaging-v2/ (its `webhooks`) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */

import { bindCallbackApi, type BoundCallbackApi, type CallbackApiDefinition, type WebhookEvents } from '@messaging-contracts/runtime/webhooks';
import type { webhooks } from './openapi.js';
import { webhookOperations } from './webhooks.js';

export { CallbackAuthError, CallbackValidationError, type CallbackDelivery, type CallbackReceiver, type CallbackReceiverOptions, type ReceivedEvent } from '@messaging-contracts/runtime/webhooks';

/** Every callback event of the spec's webhooks (messageReceived, messageDeliveryReceiptReceived), a union narrowed by `Event`. */
export type CallbackEvent = WebhookEvents<webhooks>;
export type CallbackEventType = CallbackEvent['Event'];
/** One event type's shape, e.g. `CallbackEventOf<"Message.Received">`. */
export type CallbackEventOf<Type extends CallbackEventType> = Extract<CallbackEvent, { Event: Type }>;

/** What an API sets by hand about its callbacks: its name in errors, a dedupe key where the spec has no `x-dedupe-key`, the test helper's headers. */
export type CallbackSettings = Omit<CallbackApiDefinition<CallbackEvent>, 'operations' | 'eventTypeField'>;

/** The receiver of this API's callbacks and its test helper (which takes one event: the provider sends one per request). */
export function defineCallbacks(settings: CallbackSettings): BoundCallbackApi<CallbackEvent, CallbackEvent> {
  return bindCallbackApi({ ...settings, operations: webhookOperations, eventTypeField: 'Event' });
}
