import { InvalidParameterError } from '@messaging-contracts/runtime';

/**
 * Seconds since the Unix epoch (UTC), as every Fone Dynamics timestamp is, from a Date, an
 * ISO 8601 string or epoch milliseconds. Fractions of a second are dropped.
 */
export function toEpochSeconds(instant: Date | string | number, parameter = 'instant'): number {
  const milliseconds =
    instant instanceof Date ? instant.getTime() : typeof instant === 'string' ? Date.parse(instant) : instant;
  if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds) || milliseconds < 0) {
    throw new InvalidParameterError({
      parameter,
      location: 'argument',
      value: instant,
      reason: 'must be a valid instant at or after 1970-01-01T00:00:00Z',
    });
  }
  return Math.floor(milliseconds / 1000);
}

/** The Date of an epoch-seconds timestamp; undefined for `null` (an event that has not happened). */
export function fromEpochSeconds(seconds: number | null | undefined): Date | undefined {
  return seconds === null || seconds === undefined ? undefined : new Date(seconds * 1000);
}

/** The `Date_From` (inclusive) and `Date_To` (exclusive) of a search, from two instants. */
export function dateRange(
  from: Date | string | number,
  to: Date | string | number,
): { Date_From: number; Date_To: number } {
  const range = { Date_From: toEpochSeconds(from, 'Date_From'), Date_To: toEpochSeconds(to, 'Date_To') };
  if (range.Date_To <= range.Date_From) {
    throw new InvalidParameterError({
      parameter: 'Date_To',
      location: 'query',
      value: to,
      reason: 'must be later than Date_From (it is exclusive)',
    });
  }
  return range;
}

/** How far ahead `Schedule` may be: at most 14 days (the send pages and both official SDKs). */
export const MAX_SCHEDULE_AHEAD_SECONDS = 14 * 24 * 60 * 60;
/** A `Schedule` less than this far in the past sends at once; further back, the request fails. */
export const MAX_SCHEDULE_PAST_SECONDS = 60 * 60;

/**
 * The `Schedule` of a message to send at `instant`, in epoch seconds, checked against the limits
 * Fone Dynamics documents: at most 14 days ahead, and not an hour or more in the past (less than
 * an hour in the past sends at once). `now` defaults to this machine's clock; the server judges by
 * its own, so keep a margin near either limit.
 */
export function scheduleAt(instant: Date | string | number, options: { now?: Date | string | number } = {}): number {
  const schedule = toEpochSeconds(instant, 'Schedule');
  const now = toEpochSeconds(options.now ?? Date.now(), 'now');
  if (schedule > now + MAX_SCHEDULE_AHEAD_SECONDS) {
    throw new InvalidParameterError({
      parameter: 'Schedule',
      location: 'body',
      value: instant,
      reason: 'must be at most 14 days in the future',
    });
  }
  if (schedule <= now - MAX_SCHEDULE_PAST_SECONDS) {
    throw new InvalidParameterError({
      parameter: 'Schedule',
      location: 'body',
      value: instant,
      reason: 'must not be an hour or more in the past (the API would refuse the message)',
    });
  }
  return schedule;
}
