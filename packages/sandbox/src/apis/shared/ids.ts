// Provider-style identifiers. Each API folder says which documented example its format copies.
import { randomInt } from 'node:crypto';

export const LOWER_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** RFC 4648 base32 alphabet (A-Z, 2-7). */
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** `length` characters drawn uniformly from `alphabet` with a CSPRNG, so ids do not collide in practice. */
export function randomString(alphabet: string, length: number): string {
  let result = '';
  for (let index = 0; index < length; index += 1) result += alphabet[randomInt(alphabet.length)];
  return result;
}
