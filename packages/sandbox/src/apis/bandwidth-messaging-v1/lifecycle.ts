// How a sent v1 message moves over (virtual) time, with its callback events.
//
// States and delivery states are seed 002's: queued ("waiting in queue and will be sent soon") ->
// sending -> sent, or error; with receipts, deliveryState waiting -> delivered or not-delivered
// with a deliveryCode. receiptRequested (postMessages.md): `none` (default) sends no delivery
// receipt event, `all` every one, `error` only error receipts.
//
// Sandbox choices, where the documents give no timing or sequence: each step waits its delay
// (below); the `sent` state is always reported to callbackUrl (apiCallbacks/sms.md's "Outgoing
// SMS Event" example is such an event); a forced failure ends the message in state `error` with
// deliveryState `not-delivered` and the forced deliveryCode, reported as a receipt when receipts
// (all or error) were requested.
import type { BehaviourContext, ForcedCarrierFailure } from '../../core/api-behaviour.js';
import { sendMessageEvent } from './callbacks.js';
import { DELIVERY_DESCRIPTIONS, messages, type StoredMessage } from './messages.js';

export const DEFAULT_DELAYS = {
  /** queued -> sending. */
  sending: 50,
  /** sending -> sent. */
  sent: 100,
  /** sent -> the delivery receipt (delivered, or not-delivered and state error). */
  delivered: 500,
  /** An injected inbound message -> its event. */
  received: 0,
} as const;

/** Seed 002: 999 "Unknown Error", for a forced code that is not a number. */
const UNKNOWN_CODE = 999;

export function delayOf(name: keyof typeof DEFAULT_DELAYS, context: BehaviourContext): number {
  const value = context.settings.delays[name];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_DELAYS[name];
}

export function deliveryCodeOf(failure: ForcedCarrierFailure): number {
  const code = typeof failure.errorCode === 'number' ? failure.errorCode : Number(failure.errorCode);
  return Number.isSafeInteger(code) ? code : UNKNOWN_CODE;
}

function receipts(message: StoredMessage): boolean {
  return message.receiptRequested === 'all' || message.receiptRequested === 'error';
}

/** Stores the change and, when `report` says so, sends the resulting event to the message's callbackUrl. */
function apply(
  context: BehaviourContext,
  id: string,
  change: (message: StoredMessage) => { message: StoredMessage; report: boolean } | undefined,
): void {
  const store = messages(context);
  const current = store.get(id);
  if (!current || current.state === 'error') return; // evicted, reset, or already failed
  const result = change(current);
  if (!result) return;
  store.set(id, result.message);
  if (result.report) {
    const message = result.message;
    sendMessageEvent(
      message,
      {
        url: message.callbackUrl,
        fallbackUrl: message.fallbackUrl,
        method: message.callbackHttpMethod,
        timeoutMs: message.callbackTimeout,
      },
      message.baseUrl,
      context,
    );
  }
}

export function scheduleOutbound(
  message: StoredMessage,
  failure: ForcedCarrierFailure | undefined,
  context: BehaviourContext,
): void {
  let at = delayOf('sending', context);
  context.clock.after(at, () =>
    apply(context, message.id, (current) => ({ message: { ...current, state: 'sending' }, report: false })),
  );

  at += delayOf('sent', context);
  context.clock.after(at, () =>
    apply(context, message.id, (current) => ({
      message: { ...current, state: 'sent', ...(receipts(current) ? { deliveryState: 'waiting' as const } : {}) },
      report: true,
    })),
  );

  at += delayOf('delivered', context);
  const code = failure ? deliveryCodeOf(failure) : undefined;
  context.clock.after(at, () =>
    apply(context, message.id, (current) => {
      if (code !== undefined) {
        return {
          message: {
            ...current,
            state: 'error',
            deliveryState: 'not-delivered',
            deliveryCode: code,
            deliveryDescription:
              failure?.description ?? DELIVERY_DESCRIPTIONS[code] ?? DELIVERY_DESCRIPTIONS[UNKNOWN_CODE]!,
          },
          report: receipts(current),
        };
      }
      if (!receipts(current)) return undefined;
      return {
        message: {
          ...current,
          deliveryState: 'delivered',
          deliveryCode: 0,
          deliveryDescription: DELIVERY_DESCRIPTIONS[0]!,
        },
        report: current.receiptRequested === 'all',
      };
    }),
  );
}
