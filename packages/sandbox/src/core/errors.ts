// Errors the sandbox raises to its users (start-up problems, bad control-API input), and the
// status each kind of API error gets before the API folder shapes it.
import type { SandboxErrorKind } from './api-behaviour.js';

/** The sandbox could not start (port in use, unknown API, unreadable spec). */
export class SandboxStartError extends Error {
  constructor(
    message: string,
    readonly code: 'EADDRINUSE' | 'UNKNOWN_API' | 'BAD_OPTION' | 'SPEC' | 'LISTEN',
  ) {
    super(message);
    this.name = 'SandboxStartError';
  }
}

/**
 * A control-API call the sandbox cannot carry out: answered over HTTP with `status` (400 for
 * bad input, 404 for something that does not exist).
 */
export class ControlError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
    this.name = 'ControlError';
  }
}

export const STATUS_OF: Readonly<Record<SandboxErrorKind, number>> = {
  unauthorized: 401,
  'bad-request': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'not-acceptable': 406,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'rate-limited': 429,
  'server-error': 500,
  internal: 500,
};
