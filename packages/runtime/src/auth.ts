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

/** The `Authorization` header value for Basic credentials, UTF-8 encoded. */
export function basicAuthorization({ username, password }: BasicAuth): string {
  if (typeof username !== 'string' || username === '') {
    throw new InvalidParameterError({ parameter: 'username', location: 'option', value: username, reason: 'must be a non-empty string' });
  }
  if (username.includes(':')) {
    throw new InvalidParameterError({ parameter: 'username', location: 'option', value: username, reason: 'cannot contain ":" in HTTP Basic authentication' });
  }
  if (typeof password !== 'string') {
    throw new InvalidParameterError({ parameter: 'password', location: 'option', value: password, reason: 'must be a string' });
  }
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
