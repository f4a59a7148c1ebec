// The callback delivery switches, checked loudly (unknown keys named, ranges enforced), for the
// start options, the CLI and the control API alike.
import { DEFAULT_DELIVERY_OPTIONS, type DeliveryOptions } from './callback-delivery.js';
import { checkInteger, checkKeys } from './settings-checks.js';

export const MAX_ATTEMPTS = 20;
/** The longest per-attempt timeout, retry wait or out-of-order window. */
export const MAX_DELIVERY_WAIT_MS = 60_000;
const MAX_CONCURRENCY = 256;
const MAX_LOG_SIZE = 100_000;

export const DELIVERY_OPTION_NAMES = Object.keys(DEFAULT_DELIVERY_OPTIONS) as ReadonlyArray<keyof DeliveryOptions>;

/** `base` changed by `changes`, every value checked; `make` builds the error to throw. */
export function changedDeliveryOptions(
  base: DeliveryOptions,
  changes: unknown,
  make: (message: string) => Error,
): DeliveryOptions {
  if (changes === undefined || changes === null) return { ...base };
  if (typeof changes !== 'object' || Array.isArray(changes))
    throw make(`delivery switches must be an object with any of ${DELIVERY_OPTION_NAMES.join(', ')}`);
  checkKeys(changes, DELIVERY_OPTION_NAMES, 'delivery', make);
  const next = { ...base, ...(changes as Partial<DeliveryOptions>) };
  checkInteger(next.maxAttempts, 1, MAX_ATTEMPTS, 'maxAttempts', make);
  checkInteger(next.timeoutMs, 1, MAX_DELIVERY_WAIT_MS, 'timeoutMs', make);
  checkInteger(next.outOfOrderWindowMs, 0, MAX_DELIVERY_WAIT_MS, 'outOfOrderWindowMs', make);
  checkInteger(next.concurrency, 1, MAX_CONCURRENCY, 'concurrency', make);
  checkInteger(next.logSize, 1, MAX_LOG_SIZE, 'logSize', make);
  const delays = next.retryDelaysMs;
  if (
    !Array.isArray(delays) ||
    delays.length === 0 ||
    delays.some((delay) => !Number.isFinite(delay) || delay < 0 || delay > MAX_DELIVERY_WAIT_MS)
  )
    throw make(`retryDelaysMs must be a non-empty list of numbers from 0 to ${MAX_DELIVERY_WAIT_MS}`);
  for (const name of ['duplicates', 'outOfOrder'] as const)
    if (typeof next[name] !== 'boolean') throw make(`${name} must be true or false`);
  return { ...next, retryDelaysMs: [...delays] };
}
