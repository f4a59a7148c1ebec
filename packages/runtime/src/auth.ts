import { InvalidParameterError } from './errors.js';

/** HTTP Basic credentials (RFC 7617). */
export interface BasicAuth {
  username: string;
  password: string;
}

/** A bearer token, or a function that returns a fresh one for each request (OAuth 2.0). */
export interface BearerAuth {
  token: string | (() => string | Promise<string>);
}

export type Auth = BasicAuth | BearerAuth;

// Errors about credentials never show or keep the value (`secret: true`): errors get logged.

/** The `Authorization` header value for Basic credentials, UTF-8 encoded. */
export function basicAuthorization({ username, password }: BasicAuth): string {
  if (typeof username !== 'string' || username === '') {
    throw new InvalidParameterError({
      parameter: 'username',
      location: 'option',
      reason: `must be a non-empty string (got ${typeName(username)})`,
      secret: true,
    });
  }
  if (username.includes(':')) {
    throw new InvalidParameterError({
      parameter: 'username',
      location: 'option',
      reason: 'cannot contain ":" in HTTP Basic authentication',
      secret: true,
    });
  }
  if (typeof password !== 'string') {
    throw new InvalidParameterError({
      parameter: 'password',
      location: 'option',
      reason: `must be a string (got ${typeName(password)})`,
      secret: true,
    });
  }
  if (/[\0\r\n]/.test(username) || /[\0\r\n]/.test(password)) {
    throw new InvalidParameterError({
      parameter: /[\0\r\n]/.test(username) ? 'username' : 'password',
      location: 'option',
      reason: 'cannot contain NUL, CR or LF',
      secret: true,
    });
  }
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

// RFC 6750 b64token is narrower; any visible ASCII is accepted, as some providers' tokens use more.
const BEARER_TOKEN = /^[\x21-\x7e]+$/;

/**
 * The `Authorization` header value for a bearer token. `parameter` names the option the token
 * came from (e.g. `accessToken`) in the error when it is not a usable token.
 */
export function bearerAuthorization(token: unknown, parameter = 'accessToken'): string {
  if (typeof token !== 'string' || token === '') {
    throw new InvalidParameterError({
      parameter,
      location: 'option',
      reason: `must be a non-empty string, or a function returning one (got ${typeName(token)})`,
      secret: true,
    });
  }
  if (!BEARER_TOKEN.test(token)) {
    throw new InvalidParameterError({
      parameter,
      location: 'option',
      reason:
        'must consist of visible ASCII characters only (no spaces, line breaks or non-ASCII characters) to fit in an Authorization header',
      secret: true,
    });
  }
  return `Bearer ${token}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === '') return 'an empty string';
  return typeof value;
}
