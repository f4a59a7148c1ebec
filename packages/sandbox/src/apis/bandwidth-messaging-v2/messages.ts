// What the sandbox stores for a Bandwidth Messaging v2 message, and how the API shows it.
// Sources: Bandwidth/api-docs site/docs/messaging/webhooks.mdx (ids, owner, segmentCount, group
// messages), seed 000 (message search fields and statuses), seed 004 (message detail records).
import type { BehaviourContext, JsonValue } from '../../core/api-behaviour.js';
import { LOWER_ALPHANUMERIC, randomString } from '../shared/ids.js';
import { segments } from '@messaging-contracts/runtime';

export type MessageStatus =
  | 'RECEIVED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT'
  | 'DELIVERED'
  | 'ACCEPTED'
  | 'UNDELIVERED'
  | 'DLR_EXPIRED'
  | 'FAILED';

/** Statuses after which nothing changes any more. */
export const FINAL_STATUSES: ReadonlySet<MessageStatus> = new Set([
  'DELIVERED',
  'ACCEPTED',
  'UNDELIVERED',
  'DLR_EXPIRED',
  'FAILED',
]);

/**
 * The state of one recipient. Bandwidth reports delivery per recipient: a group message gets one
 * callback per number, and a `message-failed` names the one recipient that failed (webhooks.mdx,
 * "Group MMS Delivered to Carrier" and "Message Failed" examples). So status is kept per recipient,
 * and message search lists one row per recipient (the sandbox's reading of `destinationTn`, a single
 * number per row in seed 000).
 */
export interface RecipientState {
  readonly to: string;
  readonly status: MessageStatus;
  /** 0 while there is none (seed 000's example row has `errorCode: 0` for a delivered message). */
  readonly errorCode: number;
  /** The description a forced failure gave, used instead of the code's documented slug. */
  readonly errorDescription?: string;
  readonly sentAt?: number;
  readonly completedAt?: number;
}

export interface StoredMessage {
  readonly id: string;
  readonly accountId: string;
  readonly applicationId: string;
  /** webhooks.mdx: the `from` number for an outbound message, the receiving number for an inbound one. */
  readonly owner: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly text: string;
  readonly media: readonly string[];
  readonly tag?: string;
  readonly priority?: 'default' | 'high';
  readonly expiration?: string;
  readonly direction: 'in' | 'out';
  readonly messageType: 'sms' | 'mms';
  readonly segmentCount: number;
  /** When Bandwidth received it (ms on the sandbox clock): `time`, and search's `receiveTime`. */
  readonly receivedAt: number;
  /** Tie-breaker for messages received in the same millisecond. */
  readonly sequence: number;
  readonly carrierName: string | null;
  readonly recipients: readonly RecipientState[];
}

export const MESSAGES_STORE = 'messages';
/** Remembers the last account used, so an injected inbound message lands on it by default. */
export const ACCOUNTS_STORE = 'accounts';

export function messages(context: BehaviourContext) {
  return context.store<StoredMessage>(MESSAGES_STORE);
}

/**
 * A message id like the documented ones (`1589228074636lm4k2je7j7jklbn2`, seed 000;
 * `14762070468292kw2fuqty55yp2b2`, webhooks.mdx): 13 digits of epoch milliseconds, then 16
 * lower-case letters and digits.
 */
export function newMessageId(nowMs: number): string {
  return `${String(Math.trunc(nowMs)).padStart(13, '0')}${randomString(LOWER_ALPHANUMERIC, 16)}`;
}

/**
 * webhooks.mdx `segmentCount`: segments of the text (160 GSM-7 or 70 UCS-2 characters in one), counted
 * by the runtime's `segments()` as users count before they send; "For MMS messages the segment count
 * will always be set to 1".
 */
