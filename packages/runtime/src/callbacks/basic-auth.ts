// HTTP Basic credentials of incoming callbacks, checked in constant time with plain JavaScript
// (no node:crypto: this runs on edge runtimes too).
import type { BasicAuth } from '../auth.js';
import { InvalidParameterError } from '../errors.js';
import type { CallbackAuthFailure } from './errors.js';

const BASIC = /^[ \t]*basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i;

/** `user:password` as the binary string of its UTF-8 bytes, which is what `atob` of the header yields. */
function binaryUserPass({ username, password }: BasicAuth, index: number): string {
  const where = `credentials[${index}]`;
  if (typeof username !== 'string' || username === '' || username.includes(':')) {
    throw new InvalidParameterError({
      parameter: `${where}.username`,
      location: 'option',
      reason: 'must be a non-empty string without ":"',
      secret: true,
    });
  }
  if (typeof password !== 'string' || password === '') {
    throw new InvalidParameterError({
      parameter: `${where}.password`,
      location: 'option',
      reason: 'must be a non-empty string',
      secret: true,
    });
  }
  let binary = '';
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) binary += String.fromCharCode(byte);
  return binary;
}

/**
 * Equal strings in time that depends only on the length of `expected` (fixed for a configured
 * credential), never on `given`: not on where the first difference is, nor on its length.
 */
function constantTimeEqual(given: string, expected: readonly number[], offset = 0): boolean {
  let difference = (given.length - offset) ^ expected.length;
  for (let index = 0; index < expected.length; index++) {
    // Past the end of `given`, charCodeAt is NaN, which `|` turns into 0: the lengths already differ.
    difference |= given.charCodeAt(offset + index) ^ expected[index]!;
  }
  return difference === 0;
}

/** A string's UTF-16 code units, compared faster than charCodeAt on the configured side. */
const codes = (text: string): number[] => Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));

/**
 * A checker of the `Authorization` header against any of the accepted credentials (several allow
 * rotating them). The credentials live only in this closure: never on an object that could be
 * logged.
 */
export function basicAuthChecker(
  credentials: BasicAuth | readonly BasicAuth[],
): (authorization: string | null | undefined) => CallbackAuthFailure | undefined {
  const list = Array.isArray(credentials) ? credentials : [credentials as BasicAuth];
  if (list.length === 0)
    throw new InvalidParameterError({
      parameter: 'credentials',
      location: 'option',
      reason: 'must list at least one username and password, or be false',
      secret: true,
    });
  const expected = list.map((credential, index) => codes(binaryUserPass(credential, index)));
  // What a standard client sends (`Basic ` + padded base64): compared as is, without decoding.
  const expectedTokens = list.map((credential, index) => codes(btoa(binaryUserPass(credential, index))));
  return (authorization) => {
    if (authorization === null || authorization === undefined || authorization === '') return 'missing';
    if (authorization.startsWith('Basic ')) {
      let tokenMatched = 0;
      for (let index = 0; index < expectedTokens.length; index++)
        tokenMatched |= constantTimeEqual(authorization, expectedTokens[index]!, 6) ? 1 : 0;
      if (tokenMatched === 1) return undefined;
    }
    // Any other spelling (scheme case, spaces, unpadded base64): decoded, then compared.
    const match = BASIC.exec(authorization);
    if (!match) return 'malformed';
    let given: string;
    try {
      given = atob(match[1]!);
    } catch {
      return 'malformed';
    }
    let matched = 0;
    // Every accepted credential is compared, matched or not, so timing does not tell which one matched.
    for (const candidate of expected) matched |= constantTimeEqual(given, candidate) ? 1 : 0;
    return matched === 1 ? undefined : 'mismatch';
  };
}
