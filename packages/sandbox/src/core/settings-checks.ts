// Checking configuration loudly: an unknown key is an error naming it and listing the valid
// names; a value out of range is refused, never clamped.
import type { Credentials } from './api-behaviour.js';

/** Throws `make(message)` when `value` has a key outside `valid`. */
export function checkKeys(
  value: object,
  valid: readonly string[],
  what: string,
  make: (message: string) => Error,
): void {
  const unknown = Object.keys(value).filter((key) => !valid.includes(key));
  if (unknown.length)
    throw make(
      `${what}: unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.map((key) => `"${key}"`).join(', ')}; valid: ${valid.join(', ')}`,
    );
}

/** An absolute http(s) URL, or an error naming `what` (never echoing credentials inside the URL). */
export function checkCallbackUrl(value: unknown, what: string, make: (message: string) => Error): string {
  if (typeof value === 'string') {
    try {
      const url = new URL(value);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return value;
    } catch {
      // Reported below.
    }
  }
  throw make(`${what} must be an absolute http:// or https:// URL`);
}

/** "user:password" or { username, password }, or an error naming `what`. */
export function parseCredentials(value: unknown, what: string, make: (message: string) => Error): Credentials {
  if (typeof value === 'string') {
    const colon = value.indexOf(':');
    if (colon > 0) return { username: value.slice(0, colon), password: value.slice(colon + 1) };
  } else if (value && typeof value === 'object') {
    const { username, password } = value as { username?: unknown; password?: unknown };
    if (typeof username === 'string' && username !== '' && typeof password === 'string') return { username, password };
  }
  throw make(`${what} must look like user:password (or { username, password })`);
}

/** An integer from `min` to `max`, or an error naming `what` and the range. */
export function checkInteger(
  value: unknown,
  min: number,
  max: number,
  what: string,
  make: (message: string) => Error,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw make(`${what} must be an integer from ${min} to ${max}, not ${JSON.stringify(value)}`);
  return value;
}
