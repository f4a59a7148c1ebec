// Receiving Bandwidth v1 (Catapult) message callbacks: this API's settings of the runtime's
// receiver. Events, routes and validators come from the spec (generated/).
import type { CallbackDelivery } from '@messaging-contracts/runtime/webhooks';
import { defineCallbacks, type CallbackEvent } from './generated/callbacks.js';

// CallbackEvent: a JSON body's event, or a GET callback's query parameters (`callbackHttpMethod: GET`),
// with numbers already coerced; narrowed by `eventType` (`sms` | `mms`).
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
export type BandwidthCallbackDelivery = CallbackDelivery<CallbackEvent>;

/**
 * One event per request, POST (JSON) or GET (query string), `eventType` names it. A message
 * produces several events (its state changes, then delivery receipts) and none has an ID of its
 * own, so the dedupe key is `["<eventType>","<messageId>","<state>","<deliveryState>","<deliveryCode>"]`
 * (absent fields as null): our inference from the documented fields, not Bandwidth's statement.
 * v1 sends credentials only as Basic auth in the callback URL (`https://user:pass@host/path`): give
 * the receiver the same ones, or `credentials: false`. `createTestCallbackRequest` builds a callback
 * as Bandwidth v1 would send it (JSON POST, or GET with `method: 'GET'`).
 */
export const { callbackApi, createCallbackReceiver, createTestCallbackRequest } = defineCallbacks({
  api: 'Bandwidth Messaging v1',
  dedupeKey: ['/eventType', '/messageId', '/state', '/deliveryState', '/deliveryCode'],
  testHeaders: { 'user-agent': 'BandwidthAPI/v1' },
});
