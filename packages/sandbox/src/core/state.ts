// The sandbox's state: the API folder's stores, the virtual clock with the state changes it
// will run, the forced answers, and the callback delivery engine with its log. One `SandboxState`
// is what an API folder's handlers see through their BehaviourContext.
import type { BehaviourContext, BehaviourSettings, BoundedStore } from './api-behaviour.js';
import { CallbackDeliveryEngine, type DeliveryOptions } from './callback-delivery.js';
import type { CallbackSchemaValidator } from './callback-schemas.js';
import { VirtualClock } from './clock.js';
import { ForcedAnswers } from './pipeline/forced-answers.js';
import { FifoStore } from './store.js';

export interface StateSetup {
  readonly api: string;
  readonly settings: BehaviourSettings;
  readonly schemas: CallbackSchemaValidator;
  readonly delivery: Partial<DeliveryOptions>;
  readonly storeCapacity: number;
  readonly baseUrl: string;
  /** Shared by the whole sandbox: a sequence never repeats, not even across resets. */
  readonly nextSequence: () => number;
  readonly log: (line: string) => void;
}

export class SandboxState {
  readonly clock: VirtualClock;
  readonly callbacks: CallbackDeliveryEngine;
  readonly forced = new ForcedAnswers();
  readonly context: BehaviourContext;
  readonly #stores = new Map<string, FifoStore<unknown>>();

  constructor(setup: StateSetup) {
    const { api, log } = setup;
    this.clock = new VirtualClock((error) =>
      log(`${api}: a scheduled state change failed: ${(error as Error)?.message ?? String(error)}`),
    );
    this.callbacks = new CallbackDeliveryEngine(setup.schemas, setup.delivery, log);
    const stores = this.#stores;
    this.context = {
      clock: this.clock,
      callbacks: this.callbacks,
      settings: setup.settings,
      store<T>(name: string): BoundedStore<T> {
        let store = stores.get(name);
        if (!store) stores.set(name, (store = new FifoStore<unknown>(setup.storeCapacity)));
        return store as FifoStore<T>;
      },
      nextSequence: setup.nextSequence,
      log,
      baseUrl: setup.baseUrl,
    };
  }

  /** Sizes of the stores, by name. */
  storeSizes(): Record<string, { size: number; evicted: number }> {
    return Object.fromEntries(
      [...this.#stores].map(([name, store]) => [name, { size: store.size, evicted: store.evicted }]),
    );
  }

  /** Empties every store, the delivery log and forced answers; drops timers; returns to real time. */
  reset(): void {
    // Cleared in place: an API folder may hold on to a store it got from context.store().
    for (const store of this.#stores.values()) store.clear();
    this.forced.clear();
    this.clock.reset();
    this.callbacks.reset();
  }

  stop(): void {
    this.clock.stop();
    this.callbacks.stop();
  }
}
