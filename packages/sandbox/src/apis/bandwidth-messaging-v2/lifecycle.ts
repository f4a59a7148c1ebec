// How a sent message's status moves over (virtual) time, with the callback of each step.
//
// Statuses are seed 000's: RECEIVED ("the initial status when sending a message") -> QUEUED ->
// SENDING -> SENT -> DELIVERED, or FAILED with an error code. Callbacks: `message-sending` for MMS
// with delivery receipts only, then exactly one of `message-delivered` or `message-failed`
// (Bandwidth/api-docs site/docs/messaging/webhooks.mdx). `message-sent`, when the message leaves
// Bandwidth, is not on webhooks.mdx nor in applications.mdx's `RequestedCallbackTypes`: only
// Bandwidth/node-sdk bandwidth.yml defines it (`statusCallbackTypeEnum`, `messageSentCallbackExample`).
// The sandbox sends it anyway, because a server built from bandwidth.yml may, and a receiver must
// cope with it; option `requestedCallbackTypes` leaves it out (see callbacks.ts).
//
// Sandbox choices, where the documents give no timing: each step waits its delay (below), and
// every recipient of a group message moves in step. Failure codes follow errors.mdx's scheme:
// a Bandwidth-detected client error (4xxx except 47xx) rejects the message before it is sent;
// carrier and service errors (47xx, 5xxx, 9xxx) end it after SENT; 9902 (delivery receipt
// expired) ends it as DLR_EXPIRED, the status seed 000 pairs with that code.
import type { BehaviourContext, ForcedCarrierFailure } from '../../core/api-behaviour.js';
import { sendStatusEvent, type StatusEventType } from './callbacks.js';
import { FINAL_STATUSES, messages, type MessageStatus, type RecipientState, type StoredMessage } from './messages.js';

/** Milliseconds each step waits after the previous one. Override any with the sandbox's `delays`. */
export const DEFAULT_DELAYS = {
  /** RECEIVED -> QUEUED. */
  queued: 50,
  /** QUEUED -> SENDING (or the rejection of a 4xxx failure). */
  sending: 50,
  /** SENDING -> SENT. */
  sent: 100,
  /** SENT -> DELIVERED or FAILED. */
  delivered: 500,
  /** An injected inbound message -> its `message-received` callback. */
  received: 0,
} as const;

/** errors.mdx: 4360 `message-not-sent-expiration-date-passed`. */
export const EXPIRED_CODE = 4360;
/** errors.mdx: 9999 `unknown-error`, for a forced code that is not a number. */
export const UNKNOWN_ERROR_CODE = 9999;
/** errors.mdx: 9902 `delivery-receipt-expired`. */
export const RECEIPT_EXPIRED_CODE = 9902;

export function delayOf(name: keyof typeof DEFAULT_DELAYS, context: BehaviourContext): number {
  const value = context.settings.delays[name];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_DELAYS[name];
}

/** The forced code as errors.mdx's integer. */
export function failureCode(failure: ForcedCarrierFailure): number {
  const code = typeof failure.errorCode === 'number' ? failure.errorCode : Number(failure.errorCode);
  return Number.isSafeInteger(code) ? code : UNKNOWN_ERROR_CODE;
}

/** True for errors.mdx's Bandwidth-detected client errors, which reject a message before sending. */
export function rejectedBeforeSending(code: number): boolean {
  return code >= 4000 && code < 5000 && !(code >= 4700 && code < 4800);
}

/** MMS delivery receipts (webhooks.mdx `Feature_MMS_DLR`): on unless option `mmsDeliveryReceipts` is false. */
function mmsReceipts(context: BehaviourContext): boolean {
  return context.settings.options.mmsDeliveryReceipts !== false;
}

/**
 * Whether a status event goes out. webhooks.mdx: `message-sending` only for MMS with receipts;
 * for MMS without receipts, `message-failed` is not sent (a delivered event still is).
 * `message-sent` (bandwidth.yml only) goes out for every message, the sandbox's choice above.
 */
function emits(type: StatusEventType, message: StoredMessage, context: BehaviourContext): boolean {
  if (message.messageType !== 'mms') return type !== 'message-sending';
  if (mmsReceipts(context)) return true;
  return type === 'message-sent' || type === 'message-delivered';
}

type Step = (
  recipient: RecipientState,
  message: StoredMessage,
  now: number,
) => { recipient: RecipientState; event?: StatusEventType } | undefined;

/** Applies a step to every recipient not yet final, stores the result and sends its callbacks. */
function apply(context: BehaviourContext, id: string, step: Step): void {
  const store = messages(context);
  const message = store.get(id);
  if (!message) return; // evicted or reset meanwhile
  const now = context.clock.now();
  const events: { recipient: RecipientState; type: StatusEventType }[] = [];
  const recipients = message.recipients.map((recipient) => {
    if (FINAL_STATUSES.has(recipient.status)) return recipient;
    const result = step(recipient, message, now);
    if (!result) return recipient;
    if (result.event) events.push({ recipient: result.recipient, type: result.event });
    return result.recipient;
  });
  const updated: StoredMessage = { ...message, recipients };
  store.set(id, updated);
  for (const { recipient, type } of events) {
    if (emits(type, updated, context)) sendStatusEvent(type, updated, recipient, context);
  }
}

function moveTo(status: MessageStatus, event?: StatusEventType): Step {
  return (recipient) => ({ recipient: { ...recipient, status }, ...(event ? { event } : {}) });
}

function fail(code: number, description?: string): Step {
  return (recipient, _message, now) => ({
    recipient: {
      ...recipient,
      status: code === RECEIPT_EXPIRED_CODE ? 'DLR_EXPIRED' : 'FAILED',
      errorCode: code,
      ...(description !== undefined ? { errorDescription: description } : {}),
      completedAt: now,
    },
    event: 'message-failed',
  });
}

/** Schedules every step of an outbound message, from its RECEIVED state at `message.receivedAt`. */
export function scheduleOutbound(
  message: StoredMessage,
  failure: ForcedCarrierFailure | undefined,
  context: BehaviourContext,
): void {
  const code = failure ? failureCode(failure) : undefined;
  let at = delayOf('queued', context);
  context.clock.after(at, () => apply(context, message.id, moveTo('QUEUED')));

  at += delayOf('sending', context);
  if (code !== undefined && rejectedBeforeSending(code)) {
    context.clock.after(at, () => apply(context, message.id, fail(code, failure?.description)));
    return;
  }
  context.clock.after(at, () =>
    apply(context, message.id, (recipient, stored, now) => {
      // MessageRequest.expiration: "If the message has not been sent by then, Bandwidth stops trying".
      if (stored.expiration !== undefined && Date.parse(stored.expiration) <= now)
        return fail(EXPIRED_CODE)(recipient, stored, now);
      return { recipient: { ...recipient, status: 'SENDING', sentAt: now }, event: 'message-sending' };
    }),
  );

  at += delayOf('sent', context);
  context.clock.after(at, () => apply(context, message.id, moveTo('SENT', 'message-sent')));

  at += delayOf('delivered', context);
  context.clock.after(at, () =>
    apply(
      context,
      message.id,
      code !== undefined
        ? fail(code, failure?.description)
        : (recipient, _stored, now) => ({
            recipient: { ...recipient, status: 'DELIVERED', completedAt: now },
            event: 'message-delivered',
          }),
    ),
  );
}
