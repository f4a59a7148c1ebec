/**
 * Generated from specs/fonedynamics-messaging-v2/ (its `webhooks`) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */
import type { WebhookOperation } from '@messaging-contracts/runtime/webhooks';
import * as json from './webhook-validators.js';
import * as form from './webhook-form-validators.js';

// Every format the spec uses is checked.
/** Every webhook operation of the spec: what the receiver accepts and how it validates it. */
export const webhookOperations = [
  {
    webhook: "messageReceived",
    method: "GET",
    operationId: "messageReceivedGet",
    basicAuth: false,
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
          { constants: {"Action":["Webhook"],"Event":["Message.Received"]}, validate: form.query0 },
        ],
      },
    ],
  },
  {
    webhook: "messageReceived",
    method: "POST",
    operationId: "messageReceivedPost",
    basicAuth: false,
    inputs: [
      {
        in: "body",
        mediaType: "application/x-www-form-urlencoded",
        parse: "form",
        envelope: "object",
        exact: true,
        discriminator: undefined,
        dedupeKey: undefined,
        validate: form.MessageReceivedWebhook,
        events: [
          { constants: {"Action":["Webhook"],"Event":["Message.Received"]}, validate: form.MessageReceivedWebhook },
        ],
      },
      {
        in: "body",
        mediaType: "application/json",
        parse: "json",
        envelope: "object",
        exact: true,
        discriminator: undefined,
        dedupeKey: undefined,
        validate: json.MessageReceivedWebhook,
        events: [
          { constants: {"Action":["Webhook"],"Event":["Message.Received"]}, validate: json.MessageReceivedWebhook },
        ],
      },
    ],
  },
  {
    webhook: "messageDeliveryReceiptReceived",
    method: "GET",
    operationId: "messageDeliveryReceiptReceivedGet",
    basicAuth: false,
    inputs: [
      {
        in: "query",
        mediaType: "",
        parse: "form",
        envelope: "object",
        exact: true,
        discriminator: undefined,
        dedupeKey: undefined,
        validate: form.query3,
        events: [
          { constants: {"Action":["Webhook"],"Event":["Message.DeliveryReceiptReceived"]}, validate: form.query3 },
        ],
      },
    ],
  },
  {
    webhook: "messageDeliveryReceiptReceived",
    method: "POST",
    operationId: "messageDeliveryReceiptReceivedPost",
    basicAuth: false,
    inputs: [
      {
        in: "body",
        mediaType: "application/x-www-form-urlencoded",
        parse: "form",
        envelope: "object",
        exact: true,
        discriminator: undefined,
        dedupeKey: undefined,
        validate: form.MessageDeliveryReceiptReceivedWebhook,
        events: [
          { constants: {"Action":["Webhook"],"Event":["Message.DeliveryReceiptReceived"]}, validate: form.MessageDeliveryReceiptReceivedWebhook },
        ],
      },
      {
        in: "body",
        mediaType: "application/json",
        parse: "json",
        envelope: "object",
        exact: true,
        discriminator: undefined,
        dedupeKey: undefined,
        validate: json.MessageDeliveryReceiptReceivedWebhook,
        events: [
          { constants: {"Action":["Webhook"],"Event":["Message.DeliveryReceiptReceived"]}, validate: json.MessageDeliveryReceiptReceivedWebhook },
        ],
      },
    ],
  },
] as const satisfies readonly WebhookOperation[];
