// What the sandbox stores for a Bandwidth v1 (Catapult) message, and how the API shows it.
// Sources: seed 002 (message fields, states, delivery states and codes); Bandwidth/ap-docs
// methods/messages/postMessages.md (send fields, Location), getMessages.md (list).
import type { BehaviourContext } from '../../core/api-behaviour.js';
import { LOWER_ALPHANUMERIC, randomString } from '../shared/ids.js';
import { segments } from '@messaging-contracts/runtime';

export type MessageState = 'received' | 'queued' | 'sending' | 'sent' | 'error';
export type DeliveryState = 'waiting' | 'delivered' | 'not-delivered';
export type ReceiptRequested = 'none' | 'all' | 'error';

export interface StoredMessage {
  readonly id: string;
  readonly userId: string;
  readonly from: string;
  readonly to: string;
  readonly text: string;
  readonly media: readonly string[];
  readonly direction: 'in' | 'out';
  readonly state: MessageState;
  /** When the message resource was created, ms on the sandbox clock (`time`). */
  readonly createdAt: number;
  readonly sequence: number;
  /** The list's paging key (`sortKeyLT`): 13 digits of ms and 6 of sequence, like the documented `1458576004287000989`. */
  readonly sortKey: string;
  readonly callbackUrl?: string;
  readonly callbackHttpMethod: 'GET' | 'POST';
  readonly callbackTimeout?: number;
  readonly fallbackUrl?: string;
  readonly tag?: string;
  readonly receiptRequested?: ReceiptRequested;
  readonly deliveryState?: DeliveryState;
  readonly deliveryCode?: number;
  readonly deliveryDescription?: string;
  readonly segmentCount: number;
  /** Inbound messages: the application of the receiving number (apiCallbacks/sms.md). */
  readonly applicationId?: string;
  /** The sandbox's base URL when the message was made, for its callbacks' `messageUri`. */
  readonly baseUrl: string | undefined;
}

export const MESSAGES_STORE = 'messages';
export const USERS_STORE = 'users';

export function messages(context: BehaviourContext) {
  return context.store<StoredMessage>(MESSAGES_STORE);
}

/** A message id like the documented `m-dr4mcch2wfb6frcls677glq` (apiCallbacks/mms.md): `m-` and 25 lower-case letters and digits. */
export function newMessageId(): string {
  return `m-${randomString(LOWER_ALPHANUMERIC, 25)}`;
}

export function sortKeyOf(createdAt: number, sequence: number): string {
  return `${String(Math.trunc(createdAt)).padStart(13, '0')}${String(sequence % 1_000_000).padStart(6, '0')}`;
}

/** Seed 002: `segmentCount` "will always be 1 for MMS messages". */
export function segmentCountOf(text: string, media: readonly string[]): number {
  return media.length > 0 ? 1 : segments(text).count;
}

/** The message's path as ap-docs postMessages.md prints `Location`: `/v1/users/{userId}/messages/{messageId}`. */
export function messagePath(message: Pick<StoredMessage, 'userId' | 'id'>): string {
  return `/v1/users/${encodeURIComponent(message.userId)}/messages/${encodeURIComponent(message.id)}`;
}

/** Seed 002's delivery codes and their descriptions. */
export const DELIVERY_DESCRIPTIONS: Readonly<Record<number, string>> = {
  0: 'Message Delivered to Carrier',
  187: 'Spam Detected – Statistical',
  188: 'Spam Detected -Keyword',
  189: 'Spam Detected',
  482: 'Loop Detected',
  600: 'Destination Carrier Queue Full',
  610: 'submit_sm or submit_multi failed',
  620: 'Destination App Error',
  630: 'NACK',
  650: 'Destination Failure',
  700: 'Invalid Service Type',
  720: 'Invalid Destination Address',
  740: 'Invalid Source Address',
  750: 'Destination Rejected Message',
  751: 'Destination Rejected Message too large',
  770: 'Destination Rejected due to spam',
  775: 'Rejected due to user opt out',
  902: 'Message Expired',
  999: 'Unknown Error',
};

/** Seed 002: "We only store the message contents for 3 days. Any messages older than 3 days will not contain text." */
export const TEXT_RETENTION_MS = 3 * 24 * 60 * 60 * 1000;

/** The `Message` schema, as getMessage and listMessages answer it. */
export function renderMessage(message: StoredMessage, nowMs: number): Record<string, unknown> {
  return {
    id: message.id,
    from: message.from,
    to: message.to,
    direction: message.direction,
    ...(nowMs - message.createdAt <= TEXT_RETENTION_MS ? { text: message.text } : {}),
    media: [...message.media],
    state: message.state,
    time: new Date(message.createdAt).toISOString(),
    ...(message.callbackUrl !== undefined ? { callbackUrl: message.callbackUrl } : {}),
    ...(message.callbackTimeout !== undefined ? { callbackTimeout: message.callbackTimeout } : {}),
    ...(message.fallbackUrl !== undefined ? { fallbackUrl: message.fallbackUrl } : {}),
    ...(message.tag !== undefined ? { tag: message.tag } : {}),
    ...(message.receiptRequested !== undefined ? { receiptRequested: message.receiptRequested } : {}),
    ...(message.deliveryState !== undefined ? { deliveryState: message.deliveryState } : {}),
    ...(message.deliveryCode !== undefined ? { deliveryCode: message.deliveryCode } : {}),
    ...(message.deliveryDescription !== undefined ? { deliveryDescription: message.deliveryDescription } : {}),
    segmentCount: message.segmentCount,
  };
}