export function segmentCountOf(text: string, messageType: 'sms' | 'mms'): number {
  return messageType === 'mms' ? 1 : segments(text).count;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The fields a `Message` (202) and a callback's `message` share, in the documents' order. */
export function messageIdentity(message: StoredMessage): { [key: string]: JsonValue } {
  return {
    id: message.id,
    owner: message.owner,
    applicationId: message.applicationId,
    time: iso(message.receivedAt),
    segmentCount: message.segmentCount,
    direction: message.direction,
    to: [...message.to],
    from: message.from,
  };
}

/** The `Message` schema: what createMessage answers (202) and what the control API's inject answers. */
export function renderMessage(message: StoredMessage): Record<string, unknown> {
  return {
    ...messageIdentity(message),
    media: [...message.media],
    text: message.text,
    ...(message.tag !== undefined ? { tag: message.tag } : {}),
    ...(message.priority !== undefined ? { priority: message.priority } : {}),
    ...(message.expiration !== undefined ? { expiration: message.expiration } : {}),
  };
}

type ListItemField = (message: StoredMessage, recipient: RecipientState) => string | number | null;

/**
 * The fields of a message search row (`ListMessageItem`), for one recipient of a message. Search
 * filters and sorts read them one at a time, and renders only the rows of the page.
 */
export const LIST_ITEM_FIELDS: Readonly<Record<string, ListItemField>> = {
  messageId: (message) => message.id,
  accountId: (message) => message.accountId,
  sourceTn: (message) => message.from,
  destinationTn: (_message, recipient) => recipient.to,
  messageStatus: (_message, recipient) => recipient.status,
  messageDirection: (message) => (message.direction === 'out' ? 'OUTBOUND' : 'INBOUND'),
  messageType: (message) => message.messageType,
  segmentCount: (message) => message.segmentCount,
  errorCode: (_message, recipient) => recipient.errorCode,
  receiveTime: (message) => iso(message.receivedAt),
  carrierName: (message) => message.carrierName,
  // The sandbox knows the text's size; media sizes are unknown to it, so an MMS has none.
  messageSize: (message) => (message.messageType === 'sms' ? Buffer.byteLength(message.text, 'utf8') : null),
  messageLength: (message) => message.text.length,
  attachmentCount: (message) => message.media.length,
  recipientCount: (message) => message.to.length,
  // Campaigns, latency metrics, countries, product and location are account features the
  // sandbox does not model: null, as the spec says they are "where the account lacks the feature".
  campaignClass: () => null,
  campaignId: () => null,
  bwLatency: () => null,
  carrierLatency: () => null,
  callingNumberCountryA3: () => null,
  calledNumberCountryA3: () => null,
  product: () => null,
  location: () => null,
};

export function renderListItem(message: StoredMessage, recipient: RecipientState): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(LIST_ITEM_FIELDS)) item[name] = field(message, recipient);
  return item;
}

/**
 * The summary status of a message detail record (seed 004's nine values), from the recipient's
 * state. The mapping is the sandbox's reading of seed 004's definitions; records of a message
 * still under way carry no status.
 */
export function mdrStatusOf(message: StoredMessage, recipient: RecipientState): string | undefined {
  if (message.direction === 'in') return 'ACCEPTED';
  switch (recipient.status) {
    case 'DELIVERED':
      return 'DELIVERED';
    case 'ACCEPTED':
      return 'ACCEPTED';
    case 'DLR_EXPIRED':
    case 'UNDELIVERED':
      return 'DELIVERY-FAIL';
    case 'FAILED': {
      const code = recipient.errorCode;
      if (code === 4470) return 'REJECTED-BW-SPAM';
      if (code === 4770) return 'REJECTED-PROVIDER-SPAM';
      if (code >= 4700 && code < 4800) return 'REJECTED-PROVIDER';
      if (code >= 4000 && code < 5000) return 'REJECTED-BW';
      if (code >= 9000) return 'DELIVERY-FAIL';
      return 'FAILED';
    }
    default:
      return undefined;
  }
}

/** Seed 004: billable statuses are REJECTED-*-SPAM, ACCEPTED, DELIVERED and DELIVERY-FAIL. */
const BILLABLE_MDR_STATUSES = new Set([
  'REJECTED-BW-SPAM',
  'REJECTED-PROVIDER-SPAM',
  'ACCEPTED',
  'DELIVERED',
  'DELIVERY-FAIL',
]);

/** Seed 004's `MessageDate`: the UTC date as M/D/YYYY. */
function billingDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;
}

/** The detail records of a message (seed 004): one per segment, for each recipient. */
export function renderDetailRecords(message: StoredMessage): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  const segments = Math.max(1, message.segmentCount);
  message.recipients.forEach((recipient, recipientIndex) => {
    const status = mdrStatusOf(message, recipient);
    for (let segment = 1; segment <= segments; segment += 1) {
      records.push({
        AccountId: message.accountId,
        MessageType: message.messageType === 'mms' ? 'MMS' : 'SMS',
        MessageID: message.id,
        CallDirection: message.direction === 'out' ? 'OUTBOUND' : 'INBOUND',
        SourceTn: message.from,
        DestinationTn: recipient.to,
        TimeStamp: iso(message.receivedAt),
        MessageDate: billingDate(message.receivedAt),
        ReceivedTimestamp: iso(message.receivedAt),
        ...(recipient.sentAt !== undefined ? { SentTimestamp: iso(recipient.sentAt) } : {}),
        ...(recipient.completedAt !== undefined ? { CompletedTimestamp: iso(recipient.completedAt) } : {}),
        MessageSegments: message.segmentCount,
        SegmentNumber: segment,
        MessageLength: message.text.length,
        ...(status !== undefined
          ? { MessageStatus: status, Billable: BILLABLE_MDR_STATUSES.has(status) ? 'Yes' : 'No' }
          : {}),
        // Seed 004: DLRCode 0 is success, 902 a receipt timeout; outbound messages only.
        ...(message.direction === 'out' && status === 'DELIVERED' ? { DLRCode: 0 } : {}),
        ...(message.direction === 'out' && recipient.status === 'DLR_EXPIRED' ? { DLRCode: 902 } : {}),
        MdrID: `${message.id}-${recipientIndex + 1}-${segment}`,
      });
    }
  });
  return records;
}
