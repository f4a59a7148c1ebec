// What the sandbox stores for a Fone Dynamics SMS message, and how the API shows it.
// Sources: seed 003 (the message resource, statuses, epoch-second timestamps);
// fonedynamics-csharp / fonedynamics-java `MessageResource` (send fields, webhooks, Schedule rules).
import type { BehaviourContext } from '../../core/api-behaviour.js';
import { BASE32, randomString } from '../shared/ids.js';
import { segments } from '@messaging-contracts/runtime';

export type MessageStatus = 'Processing' | 'Submitted' | 'Delivered' | 'Failed' | 'Received';
export type WebhookMethod = 'GET' | 'POST';

export interface StoredMessage {
  readonly MessageSid: string;
  readonly AccountSid: string;
  readonly PropertySid: string;
  readonly From: string;
  readonly To: string;
  readonly Text: string;
  readonly DeliveryReceipt: boolean;
  readonly NumSegments: number;
  readonly Status: MessageStatus;
  readonly Direction: 'Transmit' | 'Receive';
  /** Epoch seconds, as the API shows every timestamp (seed 003). */
  readonly Scheduled: number | null;
  readonly Created: number;
  readonly Submitted: number | null;
  readonly Delivered: number | null;
  readonly Received: number | null;
  readonly ErrorCode: string | null;
  readonly WebhookUri?: string;
  readonly WebhookMethod: WebhookMethod;
  readonly DeliveryReceiptWebhookUri?: string;
  readonly DeliveryReceiptWebhookMethod: WebhookMethod;
  /** Orders messages created in the same second. */
  readonly sequence: number;
}

export const MESSAGES_STORE = 'messages';
export const PROPERTIES_STORE = 'properties';

export function messages(context: BehaviourContext) {
  return context.store<StoredMessage>(MESSAGES_STORE);
}

/**
 * A MessageSid like seed 003's (`MJGPVTNSWHJ35HGQTGABFE27TXFSSUZI`, `MI6R6L455Q35QQ5VR6O4QISTOYSWBFGA`):
 * `M` and 31 characters of the base32 alphabet (A-Z, 2-7), the only characters those examples use.
 */
export function newMessageSid(): string {
  return `M${randomString(BASE32, 31)}`;
}

export function epochSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

export function numSegmentsOf(text: string): number {
  return segments(text).count;
}

/** The WebhookMethod schema accepts POST, GET, Post and Get; POST is the default (the SDKs). */
export function webhookMethodOf(value: unknown): WebhookMethod {
  return typeof value === 'string' && value.toUpperCase() === 'GET' ? 'GET' : 'POST';
}

/** The message resource (MessageResource), every field present as the spec's examples show them. */
export function renderMessage(message: StoredMessage): Record<string, unknown> {
  return {
    MessageSid: message.MessageSid,
    AccountSid: message.AccountSid,
    PropertySid: message.PropertySid,
    From: message.From,
    To: message.To,
    Text: message.Text,
    DeliveryReceipt: message.DeliveryReceipt,
    NumSegments: message.NumSegments,
    Status: message.Status,
    Direction: message.Direction,
    Scheduled: message.Scheduled,
    Created: message.Created,
    Submitted: message.Submitted,
    Delivered: message.Delivered,
    Received: message.Received,
    ErrorCode: message.ErrorCode,
  };
}
