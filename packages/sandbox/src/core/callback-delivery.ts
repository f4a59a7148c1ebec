// The callback delivery engine: an asynchronous queue (a slow, hanging or refusing target never
// delays an API answer), per-attempt timeouts, bounded retries, the v2-style 401 challenge,
// fallback URLs, switches for duplicate and out-of-order delivery, schema validation of every
// payload, and a bounded log of what was delivered and how the target answered.
import type { OutgoingCallback, CallbackScheduler, Credentials, JsonValue } from './api-behaviour.js';
import type { CallbackSchemaValidator } from './callback-schemas.js';

export interface DeliveryOptions {
  /** Attempts per delivery when the API folder allows retries (1 = no retry). Default 3. */
  maxAttempts: number;
  /** Real-time waits before the 2nd, 3rd, … attempt; the last value repeats. Default [200, 1000]. */
  retryDelaysMs: number[];
  /** Per-attempt timeout in ms; caps a delivery's own `timeoutMs`. Default 10000 (Bandwidth v2 waits 10 s). */
  timeoutMs: number;
  /** Send every delivery twice (at-least-once delivery, to prove handlers idempotent). */
  duplicates: boolean;
  /** Hold deliveries for `outOfOrderWindowMs` and send each batch newest first. */
  outOfOrder: boolean;
  outOfOrderWindowMs: number;
  /** Deliveries in flight at once. Default 16. */
  concurrency: number;
  /** Deliveries kept in the log (oldest dropped first). Default 1000. */
  logSize: number;
}

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  maxAttempts: 3,
  retryDelaysMs: [200, 1000],
  timeoutMs: 10_000,
  duplicates: false,
  outOfOrder: false,
  outOfOrderWindowMs: 100,
  concurrency: 16,
  logSize: 1000,
};

export interface DeliveryAttempt {
  readonly url: string;
  readonly withCredentials: boolean;
  /** The target's HTTP status, when it answered. */
  readonly status?: number;
  /** The start of the target's answer body (at most 1 KB), when it sent one: what your handler said. */
  readonly body?: string;
  /** Why the attempt failed without a status (refused, timeout, …). */
  readonly error?: string;
  readonly durationMs: number;
  readonly at: string;
}

export interface DeliveryRecord {
  /** Unique within the sandbox (across tenants), in queueing order. */
  readonly id: number;
  /** The tenant whose request or injection caused the callback. */
  readonly tenant: string;
  readonly webhook: string;
  readonly label: string | undefined;
  readonly method: 'GET' | 'POST';
  /** The target URL without any credentials. */
  readonly url: string;
  readonly fallbackUrl: string | undefined;
  readonly encoding: 'json' | 'form';
  /** What was sent: the JSON body, or the form/query fields. */
  readonly payload: JsonValue | Readonly<Record<string, string>> | undefined;
  /** true for the second copy sent by the `duplicates` switch. */
  readonly duplicate: boolean;
  /** Problems of the payload against the spec's webhook schema; [] when valid. */
  readonly violations: readonly string[];
  state: 'queued' | 'delivering' | 'delivered' | 'failed';
  readonly attempts: DeliveryAttempt[];
  readonly queuedAt: string;
  /** Real time from queueing to the target's 2xx, in ms. */
  latencyMs?: number;
  finishedAt?: string;
}

interface Job {
  readonly record: DeliveryRecord;
  readonly delivery: OutgoingCallback;
  readonly target: { url: string; credentials: Credentials | undefined };
  readonly fallback: { url: string; credentials: Credentials | undefined } | undefined;
  readonly queuedAt: number;
}

