// One tenant's state: the API folder's stores, a virtual clock with the state changes it will
// run, forced answers, the callback delivery engine with its switches and log, and (APIs with
// callback applications) the applications' callback settings. What an API folder's handlers see
// through their BehaviourContext is one tenant.
import type { ApplicationCallbacks, BehaviourContext, BehaviourSettings, BoundedStore } from './api-behaviour.js';
import { CallbackDeliveryEngine, type DeliveryOptions } from './callback-delivery.js';
import type { CallbackSchemaValidator } from './callback-schemas.js';
import { VirtualClock } from './clock.js';
import { ForcedAnswers } from './pipeline/forced-answers.js';
import { FifoStore } from './store.js';

/** What every tenant of a sandbox shares. */
export interface TenantSetup {
  readonly api: string;
  readonly settings: BehaviourSettings;
  readonly schemas: CallbackSchemaValidator;
  readonly storeCapacity: number;
  readonly baseUrl: string;
  /** Shared by the whole sandbox: a sequence never repeats, not even across resets or tenants. */
  readonly nextSequence: () => number;
  /** Delivery record ids, unique across tenants. */
  readonly nextDeliveryId: () => number;
  readonly log: (line: string) => void;
}

export class SandboxTenant {
  readonly clock: VirtualClock;
  readonly callbacks: CallbackDeliveryEngine;
  readonly forced = new ForcedAnswers();
  readonly applications = new Map<string, ApplicationCallbacks>();
  readonly context: BehaviourContext;
  readonly #stores = new Map<string, FifoStore<unknown>>();

  constructor(
    readonly name: string,
    setup: TenantSetup,
    delivery: DeliveryOptions,
  ) {
    const { api, log } = setup;
    this.clock = new VirtualClock((error) =>
      log(`${api}: a scheduled state change failed: ${(error as Error)?.message ?? String(error)}`),
    );
    this.callbacks = new CallbackDeliveryEngine(setup.schemas, delivery, log, {
      tenant: name,
      nextId: setup.nextDeliveryId,
    });
    const stores = this.#stores;
    const applications = this.applications;
    this.context = {
      clock: this.clock,
      callbacks: this.callbacks,
      settings: setup.settings,
      store<T>(storeName: string): BoundedStore<T> {
        let store = stores.get(storeName);
        if (!store) stores.set(storeName, (store = new FifoStore<unknown>(setup.storeCapacity)));
        return store as FifoStore<T>;
      },
      nextSequence: setup.nextSequence,
      log,
      baseUrl: setup.baseUrl,
      tenant: name,
      application: (applicationId) => applications.get(applicationId),
    };
  }

  /** Sizes of the stores, by name. */
  storeSizes(): Record<string, { size: number; evicted: number }> {
    return Object.fromEntries(
      [...this.#stores].map(([name, store]) => [name, { size: store.size, evicted: store.evicted }]),
    );
  }

  /**
   * Empties every store, the delivery log, forced answers and applications; drops pending state
   * changes; takes the sandbox-wide clock and delivery switches again.
   */
  reset(sandboxClock: VirtualClock, delivery: DeliveryOptions): void {
    // Cleared in place: an API folder may hold on to a store it got from context.store().
    for (const store of this.#stores.values()) store.clear();
    this.forced.clear();
    this.applications.clear();
    this.clock.reset();
    this.clock.follow(sandboxClock);
    this.callbacks.reset();
    this.callbacks.options = { ...delivery };
  }

  stop(): void {
    this.clock.stop();
    this.callbacks.stop();
  }
}
