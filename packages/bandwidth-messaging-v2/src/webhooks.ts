// Receiving Bandwidth Messaging v2 callbacks: this API's settings of the runtime's receiver.
// Events, routes, validators and the dedupe fields (`x-dedupe-key`) come from the spec (generated/).
import type { CallbackDelivery, WebhookEvents } from '@messaging-contracts/runtime/webhooks';
import { defineCallbacks, type CallbackEvent } from './generated/callbacks.js';
import type { webhooks } from './generated/openapi.js';

export {
  CallbackAuthError,
  CallbackValidationError,
  type CallbackDelivery,
  type CallbackEvent,
  type CallbackEventOf,
  type CallbackEventType,
  type CallbackReceiver,
  type CallbackReceiverOptions,
  type ReceivedEvent,
} from './generated/callbacks.js';
/** Events sent to the application's outbound callback URL (`message-sending` … `message-read`). */
export type StatusCallbackEvent = WebhookEvents<webhooks, 'statusCallback'>;
/** Events sent to the application's inbound callback URL (`message-received`, RBM responses). */
export type InboundCallbackEvent = WebhookEvents<webhooks, 'inboundCallback'>;
export type BandwidthCallbackDelivery = CallbackDelivery<CallbackEvent>;

/**
 * Bandwidth sends a JSON array of events, `type` names each; the dedupe key is the spec's
 * `x-dedupe-key`: `["<type>","<message.id>","<to>"]` (time is left out: no document says a retry
 * repeats it). Give the receiver the credentials set on the application (`OutboundCallbackCreds` /
 * `InboundCallbackCreds`), or `credentials: false` for none. Bandwidth first calls without
 * credentials; the receiver answers that with the 401 Basic challenge (`CallbackAuthError.toResponse()`,
 * or its `status` and `headers`), and Bandwidth resends with them. `createTestCallbackRequest` builds
 * a callback as Bandwidth would send it (array body, its User-Agent, your credentials).
 */
export const { callbackApi, createCallbackReceiver, createTestCallbackRequest } = defineCallbacks({
  api: 'Bandwidth Messaging v2',
  testHeaders: { 'user-agent': 'BandwidthAPI/v2' },
});