export class CallbackDeliveryEngine implements CallbackScheduler {
  options: DeliveryOptions;
  readonly #log: DeliveryRecord[] = [];
  /**
   * One lane per target URL: a lane delivers one callback at a time, in order (so only the
   * outOfOrder switch reorders them); different targets are served in parallel.
   */
  readonly #lanes = new Map<string, Job[]>();
  readonly #busy = new Set<string>();
  #ready: string[] = [];
  #held: Job[] = [];
  #holdTimer: NodeJS.Timeout | undefined;
  #active = 0;
  #abort = new AbortController();
  #idleWaiters: Array<() => void> = [];
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly validator: CallbackSchemaValidator,
    options: Partial<DeliveryOptions>,
    private readonly log: (line: string) => void,
    private readonly owner: { readonly tenant: string; readonly nextId: () => number },
  ) {
    this.options = { ...DEFAULT_DELIVERY_OPTIONS, ...options };
  }

  deliver(delivery: OutgoingCallback): void {
    const copies = this.options.duplicates ? 2 : 1;
    for (let copy = 0; copy < copies; copy++) this.#enqueue(delivery, copy > 0);
  }

  #enqueue(delivery: OutgoingCallback, duplicate: boolean): void {
    const target = splitCredentials(delivery.url);
    const fallback = delivery.fallbackUrl ? splitCredentials(delivery.fallbackUrl) : undefined;
    const encoding = delivery.method === 'GET' ? 'form' : (delivery.encoding ?? 'json');
    const payload =
      delivery.method === 'GET' || encoding === 'form'
        ? (delivery.query ?? (delivery.body as Record<string, string> | undefined))
        : delivery.body;
    const violations = this.validator.problems(delivery.webhook, {
      method: delivery.method,
      encoding,
      value: payload ?? {},
    });
    const record: DeliveryRecord = {
      id: this.owner.nextId(),
      tenant: this.owner.tenant,
      webhook: delivery.webhook,
      label: delivery.label,
      method: delivery.method,
      url: target.url,
      fallbackUrl: fallback?.url,
      encoding,
      payload,
      duplicate,
      violations,
      state: 'queued',
      attempts: [],
      queuedAt: new Date().toISOString(),
    };
    if (violations.length)
      this.log(`callback ${record.id} ${delivery.webhook} violates the spec: ${violations.join('; ')}`);
    this.#log.push(record);
    if (this.#log.length > this.options.logSize) this.#log.splice(0, this.#log.length - this.options.logSize);
    const job: Job = {
      record,
      delivery,
      target: { url: target.url, credentials: delivery.credentials ?? target.credentials },
      fallback,
      queuedAt: performance.now(),
    };
    if (this.options.outOfOrder) {
      this.#held.push(job);
      if (!this.#holdTimer) {
        this.#holdTimer = setTimeout(() => {
          this.#holdTimer = undefined;
          const batch = this.#held.reverse();
          this.#held = [];
          for (const held of batch) this.#queueJob(held);
          this.#pump();
        }, this.options.outOfOrderWindowMs);
        this.#holdTimer.unref();
      }
    } else {
      this.#queueJob(job);
      this.#pump();
    }
  }

  #queueJob(job: Job): void {
    const key = job.target.url;
    let lane = this.#lanes.get(key);
    if (!lane) this.#lanes.set(key, (lane = []));
    lane.push(job);
    if (lane.length === 1 && !this.#busy.has(key)) this.#ready.push(key);
  }

  /** The delivery log, oldest first (copies, safe to hand out). */
  deliveries(): DeliveryRecord[] {
    return this.#log.map((record) => ({ ...record, attempts: [...record.attempts] }));
  }

  /** Resolves once nothing is queued, held or in flight (or after `timeoutMs`, resolving false). */
  whenIdle(timeoutMs = 10_000): Promise<boolean> {
    if (this.#isIdle()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#idleWaiters = this.#idleWaiters.filter((waiter) => waiter !== done);
        resolve(false);
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.#idleWaiters.push(done);
    });
  }

  /** Empties the log (deliveries under way go on, unlogged). */
  clearLog(): void {
    this.#log.length = 0;
  }

  /** Drops the queue and the log and aborts deliveries in flight. */
  reset(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#lanes.clear();
    this.#busy.clear();
    this.#ready = [];
    this.#held = [];
    if (this.#holdTimer) clearTimeout(this.#holdTimer);
    this.#holdTimer = undefined;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#log.length = 0;
  }

  stop(): void {
    this.reset();
    for (const waiter of this.#idleWaiters.splice(0)) waiter();
  }

  #isIdle() {
    return this.#active === 0 && this.#lanes.size === 0 && this.#held.length === 0 && this.#timers.size === 0;
  }

  #pump(): void {
    while (this.#active < this.options.concurrency && this.#ready.length) {
      const key = this.#ready.shift()!;
      const lane = this.#lanes.get(key);
      const job = lane?.shift();
      if (!lane || !job) continue;
      this.#busy.add(key);
      this.#active++;
      const signal = this.#abort.signal;
      void this.#run(job, signal).finally(() => {
        this.#active--;
        if (!signal.aborted) {
          this.#busy.delete(key);
          if (lane.length) this.#ready.push(key);
          else if (this.#lanes.get(key) === lane) this.#lanes.delete(key);
        }
        this.#pump();
        if (this.#isIdle()) for (const waiter of this.#idleWaiters.splice(0)) waiter();
      });
    }
  }

  async #run(job: Job, signal: AbortSignal): Promise<void> {
    const { record, delivery } = job;
    const attempts = delivery.retry === false ? 1 : Math.max(1, this.options.maxAttempts);
    record.state = 'delivering';
    for (let attempt = 1; attempt <= attempts && !signal.aborted; attempt++) {
      if (attempt > 1) {
        const delays = this.options.retryDelaysMs;
        const wait = delays[Math.min(attempt - 2, delays.length - 1)] ?? 0;
        const woke = await this.#sleep(wait, signal);
        if (!woke) return;
      }
      if (await this.#tryTarget(job, job.target, signal)) return this.#finish(record, 'delivered', job);
      if (job.fallback && !signal.aborted && (await this.#tryTarget(job, job.fallback, signal)))
        return this.#finish(record, 'delivered', job);
    }
    if (!signal.aborted) this.#finish(record, 'failed', job);
  }

  #finish(record: DeliveryRecord, state: 'delivered' | 'failed', job: Job) {
    record.state = state;
    record.finishedAt = new Date().toISOString();
    if (state === 'delivered') record.latencyMs = Math.round((performance.now() - job.queuedAt) * 100) / 100;
    else
      this.log(
        `callback ${record.id} ${record.webhook} to ${record.url} failed after ${record.attempts.length} attempt(s)`,
      );
  }

  /** One attempt on one URL (plus the credentialed resend after a 401 challenge). */
  async #tryTarget(
    job: Job,
    target: { url: string; credentials: Credentials | undefined },
    signal: AbortSignal,
  ): Promise<boolean> {
    const { delivery } = job;
    const challenge = delivery.challengeFirst === true && target.credentials !== undefined;
    const first = await this.#send(job, target.url, challenge ? undefined : target.credentials, signal);
    if (challenge && first.status === 401 && /^\s*basic/i.test(first.wwwAuthenticate ?? '')) {
      const second = await this.#send(job, target.url, target.credentials, signal);
      return second.ok;
    }
    return first.ok;
  }

  async #send(
    job: Job,
    url: string,
    credentials: Credentials | undefined,
    signal: AbortSignal,
  ): Promise<{ ok: boolean; status?: number; wwwAuthenticate?: string | null }> {
    const { delivery, record } = job;
    const headers: Record<string, string> = {};
    // Lower-case names, so an API's explicit Content-Type wins over the one derived from `encoding`.
    for (const [name, value] of Object.entries(delivery.headers ?? {})) headers[name.toLowerCase()] = value;
    if (record.violations.length) headers['x-sandbox-violations'] = record.violations.join('; ').slice(0, 4000);
    if (credentials)
      headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    let target = url;
    let body: string | undefined;
    if (delivery.method === 'GET') {
      const query = new URLSearchParams((record.payload ?? {}) as Record<string, string>).toString();
      if (query) target += (target.includes('?') ? '&' : '?') + query;
    } else if (record.encoding === 'form') {
      body = new URLSearchParams((record.payload ?? {}) as Record<string, string>).toString();
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
    } else {
      body = JSON.stringify(record.payload ?? null);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    const started = performance.now();
    // The API's own timeout (v1 callbackTimeout), capped by the engine's (which users may shorten).
    const timeoutMs = Math.min(delivery.timeoutMs ?? Infinity, this.options.timeoutMs);
    // A plain controller and timer: AbortSignal.any/timeout combinations can be collected before they fire on Node 20.
    const attempt = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      attempt.abort();
    }, timeoutMs);
    const cancel = () => attempt.abort();
    signal.addEventListener('abort', cancel, { once: true });
    try {
      const response = await fetch(target, {
        method: delivery.method,
        headers,
        body,
        signal: attempt.signal,
        redirect: 'manual',
      });
      const answer = await readStart(response, 1024);
      record.attempts.push({
        url,
        withCredentials: credentials !== undefined,
        status: response.status,
        ...(answer ? { body: answer } : {}),
        durationMs: elapsed(started),
        at: new Date().toISOString(),
      });
      return {
        ok: response.status >= 200 && response.status < 300,
        status: response.status,
        wwwAuthenticate: response.headers.get('www-authenticate'),
      };
    } catch (error) {
      const reason = timedOut
        ? `no answer within ${timeoutMs} ms`
        : signal.aborted
          ? 'cancelled by reset'
          : describeNetworkError(error);
      record.attempts.push({
        url,
        withCredentials: credentials !== undefined,
        error: reason,
        durationMs: elapsed(started),
        at: new Date().toISOString(),
      });
      return { ok: false };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', cancel);
    }
  }

  #sleep(ms: number, signal: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve(false);
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve(!signal.aborted);
      }, ms);
      this.#timers.add(timer);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          this.#timers.delete(timer);
          resolve(false);
        },
        { once: true },
      );
    });
  }
}

/** The first `limit` bytes of an answer as text; the rest is not read. */
async function readStart(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } catch {
    // A body cut off by the target still leaves its status.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;

/** Splits "https://user:pass@host/path" into the URL without credentials and the credentials. */
function splitCredentials(raw: string): { url: string; credentials: Credentials | undefined } {
  try {
    const url = new URL(raw);
    const credentials =
      url.username || url.password
        ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
        : undefined;
    url.username = '';
    url.password = '';
    return { url: url.toString(), credentials };
  } catch {
    return { url: raw, credentials: undefined };
  }
}

/** A network failure in words, without the URL (which may hold credentials). */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ECONNRESET') return 'connection reset';
  if (cause?.code) return `network error ${cause.code}`;
  return error instanceof TypeError ? 'invalid callback URL or network error' : 'network error';
}
