// A BehaviourContext for unit tests of the sandbox's API folders: a clock that only moves when the
// test says so, bounded in-memory stores, and a list of the callbacks the folder asked for.
import type {
  BehaviourContext,
  BehaviourSettings,
  BoundedStore,
  OutgoingCallback,
  ForcedCarrierFailure,
  ValidatedRequest,
} from '../../../packages/sandbox/src/core/api-behaviour.js';

class MapStore<T> implements BoundedStore<T> {
  readonly #entries = new Map<string, T>();
  constructor(readonly capacity: number) {}
  get size() {
    return this.#entries.size;
  }
  get(id: string) {
    return this.#entries.get(id);
  }
  has(id: string) {
    return this.#entries.has(id);
  }
  set(id: string, value: T) {
    if (!this.#entries.has(id) && this.#entries.size >= this.capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(id, value);
  }
  delete(id: string) {
    return this.#entries.delete(id);
  }
  values() {
    return this.#entries.values();
  }
}

export interface FakeContext extends BehaviourContext {
  /** Every delivery asked for, in order. */
  readonly deliveries: OutgoingCallback[];
  readonly lines: string[];
  /** Moves the clock forward, running each task when its time comes (tasks may schedule more). */
  advance(ms: number): void;
}

export function fakeContext(
  options: { now?: number; capacity?: number; settings?: Partial<BehaviourSettings> } = {},
): FakeContext {
  let now = options.now ?? Date.UTC(2026, 0, 15, 12, 0, 0);
  let order = 0;
  let unsorted = false;
  const tasks: { due: number; order: number; task: () => void }[] = [];
  const stores = new Map<string, MapStore<unknown>>();
  let sequence = 0;
  const deliveries: OutgoingCallback[] = [];
  const lines: string[] = [];
  return {
    deliveries,
    lines,
    clock: {
      now: () => now,
      after(delayMs, task) {
        tasks.push({ due: now + Math.max(0, delayMs), order: order++, task });
        unsorted = true;
      },
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        if (unsorted) {
          // Latest first, so the next task is popped from the end.
          tasks.sort((a, b) => b.due - a.due || b.order - a.order);
          unsorted = false;
        }
        const next = tasks[tasks.length - 1];
        if (!next || next.due > end) break;
        tasks.pop();
        now = next.due;
        next.task();
      }
      now = end;
    },
    callbacks: { deliver: (delivery) => void deliveries.push(delivery) },
    settings: {
      delays: options.settings?.delays ?? {},
      callbacks: options.settings?.callbacks ?? {},
      options: options.settings?.options ?? {},
    },
    store<T>(name: string) {
      let store = stores.get(name);
      if (!store) {
        store = new MapStore<unknown>(options.capacity ?? 10_000);
        stores.set(name, store);
      }
      return store as BoundedStore<T>;
    },
    nextSequence: () => ++sequence,
    log: (line) => void lines.push(line),
  };
}

/** A request as the core hands it to a handler after Prism's validation. */
export function validatedRequest(
  operationId: string,
  parts: {
    method?: ValidatedRequest['method'];
    path: string;
    pathParams?: Record<string, string>;
    query?: Record<string, string | string[]>;
    body?: unknown;
    /** Headers with lower-case names. */
    headers?: Record<string, string>;
    /** A file body (media uploads): its bytes; the media type is the `content-type` header. */
    rawBody?: Uint8Array;
    credentials?: { username: string; password: string };
    forcedFailure?: ForcedCarrierFailure;
  },
): ValidatedRequest {
  return {
    operationId,
    method: parts.method ?? (parts.body === undefined ? 'get' : 'post'),
    path: parts.path,
    pathParams: parts.pathParams ?? {},
    query: parts.query ?? {},
    headers: parts.headers ?? {},
    body: parts.rawBody !== undefined ? Buffer.from(parts.rawBody).toString('utf8') : parts.body,
    mediaType:
      parts.rawBody !== undefined
        ? parts.headers?.['content-type']?.split(';')[0]
        : parts.body === undefined
          ? undefined
          : 'application/json',
    ...(parts.rawBody !== undefined ? { rawBody: parts.rawBody } : {}),
    credentials: parts.credentials,
    baseUrl: 'http://127.0.0.1:4999',
    forcedFailure: parts.forcedFailure,
  };
}
