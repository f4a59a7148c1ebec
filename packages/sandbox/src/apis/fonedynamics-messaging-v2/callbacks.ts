// The webhooks of Fone Dynamics (helpdesk article "REST API – Messaging Webhooks"; the spec's
// webhooks `messageReceived` and `messageDeliveryReceiptReceived`): the parameters Action
// (`Webhook`), Event, Account.Sid, Property.Sid, Message.Sid, Message.From, Message.To and
// Message.Text, all strings, in the query string of a GET or the body of a POST, as the message's
// WebhookMethod / DeliveryReceiptWebhookMethod says. The POST body's encoding is not documented;
// the spec reads it as a form (its primary media type), which the sandbox sends. No
// authentication and no retries are documented, so none are applied.
import type { BehaviourContext } from '../../core/api-behaviour.js';
import type { StoredMessage, WebhookMethod } from './messages.js';

export const RECEIVED_WEBHOOK = 'messageReceived';
export const RECEIPT_WEBHOOK = 'messageDeliveryReceiptReceived';

export type WebhookEvent = 'Message.Received' | 'Message.DeliveryReceiptReceived';

export function webhookParameters(event: WebhookEvent, message: StoredMessage): Record<string, string> {
  return {
    Action: 'Webhook',
    Event: event,
    'Account.Sid': message.AccountSid,
    'Property.Sid': message.PropertySid,
    'Message.Sid': message.MessageSid,
    'Message.From': message.From,
    'Message.To': message.To,
    'Message.Text': message.Text,
  };
}

export function sendWebhook(
  event: WebhookEvent,
  message: StoredMessage,
  target: { url: string | undefined; method: WebhookMethod },
  context: BehaviourContext,
): void {
  if (!target.url) return;
  context.callbacks.deliver({
    webhook: event === 'Message.Received' ? RECEIVED_WEBHOOK : RECEIPT_WEBHOOK,
    url: target.url,
    method: target.method,
    query: webhookParameters(event, message),
    ...(target.method === 'POST' ? { encoding: 'form' as const } : {}),
    retry: false,
    label: `${event} ${message.MessageSid}`,
  });
}
