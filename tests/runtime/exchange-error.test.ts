import { describe, expect, it } from 'vitest';
import {
  ApiError,
  apiErrorFor,
  ExchangeError,
  InvalidParameterError,
  MessagingContractsError,
  NetworkError,
  RateLimitError,
  RedirectError,
  ResponseParseError,
  ResponseTooLargeError,
  TimeoutError,
} from '@messaging-contracts/runtime';

// Every error about one exchange shares one base, ExchangeError, which owns request, attempts and
// requestId; the classes, their names, fields and messages are what they were.

const request = { method: 'POST', url: 'https://api.test/messages' };
const exchange = { request, attempts: 2, requestId: 'req-42' };

const errors: [string, ExchangeError, string][] = [
  [
    'ApiError (429)',
    apiErrorFor({ status: 429, body: { code: 'x' }, headers: new Headers(), ...exchange }),
    'POST https://api.test/messages answered 429: {"code":"x"} [request id req-42]',
  ],
  [
    'ResponseParseError',
    new ResponseParseError({ status: 200, headers: new Headers(), bodyText: '<html>', reason: 'HTML', ...exchange }),
    'POST https://api.test/messages answered 200 with HTML [request id req-42]',
  ],
  [
    'TimeoutError',
    new TimeoutError({ timeoutMs: 500, ambiguous: true, ...exchange }),
    'POST https://api.test/messages got no complete response within 500 ms (2 attempts); the request may have been received and acted on [request id req-42]',
  ],
  [
    'NetworkError',
    new NetworkError({ cause: new Error('reset'), phase: 'body', status: 200, ...exchange }),
    'POST https://api.test/messages answered 200 but its body broke off: reset (2 attempts) [request id req-42]',
  ],
  [
    'ResponseTooLargeError',
    new ResponseTooLargeError({ limitBytes: 10, status: 200, ...exchange }),
    'POST https://api.test/messages answered 200 with a body over the 10-byte limit (maxResponseBytes) [request id req-42]',
  ],
  [
    'RedirectError',
    new RedirectError({ status: 302, location: 'https://other.test/x', reason: 'POST would become GET', ...exchange }),
    'POST https://api.test/messages answered 302, a redirect to https://other.test/x not followed: POST would become GET [request id req-42]',
  ],
];

describe('ExchangeError', () => {
  it.each(errors)('%s is an ExchangeError with the common fields and its message', (_name, error, message) => {
    expect(error).toBeInstanceOf(ExchangeError);
    expect(error).toBeInstanceOf(MessagingContractsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.request).toEqual(request);
    expect(error.attempts).toBe(2);
    expect(error.requestId).toBe('req-42');
    expect(error.message).toBe(message);
    expect(error.name).not.toBe('ExchangeError');
    expect(String(error)).toBe(`${error.name}: ${message}`);
  });

  it('keeps the subclasses apart, and the defaults (one attempt, no request id)', () => {
    const rateLimited = apiErrorFor({ status: 429, body: '', headers: new Headers(), request });
    expect(rateLimited).toBeInstanceOf(RateLimitError);
    expect(rateLimited).toBeInstanceOf(ApiError);
    expect(rateLimited.attempts).toBe(1);
    expect(rateLimited.requestId).toBeUndefined();
    expect(rateLimited.message).toBe('POST https://api.test/messages answered 429');
    expect(new TimeoutError({ timeoutMs: 1, attempts: 1, request })).not.toBeInstanceOf(NetworkError);
  });

  it('is not the base of errors raised before anything is sent', () => {
    const invalid = new InvalidParameterError({ parameter: 'to', location: 'body', reason: 'is required' });
    expect(invalid).not.toBeInstanceOf(ExchangeError);
    expect(invalid.attempts).toBe(0);
  });
});
