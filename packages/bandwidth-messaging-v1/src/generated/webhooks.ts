/**
 * Generated from specs/bandwidth-messaging-v1/ (its `webhooks`) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */
import type { WebhookOperation } from '@messaging-contracts/runtime/webhooks';
import * as json from './webhook-validators.js';
import * as form from './webhook-form-validators.js';

// Formats the spec uses that are not checked (annotations only): uri-reference.
/** Every webhook operation of the spec: what the receiver accepts and how it validates it. */
export const webhookOperations = [
  {
    webhook: "messageEvent",
    method: "GET",
    operationId: "receiveMessageEventGet",
    basicAuth: true,
    inputs: [
      {
        in: "query",
        mediaType: "",
        parse: "form",
        envelope: "object",
        exact: true,
        discriminator: undefined,
        dedupeKey: undefined,
        validate: form.query0,
        events: [
          { constants: {"eventType":["sms","mms"],"direction":["in","out"],"state":["received","queued","sending","sent","error"],"deliveryState":["waiting","delivered","not-delivered"]}, validate: form.query0 },
        ],
      },
    ],
  },
  {
    webhook: "messageEvent",
    method: "POST",
    operationId: "receiveMessageEventPost",
    basicAuth: true,
    inputs: [
      {
        in: "body",
        mediaType: "application/json",
        parse: "json",
        envelope: "object",
        exact: true,
        discriminator: "eventType",
        dedupeKey: ["/eventType","/messageId","/state","/deliveryState","/deliveryCode"],
        validate: json.MessageEvent,
        events: [
          { constants: {"eventType":["sms"],"direction":["in","out"],"state":["received","queued","sending","sent","error"],"deliveryState":["waiting","delivered","not-delivered"]}, validate: json.SmsEvent },
          { constants: {"eventType":["mms"],"direction":["in","out"],"state":["received","queued","sending","sent","error"],"deliveryState":["waiting","delivered","not-delivered"]}, validate: json.MmsEvent },
        ],
      },
    ],
  },
] as const satisfies readonly WebhookOperation[];
