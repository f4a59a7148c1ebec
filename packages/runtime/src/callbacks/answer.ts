// What the adapters send back, in one shape for both: a refusal's 4xx, the acknowledgement, or
// (later) a reply the application returns.
import { CallbackAuthError, CallbackValidationError } from './errors.js';

export interface CallbackAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Empty for none. */
  readonly body: string;
}

/** The errors the core refuses a callback with, which the adapters answer (anything else is the application's). */
export const isRefusal = (error: unknown): error is CallbackAuthError | CallbackValidationError =>
  error instanceof CallbackAuthError || error instanceof CallbackValidationError;

/** The 401 (with the challenge) or the 4xx whose body is the message, which never quotes the payload. */
export function refusalAnswer(error: CallbackAuthError | CallbackValidationError): CallbackAnswer {
  const body = error instanceof CallbackValidationError ? error.message : '';
  return {
    status: error.status,
    headers: body ? { 'content-type': 'text/plain; charset=utf-8', ...error.headers } : { ...error.headers },
    body,
  };
}

export const ACKNOWLEDGED: CallbackAnswer = { status: 200, headers: {}, body: '' };

export function webResponseOf(answer: CallbackAnswer): Response {
  return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers });
}
