// The control API, programmatically (`sandbox.control`): reset, inbound messages, forced
// answers, the clock, and the callback delivery log and switches. control-http.ts serves the same
// under /__sandbox/.
import type { InboundInjection } from './api-behaviour.js';
import type { DeliveryOptions, DeliveryRecord } from './callback-delivery.js';
import { ControlError } from './errors.js';
import type { ForcedAnswer } from './pipeline/forced-answers.js';
import type { SandboxServices } from './services.js';

/** How long settleDeliveries waits by default. */
export const DEFAULT_SETTLE_MS = 10_000;
const MAX_ATTEMPTS = 20;
const MAX_DELIVERY_WAIT_MS = 60_000;

export interface SandboxControl {
  /** Empties every store, the delivery log and forced answers; drops timers; returns to real time. */
  reset(): void;
  /** Injects an inbound message (stateful mode only); resolves to the stored record. */
  injectInbound(message: InboundInjection): unknown;
  /** Forces the next `times` (default 1) answers of an operation. */
  force(answer: ForcedAnswer): void;
  /** Drops all forced answers not yet used. */
  clearForced(): void;
  readonly clock: {
    now(): number;
    readonly frozen: boolean;
    freeze(): void;
    unfreeze(): void;
    /** Moves time forward, running every state change that falls due. */
    advance(ms: number): void;
  };
  /** Every callback delivery so far (bounded log), with each attempt's outcome. */
  deliveries(): DeliveryRecord[];
  /** Waits until no callback is queued or in flight (default up to 10 s), then returns the log. */
  settleDeliveries(timeoutMs?: number): Promise<DeliveryRecord[]>;
  /** Changes delivery switches (duplicates, outOfOrder, maxAttempts, …) from now on. */
  configureDelivery(options: Partial<DeliveryOptions>): DeliveryOptions;
}

export function createControl(services: SandboxServices): SandboxControl {
  const { state, behaviour, spec } = services;
  const { api, stateless } = services.options;
  const { clock, callbacks } = state;
  return {
    reset: () => state.reset(),
    injectInbound(message) {
      if (stateless) throw new ControlError('Inbound messages need the stateful mode (started with --stateless).');
      if (!behaviour) throw new ControlError(`${api} has no stateful behaviour yet.`);
      try {
        return behaviour.injectInbound(message, state.context);
      } catch (error) {
        if (error instanceof TypeError) throw new ControlError(error.message);
        throw error;
      }
    },
    force: (answer) => state.forced.add(answer, { api, operationIds: spec.operationIds }),
    clearForced: () => state.forced.clear(),
    clock: {
      now: () => clock.now(),
      get frozen() {
        return clock.frozen;
      },
      freeze: () => clock.freeze(),
      unfreeze: () => clock.unfreeze(),
      advance: (ms: number) => {
        if (!Number.isFinite(ms) || ms < 0)
          throw new ControlError('advance needs a non-negative number of milliseconds');
        clock.advance(ms);
      },
    },
    deliveries: () => callbacks.deliveries(),
    async settleDeliveries(timeoutMs = DEFAULT_SETTLE_MS) {
      // State changes already due (e.g. a 0 ms callback delay) queue their callbacks first.
      clock.advance(0);
      await callbacks.whenIdle(timeoutMs);
      return callbacks.deliveries();
    },
    configureDelivery(changes) {
      const next = checkedDeliveryOptions({ ...callbacks.options, ...changes });
      callbacks.options = next;
      return { ...next };
    },
  };
}

function checkedDeliveryOptions(next: DeliveryOptions): DeliveryOptions {
  if (!Number.isInteger(next.maxAttempts) || next.maxAttempts < 1 || next.maxAttempts > MAX_ATTEMPTS)
    throw new ControlError(`maxAttempts must be an integer from 1 to ${MAX_ATTEMPTS}`);
  if (!Number.isFinite(next.timeoutMs) || next.timeoutMs <= 0 || next.timeoutMs > MAX_DELIVERY_WAIT_MS)
    throw new ControlError(`timeoutMs must be from 1 to ${MAX_DELIVERY_WAIT_MS}`);
  const delays = next.retryDelaysMs;
  if (
    !Array.isArray(delays) ||
    delays.some((delay) => !Number.isFinite(delay) || delay < 0 || delay > MAX_DELIVERY_WAIT_MS)
  )
    throw new ControlError(`retryDelaysMs must be numbers from 0 to ${MAX_DELIVERY_WAIT_MS}`);
  return { ...next, duplicates: next.duplicates === true, outOfOrder: next.outOfOrder === true };
}
