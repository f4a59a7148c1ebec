// How a sent Fone Dynamics message moves over (virtual) time. Statuses are seed 003's:
// Processing ("received by our system and is being processed") -> Submitted ("submitted
// successfully to the SMS Center") -> Delivered ("if delivery receipts are activated"), or
// Failed ("submission to the SMS Center was not possible"). A receipt calls the message's
// DeliveryReceiptWebhookUri (`Message.DeliveryReceiptReceived`) when DeliveryReceipt is true
// (the SDKs: "DeliveryReceipt must be set to true for this to be triggered").
//
// Sandbox choices: submission happens at the message's Scheduled time plus the `submitted` delay;
// a forced failure fails the submission (the status's documented meaning), which produces no
// receipt and so no webhook; without DeliveryReceipt a message stays Submitted.
import type { BehaviourContext, ForcedCarrierFailure } from '../../core/api-behaviour.js';
import { sendWebhook } from './callbacks.js';
import { epochSeconds, messages, type StoredMessage } from './messages.js';

export const DEFAULT_DELAYS = {
  /** Processing -> Submitted (or Failed), after the scheduled time. */
  submitted: 100,
  /** Submitted -> Delivered, with its receipt webhook. */
  delivered: 500,
  /** An injected inbound message -> its Message.Received webhook. */
  received: 0,
} as const;

export function delayOf(name: keyof typeof DEFAULT_DELAYS, context: BehaviourContext): number {
  const value = context.settings.delays[name];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_DELAYS[name];
}

function update(
  context: BehaviourContext,
  sid: string,
  change: (message: StoredMessage, nowSeconds: number) => StoredMessage | undefined,
): StoredMessage | undefined {
  const store = messages(context);
  const current = store.get(sid);
  if (!current || current.Status === 'Failed') return undefined;
  const next = change(current, epochSeconds(context.clock.now()));
  if (next) store.set(sid, next);
  return next;
}

export function scheduleOutbound(
  message: StoredMessage,
  failure: ForcedCarrierFailure | undefined,
  context: BehaviourContext,
): void {
  const untilScheduled = Math.max(0, (message.Scheduled ?? message.Created) * 1000 - context.clock.now());
  const submitAt = untilScheduled + delayOf('submitted', context);
  context.clock.after(submitAt, () =>
    update(context, message.MessageSid, (current, now) =>
      failure
        ? { ...current, Status: 'Failed', ErrorCode: String(failure.errorCode) }
        : { ...current, Status: 'Submitted', Submitted: now },
    ),
  );
  if (failure || !message.DeliveryReceipt) return;
  context.clock.after(submitAt + delayOf('delivered', context), () => {
    const delivered = update(context, message.MessageSid, (current, now) =>
      current.Status === 'Submitted' ? { ...current, Status: 'Delivered', Delivered: now } : undefined,
    );
    if (delivered)
      sendWebhook(
        'Message.DeliveryReceiptReceived',
        delivered,
        { url: delivered.DeliveryReceiptWebhookUri, method: delivered.DeliveryReceiptWebhookMethod },
        context,
      );
  });
}
