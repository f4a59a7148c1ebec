// The sandbox's clock: real time shifted by an offset, which the control API can freeze and
// advance, plus a timer queue on that clock, so a test moves a message to "delivered" at once.
import type { SandboxClock } from './api-behaviour.js';

interface Timer {
  readonly due: number;
  readonly order: number;
  readonly task: () => void;
}

export class VirtualClock implements SandboxClock {
  #offset = 0;
  #frozenAt: number | undefined;
  #order = 0;
  /** A binary min-heap on (due, order): tasks due at the same time run in the order they were added. */
  #heap: Timer[] = [];
  #wakeup: NodeJS.Timeout | undefined;
  #running = false;

  constructor(private readonly onTaskError: (error: unknown) => void) {}

  now(): number {
    return this.#frozenAt ?? Date.now() + this.#offset;
  }

  get frozen(): boolean {
    return this.#frozenAt !== undefined;
  }

  get pending(): number {
    return this.#heap.length;
  }

  after(delayMs: number, task: () => void): void {
    const delay = Number.isFinite(delayMs) && delayMs > 0 ? delayMs : 0;
    this.#push({ due: this.now() + delay, order: this.#order++, task });
    this.#arm();
  }

  /** Stops time: now() stays put and no timer fires until advance() or unfreeze(). */
  freeze(): void {
    if (this.#frozenAt === undefined) this.#frozenAt = this.now();
    this.#disarm();
  }

  unfreeze(): void {
    if (this.#frozenAt === undefined) return;
    this.#offset = this.#frozenAt - Date.now();
    this.#frozenAt = undefined;
    this.#arm();
  }

  /** Moves time forward by `ms` and runs every timer that falls due, in due order. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance needs a non-negative number of milliseconds');
    if (this.#frozenAt !== undefined) this.#frozenAt += ms;
    else this.#offset += ms;
    this.#runDue();
    this.#arm();
  }

  /** Takes `source`'s time and frozen state (a new tenant starts on the sandbox-wide clock). */
  follow(source: VirtualClock): void {
    this.#offset = source.#offset;
    this.#frozenAt = source.#frozenAt;
    this.#runDue();
    this.#arm();
  }

  /** Drops every pending timer and returns to real, unfrozen time. */
  reset(): void {
    this.#disarm();
    this.#heap = [];
    this.#offset = 0;
    this.#frozenAt = undefined;
  }

  stop(): void {
    this.#disarm();
    this.#heap = [];
  }

  #runDue(): void {
    if (this.#running) return;
    this.#running = true;
    try {
      for (;;) {
        const next = this.#heap[0];
        if (!next || next.due > this.now()) break;
        this.#pop();
        try {
          next.task();
        } catch (error) {
          this.onTaskError(error);
        }
      }
    } finally {
      this.#running = false;
    }
  }

  #arm(): void {
    this.#disarm();
    const next = this.#heap[0];
    if (!next || this.#frozenAt !== undefined) return;
    // setTimeout caps at 2^31-1 ms; a farther timer re-arms when this one fires.
    const wait = Math.min(Math.max(0, next.due - this.now()), 2_147_483_647);
    this.#wakeup = setTimeout(() => {
      this.#wakeup = undefined;
      this.#runDue();
      this.#arm();
    }, wait);
    this.#wakeup.unref();
  }

  #disarm(): void {
    if (this.#wakeup) clearTimeout(this.#wakeup);
    this.#wakeup = undefined;
  }

  #push(timer: Timer): void {
    const heap = this.#heap;
    heap.push(timer);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(heap[index]!, heap[parent]!)) break;
      [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
      index = parent;
    }
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === index) break;
      [heap[index], heap[smallest]] = [heap[smallest]!, heap[index]!];
      index = smallest;
    }
  }
}

const before = (a: Timer, b: Timer) => a.due < b.due || (a.due === b.due && a.order < b.order);
