/**
 * Generated from specs/bandwidth-messaging-v2/ (its `webhooks`) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */
import type { WebhookOperation } from '@messaging-contracts/runtime/webhooks';
import * as json from './webhook-validators.js';

// Formats the spec uses that are not checked (annotations only): byte.
/** Every webhook operation of the spec: what the receiver accepts and how it validates it. */
export const webhookOperations = [
  {
    webhook: "statusCallback",
    method: "POST",
    operationId: "receiveStatusCallback",
    basicAuth: true,
    inputs: [
      {
        in: "body",
        mediaType: "application/json",
        parse: "json",
        envelope: "array",
        exact: true,
        discriminator: "type",
        dedupeKey: ["/type","/message/id","/to"],
        validate: json.body0,
        events: [
          { constants: {"type":["message-sending"]}, validate: json.StatusCallbackEventMessageSending },
          { constants: {"type":["message-sent"]}, validate: json.StatusCallbackEventMessageSent },
          { constants: {"type":["message-delivered"]}, validate: json.StatusCallbackEventMessageDelivered },
          { constants: {"type":["message-failed"]}, validate: json.StatusCallbackEventMessageFailed },
          { constants: {"type":["message-read"]}, validate: json.StatusCallbackEventMessageRead },
        ],
      },
    ],
  },
  {
    webhook: "inboundCallback",
    method: "POST",
    operationId: "receiveInboundCallback",
    basicAuth: true,
    inputs: [
      {
        in: "body",
        mediaType: "application/json",
        parse: "json",
        envelope: "array",
        exact: true,
        discriminator: "type",
        dedupeKey: ["/type","/message/id","/to"],
        validate: json.body1,
        events: [
          { constants: {"type":["message-received"]}, validate: json.InboundCallbackEventMessageReceived },
          { constants: {"type":["suggestion-response"]}, validate: json.InboundCallbackEventSuggestionResponse },
          { constants: {"type":["requested-location-response","request-location-response","location-request-response"]}, validate: json.InboundCallbackEventRequestedLocationResponse },
        ],
      },
    ],
  },
] as const satisfies readonly WebhookOperation[];
