import { InvalidParameterError } from '@messaging-contracts/runtime';

/**
 * Seconds since the Unix epoch (UTC), as every Fone Dynamics timestamp is, from a Date, an
 * ISO 8601 string or epoch milliseconds. Fractions of a second are dropped.
 */
export function toEpochSeconds(instant: Date | string | number, parameter = 'instant'): number {
  const milliseconds = instant instanceof Date ? instant.getTime() : typeof instant === 'string' ? Date.parse(instant) : instant;
  if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds) || milliseconds < 0) {
    throw new InvalidParameterError({ parameter, location: 'argument', value: instant, reason: 'must be a valid instant at or after 1970-01-01T00:00:00Z' });
  }
  return Math.floor(milliseconds / 1000);
}

/** The Date of an epoch-seconds timestamp; undefined for `null` (an event that has not happened). */
export function fromEpochSeconds(seconds: number | null | undefined): Date | undefined {
  return seconds === null || seconds === undefined ? undefined : new Date(seconds * 1000);
}

/** The `Date_From` (inclusive) and `Date_To` (exclusive) of a search, from two instants. */
export function dateRange(from: Date | string | number, to: Date | string | number): { Date_From: number; Date_To: number } {
  const range = { Date_From: toEpochSeconds(from, 'Date_From'), Date_To: toEpochSeconds(to, 'Date_To') };
  if (range.Date_To <= range.Date_From) {
    throw new InvalidParameterError({ parameter: 'Date_To', location: 'query', value: to, reason: 'must be later than Date_From (it is exclusive)' });
  }
  return range;
}
