// Receiving Fone Dynamics message webhooks: this API's settings of the runtime's receiver.
// Events, routes and validators come from the spec (generated/).
import type { CallbackDelivery } from '@messaging-contracts/runtime/webhooks';
import { defineCallbacks, type CallbackEvent } from './generated/callbacks.js';

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
export type FoneDynamicsCallbackDelivery = CallbackDelivery<CallbackEvent>;

/**
 * One event per request (form or JSON body, or GET query), `Event` names it. The dedupe key is
 * `["<Event>","<Message.Sid>"]`: a message is received once and gets one delivery receipt webhook
 * in the documents (our reading; retries are not documented). Fone Dynamics documents no
 * authentication of webhooks: give the receiver `credentials: false` (and keep the webhook URL
 * unguessable), or credentials if your URL carries them as Basic auth. `createTestCallbackRequest`
 * builds a webhook as Fone Dynamics would send it (form POST by default; `method: 'GET'` for a query string).
 */
export const { callbackApi, createCallbackReceiver, createTestCallbackRequest } = defineCallbacks({
  api: 'Fone Dynamics',
  dedupeKey: ['/Event', '/Message.Sid'],
});
